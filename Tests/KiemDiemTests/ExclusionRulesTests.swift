import Testing
@testable import KiemDiem

@Suite struct ExclusionRulesTests {
    let asOf = Day(year: 2023, month: 11, day: 26)!
    func member(_ status: Member.Status = .active, admitted: String? = "2000-01-01") -> Member {
        Member(id: "P1", name: "Nguyễn Văn An", unit: "CB01", admitted: admitted.flatMap(Day.parse), status: status)
    }

    @Test func exemptAndSuspendedCarryTheirRule() {
        #expect(ExclusionRules.derive(member(.exempt), asOf: asOf)?.rule == "R-EXCL-EXEMPT")
        #expect(ExclusionRules.derive(member(.suspended), asOf: asOf)?.rule == "R-EXCL-SUSPENDED")
        #expect(ExclusionRules.derive(member(.active), asOf: asOf) == nil)
    }

    @Test func newMeansLessThanSixMonths() {
        // Breaks the rule: admitted one day under 6 months before as-of.
        #expect(ExclusionRules.derive(member(admitted: "2023-05-27"), asOf: asOf)?.rule == "R-EXCL-NEW")
        // Keeps it: exactly 6 months, or more.
        #expect(ExclusionRules.derive(member(admitted: "2023-05-26"), asOf: asOf) == nil)
        #expect(ExclusionRules.derive(member(admitted: "2023-05-25"), asOf: asOf) == nil)
        // Month ends: admitted 31 May, six months on is 30 November (clamped).
        #expect(ExclusionRules.isNew(admitted: Day.parse("2023-05-31")!, asOf: Day.parse("2023-11-29")!))
        #expect(!ExclusionRules.isNew(admitted: Day.parse("2023-05-31")!, asOf: Day.parse("2023-11-30")!))
        // No admission date: not new.
        #expect(ExclusionRules.derive(member(admitted: nil), asOf: asOf) == nil)
    }

    @Test func planLiftsStaleRuleExclusionsAndLeavesHandOnes() {
        var ws = Workspace()
        ws.members["A"] = Member(id: "A", name: "A", unit: "CB01", admitted: Day.parse("2023-09-01"))
        ws.members["B"] = Member(id: "B", name: "B", unit: "CB01", admitted: Day.parse("2010-01-01"))
        ws.members["C"] = Member(id: "C", name: "C", unit: "CB01", status: .exempt)
        ws.exclusions["B"] = Exclusion(subject: "B", reason: .newMember, rule: "R-EXCL-NEW")
        ws.exclusions["C"] = Exclusion(subject: "C", reason: .other, note: "hand")
        let p = ExclusionRules.plan(ws, asOf: asOf)
        #expect(p.set.map(\.subject) == ["A"])
        #expect(p.lift.map(\.subject) == ["B"])
        #expect(p.unchanged == 0)
    }
}
