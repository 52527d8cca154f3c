import Foundation
import Testing
@testable import KiemDiem

/// The hand-written reader must read every file it accepts exactly as JSONDecoder does, and
/// give up on everything else (so JSONDecoder reports it with today's messages).
@Suite struct WorkspaceReaderTests {
    /// JSONDecoder's reading, the definition.
    func slow(_ data: Data) throws -> Workspace { try JSONDecoder().decode(Workspace.self, from: data) }

    /// The fast reader accepts the bytes and builds what JSONDecoder builds (compared by the
    /// bytes one JSONEncoder writes for each: every stored field, strings byte for byte).
    func agrees(_ data: Data, _ comment: Comment? = nil) throws {
        let fast = try WorkspaceReader.readOrGiveUp(data)
        let reference = try WorkspaceFile.referenceEncode(try slow(data))
        let got = try WorkspaceFile.referenceEncode(fast.workspace)
        #expect(got == reference, comment)
        if got != reference {
            let a = String(decoding: got, as: UTF8.self).split(separator: "\n"), b = String(decoding: reference, as: UTF8.self).split(separator: "\n")
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("line \(i + 1): \(a[i]) | \(b[i])")
            }
        }
    }

    func agrees(_ ws: Workspace) throws {
        let data = try WorkspaceFile.encode(ws)
        try agrees(data)
        #expect(try WorkspaceFile.encode(WorkspaceReader.readOrGiveUp(data).workspace) == data)
    }

    func givesUp(_ json: String, _ comment: Comment? = nil) {
        #expect(WorkspaceReader.agreesWithJSONDecoder(Data(json.utf8)) == nil, comment)
        #expect(throws: JSONCursor.GiveUp.self, comment) { try WorkspaceReader.readOrGiveUp(Data(json.utf8)) }
        #expect(WorkspaceReader.read(Data(json.utf8)) == nil, comment)
    }

    static func demo2023() throws -> Workspace {
        let tx = Transaction(Workspace(settings: Settings(title: "Đảng bộ \"phường\" / mẫu", year: 2023)))
        _ = try DemoWard.load(into: tx)
        tx.replace(\.settings.asOf, with: DemoWard.asOf)
        var ws = tx.commit().0
        for e in ExclusionRules.plan(ws, asOf: DemoWard.asOf).set { ws.exclusions[e.subject] = e }
        ws.adjustments = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!).cap().adjustments
        ws.audit.append(AuditEntry(time: "2023-11-25T00:00:00Z", command: "cap", changes: ["x", "y"]))
        ws.snapshots["before cap"] = ws.snapshotCopy
        ws.snapshots["empty"] = Workspace()
        return ws
    }

    static func demo2025() throws -> Workspace {
        let tx = Transaction(Workspace(settings: Settings(year: 2025, rules: RulebookID.qd366.rawValue)))
        tx.replace(\.settings.asOf, with: DemoWard.asOf2025)
        _ = try DemoWard.load2025(into: tx)
        var ws = tx.commit().0
        ws.adjustments = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!).cap().adjustments
        ws.snapshots["2025"] = ws.snapshotCopy
        return ws
    }

    /// A file using every table and most fields, written loosely (white space, other date and
    /// score forms that their parsers accept, nulls).
    static let loose = """
    {\t"format":"kd-workspace",\r\n"version":1,"settings":{"rules":"qd366","year":2024,"asOf":"01/02/2024","weights":[{"criterion":"a","part":"common","max":"12,5"},{"criterion":"b","part":"common","max":"17.5"},{"criterion":"c","part":"results","max":"70"}]},
     "units":{"CB":{"code":"CB","name":"x","kind":"cell","created":"2001-3-4","type":null,"extra":{"a":"b"}}},
     "members":{"P1":{"name":"A","id":"P1","unit":"CB","status":"exempt","civilServant":true,"outside":false,"born":null,"workplaceLevel":"HTTNV","workplaceStage":"decided"}},
     "grades":{"member:P1":{"self":{"level":"HTNV","score":"89,5","common":" 7 ","votes":3,"by":"cell"},"decided":null}},
     "reviews":{"member:P1@CB":{"subject":"member:P1","venue":"CB","attended":["P1"],"suggested":false,"sessions":2,"feedback":true}},
     "discipline":{"k":{"member":"P1","kind":"decline","selfDiscovered":true,"countedIn":2022,"duty":false,"form":"canh-cao","date":"15/06/2023"}},
     "targets":{"unit":{"subject":"organization:CB","completedPct":69.5,"lowConfidencePct":0}},
     "exclusions":{"P1":{"subject":"P1","reason":"new-member","rule":null}},
     "criteria":{"member|1":{"class":"member","form":"2C","id":"1","text":"t","part":"results","max":"70"}},
     "assessments":{"member:P1|1":{"subject":"member:P1","criterion":"1","rating":"good","points":"5.25"}},
     "shortcomings":{"member:P1":{"subject":"member:P1","text":"t","year":2022}},
     "adjustments":{"member:P1":{"subject":"member:P1","from":"HTXSNV","to":"HTTNV","rule":"R","reason":{"en":"e","vi":"v"}}},
     "collectives":{"BCH":{"code":"BCH","name":"n","class":"party-executive","unit":null}},
     "positions":{"p":{"member":"P1","body":"BCH","role":"r","head":true,"managedBy":"upper","since":"2020-01-01"}},
     "audit":[],"snapshots":{"s":{"members":{}},"t":{}}}
    """

    @Test func emptyWorkspace() throws {
        try agrees(Workspace())
    }

    @Test func demoWardBothRounds() throws {
        let a = try Self.demo2023(), b = try Self.demo2025()
        #expect(!a.adjustments.isEmpty && !a.reviews.isEmpty && !a.positions.isEmpty && !a.exclusions.isEmpty)
        #expect(!b.grades.isEmpty && !b.reviews.isEmpty)
        try agrees(a)
        try agrees(b)
    }

    @Test func generatedWard() throws {
        let w = SyntheticWard(members: 3000, cells: 60, seed: 5, year: 2023)
        var ws = Workspace(settings: Settings(year: 2023))
        ws.settings.asOf = DemoWard.asOf
        for u in w.units { ws.units[u.code] = u }
        for k in w.collectives { ws.collectives[k.code] = k }
        for m in w.members { ws.members[m.id] = m }
        for p in w.positions { ws.positions[p.key] = p }
        for d in w.discipline { ws.discipline[d.key] = d }
        for g in w.grades {
            var set = GradeSet()
            set.proposed = GradeRecord(level: g.level, score: Points(hundredths: g.score * 100 + 50), votes: g.votes)
            ws.grades[SubjectRef(.member, g.member).key] = set
        }
        for e in ExclusionRules.plan(ws, asOf: DemoWard.asOf).set { ws.exclusions[e.subject] = e }
        ws.adjustments = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!).cap().adjustments
        #expect(ws.members.count == 3000 && !ws.exclusions.isEmpty && !ws.adjustments.isEmpty && !ws.discipline.isEmpty)
        try agrees(ws)
    }

    /// Strings as JSONEncoder escapes them, and as a hand-edited file may write them.
    @Test func hostileStrings() throws {
        let texts = ["Nguyễn Văn An", "Nguye\u{0302}\u{0303}n", "😀 👨‍👩‍👧 🇻🇳", "a\tb\n\"c\" \\ d/e", "\u{1}\u{1F}\u{7F}\u{0}",
                     "\u{2028}\u{FEFF}", "", "ư\r\u{8}\u{C}"]
        var ws = Workspace(settings: Settings(title: texts.joined(separator: "|"), year: 2023))
        ws.units["CB"] = Unit(code: "CB", name: "Chi bộ", kind: .cell)
        for (n, t) in texts.enumerated() {
            var m = Member(id: "P\(n)\(t)", name: t, unit: "CB", group: t)
            m.extra = [t: t, "k": t]
            ws.members[m.id] = m
            ws.audit.append(AuditEntry(time: t, command: t, changes: [t, t]))
        }
        try agrees(ws)
        // Written by hand: \u escapes (a surrogate pair, upper and lower case hex), `\/`, NFD.
        let json = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"Chi b\u1ED9 \ud83d\ude00","kind":"cell"}},"#
            + #""members":{"P\u0031":{"id":"P1","name":"Nguye\u0302\u0303n \/ A\u00e9\u00C9","unit":"CB","status":"active","civilServant":false,"outside":true}}}"#
        try agrees(Data(json.utf8))
        #expect(try WorkspaceReader.readOrGiveUp(Data(json.utf8)).workspace.members["P1"]?.name == "Nguye\u{302}\u{303}n / AéÉ")
    }

    /// Older saves lack tables and fields; null reads as absent; white space anywhere; dates and
    /// scores in the other forms their parsers accept.
    @Test func olderAndLooserFiles() throws {
        try agrees(Data(#"{"format":"kd-workspace","version":1}"#.utf8))
        try agrees(Data(#" { "version" : 0 , "format" : "kd-workspace" , "settings" : null , "members" : null } "#.utf8))
        try agrees(Data(#"{"format":"kd-workspace","version":1,"settings":{"year":2021,"rules":"qd124"}}"#.utf8))
        try agrees(Data(Self.loose.utf8))
    }

    /// Each of these JSONDecoder reads differently or refuses: the fast reader must leave them
    /// to it.
    @Test func givesUpOnWhatItDoesNotReadExactly() throws {
        let head = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"cell"}},"members":{"P1":"#
        let m = #"{"id":"P1","name":"A","unit":"CB","status":"active","civilServant":false,"outside":false"#
        func member(_ fields: String) -> String { head + m + fields + "}}}" }
        try agrees(Data(member("").utf8))  // the base case is read
        givesUp("{ not json")
        givesUp("")
        givesUp(#"{"format":"kd-workspace","version":1"#)
        givesUp(#"{"format":"kd-workspace","version":1} x"#, "bytes after the value")
        givesUp(#"{"version":1}"#, "no format")
        givesUp(#"{"format":"kd-workspace","version":"1"}"#, "version as a string")
        givesUp(#"{"format":"kd-workspace","version":1.0}"#, "a fraction")
        givesUp(#"{"format":"kd-workspace","version":1e0}"#, "an exponent")
        givesUp(#"{"format":"kd-workspace","version":01}"#, "a leading zero")
        givesUp(#"{"format":"kd-workspace","version":-0}"#)
        givesUp(#"{"format":"kd-workspace","version":99999999999999999999999}"#, "past Int")
        try agrees(Data(#"{"format":"kd-workspace","version":-999999999999999999}"#.utf8))
        givesUp(#"{"format":"kd-workspace","version":1,"extra":{}}"#, "unknown table")
        givesUp(#"{"format":"kd-workspace","version":1,"version":1}"#, "duplicate envelope key")
        givesUp(#"{"format":"kd-workspace","version":1,"units":{},"units":{}}"#, "duplicate table")
        givesUp(#"{"format":"kd-workspace","version":1,"snapshots":{"a":{"format":"kd-workspace"}}}"#, "envelope in a snapshot")
        givesUp(#"{"format":"kd-workspace","version":1,"settings":{"rules":"qd124","year":2023,"year":2024}}"#, "duplicate inside settings")
        givesUp(#"{"format":"kd-workspace","version":1,"settings":{"year":"x"}}"#, "settings JSONDecoder refuses")
        givesUp(#"{"format":"kd-workspace","version":1,"settings":{"year":2023,"rules":"qd124","deadlines":{"review":"2023-01-01","review":"2023-01-02"}}}"#)
        givesUp(member(#","nick":"x""#), "unknown field")
        givesUp(member(#","name":"B""#), "duplicate field")
        givesUp(member(#","extra":{"a":"1","a":"2"}"#), "duplicate in extra")
        givesUp(member(#","extra":{"é":"1","e\u0301":"2"}"#), "keys equal as Swift strings")
        givesUp(member(#","born":"2023-02-30""#), "not a date")
        givesUp(member(#","workplaceLevel":"XYZ""#), "unknown level")
        givesUp(member(#","gender":1"#), "wrong type")
        givesUp(member(#","group":"\ud800""#), "lone surrogate")
        givesUp(member(#","group":"\udc00\ud800""#), "reversed pair")
        givesUp(member(#","group":"\x""#), "unknown escape")
        givesUp(member(#","group":"\u12""#), "short escape")
        givesUp(member(",\"group\":\"a\u{1}b\""), "raw control character")
        givesUp(member(#","gender":nul"#), "bad literal")
        givesUp(head + #"{"id":"P1","name":"A","unit":"CB","status":"active","civilServant":false}}}"#, "missing required field")
        givesUp(head + #"{"id":"P1","name":null,"unit":"CB","status":"active","civilServant":false,"outside":false}}}"#, "null required")
        givesUp(head + m + "}," + #""P1":"# + m + "}}}", "duplicate member id")
        givesUp(head + m + "},}}", "trailing comma")
        givesUp(#"{"format":"kd-workspace","version":1,"grades":{"member:P1":{"self":{"level":"HTNV","score":"89.555"}}}}"#, "bad score")
        givesUp(#"{"format":"kd-workspace","version":1,"grades":{"member:P1":{"self":{"level":"HTNV","votes":8.0}}}}"#)
        givesUp(#"{"format":"kd-workspace","version":1,"targets":{"t":{"subject":"club:X","completedPct":1}}}"#, "bad subject")
        for pct in ["100.5", "-1", "50.555", "5e1", "070"] {
            givesUp(#"{"format":"kd-workspace","version":1,"targets":{"t":{"subject":"organization:CB","completedPct":"# + pct + "}}}", "share \(pct)")
        }
        var bytes = Array(member("").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "A"))!] = 0xFF
        #expect(WorkspaceReader.read(Data(bytes)) == nil, "invalid UTF-8")
    }

    /// Through `WorkspaceFile.decode`: the envelope rules and the contents check hold on the
    /// fast path; what it gives up on gets JSONDecoder's messages.
    @Test func decodeKeepsItsRulesAndMessages() throws {
        func error(_ json: String) -> KDError? {
            do { _ = try WorkspaceFile.decode(Data(json.utf8), file: "x.json"); return nil } catch let e as KDError { return e } catch { return nil }
        }
        let other = #"{"format":"other","version":1}"#, newer = #"{"format":"kd-workspace","version":2}"#
        #expect(WorkspaceReader.read(Data(other.utf8)) != nil && WorkspaceReader.read(Data(newer.utf8)) != nil)
        #expect(error(other)?.place == "x.json: $.format")
        #expect(error(newer)?.place == "x.json: $.version")
        let misfiled = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"cell"}},"#
            + #""members":{"P2":{"id":"P1","name":"A","unit":"CB","status":"active","civilServant":false,"outside":false}}}"#
        #expect(WorkspaceReader.read(Data(misfiled.utf8)) != nil)
        #expect(error(misfiled)?.place == "x.json: $.members.P2.id")
        let dup = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"cell","name":"y"}}}"#
        #expect(error(dup)?.location?.description == "x.json:1:90")
        #expect(error(dup)?.message == Catalog.atPath(Catalog.jsonDuplicateKey("name"), "$.units.CB"))
        let wrong = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"town"}}}"#
        #expect(error(wrong)?.place == "x.json: $.units.CB.kind")
        // A share over 100% or with three decimals: JSONDecoder's reading names it.
        for pct in ["100.5", "50.555"] {
            let share = #"{"format":"kd-workspace","version":1,"targets":{"t":{"subject":"organization:CB","completedPct":"# + pct + "}}}"
            #expect(error(share)?.place == "x.json: $.targets.t.completedPct", "\(pct)")
        }
    }

    /// The fuzz target's differential check over the bad-input corpus and the saved fuzz inputs:
    /// whatever the fast reader accepts there, JSONDecoder reads the same.
    @Test func corpusAgreesOrGivesUp() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Corpus").standardized
        var files = 0
        for dir in ["workspace", "fuzz/workspace"] {
            let folder = root.appendingPathComponent(dir)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                #expect(WorkspaceReader.agreesWithJSONDecoder(data) != false, "\(dir)/\(name)")
                files += 1
            }
        }
        #expect(files >= 20)
        // A file both read alike: the check says so.
        #expect(WorkspaceReader.agreesWithJSONDecoder(Data(#"{"format":"kd-workspace","version":1}"#.utf8)) == true)
    }

    @Test func deepSnapshotsAreLeftToJSONDecoder() {
        var json = #"{"format":"kd-workspace","version":1,"snapshots":{"a":"#
        for _ in 0..<100_000 { json += #"{"snapshots":{"a":"# }
        givesUp(json)
        let three = #"{"format":"kd-workspace","version":1,"snapshots":{"a":{"snapshots":{"b":{"snapshots":{"c":{}}}}}}}"#
        #expect(WorkspaceReader.agreesWithJSONDecoder(Data(three.utf8)) == true)
    }

    /// A small differential fuzz in the suite: bytes of a file that uses every table, changed
    /// at random (seeded), are either left to JSONDecoder or read exactly as it reads them.
    /// `bytes` with 1 to `upTo` + 1 changes at random places: a byte replaced by a piece, a byte
    /// removed, or a piece inserted.
    static func changed(_ bytes: [UInt8], upTo: Int, _ pieces: [[UInt8]], _ rng: inout SeededRandom) -> [UInt8] {
        var b = bytes
        for _ in 0...rng.below(upTo) {
            let at = rng.below(b.count)
            switch rng.below(3) {
            case 0: b.replaceSubrange(at..<at + 1, with: pieces[rng.below(pieces.count)])
            case 1: b.remove(at: at)
            default: b.insert(contentsOf: pieces[rng.below(pieces.count)], at: at)
            }
        }
        return b
    }

    @Test func mutatedFilesAgreeOrGiveUp() {
        var rng = SeededRandom(seed: 8)
        let base = Array(Self.loose.utf8)
        let pieces: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ",", ":", "0", "9", "-", ".", "e", "u", "null", "true", " ",
                                 "\\u00e9", "\\ud83d", "\u{1}", "é", "\"a\":1,"].map { Array($0.utf8) } + [[0x80], [0xC3], [0xFF]]
        var read = 0
        for _ in 0..<3000 {
            let b = Self.changed(base, upTo: 3, pieces, &rng)
            let verdict = WorkspaceReader.agreesWithJSONDecoder(Data(b))
            #expect(verdict != false, "\(String(decoding: b, as: UTF8.self))")
            if verdict == true { read += 1 }
        }
        #expect(read > 100)  // many changes land in text and still read
    }

    /// The size hint of a table follows nesting and skips strings (braces and quotes in them).
    @Test func countsTableEntries() {
        func count(_ json: String) -> Int {
            Array(json.utf8).withUnsafeBufferPointer { b in
                var c = JSONCursor(b)
                c.i = 1  // after the `{`, as `table` calls it
                return c.countRecords()
            }
        }
        #expect(count(#"{}"#) == 0)
        #expect(count(#"{"a":{},"b":{"x":{"y":[{}]}}, "c" : {}}"#) == 3)
        #expect(count(#"{"a\"{":{"s":"}{\\"},"b":{"t":"\"{"}}"#) == 2)
        #expect(count(#"{"a":"{","b":"x"}"#) == 0)
        // Eight bytes at a time: keys, texts and blank runs of every length, so that quotes,
        // escapes and brackets fall at every place in a word; only object values count.
        let tricky = ["{", "}", "[", "]", "\\\"", "\\\\", "a", "é", ":", ","]
        func text(_ n: Int, _ seed: Int) -> String { (0..<n).map { tricky[($0 * 7 + seed) % tricky.count] }.joined() }
        var entries: [String] = [], objects = 0
        for k in 0..<300 {
            let blank = String(repeating: " ", count: k % 13) + (k % 5 == 0 ? "\n" : "")
            let value = k % 4 == 3 ? "\"\(text(k % 17, k))\"" : "{\"v\":\"\(text(k % 23, k))\",\(blank)\"n\":[1,{},\"]\"]}"
            if k % 4 != 3 { objects += 1 }
            entries.append("\(blank)\"\(text(k % 19, k + 3))\(k)\"\(blank):\(blank)\(value)")
        }
        for tail in ["", "   ", "        \n"] {
            #expect(count("{" + entries.joined(separator: ",") + tail + "}") == objects)
        }
    }

    /// Names are read once each: a name read before, written plainly or with escapes, is the
    /// stored copy; plain dates are read from the bytes, others as `Day.parse` reads them.
    @Test func namesStoredOnceDatesFromBytes() throws {
        let head = #"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"cell"}},"members":{"#
        func member(_ id: String, _ name: String, _ born: String) -> String {
            #""\#(id)":{"id":"\#(id)","name":"\#(name)","unit":"CB","status":"active","civilServant":false,"outside":false,"born":"\#(born)"}"#
        }
        let json = head + [member("P1", "Nguyễn Thị Minh Khai", "1990-01-05"), member("P2", "Nguyễn Thị Minh Khai", "1990-1-5"),
                           member("P3", #"Nguyễn Thị Minh Khai"#, "05/01/1990"), member("P4", "Lê An", "2000-12-31")].joined(separator: ",") + "}}"
        try agrees(Data(json.utf8))
        let ws = try WorkspaceReader.readOrGiveUp(Data(json.utf8)).workspace
        var names = ["P1", "P2", "P3"].map { ws.members[$0]!.name }
        #expect(names.allSatisfy { $0 == "Nguyễn Thị Minh Khai" })
        let first = names[0].withUTF8 { $0.baseAddress }
        for k in 1..<3 { #expect(names[k].withUTF8 { $0.baseAddress } == first, "P\(k + 1) stored once") }
        #expect(["P1", "P2", "P3"].allSatisfy { ws.members[$0]!.born == Day(year: 1990, month: 1, day: 5) })
        #expect(ws.members["P4"]!.born == Day(year: 2000, month: 12, day: 31))
        givesUp(head + member("P1", "Nguyễn Thị Minh Khai", "1990-02-30") + "}}")
    }
}
