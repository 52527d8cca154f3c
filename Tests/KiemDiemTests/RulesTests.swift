import Testing
@testable import KiemDiem

/// A small ward built in code: committee DB, an agency cell C1 (with a party group) and a
/// residential cell R1, collectives BCH and UBND.
func ward(members: Int = 0, asOf: String = "2023-11-26") -> Workspace {
    var ws = Workspace(settings: Settings(year: 2023, rules: "qd124"))
    ws.settings.asOf = Day.parse(asOf)
    for u in [Unit(code: "DB", name: "Đảng bộ", kind: .committee),
              Unit(code: "C1", name: "Chi bộ Cơ quan", kind: .cell, type: .agency, parent: "DB", liaison: "L1"),
              Unit(code: "G1", name: "Tổ đảng 1", kind: .group, parent: "C1"),
              Unit(code: "R1", name: "Chi bộ Khu phố", kind: .cell, type: .residential, parent: "DB")] {
        ws.units[u.code] = u
    }
    for c in [Collective(code: "BCH", name: "Ban Chấp hành", cls: .partyExecutive, unit: "DB"),
              Collective(code: "UBND", name: "Ủy ban nhân dân", cls: .peopleCommittee, unit: "DB"),
              Collective(code: "HDND", name: "Thường trực HĐND", cls: .councilStanding, unit: "DB"),
              Collective(code: "CU1", name: "Chi ủy C1", cls: .cellCommittee, unit: "C1")] {
        ws.collectives[c.code] = c
    }
    for i in 0..<members {
        let id = "M\(i)"
        ws.members[id] = Member(id: id, name: "Nguyễn Văn \(i)", unit: i % 2 == 0 ? "C1" : "R1", admitted: Day.parse("2000-01-01"))
    }
    return ws
}

extension Workspace {
    mutating func add(_ m: Member) { members[m.id] = m }
    mutating func add(_ p: Position) { positions[p.key] = p }
    mutating func grade(_ ref: SubjectRef, _ l: Level, stage: Stage = .proposed, votes: Int? = nil, score: String? = nil) {
        var g = grades[ref.key] ?? GradeSet()
        g[stage] = GradeRecord(level: l, score: score.flatMap(Points.parse), votes: votes)
        grades[ref.key] = g
    }
    mutating func apply(_ r: CapResult) { adjustments = r.adjustments }
}

func facts(_ ws: Workspace) -> WardFacts { WardFacts(ws, book: QD124()) }
func member(_ id: String) -> SubjectRef { SubjectRef(.member, id) }

@Suite struct QuotaTests {
    /// ⌊rate·(G+E)/(100+rate)⌋ with base good, ⌊rate·(G+E)/100⌋ with good-or-better, at most E.
    @Test(arguments: [
        (0, 2, 20, Settings.QuotaBase.good, 0), (4, 1, 20, .good, 0), (5, 1, 20, .good, 1), (10, 3, 20, .good, 2),
        (4, 1, 20, .goodOrBetter, 1), (10, 3, 25, .good, 2), (30, 10, 20, .good, 6), (9, 1, 20, .good, 1), (3, 0, 20, .good, 0),
    ])
    func allowed(good: Int, excellent: Int, rate: Int, base: Settings.QuotaBase, expected: Int) {
        var ws = ward(members: good + excellent)
        ws.settings.quota = rate
        ws.settings.quotaBase = base
        for i in 0..<(good + excellent) { ws.grade(member("M\(i)"), i < good ? .HTTNV : .HTXSNV, votes: 100 - i) }
        let g = facts(ws).cap().groups.first { $0.key == "member" }!
        #expect(g.allowed == expected)
        #expect(g.lowered.count == excellent - expected)
        // The lowered are the lowest-voted excellent ones.
        #expect(g.lowered == (good + expected..<good + excellent).map { member("M\($0)") })
    }

    /// The kept number is the largest that makes the rule hold once the lowered join the good.
    @Test func keepsTheMostThatHold() {
        for rate in [10, 20, 25] {
            for good in 0...25 {
                for ex in 0...8 {
                    let e = min(ex, rate * (good + ex) / (100 + rate))
                    #expect(e * 100 <= rate * (good + ex - e))
                    if e < ex { #expect((e + 1) * 100 > rate * (good + ex - e - 1)) }
                }
            }
        }
    }

    @Test func tieAtTheCutLowersNoneOfTheTiedButThoseBelow() {
        var ws = ward(members: 14)
        for i in 0..<10 { ws.grade(member("M\(i)"), .HTTNV) }
        ws.grade(member("M10"), .HTXSNV, votes: 15)
        ws.grade(member("M11"), .HTXSNV, votes: 12)
        ws.grade(member("M12"), .HTXSNV, votes: 12)
        ws.grade(member("M13"), .HTXSNV, votes: 5)
        let g = facts(ws).cap().groups.first { $0.key == "member" }!
        #expect(g.allowed == 2)  // ⌊20·14/120⌋
        #expect(Set(g.tied) == [member("M11"), member("M12")])
        #expect(g.slots == 1)
        #expect(g.lowered == [member("M13")])
    }

    @Test func scoreRanksBeforeVotes() {
        var ws = ward(members: 7)
        for i in 0..<5 { ws.grade(member("M\(i)"), .HTTNV) }
        ws.grade(member("M5"), .HTXSNV, votes: 30, score: "88.5")
        ws.grade(member("M6"), .HTXSNV, votes: 2, score: "91")
        let r = facts(ws).cap()
        #expect(r.adjustments[member("M5").key]?.to == .HTTNV)
        #expect(r.adjustments[member("M6").key] == nil)
    }

    /// The ward's groups hold what the ward decides; the upper level's subjects are in its quota.
    @Test func upperLevelSubjectsAreNotInTheWardsGroups() {
        var ws = ward()
        ws.add(Member(id: "S", name: "Vũ Văn Sơn", unit: "C1"))
        ws.add(Position(member: "S", body: "BCH", role: "Bí thư", managedBy: .upper))
        ws.add(Member(id: "T", name: "Vũ Văn Tâm", unit: "C1"))
        ws.add(Position(member: "T", body: "HDND", role: "Phó Chủ tịch"))
        ws.grade(SubjectRef(.leader, "S"), .HTXSNV)
        ws.grade(SubjectRef(.leader, "T"), .HTXSNV)
        let r = facts(ws).cap()
        #expect(r.groups.first { $0.key == "leader" }?.ranking == [SubjectRef(.leader, "T")])
        #expect(r.adjustments[SubjectRef(.leader, "S").key] == nil)
        #expect(r.adjustments[SubjectRef(.leader, "T").key]?.rule == "R-QUOTA")
    }

    @Test func perUnitGroups() {
        var ws = ward(members: 12)  // even ids in C1, odd in R1
        for i in 0..<12 { ws.grade(member("M\(i)"), i == 0 || i == 1 ? .HTXSNV : .HTTNV) }
        ws.settings.quotaGroups["member"] = .unit
        let keys = facts(ws).cap().groups.map(\.key).sorted()
        #expect(keys == ["member/C1", "member/R1"])
        #expect(facts(ws).cap().adjustments.isEmpty)  // 5 good + 1 excellent in each cell
    }
}

@Suite struct CapTests {
    /// The body is capped (here by the quota) before its head is capped against it.
    @Test func headCappedAgainstTheBodysFinalLevel() {
        var ws = ward()
        ws.add(Member(id: "H", name: "Trần Văn Hải", unit: "C1"))
        ws.add(Position(member: "H", body: "UBND", role: "Chủ tịch", head: true, since: Day.parse("2020-01-01")))
        for (i, c) in ["A", "B", "C", "D", "E"].enumerated() {
            ws.collectives[c] = Collective(code: c, name: "Tập thể \(c)", cls: .massOrgStanding, unit: "DB")
            ws.grade(SubjectRef(.collective, c), i == 0 ? .HTXSNV : .HTTNV, votes: 50)
        }
        ws.grade(SubjectRef(.collective, "UBND"), .HTXSNV, votes: 10)  // lower-ranked: lowered by the quota
        ws.grade(SubjectRef(.leader, "H"), .HTXSNV)
        let r = facts(ws).cap()
        #expect(r.adjustments[SubjectRef(.collective, "UBND").key]?.rule == "R-QUOTA")
        let head = r.outcomes[SubjectRef(.leader, "H").key]!
        #expect(head.steps.first?.rule == "R-HEAD-CAP")
        #expect(head.final == .HTTNV)
    }

    @Test func residentialSecretaryIsNotCappedButAgencySecretaryIs() {
        var ws = ward()
        ws.add(Member(id: "S1", name: "Lê Văn Sơn", unit: "R1"))
        ws.add(Member(id: "S2", name: "Lê Văn Sang", unit: "C1"))
        ws.add(Position(member: "S1", body: "R1", role: "Bí thư chi bộ", head: true))
        ws.add(Position(member: "S2", body: "C1", role: "Bí thư chi bộ", head: true))
        ws.grade(SubjectRef(.organization, "R1"), .HTTNV)
        ws.grade(SubjectRef(.organization, "C1"), .HTTNV)
        ws.settings.quota = 100
        ws.grade(member("S1"), .HTXSNV)
        ws.grade(member("S2"), .HTXSNV)
        let r = facts(ws).cap()
        #expect(r.adjustments[member("S1").key] == nil)
        #expect(r.adjustments[member("S2").key]?.rule == "R-HEAD-CAP")
        #expect(r.adjustments[member("S2").key]?.to == .HTTNV)
    }

    @Test func leaderGradeIsCappedNotTheMemberGrade() {
        var ws = ward()
        ws.settings.quota = 100
        ws.add(Member(id: "H", name: "Trần Văn Hải", unit: "C1"))
        ws.add(Position(member: "H", body: "C1", role: "Bí thư chi bộ", head: true))
        ws.grade(SubjectRef(.organization, "C1"), .HTNV)
        ws.grade(SubjectRef(.leader, "H"), .HTTNV)
        ws.grade(member("H"), .HTTNV)
        let r = facts(ws).cap()
        #expect(r.adjustments[SubjectRef(.leader, "H").key]?.to == .HTNV)
        #expect(r.adjustments[member("H").key] == nil)
    }

    @Test func headOfAnUngradedBodyIsReported() {
        var ws = ward()
        ws.add(Member(id: "H", name: "Trần Văn Hải", unit: "C1"))
        ws.add(Position(member: "H", body: "UBND", role: "Chủ tịch", head: true))
        ws.grade(SubjectRef(.leader, "H"), .HTTNV)
        let f = facts(ws)
        #expect(f.cap().headsWithoutBody.map(\.body) == [SubjectRef(.collective, "UBND")])
        #expect(f.findings().contains { $0.rule == "R-HEAD-CAP" && $0.subject == SubjectRef(.leader, "H") })
    }

    @Test func capIsIdempotentAndLeavesNoFinding() {
        var ws = ward(members: 13)
        for i in 0..<10 { ws.grade(member("M\(i)"), .HTTNV) }
        for i in 10..<13 { ws.grade(member("M\(i)"), .HTXSNV, votes: i) }
        ws.discipline["d"] = DisciplineRecord(member: "M0", date: Day.parse("2023-03-01"), form: .khienTrach)
        let first = facts(ws).cap()
        ws.apply(first)
        let second = facts(ws).cap()
        #expect(first.adjustments == second.adjustments)
        #expect(ws.finalLevel(member("M0")) == .KHTNV)
        let errors = facts(ws).findings().filter { $0.severity == .error && $0.rule.hasPrefix("R1") || $0.rule == "R-QUOTA" }
        #expect(errors.isEmpty)
    }

    @Test func disciplineCountsOnce() {
        func d(_ date: String?, counted: Int? = nil) -> DisciplineRecord {
            DisciplineRecord(member: "M", date: date.flatMap(Day.parse), countedIn: counted)
        }
        #expect(WardFacts.counts(d("2023-06-01"), year: 2023))
        #expect(!WardFacts.counts(d("2022-12-20"), year: 2023))
        #expect(!WardFacts.counts(d("2023-02-01", counted: 2022), year: 2023))
        #expect(WardFacts.counts(d("2022-12-20", counted: 2023), year: 2023))
        #expect(WardFacts.counts(d(nil), year: 2023))
    }

    @Test func selfDiscoveredDisciplineSetsNoCeiling() {
        var ws = ward(members: 1)
        ws.discipline["a"] = DisciplineRecord(member: "M0", date: Day.parse("2023-03-01"), form: .khienTrach, selfDiscovered: true)
        #expect(facts(ws).hardCeiling(member("M0")) == nil)
        ws.discipline["b"] = DisciplineRecord(member: "M0", date: Day.parse("2023-04-01"), kind: .decline)
        #expect(facts(ws).hardCeiling(member("M0"))?.rule == "R124-DECLINE")
    }
}

@Suite struct PlanAndAuthorityTests {
    func leaders() -> Workspace {
        var ws = ward()
        ws.add(Member(id: "B", name: "Phạm Văn Bình", unit: "C1"))
        ws.add(Position(member: "B", body: "BCH", role: "Ủy viên"))
        ws.add(Position(member: "B", body: "UBND", role: "Phó Chủ tịch"))
        ws.add(Member(id: "V", name: "Hồ Thị Vân", unit: "R1"))
        ws.add(Position(member: "V", body: "HDND", role: "Phó Chủ tịch HĐND"))
        ws.add(Member(id: "K", name: "Đỗ Văn Khoa", unit: "C1", group: "G1"))
        ws.add(Position(member: "K", body: "CU1", role: "Chi ủy viên"))
        ws.add(Member(id: "S", name: "Vũ Văn Sơn", unit: "C1"))
        ws.add(Position(member: "S", body: "BCH", role: "Bí thư", head: true, managedBy: .upper))
        return ws
    }

    @Test func leaderVenues() {
        let f = facts(leaders())
        #expect(f.leaderVenues("B") == ["BCH", "UBND"])  // BCH member: the BCH and each collective
        #expect(f.leaderVenues("V") == ["HDND"])         // HĐND leader: TT HĐND
        #expect(f.leaderVenues("K") == [])               // not on the BCH: the cell only
        #expect(f.owedReviews(member("K")).first?.alternatives == ["G1"])
        #expect(f.acceptedVenues(member("K")) == ["C1", "G1"])
    }

    @Test func authority() {
        let f = facts(leaders())
        #expect(f.competentBody(SubjectRef(.organization, "DB")) == .upper)
        #expect(f.competentBody(SubjectRef(.organization, "C1")) == .ward)
        #expect(f.competentBody(SubjectRef(.leader, "S")) == .upper)
        #expect(f.competentBody(member("S")) == .ward)
        #expect(f.refuseGrade(SubjectRef(.leader, "S"), stage: .proposed, GradeRecord(level: .HTTNV, by: .ward)) == nil)
        #expect(f.refuseGrade(SubjectRef(.leader, "S"), stage: .decided, GradeRecord(level: .HTTNV, by: .ward))?.rule == "R-AUTHORITY")
        // The competent body still needs the reviews first.
        #expect(f.refuseGrade(SubjectRef(.leader, "S"), stage: .decided, GradeRecord(level: .HTTNV, by: .upper))?.rule == "R-REVIEW-FIRST")
    }

    @Test func sixMonthsExactlyIsGraded() {
        var ws = leaders()
        ws.add(Position(member: "V", body: "HDND", role: "Trưởng ban", since: Day.parse("2023-05-26")))
        ws.positions = ws.positions.filter { !($0.value.member == "V" && $0.value.since == nil) }
        #expect(facts(ws).notGraded(SubjectRef(.leader, "V")) == nil)
        ws.settings.asOf = Day.parse("2023-11-25")
        #expect(facts(ws).notGraded(SubjectRef(.leader, "V"))?.rule == "R-NOGRADE-LEADER-NEW")
    }

    @Test func formsAndDeadlines() {
        let b = QD124()
        #expect(b.form(for: member("x"), isLeader: false, outside: false) == "2A")
        #expect(b.form(for: member("x"), isLeader: true, outside: false) == "2B")
        #expect(b.form(for: SubjectRef(.collective, "x"), isLeader: false, outside: false) == "01")
        #expect(b.defaultDeadlines(year: 2023) == ["review": Day.parse("2023-11-26")!, "report": Day.parse("2023-11-28")!,
                                                    "upper": Day.parse("2023-12-15")!, "civil": Day.parse("2023-12-15")!])
        // Every rule id of domain.md §2–7 for qd124 is in the rulebook with its source.
        #expect(b.rules.count == 22 && b.rules.allSatisfy { !$0.source.isEmpty })
    }

    @Test func findingsAreDeterministic() {
        var ws = leaders()
        ws.grade(SubjectRef(.leader, "B"), .HTXSNV)
        ws.grade(member("K"), .HTTNV)
        let a = facts(ws).findings(), b = facts(ws).findings()
        #expect(a == b)
        #expect(!a.isEmpty)
    }
}
