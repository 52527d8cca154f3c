import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// Tab through the roster index must offer exactly what the scan of the roster offers.
struct PeopleIndexTests {
    static func session() -> Session {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        for m in SyntheticWard(members: 3000, cells: 60, seed: 3, year: 2023).members { ws.members[m.id] = m }
        // The same name in its decomposed form and with loose blanks (a workspace edited by hand).
        ws.members["D1"] = Member(id: "D1", name: "Nguye\u{0302}\u{0303}n Văn A\u{0302}n", unit: "CB01")
        ws.members["D2"] = Member(id: "D2", name: " Nguyễn  Văn\tÂn ", unit: "CB01")
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ Nguyễn Trãi", kind: .cell)
        ws.collectives["NG"] = Collective(code: "NG", name: "Ngân hàng", cls: .massOrgStanding)
        ws.collectives["G00X"] = Collective(code: "G00X", name: "Nguyễn Văn Ân tổ", cls: .massOrgStanding)
        ws.units["CB02"] = Unit(code: "CB02", name: "Chi bộ Lê Lợi", kind: .cell)
        ws.units["CB03"] = Unit(code: "CB03", name: "Chi bộ Lê Lai", kind: .cell)
        ws.units["DU"] = Unit(code: "DU", name: "Đảng ủy phường", kind: .committee)
        ws.units["CB02T1"] = Unit(code: "CB02T1", name: "Chi bộ Lê Lợi tổ 1", kind: .group)
        // Vietnamese order is not byte order: Ấp (Â) comes before Bình, Đông after Dương.
        ws.units["AP1"] = Unit(code: "AP1", name: "Chi bộ Ấp Đông", kind: .cell)
        ws.units["BA1"] = Unit(code: "BA1", name: "Chi bộ Bình An", kind: .cell)
        ws.units["DO1"] = Unit(code: "DO1", name: "Chi bộ Đông Hòa", kind: .cell)
        ws.units["DU1"] = Unit(code: "DU1", name: "Chi bộ Dương Nội", kind: .cell)
        // Posts: two held by one member, one by an id not on the roster (never offered).
        for (member, body, role) in [("G0001", "CB01", "Bí thư"), ("G0001", "DU", "Ủy viên"), ("G0012", "CB02", "Bí thư"),
                                     ("g0013", "CB03", "Bí thư"), ("ZZ9", "CB03", "Phó bí thư")] {
            let p = Position(member: member, body: body, role: role)
            ws.positions[p.key] = p
        }
        ws.members["g0013"] = Member(id: "g0013", name: "Lê Thị Thu", unit: "CB03")
        s.replaceWorkspace(ws, path: nil)
        return s
    }

    @Test(arguments: ["grade \"Nguyễn Văn Â", "grade \"nguyễn văn â", "grade nguy", "grade \"nguyen van a", "grade \"Nguyễn Văn ", "grade G00", "grade g012", "grade ng",
                      "show \"tran thi", "grade \"", "grade ", "exclude \"le ", "grade \"zz", "grade N",
                      "grade \"chi bo ", "grade \"Chi bộ Lê L", "grade cb", "grade C", "grade \"dang", "grade \"ngan", "exclude \"chi", "grade \"to", "grade CB02",
                      // Bodies, units, collectives and subjects' keys: lists the index keeps.
                      "review G0001 --at C", "review G0001 --at ", "list --unit cb0", "list --unit \"chi bo le l", "list --unit \"",
                      "list --unit \"Chi bộ Lê L", "list --unit \"chi bộ", "list --unit \"Chi bo ", "report unit cb02t", "grade collective:g",
                      "report unit \"dang", "report unit D", "grade organization:cb0", "grade organization:", "grade collective:n",
                      "grade collective:", "grade organization:DU", "list --where unit=cb0", "list --where unit=", "list --where group=CB02",
                      "list --where group=", "grade leader:", "grade leader:g001", "grade leader:G0012", "grade leader:Z"])
    func indexGivesTheScansCandidates(_ line: String) {
        let s = Self.session()
        let indexed = s.complete(line)
        let scanned = Completion.complete(line, CompletionContext(workspace: s.workspace))
        #expect(s.peopleIndex != nil)
        #expect(indexed == scanned)
    }

    /// Ids sorted by their bytes (a radix sort from `JSONWriter.radixFrom` ids) when all are
    /// ASCII, by String's order otherwise: either way the index offers what the scan offers.
    @Test(arguments: [false, true])
    func idsOfEveryKindAndNumber(nonASCII: Bool) {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        for m in SyntheticWard(members: 33_000, cells: 40, seed: 4, year: 2023).members { ws.members[m.id] = m }
        ws.members["g00123x"] = Member(id: "g00123x", name: "Lê An", unit: "CB01")  // upper-cases onto others' prefix
        ws.members["G00123X"] = Member(id: "G00123X", name: "Lê Anh", unit: "CB01")  // its twin but for case (a hand edit)
        if nonASCII { ws.members["Đ0012"] = Member(id: "Đ0012", name: "Lê Ân", unit: "CB01") }
        s.replaceWorkspace(ws, path: nil)
        for line in ["grade G0012", "grade g001", "grade G3", "grade đ", "grade Đ00", "grade ", "grade Z"] {
            let indexed = s.complete(line)
            #expect(indexed == Completion.complete(line, CompletionContext(workspace: s.workspace)), "\(line)")
        }
        #expect(s.complete("grade G0012").candidates.count > 10)
    }

    /// A Tab on a quoted name needs no id: the ids are sorted on the first Tab that needs
    /// them, and that Tab offers what the scan offers.
    @Test func idsSortedOnFirstNeed() throws {
        let s = Self.session()
        #expect(s.complete("grade \"nguyen van a") == Completion.complete("grade \"nguyen van a", CompletionContext(workspace: s.workspace)))
        let index = try #require(s.peopleIndex?.index)
        #expect(!index.people.idsSorted && !index.others.idsSorted)
        #expect(s.complete("grade G00") == Completion.complete("grade G00", CompletionContext(workspace: s.workspace)))
        #expect(index.people.idsSorted && index.others.idsSorted)
        #expect(s.peopleIndex?.index === index)
    }

    @Test func theIndexFollowsTheWorkspace() {
        let s = Self.session()
        _ = s.complete("grade \"nguyen")
        s.workspace.members["Z1"] = Member(id: "Z1", name: "Nguyễn Zê Zê", unit: "CB01")
        #expect(s.complete("grade \"nguyen ze").candidates == [Candidate("Nguyễn Zê Zê")])
        // Units and collectives too: their lists are kept with the index.
        #expect(s.complete("review G0001 --at CB0").candidates.map(\.text) == ["CB01", "CB02", "CB02T1", "CB03"])
        s.workspace.units["CB04"] = Unit(code: "CB04", name: "Chi bộ Lê Văn Hưu", kind: .cell)
        #expect(s.complete("review G0001 --at CB0").candidates.map(\.text) == ["CB01", "CB02", "CB02T1", "CB03", "CB04"])
        #expect(s.complete("list --unit \"chi bo le v").candidates == [Candidate("Chi bộ Lê Văn Hưu")])
        #expect(s.complete("grade organization:CB04").candidates == [Candidate("organization:CB04")])
        #expect(s.complete("list --where unit=CB04").candidates == [Candidate("unit=CB04")])
        s.workspace.collectives["NX"] = Collective(code: "NX", name: "Nông dân", cls: .massOrgStanding)
        #expect(s.complete("grade collective:N").candidates.map(\.text) == ["collective:NG", "collective:NX"])
    }

    /// `leader:` offers whoever holds a post now: the kept list follows positions and the roster,
    /// and is kept across commands that touch neither. Ids are listed ignoring case.
    @Test func leadersFollowPositions() throws {
        let s = Self.session()
        let leaders = { s.complete("grade leader:").candidates.map(\.text) }
        #expect(leaders() == ["leader:G0001", "leader:G0012", "leader:g0013"])
        let kept = try #require(s.leaderIds)
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(s.complete("grade leader:G").candidates.count == 3)
        #expect(s.leaderIds === kept)
        let p = Position(member: "G0020", body: "CB01", role: "Phó bí thư")
        s.workspace.positions[p.key] = p
        #expect(leaders() == ["leader:G0001", "leader:G0012", "leader:g0013", "leader:G0020"])
        s.workspace.members["G0012"] = nil
        #expect(leaders() == ["leader:G0001", "leader:g0013", "leader:G0020"])
        s.workspace.members["ZZ9"] = Member(id: "ZZ9", name: "Lê Văn Dờ", unit: "CB03")
        #expect(leaders() == ["leader:G0001", "leader:g0013", "leader:G0020", "leader:ZZ9"])
    }
}

/// A Tab lists at most `Completion.idLimit` ids and counts the rest; what it inserts still
/// counts every id, with the index or without.
struct LongIdListTests {
    /// 5,000 ids under GX, then one under GY: the first 5,000 share "GX", all share only "G".
    static func session(lowerCaseId: Bool) -> Session {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        for i in 1...Completion.idLimit {
            let id = "GX" + String(i + 10_000)
            ws.members[id] = Member(id: id, name: "Lê An", unit: "CB01")
        }
        let last = lowerCaseId ? "gy1" : "GY1"
        ws.members[last] = Member(id: last, name: "Lê Bình", unit: "CB01")
        for id in ws.members.keys {  // every one holds a post: `leader:` lists them all
            let p = Position(member: id, body: "CB01", role: "Ủy viên")
            ws.positions[p.key] = p
        }
        s.replaceWorkspace(ws, path: nil)
        return s
    }

    @Test(arguments: [false, true])
    func theRestIsCountedAndShared(lowerCaseId: Bool) {
        let s = Self.session(lowerCaseId: lowerCaseId)
        // `grade ` offers the cell too: two past the limit.
        for (line, more) in [("grade g", 1), ("grade member:g", 1), ("review GX10001 --attended X9,g", 1), ("grade ", 2),
                           ("grade leader:g", 1)] {
            let indexed = s.complete(line)
            #expect(indexed == Completion.complete(line, CompletionContext(workspace: s.workspace)), "\(line)")
            #expect(indexed.candidates.count == Completion.idLimit, "\(line)")
            #expect(indexed.more == more, "\(line)")
        }
        // Listed, the 5,000 share GX; with the one left out, only G (as typed, upper-cased).
        #expect(s.complete("grade g").replacement == "G")
        #expect(s.complete("grade member:g").replacement == "member:G")
        #expect(s.complete("grade leader:g").replacement == "leader:G")
        #expect(s.complete("grade G").replacement == nil)
        // Under the limit nothing is left out.
        let few = s.complete("grade GX1001")
        #expect(few.more == 0 && few.candidates.count == 10 && few.replacement == nil)
    }
}

/// Lists of names and codes past the limit (a national ward's 140,000 cells) are bounded alike,
/// with the index or without.
struct LongNameListTests {
    @Test func cellsPastTheLimit() {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        ws.units["DU"] = Unit(code: "DU", name: "Đảng ủy phường", kind: .committee)
        for i in 1...Completion.idLimit + 2 {
            let code = "CB" + String(i + 10_000)
            ws.units[code] = Unit(code: code, name: "Chi bộ Khu phố \(i)", kind: .cell)
        }
        ws.units["CB9"] = Unit(code: "CB9", name: "Chi bộ Ấp Đông", kind: .cell)  // Â: first in Vietnamese order
        ws.units["CBZ"] = Unit(code: "CBZ", name: "Chiến khu Đ", kind: .cell)  // last, past the limit
        ws.members["P1"] = Member(id: "P1", name: "Lê An", unit: "CB10001")
        s.replaceWorkspace(ws, path: nil)
        for (line, more) in [("list --unit \"chi bo", 3), ("review P1 --at CB", 4), ("list --where unit=cb", 4), ("grade \"chi bo", 3),
                           ("list --unit \"chi", 4)] {
            let indexed = s.complete(line)
            #expect(indexed == Completion.complete(line, CompletionContext(workspace: s.workspace)), "\(line)")
            #expect(indexed.candidates.count == Completion.idLimit && indexed.more == more, "\(line): \(indexed.more)")
        }
        // What every name shares, the ones left out included, is inserted: the quote reopened.
        #expect(s.complete("list --unit \"chi bo").replacement == "\"Chi bộ ")
        #expect(s.complete("list --unit \"chi bo").candidates.first?.text == "Chi bộ Ấp Đông")
        #expect(s.complete("review P1 --at cb").replacement == "CB")
        // The one left out that shares only "Chi" counts too.
        #expect(s.complete("list --unit \"chi").replacement == "\"Chi")
    }

    /// The shared beginning is found on bytes while a name begins with it and a new character
    /// follows; a joining mark after it (Ô written as O and U+0302) ends the beginning before
    /// the O, with the index or without.
    @Test func aJoiningMarkPastTheLimitShortensTheBeginning() {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        for i in 1...Completion.idLimit {
            let code = "CB" + String(i + 10_000)
            ws.units[code] = Unit(code: code, name: "Chi bộ Khu phố Oa\(i)", kind: .cell)
        }
        // Left out, in Vietnamese order after every Oa… (Ô after O): Ob and Oc share "…O".
        for (code, name) in [("CBB", "Chi bộ Khu phố Ob"), ("CBC", "Chi bộ Khu phố Oc"), ("CBX", "Chi bộ Khu phố O\u{0302}ng")] {
            ws.units[code] = Unit(code: code, name: name, kind: .cell)
        }
        ws.members["P1"] = Member(id: "P1", name: "Lê An", unit: "CB10001")
        s.replaceWorkspace(ws, path: nil)
        let line = "list --unit \"chi bo"
        let indexed = s.complete(line)
        #expect(indexed == Completion.complete(line, CompletionContext(workspace: s.workspace)))
        #expect(indexed.more == 3)
        #expect(indexed.replacement == "\"Chi bộ Khu phố ")
        // Without it, the beginning goes on to the O.
        ws.units["CBX"] = nil
        s.replaceWorkspace(ws, path: nil)
        #expect(s.complete(line).replacement == "\"Chi bộ Khu phố O")
    }

    /// People's names past the limit, each borne by two people: listed once, in Vietnamese
    /// order (Ấ before B), the same with the index or without.
    @Test func peoplesNamesPastTheLimit() {
        let s = Session(console: StandardConsole())
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        for i in 1...Completion.idLimit + 2 {
            for twin in ["A", "B"] {
                ws.members["P\(i)\(twin)"] = Member(id: "P\(i)\(twin)", name: "Nguyễn Văn Bảy \(i)", unit: "CB01")
            }
        }
        ws.members["Q1"] = Member(id: "Q1", name: "Nguyễn Văn Ấn", unit: "CB01")
        s.replaceWorkspace(ws, path: nil)
        // `grade "` offers the cell's name too, after the people's.
        for (line, listed) in [("grade \"nguyen", 0), ("show \"Nguyễn Văn", 0), ("grade \"", 1)] {
            let indexed = s.complete(line)
            #expect(indexed == Completion.complete(line, CompletionContext(workspace: s.workspace)), "\(line)")
            #expect(indexed.candidates.count == Completion.idLimit + listed && indexed.more == 3,
                    "\(line): \(indexed.candidates.count) listed, \(indexed.more) more")
            #expect(indexed.candidates.first?.text == "Nguyễn Văn Ấn", "\(line)")
        }
        #expect(s.complete("grade \"nguyen").replacement == "\"Nguyễn Văn ")
    }
}

/// The index is kept across commands that leave the roster, units and collectives alone (a
/// national roster takes seconds to index), and rebuilt after any that may change them.
struct PeopleIndexLifetimeTests {
    @Test func keptAcrossOtherCommandsAndTheirUndo() throws {
        let s = PeopleIndexTests.session()
        _ = s.complete("grade \"nguyen")
        let first = try #require(s.peopleIndex?.index)
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(s.workspace.settings.quota == 25)
        _ = s.complete("grade \"nguyen")
        #expect(s.peopleIndex?.index === first)
        #expect(s.runScriptText("undo", file: "t"))
        #expect(s.workspace.settings.quota == 20)
        _ = s.complete("grade \"nguyen")
        #expect(s.peopleIndex?.index === first)
        #expect(s.runScriptText("new --force", file: "t"))
        #expect(s.complete("grade \"nguyen").candidates.isEmpty)
    }

    /// `restore` puts back a whole workspace: the index and the name order are kept when its
    /// roster, units and collectives are those of now (only grades changed since the snapshot),
    /// and made again when they are not; undo and redo of the restore alike. At national size
    /// each rebuild cost the restore a second and the next Tab seconds more.
    @Test func keptAcrossARestoreThatLeavesPeopleAlone() throws {
        let s = PeopleIndexTests.session()
        _ = s.complete("grade \"nguyen")
        let first = try #require(s.peopleIndex?.index)
        let generation = s.peopleGeneration
        #expect(s.runScriptText("snapshot a; grade G0001 HTNV; restore a; undo; redo", file: "t"))
        _ = s.complete("grade \"nguyen")
        #expect(s.peopleIndex?.index === first && s.peopleGeneration == generation)
        // A roster changed since the snapshot: restoring it changes the people.
        #expect(s.runScriptText("snapshot b", file: "t"))
        s.workspace.members["G0001"]?.name = "Aaa Aaa"
        let renamed = s.peopleGeneration
        _ = s.complete("grade \"nguyen")
        let second = try #require(s.peopleIndex?.index)
        #expect(s.runScriptText("restore b", file: "t"))
        #expect(s.peopleGeneration != renamed)
        #expect(s.complete("grade \"aaa").candidates.isEmpty)
        #expect(s.peopleIndex?.index !== second)
        #expect(s.runScriptText("undo", file: "t"))
        #expect(s.complete("grade \"aaa").candidates.map(\.text) == ["Aaa Aaa"])
    }

    @Test func peopleTablesAndWholeReplacementsCount() {
        let ws = Workspace()
        for (edit, people) in [({ (t: Transaction) in t.set(\.members, "A", Member(id: "A", name: "A", unit: "U")) }, true),
                               ({ $0.set(\.units, "U", nil) }, true), ({ $0.set(\.collectives, "C", nil) }, true),
                               ({ $0.replace(\.self, with: Workspace()) }, true), ({ $0.replace(\.members, with: [:]) }, true),
                               ({ $0.set(\.grades, "member:A", GradeSet()) }, false), ({ $0.replace(\.settings.quota, with: 25) }, false),
                               ({ $0.set(\.exclusions, "A", nil) }, false)] as [((Transaction) -> Void, Bool)] {
            let tx = Transaction(ws)
            edit(tx)
            #expect(Session.touchesPeople(tx.touched) == people)
        }
    }
}

/// Rule facts share the session's name order until the people tables change.
struct NameOrderCacheTests {
    func subjects(_ s: Session, cached: Bool) -> [SubjectRef] {
        let book = Rulebooks.book(for: s.workspace.settings)!
        return WardFacts(s.workspace, book: book, peopleOrder: cached ? s.peopleOrder() : nil).allSubjects()
    }

    @Test func keptUntilPeopleChange() throws {
        let s = PeopleIndexTests.session()
        #expect(subjects(s, cached: true) == subjects(s, cached: false))
        let kept = try #require(s.nameOrder)
        #expect(kept.generation == s.peopleGeneration)
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(s.nameOrder?.generation == s.peopleGeneration)
        // A rename that moves a member to the front of the order.
        let last = subjects(s, cached: true).last!.id
        s.workspace.members[last]?.name = "Aaa Aaa"
        #expect(s.nameOrder?.generation != s.peopleGeneration)
        let after = subjects(s, cached: true)
        #expect(after == subjects(s, cached: false))
        #expect(after.first { $0.cls == .member }?.id == last)
    }

    /// A change to the people tables starts the sort at once; commands that leave people alone
    /// keep it; the next facts take its result, which is the order computed on the spot.
    @Test func sortedAheadWhenPeopleChange() throws {
        let s = PeopleIndexTests.session()
        let pending = try #require(s.pendingNameOrder)
        #expect(pending.generation == s.peopleGeneration)
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(s.pendingNameOrder === pending)
        #expect(pending.wait() == WardFacts.peopleInNameOrder(s.workspace))
        _ = subjects(s, cached: true)
        #expect(s.nameOrder?.ids == pending.wait())
        #expect(s.pendingNameOrder == nil)
        // A command that changes the roster starts a new one for its generation.
        let id = s.workspace.members.keys.sorted().last!
        var renamed = try #require(s.workspace.members[id])
        renamed.name = "Aaa Aaa"
        let inv = try Binder.bind(Registry.find("set")!, Lexer.split("set quota 25").commands[0], file: "t")
        try s.mutate(inv) { tx in tx.set(\.members, id, renamed) }
        let next = try #require(s.pendingNameOrder)
        #expect(next !== pending && next.generation == s.peopleGeneration)
        #expect(next.wait().first == id)
        #expect(next.wait() == WardFacts.peopleInNameOrder(s.workspace))
    }

    /// At the prompt the Tab index is built in the background when people change, and Tab
    /// then offers what it offers when it builds the index itself.
    @Test func tabIndexBuiltAheadAtThePrompt() throws {
        let plain = PeopleIndexTests.session()
        #expect(plain.pendingPeopleIndex == nil)  // scripts do not build it
        let s = Session(console: StandardConsole())
        s.interactive = true
        s.replaceWorkspace(plain.workspace, path: nil)
        let pending = try #require(s.pendingPeopleIndex)
        #expect(pending.generation == s.peopleGeneration)
        for line in ["show nguy", "grade \"nguyen van a", "show G00", "report unit CB0"] {
            #expect(s.complete(line).candidates == plain.complete(line).candidates, "\(line)")
        }
        #expect(s.pendingPeopleIndex == nil && s.peopleIndex?.index === pending.wait())
        // Built whole in the background: no Tab at the prompt sorts the ids itself.
        #expect(pending.wait().people.idsSorted && pending.wait().others.idsSorted)
    }

    @Test func notOfferedInsideACommand() throws {
        let s = PeopleIndexTests.session()
        var offered: Bool?
        let c = Lexer.split("set quota 25").commands[0]
        let inv = try Binder.bind(Registry.find("set")!, c, file: "t")
        try s.mutate(inv) { _ in offered = s.peopleOrder() != nil }
        #expect(offered == false)
        #expect(s.peopleOrder() != nil)
    }
}
