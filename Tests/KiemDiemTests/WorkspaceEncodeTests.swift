import Foundation
import Testing
@testable import KiemDiem

/// The hand-written writer (WorkspaceWriter.swift) must write exactly the bytes of one
/// JSONEncoder over the workspace (`referenceEncode`), in memory and when `save` streams it.
@Suite struct WorkspaceEncodeTests {
    func demo() throws -> Workspace {
        let tx = Transaction(Workspace(settings: Settings(title: "Đảng bộ \"phường\" / mẫu", year: 2023)))
        _ = try DemoWard.load(into: tx)
        tx.replace(\.settings.asOf, with: DemoWard.asOf)
        var ws = tx.commit().0
        ws.adjustments = WardFacts(ws, book: QD124()).cap().adjustments
        ws.adjustments["member:X"] = Adjustment(subject: SubjectRef(.member, "X"), from: .HTXSNV, to: .HTTNV, rule: "R-QUOTA",
                                                reason: Message(en: "a\tb\n\"c\" \\ d/e", vi: "ư\u{1}"))
        ws.audit.append(AuditEntry(time: "2023-11-25T00:00:00Z", command: "cap", changes: ["x", "y"]))
        ws.snapshots["before cap"] = ws.snapshotCopy
        ws.snapshots["empty"] = Workspace()
        return ws
    }

    /// The 2025 round under qd366, as `load demo --year 2025` sets it up.
    func demo2025() throws -> Workspace {
        let tx = Transaction(Workspace(settings: Settings(year: 2025, rules: RulebookID.qd366.rawValue)))
        tx.replace(\.settings.asOf, with: DemoWard.asOf2025)
        _ = try DemoWard.load2025(into: tx)
        return tx.commit().0
    }

    /// A generated ward of a few thousand members with grades, exclusions and cap's adjustments:
    /// more than the 1 MiB buffer.
    static let generated: Workspace = {
        let ward = SyntheticWard(members: 3000, cells: 60, seed: 5, year: 2023)
        let tx = Transaction(Workspace(settings: Settings(title: "Sinh", year: 2023)))
        tx.replace(\.settings.asOf, with: DemoWard.asOf)
        ward.apply(to: tx)
        var ws = tx.commit().0
        for g in ward.grades {
            var set = GradeSet()
            set.proposed = GradeRecord(level: g.level, by: .cell, score: Points(hundredths: g.score * 100), votes: g.votes)
            ws.grades[SubjectRef(.member, g.member).key] = set
        }
        for e in ExclusionRules.plan(ws, asOf: DemoWard.asOf).set { ws.exclusions[e.subject] = e }
        ws.adjustments = WardFacts(ws, book: QD124()).cap().adjustments
        ws.snapshots["trước khi cap"] = ws.snapshotCopy
        return ws
    }()

    /// Every control character, quote, backslash, slash, U+2028/2029, emoji, combining marks and
    /// NFD text in names, notes, audit lines, snapshot names and dictionary keys.
    func hostile() -> Workspace {
        var s = ""
        for c in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(c)!) }
        let h = s + "\"\\/\u{7F}\u{2028}\u{2029}😀👨‍👩‍👧‍👦🇻🇳 Nguye\u{302}\u{303}n Va\u{306}n A\u{300}n a\u{301}\u{323}\u{31B} Ñ"
        var ws = Workspace(settings: Settings(title: h, year: 2023))
        ws.units[h] = Unit(code: h, name: h, kind: .cell, outstanding: h)
        for (i, id) in ["P1", h, "e\u{301}", "\u{E9}x", "Z", "a/b", "\u{2028}"].enumerated() {
            var m = Member(id: id, name: h + "\(i)", unit: h, group: h, gender: h)
            m.extra = [h: h, "quê quán": "Hà Nội", "": "\u{0}"]
            ws.members[id] = m
            ws.exclusions[id] = Exclusion(subject: id, reason: .other, note: h)
            var g = GradeSet()
            g.decided = GradeRecord(level: .HTNV, note: h, override: h)
            ws.grades[SubjectRef(.member, id).key] = g
        }
        ws.audit = [AuditEntry(time: h, command: "set title " + h, changes: [h, "", "\\"])]
        ws.snapshots[h] = ws.snapshotCopy
        ws.snapshots["e\u{301}"] = Workspace()
        return ws
    }

    func expectSame(_ ws: Workspace, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fast = try WorkspaceFile.encode(ws)
        let reference = try WorkspaceFile.referenceEncode(ws)
        #expect(fast == reference, "\(what)", sourceLocation: sourceLocation)
        if fast != reference {
            let a = String(decoding: fast, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: reference, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("\(what) line \(i + 1): \(a[i]) | \(b[i])", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func emptyWorkspace() throws {
        try expectSame(Workspace(), "empty")
        let text = String(decoding: try WorkspaceFile.encode(Workspace()), as: UTF8.self)
        #expect(text.contains("\"members\" : {\n\n  },\n"))
        #expect(text.hasPrefix("{\n  \"adjustments\" : {\n\n  },\n") && text.hasSuffix("\"version\" : 1\n}\n"))
    }

    @Test func demoWard2023() throws {
        let ws = try demo()
        #expect(ws.members.count > 50 && !ws.adjustments.isEmpty && !ws.reviews.isEmpty && !ws.targets.isEmpty)
        try expectSame(ws, "demo 2023")
    }

    @Test func demoRound2025() throws {
        let ws = try demo2025()
        #expect(ws.settings.rules == "qd366" && !ws.grades.isEmpty && !ws.reviews.isEmpty)
        try expectSame(ws, "demo 2025")
    }

    @Test func generatedWard() throws {
        let ws = Self.generated
        #expect(ws.members.count == 3000 && !ws.exclusions.isEmpty && !ws.adjustments.isEmpty && !ws.discipline.isEmpty)
        try expectSame(ws, "generated ward")
        #expect(try WorkspaceFile.encode(ws).count > 1 << 20)
    }

    /// Tables written on two cores in blocks: the same bytes as JSONEncoder, whatever the cut
    /// (a block of one entry, blocks that do not divide the table, an odd count, snapshots).
    @Test(arguments: [(2, 1), (2, 2), (3, 5), (5, 7), (1024, 1024)])
    func tablesOnTwoCores(from: Int, blockSize: Int) throws {
        let split = TableSplit(from: from, blockSize: blockSize)
        for (ws, what) in [(try demo(), "demo 2023"), (hostile(), "hostile"), (Self.generated, "generated")] {
            var data = Data()
            let sink = ByteSink(capacity: 64) { raw in data.append(raw.bindMemory(to: UInt8.self)); return 0 }
            JSONWriter(sink, split: split).document(ws)
            sink.flush()
            #expect(data == (try WorkspaceFile.referenceEncode(ws)), "\(what), split \(from)/\(blockSize)")
        }
    }

    /// The radix sort orders windows as comparing them does, equal windows in the order they
    /// came (random windows, few distinct bytes, many equal, bytes the same everywhere).
    @Test func radixSortIsASort() {
        var rng = SeededRandom(seed: 28)
        let shapes: [(String, () -> (UInt64, UInt64))] = [
            ("random", { (rng.next(), rng.next()) }),
            ("few bytes", { (UInt64(rng.below(4)) << 40 | UInt64(rng.below(3)), UInt64(rng.below(5)) << 8) }),
            ("same high", { (0x6D65_6D62_6572_3A47, UInt64(rng.below(1000))) }),
            ("all equal", { (7, 7) }),
        ]
        for (what, window) in shapes {
            for n in [0, 1, 2, 3, 255, 256, 257, 5000] {
                var a: [JSONWriter.KeyWindow] = []
                for at in 0..<n {
                    let (h, l) = window()
                    var w = JSONWriter.KeyWindow(UnsafeBufferPointer(start: nil, count: 0), from: 0, at: at)
                    w.high = h
                    w.low = l
                    a.append(w)
                }
                let expected = a.sorted { ($0.high, $0.low, $0.at) < ($1.high, $1.low, $1.at) }.map(\.at)
                JSONWriter.radixSort(&a)
                #expect(a.map(\.at) == expected, "\(what), \(n) windows")
            }
            // Through `sortWindows` on a table big enough for the radix sort: runs of equal
            // windows (of two and more) ordered by the tie, here the reverse of their arrival.
            var b: [JSONWriter.KeyWindow] = []
            for at in 0..<(JSONWriter.radixFrom + 5) {
                let (h, l) = window()
                var w = JSONWriter.KeyWindow(UnsafeBufferPointer(start: nil, count: 0), from: 0, at: at)
                (w.high, w.low) = at % 2 == 1 ? (b[at - 1].high, b[at - 1].low) : (h, l)  // pairs at least
                b.append(w)
            }
            let expected = b.sorted { ($0.high, $0.low, $1.at) < ($1.high, $1.low, $0.at) }.map(\.at)
            JSONWriter.sortWindows(&b, tie: >)
            #expect(b.map(\.at) == expected, "\(what), sortWindows")
        }
        // A table big enough to take that path in `sortedIndices`: keys in JSONEncoder's order.
        var d: [String: Int] = [:]
        for i in 0..<(JSONWriter.radixFrom + 7) { d["member:G\(String(i * 7919 % 1_000_003))x\(i % 3 == 0 ? "é" : "")"] = i }
        let keys = JSONWriter.sortedIndices(d).map { d[$0].key }
        #expect(keys == d.keys.sorted { JSONWriter.utf8Less($0, $1) })
    }

    /// Key order in every shape the 16-byte window meets: grades keys ("leader:"/"member:", no
    /// shared prefix, "member:G" the same in all), keys alike past 16 bytes (whole-key fallback),
    /// a key that starts another, NUL and non-ASCII bytes, the empty key; on one core and two.
    @Test(arguments: [40, JSONWriter.radixFrom + 3])
    func sortedIndicesIsByteOrder(count: Int) {
        var d: [String: Int] = [:]
        for i in 0..<count {
            let n = String(i * 7919 % 1_000_003)
            switch i % 6 {
            case 0: d["member:G\(n)"] = i
            case 1: d["leader:G\(n)"] = i
            case 2: d["member:G0000000000000000\(n)"] = i
            case 3: d["member:G" + String(repeating: "9", count: i % 20)] = i
            case 4: d["member:G\(n)\u{0}x"] = i
            default: d["member:Gé\(n)"] = i
            }
        }
        d[""] = -1
        d["member:G"] = -2
        let keys = JSONWriter.sortedIndices(d).map { d[$0].key }
        #expect(keys == d.keys.sorted { JSONWriter.utf8Less($0, $1) })
        #expect(keys.count == d.count)
    }

    @Test func hostileStrings() throws {
        let ws = hostile()
        try expectSame(ws, "hostile strings")
        // And it reads back to the same bytes.
        let back = try WorkspaceFile.decode(try WorkspaceFile.encode(ws), file: "h.json")
        #expect(try WorkspaceFile.encode(back) == WorkspaceFile.encode(ws))
    }

    /// `save` streams through the file buffer: the file holds the same bytes as `encode`, mode
    /// 0600, no temporary left.
    @Test func saveStreamsTheSameBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-enc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("ws.json").path
        for ws in [Self.generated, hostile()] {
            try WorkspaceFile.save(ws, to: path)
            #expect(FileManager.default.contents(atPath: path) == (try WorkspaceFile.referenceEncode(ws)))
            let attrs = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ws.json"])
        }
    }

    /// A write that fails midway leaves the old file whole and no temporary file, and says why.
    @Test func failedWriteKeepsTheOldFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-enc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("ws.json").path
        try WorkspaceFile.save(hostile(), to: path)
        let before = FileManager.default.contents(atPath: path)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try WorkspaceFile.writeStreaming(to: path) { sink in
                for _ in 0..<3 { JSONWriter(sink).document(Self.generated) }
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ws.json"])
        do {
            try WorkspaceFile.save(Workspace(), to: dir.appendingPathComponent("no/such/ws.json").path)
            Issue.record("saved into a missing folder")
        } catch let e as KDError {
            #expect(e.message.en.contains("no/such/ws.json") && e.message.en.contains("the folder does not exist") && e.message.vi.contains("thư mục không tồn tại"))
        }
    }
}
