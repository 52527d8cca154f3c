import Foundation
import Testing
@testable import KiemDiem

/// Each hand-written writer against JSONEncoder, on a value with every stored property set: a
/// property added to a type but not to its writer fails here (an optional left nil or a
/// collection left empty fails `unset` first).
@Suite struct WorkspaceWriterTests {
    static let hostile: String = {
        var s = ""
        for c in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(c)!) }
        return s + "\"\\/ \u{7F}\u{2028}\u{2029}\u{85}\u{A0}😀👩‍👩‍👧 Nguye\u{302}\u{303}n e\u{301} Ệ \u{FEFF}\u{FFFF}"
    }()

    /// Paths of optionals left nil and collections left empty, through nested values.
    static func unset(_ v: Any, _ path: String = "$") -> [String] {
        let m = Mirror(reflecting: v)
        switch m.displayStyle {
        case .optional:
            guard let inner = m.children.first else { return [path] }
            return unset(inner.value, path)
        case .collection, .dictionary, .set:
            if m.children.isEmpty { return [path + " (empty)"] }
        default: break
        }
        var out: [String] = []
        for (i, c) in m.children.enumerated() { out += unset(c.value, path + "." + (c.label ?? "\(i)")) }
        return out
    }

    static func reference<T: Encodable>(_ v: T) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(v), as: UTF8.self)
    }

    /// The writer's bytes through a 64-byte buffer, so that flushes fall inside values too.
    static func written(_ body: (JSONWriter) -> Void) -> String {
        var data = Data()
        let sink = ByteSink(capacity: 64) { raw in data.append(raw.bindMemory(to: UInt8.self)); return 0 }
        body(JSONWriter(sink))
        sink.flush()
        return String(decoding: data, as: UTF8.self)
    }

    func check<T: Encodable>(_ v: T, complete: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                             _ write: (JSONWriter) -> (T) -> Void) throws {
        if complete { #expect(Self.unset(v) == [], "set every stored property of \(T.self)", sourceLocation: sourceLocation) }
        let mine = Self.written { write($0)(v) }
        let theirs = try Self.reference(v)
        #expect(mine == theirs, sourceLocation: sourceLocation)
    }

    static let h = hostile
    static let day = Day(year: 2023, month: 2, day: 9)!
    static let ref = SubjectRef(.leader, "P0001" + hostile)

    @Test func scalarsAsTheEncoderWritesThem() throws {
        for p in [0, 5, 50, 100, 8950, 8925, 8905, 10_005, 10_000_000, -150, -5] {
            try check(Points(hundredths: p), { w in w.points })
        }
        for d in [Day(year: 1900, month: 1, day: 1)!, Day(year: 2200, month: 12, day: 31)!, Self.day] { try check(d, { w in w.day }) }
        for c in SubjectClass.allCases {
            for id in ["P1", "", Self.h, "a:b"] { try check(SubjectRef(c, id), { w in w.subject }) }
        }
        for l in Level.allCases { try check(l, { w in w.level }) }
        for s in ["", "plain", Self.h, String(repeating: "đ\"", count: 100)] { try check(s, { w in w.string }) }
        for i in [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min] { try check(i, { w in w.int }) }
        for b in [true, false] { try check(b, { w in w.bool }) }
        try check(Message(en: Self.h, vi: "ư" + Self.h), { w in w.message })
    }

    @Test func keysInTheEncodersOrder() throws {
        var d: [String: String] = [:]
        for k in ["b", "B", "a10", "a2", "a", "_", "é", "e\u{301}x", "éa", "\u{212B}", "Åx", "😀", "", " ", "\u{1}", "P0001", "P001", Self.h] {
            d[k] = k
        }
        try check(d, { w in w.stringMap })
        // Keys sharing a long prefix, ending in NUL, shorter than the 8 bytes compared first.
        var shared: [String: String] = [:]
        for k in ["member:G", "member:G1", "member:G10", "member:G1\u{0}", "member:G1\u{0}\u{0}", "member:G0000000000001",
                  "member:G0000000000000", "member:G00000000\u{0}", "member:G00000000", "member:Gé", "member:Ge\u{301}"] {
            shared[k] = k
        }
        try check(shared, { w in w.stringMap })
        // And many random ones.
        var rng = SeededRandom(seed: 11)
        let alphabet = ["a", "B", "0", "9", "\u{0}", "é", "e\u{301}", "ư", "😀", ":", " "]
        var random: [String: String] = [:]
        for _ in 0..<3000 {
            var k = "member:P"
            for _ in 0..<Int(rng.next() % 12) { k += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            random[k] = ""
        }
        try check(random, complete: false, { w in w.stringMap })
        try check([String: String](), complete: false, { w in w.stringMap })
        try check([String](), complete: false, { w in { w.array($0) { w.string($0) } } })
    }

    @Test func rosterTypes() throws {
        var u = Unit(code: "CB01" + Self.h, name: Self.h, kind: .cell, type: .residential, parent: "DB", liaison: "P1",
                     created: Self.day, outstanding: "QĐ 12/" + Self.h)
        u.extra = ["z": Self.h, "A": "", Self.h: "x"]
        try check(u, { w in w.unit })
        var c = Collective(code: "BTV", name: Self.h, cls: .massOrgStanding, unit: "DB")
        c.extra = ["note": Self.h]
        try check(c, { w in w.collective })
        for status in Member.Status.allCases {
            for stage in Stage.allCases {
                var m = Member(id: "P1", name: Self.h, unit: "CB01", group: "T1", gender: "Nữ", born: Self.day, admitted: Self.day,
                               status: status, civilServant: true, outside: true, workplaceLevel: .HTXSNV, workplaceStage: stage)
                m.extra = ["quê": Self.h]
                try check(m, { w in w.member })
                m.civilServant = false
                try check(m, { w in w.member })
            }
        }
        try check(Member(id: "P2", name: "A", unit: "CB01"), complete: false, { w in w.member })
        for by in Position.ManagedBy.allCases {
            var p = Position(member: "P1", body: "BTV", role: Self.h, head: true, since: Self.day, managedBy: by)
            p.extra = ["Nhiệm kỳ": Self.h]
            try check(p, { w in w.position })
        }
        for r in Exclusion.Reason.allCases {
            try check(Exclusion(subject: "P1", reason: r, rule: "R-EXCL-NEW", note: Self.h), { w in w.exclusion })
        }
    }

    @Test func roundTypes() throws {
        var rv = Review(subject: Self.ref, venue: "CB01", date: Self.day, form: "2A", sessions: 2, attended: ["P1", Self.h],
                        suggested: true, selfLevel: .HTNV, feedback: false)
        rv.extra = ["Thư ký": Self.h]
        try check(rv, { w in w.review })
        var g = GradeSet()
        for (i, by) in GradingBody.allCases.enumerated() {
            var r = GradeRecord(level: Level.allCases[i], by: by, score: Points(hundredths: 8950), common: Points(hundredths: 2800),
                                results: Points(hundredths: 6150), votes: 12, note: Self.h, override: "R-X " + Self.h)
            r.extra = ["Biên bản": Self.h, "Biên bản (2)": "x"]
            try check(r, { w in w.gradeRecord })
            if i < 3 { g[Stage.allCases[i]] = r }
        }
        try check(g, { w in w.gradeSet })
        try check(GradeSet(), complete: false, { w in w.gradeSet })
        for k in DisciplineRecord.Kind.allCases {
            for f in DisciplineRecord.Form.allCases {
                var d = DisciplineRecord(member: "P1", date: Self.day, kind: k, form: f, selfDiscovered: true, countedIn: 2022,
                                         note: Self.h, duty: true)
                d.extra = ["Số quyết định": Self.h]
                try check(d, { w in w.discipline })
            }
        }
        var t = TargetRecord(subject: Self.ref, completedPct: 100, exceededPct: 12, latePct: 0, priorFixedPct: 80,
                             lowConfidencePct: 51)
        t.extra = ["Nguồn": Self.h]
        try check(t, { w in w.target })
        // Shares with decimals are numbers as JSONEncoder writes a Double (69.5, 50.49, 0.05).
        try check(TargetRecord(subject: Self.ref, completedPct: Percentage(hundredths: 6950), exceededPct: Percentage(hundredths: 5049),
                               latePct: Percentage(hundredths: 5), priorFixedPct: Percentage(hundredths: 9999),
                               lowConfidencePct: Percentage(hundredths: 5001)), complete: false, { w in w.target })
        try check(Adjustment(subject: Self.ref, from: .HTXSNV, to: .KHTNV, rule: "R-QUOTA",
                             reason: Message(en: Self.h, vi: Self.h + "ư")), { w in w.adjustment })
        try check(AuditEntry(time: "2023-11-25T00:00:00Z", command: Self.h, changes: ["a", Self.h], changesVi: ["á", Self.h], files: ["/a/" + Self.h]), { w in w.auditEntry })
        try check(AuditEntry(time: "t", command: "c", changes: []), complete: false, { w in w.auditEntry })
    }

    @Test func criteriaAndSettings() throws {
        for c in SubjectClass.allCases {
            for p in Criterion.Part.allCases {
                try check(Criterion(c, form: "7", id: "1.2" + Self.h, text: Self.h, part: p, max: Points(hundredths: 1050)),
                          { w in w.criterion })
            }
        }
        for r in Rating.allCases {
            try check(Assessment(subject: Self.ref, criterion: "1.2", rating: r, points: Points(hundredths: 950), note: Self.h),
                      { w in w.assessment })
        }
        try check(Shortcoming(subject: Self.ref, text: Self.h, year: 2022), { w in w.shortcoming })
        try check(Weight(criterion: Self.h, part: .results, max: Points(hundredths: 7000)), { w in w.weight })
        var s = Settings(title: Self.h, year: 2025, rules: "qd366")
        s.asOf = Self.day
        s.quota = 15
        s.quotaBase = .goodOrBetter
        s.quotaGroups = ["member": .unit, "leader": .class]
        s.headCap = false
        s.deadlines = ["review": Self.day, "upper": Day(year: 2024, month: 1, day: 15)!]
        s.weights = [Weight(criterion: "A", part: .common, max: Points(hundredths: 3000)),
                     Weight(criterion: "B", part: .results, max: Points(hundredths: 7000))]
        try check(s, { w in w.settings })
        try check(Settings(), complete: false, { w in w.settings })
    }

    /// A workspace with every table filled, its snapshots included: the whole file as one
    /// JSONEncoder writes it.
    @Test func fullWorkspace() throws {
        let ws = Self.full()
        // Snapshots hold empty workspaces on purpose (written like any other).
        #expect(Self.unset(ws).filter { !$0.hasPrefix("$.snapshots") } == [])
        let mine = String(decoding: try WorkspaceFile.encode(ws), as: UTF8.self)
        #expect(mine == String(decoding: try WorkspaceFile.referenceEncode(ws), as: UTF8.self))
        #expect(mine.hasSuffix("}\n"))
    }

    static func full() -> Workspace {
        var s = Settings(title: h, year: 2025, rules: "qd366")
        s.asOf = day
        s.quotaGroups = ["member": .unit]
        s.deadlines = ["review": day]
        s.weights = [Weight(criterion: "A", part: .common, max: Points(hundredths: 3000))]
        var ws = Workspace(settings: s)
        var u = Unit(code: "CB01", name: h, kind: .cell, type: .school, parent: "DB", liaison: "P1", created: day, outstanding: "x")
        u.extra = ["k": h]
        ws.units[u.code] = u
        var c = Collective(code: "BTV", name: h, cls: .partyStanding, unit: "DB")
        c.extra = ["k": h]
        ws.collectives[c.code] = c
        var m = Member(id: "P1", name: h, unit: "CB01", group: "T1", gender: "Nam", born: day, admitted: day, status: .exempt,
                       civilServant: true, outside: true, workplaceLevel: .HTTNV, workplaceStage: .decided)
        m.extra = ["k": h]
        ws.members[m.id] = m
        var p = Position(member: "P1", body: "BTV", role: h, head: true, since: day, managedBy: .upper)
        p.extra = ["k": h]
        ws.positions[p.key] = p
        ws.exclusions["P1"] = Exclusion(subject: "P1", reason: .newMember, rule: "R", note: h)
        var r = Review(subject: ref, venue: "CB01", date: day, form: "2A", sessions: 1, attended: [h], suggested: true,
                       selfLevel: .HTNV, feedback: true)
        r.extra = ["k": h]
        ws.reviews[r.key] = r
        var g = GradeRecord(level: .HTTNV, by: .ward, score: Points(hundredths: 1), common: Points(hundredths: 2),
                            results: Points(hundredths: 3), votes: 4, note: h, override: h)
        g.extra = ["k": h]
        var gs = GradeSet()
        gs.`self` = g; gs.proposed = g; gs.decided = g
        ws.grades[ref.key] = gs
        var d = DisciplineRecord(member: "P1", date: day, kind: .prohibited, form: .canhCao, selfDiscovered: true, countedIn: 2023,
                                 note: h, duty: false)
        d.extra = ["k": h]
        ws.discipline[d.key] = d
        var t = TargetRecord(subject: ref, completedPct: 1, exceededPct: 2, latePct: 3, priorFixedPct: 4, lowConfidencePct: 5)
        t.extra = ["k": h]
        ws.targets[ref.key] = t
        ws.adjustments[ref.key] = Adjustment(subject: ref, from: .HTTNV, to: .HTNV, rule: "R-QUOTA", reason: Message(en: h, vi: h))
        let cr = Criterion(.leader, form: "10", id: "1", text: h, part: .results, max: Points(hundredths: 500))
        ws.criteria[cr.key] = cr
        let a = Assessment(subject: ref, criterion: "1", rating: .good, points: Points(hundredths: 400), note: h)
        ws.assessments[a.key] = a
        ws.shortcomings[ref.key] = Shortcoming(subject: ref, text: h, year: 2022)
        ws.audit = [AuditEntry(time: "t", command: h, changes: [h], changesVi: ["v" + h], files: ["/w/" + h])]
        var snap = ws.snapshotCopy
        snap.audit = [AuditEntry(time: "t", command: "c", changes: [])]
        snap.snapshots = ["inner": Workspace()]
        ws.snapshots = [h: snap, "": Workspace()]
        return ws
    }

    /// A failed drain on the queue is kept, and nothing more is drained after it.
    @Test func backgroundSinkKeepsTheFirstFailure() {
        var calls = 0
        let sink = ByteSink(capacity: 64, block: 16, background: true) { _ in
            calls += 1
            return calls == 2 ? ENOSPC : 0
        }
        for n in 0..<1000 { sink.byte(UInt8(truncatingIfNeeded: n)) }
        sink.flush()
        #expect(sink.failure == ENOSPC)
        #expect(calls == 2)
    }

    /// The buffer: a failed drain is kept and nothing more is drained; values larger than the
    /// buffer pass through whole.
    @Test func sinkKeepsTheFirstFailure() {
        var calls = 0
        var got = Data()
        let sink = ByteSink(capacity: 64) { raw in
            calls += 1
            got.append(raw.bindMemory(to: UInt8.self))
            return calls == 2 ? ENOSPC : 0
        }
        let big = [UInt8](repeating: 0x41, count: 200)
        big.withUnsafeBufferPointer { sink.bytes($0) }
        #expect(got.count == 200 && sink.failure == 0)
        for _ in 0..<100 { sink.byte(0x42) }
        sink.flush()
        #expect(sink.failure == ENOSPC)
        #expect(calls == 2)
    }

    /// A sink for direct writes: every drain but the last is whole aligned blocks, and the
    /// bytes arrive in order whichever way they were put in (byte, bytes, reserve), drained
    /// in place or on a queue of their own while the other buffer fills.
    @Test(arguments: [false, true]) func alignedSinkDrainsWholeBlocksInOrder(background: Bool) {
        var chunks: [(aligned: Bool, count: Int)] = []
        var got: [UInt8] = []
        let sink = ByteSink(capacity: 64, block: 16, background: background) { raw in
            chunks.append((Int(bitPattern: raw.baseAddress) % 16 == 0, raw.count))
            got += raw.bindMemory(to: UInt8.self)
            return 0
        }
        var want: [UInt8] = []
        for n in 0..<500 {
            let b = UInt8(truncatingIfNeeded: n)
            switch n % 3 {
            case 0:
                sink.byte(b)
                want.append(b)
            case 1:
                let run = [UInt8](repeating: b, count: n % 150)  // some longer than the buffer
                run.withUnsafeBufferPointer { sink.bytes($0) }
                want += run
            default:
                let p = sink.reserve(64)
                for k in 0..<(n % 64) { p[k] = b }
                sink.commit(n % 64)
                want += [UInt8](repeating: b, count: n % 64)
            }
        }
        sink.flush()
        #expect(got == want)
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0.aligned })
        #expect(chunks.dropLast().allSatisfy { $0.count % 16 == 0 })
    }

    /// A save of several MiB (written past the page cache where the file system allows) holds
    /// exactly the bytes of the workspace encoded in memory.
    @Test func bigSaveIsTheEncodedBytes() throws {
        let ws = ReadOnceFileTests.bigWorkspace()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-direct-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try WorkspaceFile.save(ws, to: path)
        let saved = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(saved.count > 4 << 20 && saved.count % DirectIO.block != 0)
        #expect(saved == WorkspaceFile.encodeToMemory(ws))
    }

    /// Direct writes: whole aligned blocks go out as they are, a partial block turns direct
    /// writes off first, and memory the file system refuses to write directly (misaligned here;
    /// ext4 says EINVAL) is written through the page cache instead. Every byte arrives.
    @Test func directWritesFallBackToThePageCache() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-directio-\(UUID().uuidString)").path
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        defer { close(fd) }
        let block = DirectIO.block
        let memory = UnsafeMutableRawPointer.allocate(byteCount: 3 * block + 1, alignment: block)
        defer { memory.deallocate() }
        for k in 0..<(3 * block + 1) { memory.storeBytes(of: UInt8(truncatingIfNeeded: k * 7), toByteOffset: k, as: UInt8.self) }
        var want: [UInt8] = []
        var direct = DirectIO.on(fd)
        // Two whole aligned blocks.
        #expect(DirectIO.write(fd, UnsafeRawBufferPointer(start: memory, count: 2 * block), direct: &direct) == 0)
        want += UnsafeRawBufferPointer(start: memory, count: 2 * block)
        // One block from a misaligned address.
        #expect(DirectIO.write(fd, UnsafeRawBufferPointer(start: memory + 1, count: block), direct: &direct) == 0)
        want += UnsafeRawBufferPointer(start: memory + 1, count: block)
        // A partial block: direct writes are off after it, whatever they were.
        #expect(DirectIO.write(fd, UnsafeRawBufferPointer(start: memory, count: 10), direct: &direct) == 0)
        want += UnsafeRawBufferPointer(start: memory, count: 10)
        #expect(!direct)
        if let flag = DirectIO.flag { #expect(fcntl(fd, F_GETFL) & flag == 0) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(want))
    }

    /// A direct write that fails for a real reason fails through the page cache too, and the
    /// error is the one reported (/dev/full: every write is ENOSPC).
    @Test func aFullDiskFailsEitherWay() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let block = [UInt8](repeating: 1, count: DirectIO.block)
        var direct = true
        let failure = block.withUnsafeBytes { DirectIO.write(fd, $0, direct: &direct) }
        #expect(failure == ENOSPC)
        #expect(!direct)
    }
}
