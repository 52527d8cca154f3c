import Testing
@testable import KiemDiem

/// QĐ 366: bands at their edges, each level's conditions, triggers, forms and the quota rate.
@Suite struct QD366Tests {
    func p(_ s: String) -> Points { Points.parse(s)! }

    @Test(arguments: [("100", Level.HTXSNV), ("90", .HTXSNV), ("89.99", .HTTNV), ("70", .HTTNV), ("69.99", .HTNV),
                      ("50", .HTNV), ("49.99", .KHTNV), ("0", .KHTNV)])
    func bandEdges(_ score: String, _ level: Level) {
        #expect(QD366.band(p(score)) == level)
    }

    @Test func scoreChecks() {
        let b = QD366()
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, common: p("30"), results: p("70"))) == nil)
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, common: p("30.01"), results: p("60")))?.field == "common")
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, common: p("20"), results: p("70.01")))?.field == "results")
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, score: p("100.01")))?.field == "score")
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, common: p("20")))?.field == "common")
        #expect(b.scoreProblem(GradeRecord(level: .HTNV, score: p("80"), common: p("20"), results: p("59.99")))?.field == "score")
        #expect(GradeRecord(level: .HTNV, common: p("29.99"), results: p("60")).total == p("89.99"))
        // qd124 keeps scores as ranking information only.
        #expect(QD124().scoreProblem(GradeRecord(level: .HTNV, score: p("150"))) == nil)
    }

    /// The highest level whose conditions hold, for one task record.
    func highest(_ done: Percentage, exceeded: Percentage? = nil, late: Percentage? = nil, prior: Percentage? = nil) -> Level {
        let t = TargetRecord(subject: SubjectRef(.collective, "UBND"), completedPct: done, exceededPct: exceeded,
                             latePct: late, priorFixedPct: prior)
        return QD366.conditionCeilings(t).map(\.level).min() ?? .HTXSNV
    }

    @Test func conditionsAtTheirEdges() {
        #expect(highest(100, exceeded: 30, late: 0, prior: 100) == .HTXSNV)
        #expect(highest(100, exceeded: 29, late: 0, prior: 100) == .HTTNV)
        #expect(highest(100, exceeded: 30, late: 0, prior: 99) == .HTTNV)
        #expect(highest(100, exceeded: 60, late: 1, prior: 100) == .HTNV)
        #expect(highest(100, late: 20) == .HTNV)
        #expect(highest(100, late: 21) == .KHTNV)
        #expect(highest(99, exceeded: 60, late: 0, prior: 100) == .KHTNV)
        // Shares with decimals are judged as given, not rounded across a limit.
        func pct(_ h: Int) -> Percentage { Percentage(hundredths: h) }
        #expect(highest(pct(9999), exceeded: 60, late: 0, prior: 100) == .KHTNV)
        #expect(highest(100, exceeded: pct(2999), late: 0, prior: 100) == .HTTNV)
        #expect(highest(100, exceeded: 30, late: 0, prior: pct(9999)) == .HTTNV)
        #expect(highest(100, late: pct(1)) == .HTNV)
        #expect(highest(100, late: pct(2001)) == .KHTNV)
        // A share not recorded cannot be judged: it does not cap.
        #expect(highest(100) == .HTXSNV)
    }

    func ws366() -> Workspace {
        var ws = ward(members: 4, asOf: "2025-11-20")
        ws.settings.year = 2025
        ws.settings.rules = "qd366"
        ws.add(Position(member: "M0", body: "C1", role: "Bí thư", head: true, since: Day.parse("2020-01-01")))
        return ws
    }

    @Test func triggersAndTheirEdges() {
        var ws = ws366()
        ws.targets["organization:C1"] = TargetRecord(subject: SubjectRef(.organization, "C1"), completedPct: 69)
        ws.targets["member:M1"] = TargetRecord(subject: member("M1"), completedPct: 49)
        ws.targets["member:M0"] = TargetRecord(subject: member("M0"), completedPct: 100, lowConfidencePct: 51)
        ws.discipline["d"] = DisciplineRecord(member: "M2", date: Day.parse("2025-02-02"), form: .khienTrach, duty: true)
        ws.discipline["e"] = DisciplineRecord(member: "M3", date: Day.parse("2025-02-02"), form: .canhCao, duty: false)
        let f = WardFacts(ws, book: QD366())
        func triggers(_ r: SubjectRef) -> [Ceiling] { QD366().hardCeilings(f, r).filter { $0.rule == "R366-TRIGGERS" } }
        #expect(triggers(SubjectRef(.leader, "M0")).count == 2)  // unit 69% and 51% low confidence
        #expect(triggers(member("M1")).count == 1)  // 51% failed
        #expect(triggers(member("M2")).count == 1)  // discipline in official duties
        #expect(triggers(member("M3")).isEmpty)  // outside official duties

        var edge = ws366()
        edge.targets["organization:C1"] = TargetRecord(subject: SubjectRef(.organization, "C1"), completedPct: 70)
        edge.targets["member:M1"] = TargetRecord(subject: member("M1"), completedPct: 50)
        edge.targets["member:M0"] = TargetRecord(subject: member("M0"), completedPct: 100, lowConfidencePct: 50)
        let g = WardFacts(edge, book: QD366())
        #expect(QD366().hardCeilings(g, SubjectRef(.leader, "M0")).allSatisfy { $0.rule != "R366-TRIGGERS" })
        #expect(QD366().hardCeilings(g, member("M1")).allSatisfy { $0.rule != "R366-TRIGGERS" })
    }

    @Test func derivationIsBandThenConditions() {
        var ws = ws366()
        ws.targets["member:M1"] = TargetRecord(subject: member("M1"), completedPct: 100, exceededPct: 10, latePct: 0)
        let f = WardFacts(ws, book: QD366())
        let d = QD366().derive(f, member("M1"), GradeRecord(level: .KHTNV, common: p("30"), results: p("65")))
        #expect(d?.band == .HTXSNV)
        #expect(d?.level == .HTTNV)
        #expect(d?.ceilings.map(\.rule) == ["R366-CONDITIONS"])
        #expect(QD124().derive(f, member("M1"), GradeRecord(level: .KHTNV, score: p("95"))) == nil)
    }

    @Test func formLettersSwapRelativeToQD124() {
        let m = member("X"), l = SubjectRef(.leader, "X")
        #expect(QD124().form(for: m, isLeader: false, outside: false) == "2A")
        #expect(QD366().form(for: m, isLeader: false, outside: false) == "2B")
        #expect(QD124().form(for: l, isLeader: true, outside: false) == "2B")
        #expect(QD366().form(for: l, isLeader: true, outside: false) == "2A")
        #expect(QD366().form(for: m, isLeader: false, outside: true) == "2C")
        #expect(QD366().form(for: SubjectRef(.collective, "UBND"), isLeader: false, outside: false) == "01")
    }

    @Test func quotaRaisedOnlyWithADecisionReference() {
        var ws = ws366()
        let f0 = WardFacts(ws, book: QD366())
        #expect(QD366().quotaRate(f0, group: "member").rate == 20)
        ws.units["DB"]?.outstanding = "x"
        #expect(QD366().quotaRate(WardFacts(ws, book: QD366()), group: "member").rate == 20)
        ws.units["DB"]?.outstanding = "12-QĐ/ĐU"
        #expect(QD366().quotaRate(WardFacts(ws, book: QD366()), group: "member").rate == 25)
        // A group per unit is that unit's: C1 is not outstanding.
        #expect(QD366().quotaRate(WardFacts(ws, book: QD366()), group: "member/C1").rate == 20)
        #expect(!QD366.isDecisionReference("1") && !QD366.isDecisionReference("yes") && QD366.isDecisionReference("45/QĐ-UBND"))
    }
}
