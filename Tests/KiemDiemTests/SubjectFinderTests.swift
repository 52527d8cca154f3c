import Foundation
import Testing
@testable import KiemDiem

/// `SubjectFinder` answers from tables made once; these compare it, text by text, with the
/// rule as commands.md states it, written as plain scans of the workspace (the way
/// `Workspace.lookup` worked before the tables).
@Suite struct SubjectFinderTests {
    /// The demonstration ward, with names and codes that collide in the ways the rule orders.
    func ward() throws -> Workspace {
        let tx = Transaction(Workspace())
        _ = try DemoWard.load(into: tx)
        var a = Member(id: "P900", name: "Quách Văn Ấu", unit: tx.ws.members.values.first!.unit)
        a.status = .active
        tx.set(\.members, a.id, a)
        var twin = a
        twin.id = "P903"
        twin.name = "Quách Văn Âu"  // folds as P900's name does
        tx.set(\.members, twin.id, twin)
        var b = a
        b.id = "p901"  // a lower-case id: "P901" finds it by code, ignoring case
        b.name = "Trần Thị Bích"
        tx.set(\.members, b.id, b)
        var c = b
        c.id = "P902"
        c.name = "Trần Thị Bích"  // a namesake
        tx.set(\.members, c.id, c)
        var d = b
        d.id = "CB01x"
        d.name = "Lê  Hòa"  // stored with a double space (loads collapse it; a finder must too)
        tx.set(\.members, d.id, d)
        var e = d
        e.id = "cb01X"  // "CB01X" matches both ids ignoring case
        e.name = "Lê Hoa"
        tx.set(\.members, e.id, e)
        // Ids that are codes too: a member "CB01" beside the cell, a member "BTV" beside the
        // standing committee, and a collective "CB02" beside the cell.
        var f = d
        f.id = "CB01"
        f.name = "Lê Văn Trùng"
        tx.set(\.members, f.id, f)
        f.id = "BTV"
        f.name = "Lê Văn Ban"
        tx.set(\.members, f.id, f)
        var cb02 = try #require(tx.ws.collectives["BTV"])
        cb02.code = "CB02"
        tx.set(\.collectives, cb02.code, cb02)
        #expect(tx.ws.units["CB01"]?.isGraded == true && tx.ws.units["CB02"]?.isGraded == true)
        return tx.commit().0
    }

    /// commands.md: an id or code (of two subjects: ambiguous); then ignoring case; then a name
    /// with its diacritics; then a name ignoring case and diacritics. Ambiguity lists the
    /// candidates, sorted.
    func scan(_ ws: Workspace, _ text: String) -> Lookup {
        // A unit's or collective's code that is another subject's id or code in any case.
        let all = coded(ws, text)
        if all.count > 1 && all.contains(where: { $0.cls != .member }) { return .ambiguous(all.sorted()) }
        var codes: [SubjectRef] = []
        if ws.members.keys.contains(text) { codes.append(SubjectRef(.member, text)) }
        if let u = ws.units[text], u.isGraded { codes.append(SubjectRef(.organization, text)) }
        if ws.collectives.keys.contains(text) { codes.append(SubjectRef(.collective, text)) }
        if codes.count == 1 { return .found(codes[0]) }
        if codes.count > 1 { return .ambiguous(codes.sorted()) }
        if let key = SubjectRef(key: text), ws.exists(key) { return .found(key) }
        let upper = text.uppercased()
        var byCode = ws.members.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.member, $0) }
        byCode += ws.units.values.filter { $0.isGraded && $0.code.uppercased() == upper }.map { SubjectRef(.organization, $0.code) }
        byCode += ws.collectives.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.collective, $0) }
        if byCode.count == 1 { return .found(byCode[0]) }
        if byCode.count > 1 { return .ambiguous(byCode.sorted()) }
        // Exact: NFC, lower case, single spaces, the tone of oa/oe/uy in one place, Ð as Đ, on
        // both sides; only for a text typed with diacritics.
        func exactForm(_ t: String) -> String {
            let f = Vietnamese.nfc(t).lowercased().split(separator: " ").joined(separator: " ").replacingOccurrences(of: "ð", with: "đ")
            return Vietnamese.placingTones(f)
        }
        let exact = exactForm(text)
        let exactHits = Vietnamese.fold(exact) == exact ? [] : ws.members.values.filter { exactForm($0.name) == exact }
        if exactHits.count == 1 { return .found(SubjectRef(.member, exactHits[0].id)) }
        let k = Vietnamese.key(text)
        guard !k.isEmpty else { return .notFound }
        var byName = ws.members.values.filter { Vietnamese.key($0.name) == k }.map { SubjectRef(.member, $0.id) }
        byName += ws.units.values.filter { $0.isGraded && Vietnamese.key($0.name) == k }.map { SubjectRef(.organization, $0.code) }
        byName += ws.collectives.values.filter { Vietnamese.key($0.name) == k }.map { SubjectRef(.collective, $0.code) }
        switch byName.count {
        case 0: return .notFound
        case 1: return .found(byName[0])
        default: return .ambiguous(byName.sorted())
        }
    }

    @Test func answersAsTheScansDo() throws {
        let ws = try ward()
        var texts = ["P001", "p001", "P900", "P901", "p901", "CB01X", "cb01x", "CB01x", "BTV", "btv", "DB", "db",
                     "leader:P001", "member:P001", "leader:P900", "organization:DB", "collective:BTV", "nobody", "", "  ",
                     "Quách Văn Ấu", "quach van au", "QUÁCH VĂN ẤU", "Quách  Văn  Ấu", "Quách Văn Âu", "Nguyễn Văn Ân",
                     "Trần Thị Bích", "tran thi bich",
                     "Lê Hoa", "le hoa", "Lê  Hoa", "Nguyễn Văn An"]
        // Every name, code and id of the ward, as written and folded.
        for m in ws.members.values { texts += [m.id, m.name, Vietnamese.key(m.name), m.name.uppercased()] }
        for u in ws.units.values { texts += [u.code, u.name, Vietnamese.key(u.name), u.code.lowercased()] }
        for c in ws.collectives.values { texts += [c.code, c.name, Vietnamese.key(c.name), c.code.lowercased()] }
        // The clashing codes found once for a file's rows, or a command's text tried in each
        // case (`scanning`, as `Workspace.lookup`), answer alike. Names and codes in another
        // case come from the tables, or from a pass over the roster for a command's one text.
        let find = SubjectFinder(ws)
        let scanning = SubjectFinder(ws, scans: .max)
        var kinds: Set<String> = []
        texts += ["CB01", "cb01", "BTV", "CB02", "member:CB01", "organization:CB01", "collective:BTV", "member:BTV",
                  "organization:CB02", "collective:CB02"]
        for t in texts {
            let want = scan(ws, t)
            #expect(find.lookup(t) == want, "\(t)")
            #expect(scanning.lookup(t) == want, "\(t)")
            #expect(ws.lookup(t) == want, "\(t)")
            switch want {
            case .found: kinds.insert("found")
            case .ambiguous: kinds.insert("ambiguous")
            case .notFound: kinds.insert("notFound")
            }
        }
        // The ward exercises every answer, and the cases the order decides.
        #expect(kinds == ["found", "ambiguous", "notFound"])
        #expect(find.lookup("Quách Văn Ấu") == .found(SubjectRef(.member, "P900")))
        #expect(find.lookup("quach van au") == .ambiguous([SubjectRef(.member, "P900"), SubjectRef(.member, "P903")]))
        #expect(find.lookup("P901") == .found(SubjectRef(.member, "p901")))
        #expect(find.lookup("CB01X") == .ambiguous([SubjectRef(.member, "CB01x"), SubjectRef(.member, "cb01X")]))
        // An id that is a code too is never the member alone, in any case; its key is one.
        for f in [find, SubjectFinder(ws, scans: 1)] {
            #expect(f.lookup("CB01") == .ambiguous([SubjectRef(.member, "CB01"), SubjectRef(.organization, "CB01")]))
            #expect(f.lookup("BTV") == .ambiguous([SubjectRef(.collective, "BTV"), SubjectRef(.member, "BTV")]))
            #expect(f.lookup("CB02") == .ambiguous([SubjectRef(.collective, "CB02"), SubjectRef(.organization, "CB02")]))
            #expect(f.lookup("member:CB01") == .found(SubjectRef(.member, "CB01")))
            #expect(f.lookup("organization:CB01") == .found(SubjectRef(.organization, "CB01")))
        }
        #expect(SubjectRef.shown([SubjectRef(.member, "CB01"), SubjectRef(.organization, "CB01"), SubjectRef(.member, "P900")])
                == ["member:CB01", "organization:CB01", "P900"])
        if case .ambiguous(let refs) = find.lookup("tran thi bich") { #expect(refs.count == 2) } else { Issue.record("not ambiguous") }
    }

    /// The subjects whose id or code is `text` ignoring case.
    func coded(_ ws: Workspace, _ text: String) -> [SubjectRef] {
        let upper = text.uppercased()
        var byCode = ws.members.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.member, $0) }
        byCode += ws.units.values.filter { $0.isGraded && $0.code.uppercased() == upper }.map { SubjectRef(.organization, $0.code) }
        byCode += ws.collectives.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.collective, $0) }
        return byCode
    }

    /// A name typed without diacritics is no exact match for one stored without: it names
    /// both, in any case; typed with them, the one. Ð and Đ spell one name.
    @Test func unaccentedNamesNameEveryone() {
        var ws = Workspace()
        for (id, name) in [("A01", "Nguyễn Văn An"), ("X01", "Nguyen Van An"), ("X02", "NGUYEN VAN AN"),
                           ("B01", "Lê Thị Ðào"), ("B03", "Lê Thị Đào")] {
            ws.members[id] = Member(id: id, name: name, unit: "CB01")
        }
        let all = Lookup.ambiguous(["A01", "X01", "X02"].map { SubjectRef(.member, $0) })
        let dao = Lookup.ambiguous(["B01", "B03"].map { SubjectRef(.member, $0) })
        for f in [SubjectFinder(ws), SubjectFinder(ws, scans: .max)] {
            for t in ["nguyen van an", "Nguyen Van An", "NGUYEN VAN AN"] { #expect(f.lookup(t) == all, "\(t)") }
            #expect(f.lookup("NGUYỄN VĂN AN") == .found(SubjectRef(.member, "A01")))
            for t in ["Lê Thị Đào", "Lê Thị Ðào", "le thi dao"] { #expect(f.lookup(t) == dao, "\(t)") }
        }
    }

    /// A member id that is a code in another case (`cb01` beside the cell `CB01`) is ambiguous
    /// in every case, and a clash that `codeClashes` lists by its first spelling.
    @Test func clashesInAnyCase() {
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        ws.collectives["Btv"] = Collective(code: "Btv", name: "Ban Thường vụ", cls: .partyStanding, unit: "CB01")
        ws.members["cb01"] = Member(id: "cb01", name: "Lê Văn Trùng", unit: "CB01")
        ws.members["BTV"] = Member(id: "BTV", name: "Lê Văn Ban", unit: "CB01")
        let cb01 = Lookup.ambiguous([SubjectRef(.member, "cb01"), SubjectRef(.organization, "CB01")])
        let btv = Lookup.ambiguous([SubjectRef(.collective, "Btv"), SubjectRef(.member, "BTV")])
        for f in [SubjectFinder(ws), SubjectFinder(ws, scans: .max)] {
            for t in ["CB01", "cb01", "Cb01"] { #expect(f.lookup(t) == cb01, "\(t)") }
            for t in ["BTV", "btv", "Btv"] { #expect(f.lookup(t) == btv, "\(t)") }
            #expect(f.lookup("member:cb01") == .found(SubjectRef(.member, "cb01")))
        }
        #expect(ws.codeClashes() == ["BTV", "CB01"])
    }

    /// `codeClashes` is every text `scan` finds ambiguous among ids and codes, and the load
    /// note names only the clashes the load made, eight at most.
    @Test func clashesAsTheScansDo() throws {
        let ws = try ward()
        var codes = Set(ws.members.keys).union(ws.units.keys).union(ws.collectives.keys)
        codes.insert("nobody")
        let want = codes.filter { c in coded(ws, c).count > 1 && coded(ws, c).contains { $0.cls != .member } }.sorted()
        #expect(ws.codeClashes() == want)
        #expect(want == ["BTV", "CB01", "CB02"])
        // A unit that is not graded names no subject: its code clashes with nothing.
        let tx = Transaction(ws)
        var cb01 = try #require(ws.units["CB01"])
        cb01.kind = .group
        tx.set(\.units, "CB01", cb01)
        #expect(tx.ws.codeClashes() == ["BTV", "CB02"])
        #expect(LoadIntegrity.newClashes(tx, old: ["BTV", "CB02"]) == nil)

        let load = Transaction(ws)
        let unit = try #require(ws.members["P900"]).unit
        for n in 0..<10 {
            load.set(\.members, "C\(n)", Member(id: "C\(n)", name: "Tên \(n)", unit: unit))
            load.set(\.collectives, "C\(n)", Collective(code: "C\(n)", name: "Tập thể \(n)", cls: .cellCommittee, unit: unit))
        }
        let note = try #require(LoadIntegrity.newClashes(load, old: Set(ws.codeClashes())))
        #expect(note.en.hasSuffix(": C0 = member:C0, collective:C0; C1 = member:C1, collective:C1; C2 = member:C2, collective:C2; "
                                  + "C3 = member:C3, collective:C3; C4 = member:C4, collective:C4; C5 = member:C5, collective:C5; "
                                  + "C6 = member:C6, collective:C6; C7 = member:C7, collective:C7; …(+2)"))
        #expect(!note.en.contains("CB01") && note.vi.contains("C7 = member:C7"))
    }

    /// A grades file that names its subjects: found by name, and an ambiguous name stops the
    /// load at its row.
    @Test func gradesByName() throws {
        let tx = Transaction(try ward())
        let ok = "subject,level\nQuách Văn Ấu,HTNV\nlê hoa,HTTNV\n"
        #expect(try LoadKind.grades.load(try Table.parse(ok, file: "grades.csv", schema: LoadKind.grades.schema), tx, .replace) == 2)
        #expect(tx.ws.grades["member:P900"]?.proposed?.level == .HTNV)
        let bad = "subject,level\nQuách Văn Ấu,HTNV\ntran thi bich,HTTNV\n"
        do {
            _ = try LoadKind.grades.load(try Table.parse(bad, file: "grades.csv", schema: LoadKind.grades.schema), tx, .replace)
            Issue.record("an ambiguous name was loaded")
        } catch let e as KDError {
            #expect(e.location?.description == "grades.csv:3:1")
            #expect(e.message.en.contains("p901") && e.message.en.contains("P902"))
        }
    }
}
