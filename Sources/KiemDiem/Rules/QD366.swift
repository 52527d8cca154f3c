/// Quy định 366-QĐ/TW (30/08/2025) with Hướng dẫn 43-HD/BTCTW: the 2025 round onwards
/// [domain.md §2–6, the qd366 paragraphs]. What it shares with qd124 (who is graded, venues,
/// authority, R-HEAD-CAP as a local rule, R-QUOTA, R-CADRE-BASIS) lives in WardFacts.
public struct QD366: Rulebook {
    public init() {}
    public var id: RulebookID { .qd366 }
    public var title: Message {
        Message(en: "QĐ 366-QĐ/TW (HD 43-HD/BTCTW)", vi: "Quy định 366-QĐ/TW (Hướng dẫn 43-HD/BTCTW)")
    }
    public var levels: [Level] { [.HTXSNV, .HTTNV, .HTNV, .KHTNV] }
    public var forms: [String] { ["01", "2A", "2B", "2C"] }

    /// HD43: 01 collective, 2A leader, 2B member not in a leadership post, 2C member not working
    /// in the political system. The letters are swapped relative to qd124 (2A/2B).
    public func form(for subject: SubjectRef, isLeader: Bool, outside: Bool) -> String {
        switch subject.cls {
        case .organization, .collective: return "01"
        case .leader: return "2A"
        case .member: return isLeader ? "2A" : outside ? "2C" : "2B"
        }
    }

    public var defaultQuota: Int { 20 }
    /// R366-QUOTA: the rate for a unit recorded as outstanding (with its decision reference).
    public static let outstandingQuota = 25
    public var defaultQuotaBase: Settings.QuotaBase { .good }

    /// Reviews and grading finish before 31/12 of the year.
    public func defaultDeadlines(year: Int) -> [String: Day] {
        let end = Day(year: year, month: 12, day: 31)!
        return ["review": end, "report": end, "upper": end]
    }

    /// Venues, attendance, sessions and feedback are the ward plan's (KH 79, 2023): QĐ 366 does
    /// not set them and no later plan of the ward is given, so its source is kept, said so.
    public var rules: [RuleInfo] {
        [
            RuleInfo("R-EXCL-EXEMPT", "QĐ366 Đ5.2.1"),
            RuleInfo("R-EXCL-SUSPENDED", "QĐ366 Đ5.2.1"),
            RuleInfo("R-EXCL-NEW", "QĐ366 Đ5.2.1"),
            RuleInfo("R-NOGRADE-LEADER-NEW", "HD43"),
            RuleInfo("R-NOGRADE-ORG-NEW", "HD43"),
            RuleInfo("R-REVIEW-FIRST", "QĐ366: phải hoàn thành việc kiểm điểm mới được đánh giá, xếp loại"),
            RuleInfo("R-VENUE-COLLECTIVE", "KH 79 II.2.1 (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-VENUE-MEMBER", "KH 79 II.2.1.1 (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-VENUE-LEADER", "KH 79 II.2.1.1 (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-REVIEW-ATTEND", "KH 79 VI (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-REVIEW-SESSIONS", "KH 79 VI (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-FORM", "HD43: mẫu 01, 2A, 2B, 2C"),
            RuleInfo("R-FEEDBACK", "KH 79 III.1 (kế hoạch năm 2023, dùng tiếp)"),
            RuleInfo("R-AUTHORITY", "QĐ366 Đ12; Ban Thường vụ Tỉnh ủy sau sắp xếp chính quyền hai cấp"),
            RuleInfo("R366-SCORE-BAND", "QĐ366 Đ10–11: ≥ 90 HTXSNV, 70–<90 HTTNV, 50–<70 HTNV, < 50 KHTNV"),
            RuleInfo("R366-CONDITIONS", "QĐ366 Đ11: điều kiện của từng mức"),
            RuleInfo("R366-TRIGGERS", "QĐ366 Đ11: các trường hợp xếp loại không hoàn thành nhiệm vụ"),
            RuleInfo("R-HEAD-CAP", "KH 79 VII.2; HD21/2019 (quy định của địa phương)"),
            RuleInfo("R-QUOTA", "QĐ366 Đ11"),
            RuleInfo("R366-QUOTA", "QĐ366 Đ11: đến 25% với đơn vị được công nhận tiêu biểu"),
            RuleInfo("R-CADRE-BASIS", "QĐ366 Đ3"),
        ]
    }

    // MARK: scores

    public static let maxCommon = Points(hundredths: 3000)
    public static let maxResults = Points(hundredths: 7000)
    public static let maxScore = Points(hundredths: 10000)

    /// The band of a total score [QĐ366 Đ10–11], in exact hundredths.
    public static func band(_ p: Points) -> Level {
        switch p.hundredths {
        case 9000...: return .HTXSNV
        case 7000..<9000: return .HTTNV
        case 5000..<7000: return .HTNV
        default: return .KHTNV
        }
    }

    public func scoreProblem(_ g: GradeRecord) -> (field: String, message: Message)? {
        if let c = g.common, c > Self.maxCommon { return ("common", RulesText.tooMany("common", c, Self.maxCommon)) }
        if let r = g.results, r > Self.maxResults { return ("results", RulesText.tooMany("results", r, Self.maxResults)) }
        if let s = g.score, s > Self.maxScore { return ("score", RulesText.tooMany("score", s, Self.maxScore)) }
        return g.pairProblem
    }

    /// `grade --score` without a level: the band, then every ceiling the facts set (conditions,
    /// triggers), lowest first. The band of the grade being replaced is ignored.
    public func derive(_ f: WardFacts, _ ref: SubjectRef, _ g: GradeRecord) -> Derivation? {
        guard let total = g.total else { return nil }
        let band = Self.band(total)
        let cs = hardCeilings(f, ref).filter { $0.rule != "R366-SCORE-BAND" && $0.level < band }
            .sorted { $0.level < $1.level }
        return Derivation(total: total, band: band, ceilings: cs, level: cs.first?.level ?? band)
    }

    /// The level a grade given as a score records (`grade --score`, an empty level cell): at the
    /// self and proposed stages its band, the conditions and triggers left to `cap`, which
    /// records each lowering and takes it back when the facts are corrected (stored lowered,
    /// a corrected discipline or task record left the grade KHTNV for good: 2025 audit). A
    /// decision is the competent body's record and is refused above a ceiling, so it takes the
    /// level the rules allow now (`derive`'s), each step said.
    public static func derivedLevel(_ d: Derivation, stage: Stage) -> Level {
        stage == .decided ? d.level : d.band
    }

    // MARK: ceilings

    /// The band of a complete criteria sheet's total, for a grade with no score of its own.
    public static func sheetBand(_ total: Points) -> Ceiling {
        let b = band(total)
        return Ceiling(rule: "R366-SCORE-BAND", level: b, reason: Catalog.Criteria.sheetBand(total, b))
    }

    public func scoreBand(_ grades: GradeSet?) -> Ceiling? {
        guard let total = grades?.latestTotal else { return nil }
        let b = Self.band(total)
        return Ceiling(rule: "R366-SCORE-BAND", level: b, reason: RulesText.scoreBand(total, b))
    }

    public func hardCeilings(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        var out: [Ceiling] = []
        if f.ws.effective(ref) != nil {
            if let c = scoreBand(f.ws.grades[ref.key]) {
                out.append(c)
            } else if let total = f.sheetScore(ref) {
                // No score given: the complete criteria sheet's total is the score.
                out.append(Self.sheetBand(total))
            }
        }
        if ref.cls == .member || ref.cls == .leader { out += triggers(f, ref) }
        out += conditions(f, ref)
        return out
    }

    /// The task records a subject is judged on: its own (a person's is kept under `member:ID`),
    /// and for a leader grade, or a member grade that stands in for one, the bodies they head.
    func taskRecords(_ f: WardFacts, _ ref: SubjectRef) -> (own: TargetRecord?, headed: [TargetRecord]) {
        switch ref.cls {
        case .organization, .collective: return (f.ws.targets[ref.key], [])
        case .member where !f.standsInForLeader(ref): return (f.ws.targets[SubjectRef(.member, ref.id).key], [])
        case .member, .leader:
            var headed: [TargetRecord] = []
            for p in f.judgedHeadPosts(ref.id) {
                if let b = f.bodySubject(p.body), let t = f.ws.targets[b.key] { headed.append(t) }
            }
            return (f.ws.targets[SubjectRef(.member, ref.id).key], headed)
        }
    }

    /// R366-CONDITIONS [QĐ366 Đ11]: HTXSNV needs 100% of tasks on time with ≥ 30% exceeded and
    /// the previous review's shortcomings all remedied; HTTNV 100% on time; HTNV 100% done with
    /// ≤ 20% late. A record that misses a level's condition caps at the highest level whose
    /// conditions hold. A share not recorded cannot be judged and does not cap; no record at all
    /// caps nothing (check warns about an HTXSNV without one).
    public static func conditionCeilings(_ t: TargetRecord) -> [Ceiling] {
        let late = t.latePct ?? 0
        if t.completedPct < 100 {
            return [Ceiling(rule: "R366-CONDITIONS", level: .KHTNV, reason: RulesText.notAllDone(t.subject, t.completedPct))]
        }
        if late > 20 {
            return [Ceiling(rule: "R366-CONDITIONS", level: .KHTNV, reason: RulesText.tooLate(t.subject, late))]
        }
        if late > 0 {
            return [Ceiling(rule: "R366-CONDITIONS", level: .HTNV, reason: RulesText.notOnTime(t.subject, late))]
        }
        var out: [Ceiling] = []
        if let e = t.exceededPct, e < 30 {
            out.append(Ceiling(rule: "R366-CONDITIONS", level: .HTTNV, reason: RulesText.fewExceeded(t.subject, e)))
        }
        if let p = t.priorFixedPct, p < 100 {
            out.append(Ceiling(rule: "R366-CONDITIONS", level: .HTTNV, reason: RulesText.priorNotFixed(t.subject, p)))
        }
        return out
    }

    func conditions(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        let r = taskRecords(f, ref)
        return ([r.own].compactMap { $0 } + r.headed).flatMap(Self.conditionCeilings)
    }

    /// R366-TRIGGERS [QĐ366 Đ11]: KHTNV for decline; a discipline (khiển trách or heavier: every
    /// party form) for a violation in official duties; a breach of what members must not do; a
    /// leader whose headed units completed < 70% of their tasks or who had > 50% low-confidence
    /// votes; a non-leader with > 50% of tasks failed (completed < 50%). A violation the member
    /// reported and remedied is weighed by the competent level: a finding, not a ceiling.
    func triggers(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        var out: [Ceiling] = []
        for d in f.counted[ref.id] ?? [] {
            switch d.kind {
            case .decline:
                out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.declined("decline")))
            case .prohibited where !d.selfDiscovered:
                out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.declined("prohibited")))
            case .discipline where !d.selfDiscovered && d.duty == true:
                out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.dutyDiscipline(d.form, d.date)))
            default: break
            }
        }
        let r = taskRecords(f, ref)
        if ref.cls == .leader || f.standsInForLeader(ref) {
            for t in r.headed where t.completedPct < 70 {
                out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.unitBelow70(t.subject, t.completedPct)))
            }
            if let low = r.own?.lowConfidencePct, low > 50 {
                out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.lowConfidence(low)))
            }
        } else if ref.cls == .member, !f.isLeader(ref.id), let t = r.own, t.completedPct < 50 {
            out.append(Ceiling(rule: "R366-TRIGGERS", level: .KHTNV, reason: RulesText.mostFailed(100 - t.completedPct)))
        }
        return out
    }

    // MARK: findings beyond the ceilings

    public func findings(_ f: WardFacts, _ ref: SubjectRef) -> [Finding] {
        var out: [Finding] = []
        let eff = f.ws.effective(ref)
        // 2B is for a member in the political system, 2C for one outside it: a roster saying both
        // decides the form by a guess, and the committee should know which is true.
        if ref.cls == .member, let m = f.ws.members[ref.id], m.civilServant, m.outside, !f.isLeader(ref.id) {
            out.append(Finding(rule: "R-FORM", subject: ref, severity: .warning, problem: RulesText.civilServantOutside,
                               fix: RulesText.fixCivilServantOutside))
        }
        // A body's discipline: QĐ 366's triggers, as domain.md has them, are individuals', so no
        // ceiling; but a disciplined cell graded HTXSNV must not pass unseen. QĐ 124's rule says
        // what it would have been, for the committee to weigh.
        if ref.cls == .organization || ref.cls == .collective, f.gradeBlock(ref) == nil, let level = f.ws.finalLevel(ref) {
            for c in QD124().orgDiscipline(f, ref) where level > c.level {
                out.append(Finding(rule: "R366-TRIGGERS", subject: ref, severity: .warning,
                                   problem: RulesText.bodyDisciplineWeighed(level, c.reason), fix: RulesText.fixWeighBody))
            }
        }
        if ref.cls == .member || ref.cls == .leader, f.gradeBlock(ref) == nil {
            for d in f.counted[ref.id] ?? [] where d.kind != .decline {
                // Weighed once the competent level has decided; until then the committee is asked.
                if d.selfDiscovered, eff != nil, eff?.stage != .decided, d.kind == .prohibited || d.duty != false {
                    out.append(Finding(rule: "R366-TRIGGERS", subject: ref, severity: .warning,
                                       problem: RulesText.selfReported(d), fix: RulesText.fixWeigh))
                } else if d.kind == .discipline, d.duty == nil, !d.selfDiscovered, ref.cls == .member {
                    out.append(Finding(rule: "R366-TRIGGERS", subject: ref, severity: .warning,
                                       problem: RulesText.dutyUnknown(d), fix: RulesText.fixDuty(ref.id)))
                }
            }
        }
        if let e = eff, f.gradeBlock(ref) == nil {
            let level = e.record.level
            // `grade` refuses these; one recorded under qd124 (where a score only ranks the quota,
            // on any scale) is still there after `set rules qd366`, and would be read as points.
            let offScale = scoreProblem(e.record)
            if let p = offScale {
                out.append(Finding(rule: "R366-SCORE-BAND", subject: ref, problem: RulesText.scoreOffScale(e.stage, p.message),
                                   fix: RulesText.fixScoreOffScale(f.typed(ref), ref.cls == .leader)))
            }
            if offScale == nil, let d = derive(f, ref, e.record), level < d.level, e.record.override == nil {
                out.append(Finding(rule: "R366-SCORE-BAND", subject: ref, severity: .warning,
                                   problem: RulesText.belowBand(level, d), fix: RulesText.fixBelowBand(d.level)))
            }
            // On the final level: once `cap` has lowered an HTXSNV, no condition of HTXSNV is
            // left to verify (the warning stayed after cap and contradicted `why`).
            let r = taskRecords(f, ref)
            if (f.ws.finalLevel(ref) ?? level) == .HTXSNV {
                // HTXSNV needs 90 points: with neither a score nor a complete sheet nothing
                // shows it has them (nor ranks it in the quota). The score the band reads: a
                // self score no longer counts once the subject is proposed.
                if f.ws.grades[ref.key]?.latestTotal == nil, f.sheetScore(ref) == nil {
                    out.append(Finding(rule: "R366-SCORE-BAND", subject: ref, severity: .warning,
                                       problem: RulesText.excellentWithoutScore, fix: RulesText.fixExcellentWithoutScore(f.typed(ref), ref.cls == .leader)))
                }
                if r.own == nil, r.headed.isEmpty {
                    out.append(Finding(rule: "R366-CONDITIONS", subject: ref, severity: .warning,
                                       problem: RulesText.conditionsUnknown, fix: RulesText.fixLoadTargets))
                }
                // A share left empty is not judged (it caps nothing): HTXSNV then rests on
                // conditions no one has checked, and check says which.
                for t in [r.own].compactMap({ $0 }) + r.headed {
                    let missing = [("exceeded_pct", t.exceededPct), ("late_pct", t.latePct), ("prior_fixed_pct", t.priorFixedPct)]
                        .filter { $0.1 == nil }.map(\.0)
                    if !missing.isEmpty {
                        out.append(Finding(rule: "R366-CONDITIONS", subject: ref, severity: .warning,
                                           problem: RulesText.conditionsPartly(t.subject, missing), fix: RulesText.fixFillTargets(missing)))
                    }
                }
            }
        }
        if ref.cls == .organization, let u = f.ws.units[ref.id], let o = u.outstanding, !Self.isDecisionReference(o) {
            out.append(Finding(rule: "R366-QUOTA", subject: ref, severity: .warning,
                               problem: RulesText.outstandingNoReference(o), fix: RulesText.fixOutstanding))
        }
        return out
    }

    // MARK: quota

    /// A decision reference names a decision: it has a number and something beside it
    /// ("123-QĐ/ĐU", "45/QĐ-UBND"); "x", "yes" or "1" only mark the unit and do not count.
    public static func isDecisionReference(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.contains(where: \.isNumber) && t.contains { !$0.isNumber && !$0.isWhitespace }
    }

    /// R366-QUOTA: up to 25% in the quota group of a unit recorded as outstanding with its
    /// decision reference. A group per unit (`quota-group … by unit`) is that unit's; a ward-wide
    /// group is the party committee's.
    public func quotaRate(_ f: WardFacts, group: String) -> (rate: Int, reason: Message?) {
        let base = f.ws.settings.quota
        let code: String?
        if let slash = group.firstIndex(of: "/") {
            code = String(group[group.index(after: slash)...])
        } else {
            code = f.ws.units.values.filter { $0.kind == .committee }.map(\.code).min()
        }
        guard let c = code, let u = f.ws.units[c], let ref = u.outstanding, Self.isDecisionReference(ref),
            Self.outstandingQuota > base
        else { return (base, nil) }
        return (Self.outstandingQuota, RulesText.outstandingRate(u.code, ref, Self.outstandingQuota))
    }

    // MARK: wording

    public func bodyName(_ b: GradingBody) -> Message {
        b == .upper ? RulesText.provincialStanding : RulesText.body(b)
    }
    public var personalTargets: Bool { true }
    public func factRule(_ fact: String) -> String {
        // No qd366 rule reads a body's own discipline (check says so, as R366-TRIGGERS' warning).
        fact == "org-discipline" ? "" : fact == "targets" ? "R366-CONDITIONS" : "R366-TRIGGERS"
    }
    public func targetFact(_ t: TargetRecord) -> Message { RulesText.taskFact(t) }
    public func disciplineFact(_ d: DisciplineRecord, counts: Bool, year: Int) -> Message {
        let r = RulesText.record(d, counts: counts, year: year)
        guard d.kind == .discipline else { return r }
        return RulesText.withDuty(r, d.duty)
    }
}
