/// Quy định 124-QĐ/TW as the ward implements it in Kế hoạch 79-KH/ĐU (15/11/2023): the 2023
/// and 2024 rounds.
public struct QD124: Rulebook {
    public init() {}
    public var id: RulebookID { .qd124 }
    public var title: Message {
        Message(en: "QĐ 124-QĐ/TW (Kế hoạch 79-KH/ĐU)", vi: "Quy định 124-QĐ/TW (Kế hoạch 79-KH/ĐU)")
    }
    public var levels: [Level] { [.HTXSNV, .HTTNV, .HTNV, .KHTNV] }
    public var forms: [String] { ["01", "2A", "2B"] }

    /// Plan III: 01 for a collective's report, 2A a member not in a leadership post, 2B a leader.
    public func form(for subject: SubjectRef, isLeader: Bool, outside: Bool) -> String {
        switch subject.cls {
        case .organization, .collective: return "01"
        case .leader: return "2B"
        case .member: return isLeader ? "2B" : "2A"
        }
    }

    public var defaultQuota: Int { 20 }
    public var defaultQuotaBase: Settings.QuotaBase { .good }

    /// Plan IX: reviews before 26/11, the result file before 28/11, upper-level subjects' report
    /// to the city's organisation board before 15/12.
    public func defaultDeadlines(year: Int) -> [String: Day] {
        // civil: the civil-servant grading that precedes the party's (plan VIII; NĐ 90/2020,
        // NĐ 48/2023: before 15/12), as domain.md §7 has it.
        ["review": Day(year: year, month: 11, day: 26)!, "report": Day(year: year, month: 11, day: 28)!,
         "upper": Day(year: year, month: 12, day: 15)!, "civil": Day(year: year, month: 12, day: 15)!]
    }

    public var rules: [RuleInfo] {
        [
            RuleInfo("R-EXCL-EXEMPT", "KH 79 II.1, V.2; QĐ124 Đ5"),
            RuleInfo("R-EXCL-SUSPENDED", "KH 79 II.1, V.2; QĐ124 Đ5"),
            RuleInfo("R-EXCL-NEW", "KH 79 II.1, V.2; QĐ124 Đ5"),
            RuleInfo("R-NOGRADE-LEADER-NEW", "HD 01-HD/TU 2023 (QĐ124)"),
            RuleInfo("R-NOGRADE-ORG-NEW", "HD 01-HD/TU 2023 (QĐ124)"),
            RuleInfo("R-REVIEW-FIRST", "QĐ124: phải hoàn thành việc kiểm điểm mới được đánh giá, xếp loại"),
            RuleInfo("R-VENUE-COLLECTIVE", "KH 79 II.2.1"),
            RuleInfo("R-VENUE-MEMBER", "KH 79 II.2.1.1"),
            RuleInfo("R-VENUE-LEADER", "KH 79 II.2.1.1"),
            RuleInfo("R-REVIEW-ATTEND", "KH 79 VI"),
            RuleInfo("R-REVIEW-SESSIONS", "KH 79 VI"),
            RuleInfo("R-FORM", "KH 79 III.1, III.2; HD25"),
            RuleInfo("R-FEEDBACK", "KH 79 III.1"),
            RuleInfo("R-AUTHORITY", "KH 79 V"),
            RuleInfo("R124-DISCIPLINE", "QĐ124 Đ12 k4 4.3 d; HD25 mục 4"),
            RuleInfo("R124-DECLINE", "QĐ124 Đ12 k4"),
            RuleInfo("R124-TARGETS", "QĐ124 Đ12"),
            RuleInfo("R124-ORG-DISCIPLINE", "QĐ124 Đ12"),
            RuleInfo("R-HEAD-CAP", "KH 79 VII.2; HD21/2019"),
            RuleInfo("R-QUOTA", "QĐ124 Đ12"),
            RuleInfo("R-CADRE-BASIS", "KH 79 VII.1"),
            RuleInfo("R124-CRITERIA", "QĐ124 Đ12; KH 79 IV"),
        ]
    }

    public func hardCeilings(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        var out: [Ceiling] = []
        switch ref.cls {
        case .member, .leader:
            for d in f.counted[ref.id] ?? [] {
                switch d.kind {
                case .discipline where !d.selfDiscovered:
                    out.append(Ceiling(rule: "R124-DISCIPLINE", level: .KHTNV,
                                       reason: RulesText.disciplined(d)))
                case .decline, .prohibited:
                    out.append(Ceiling(rule: "R124-DECLINE", level: .KHTNV, reason: RulesText.declined(d.kind.rawValue)))
                default: break
                }
            }
        case .organization, .collective:
            out += orgDiscipline(f, ref)
        }
        if ref.cls != .member || f.standsInForLeader(ref) { out += targets(f, ref) }
        return out
    }

    /// R124-TARGETS: under 50% of targets → KHTNV; HTXSNV needs 100% with at least 50% exceeded.
    /// A unit or collective is judged on its own record; a leader ("whose unit completes…") on
    /// the bodies they head, as is a head's member grade that stands in for a leader grade
    /// (`standsInForLeader`). A person's own record (`member:ID`; `load targets` takes no
    /// `leader:ID`) is qd366's, not this rule's.
    func targets(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        var records: [TargetRecord] = []
        if ref.cls == .organization || ref.cls == .collective, let t = f.ws.targets[ref.key] { records.append(t) }
        if ref.cls == .leader || ref.cls == .member {
            for p in f.judgedHeadPosts(ref.id) {
                if let b = f.bodySubject(p.body), let t = f.ws.targets[b.key] { records.append(t) }
            }
        }
        var out: [Ceiling] = []
        for t in records {
            if t.completedPct < 50 {
                out.append(Ceiling(rule: "R124-TARGETS", level: .KHTNV, reason: RulesText.targetsLow(t.subject, t.completedPct)))
            } else if t.completedPct < 100 || (t.exceededPct.map { $0 < 50 } ?? false) {
                // Exceeded share unknown: the condition cannot be judged, so it does not cap.
                out.append(Ceiling(rule: "R124-TARGETS", level: .HTTNV,
                                   reason: RulesText.targetsNotExcellent(t.subject, t.completedPct, t.exceededPct)))
            }
        }
        return out
    }

    /// R124-ORG-DISCIPLINE. The body itself disciplined, or more than 20% of its subordinate units
    /// → KHTNV; any subordinate unit or leadership member disciplined (not self-discovered) → at
    /// most HTNV (HTXSNV and HTTNV need none).
    func orgDiscipline(_ f: WardFacts, _ ref: SubjectRef) -> [Ceiling] {
        func disciplined(_ id: String) -> Bool {
            (f.counted[id] ?? []).contains { $0.kind == .discipline && !$0.selfDiscovered }
        }
        var out: [Ceiling] = []
        // Its leadership disciplined as a body: the collective itself, or for an organization its
        // party committee (the chi ủy of a cell, the BCH or BTV of the ward committee).
        if disciplined(ref.id) {
            out.append(Ceiling(rule: "R124-ORG-DISCIPLINE", level: .KHTNV, reason: RulesText.bodyDisciplined))
        } else if ref.cls == .organization, let c = (f.partyCollectivesByUnit[ref.id] ?? []).first(where: disciplined) {
            out.append(Ceiling(rule: "R124-ORG-DISCIPLINE", level: .KHTNV,
                               reason: RulesText.leadershipDisciplined(f.ws.displayName(SubjectRef(.collective, c)))))
        }
        let kids = ref.cls == .organization ? (f.childUnits[ref.id] ?? []) : []
        let bad = kids.filter(disciplined)
        if !bad.isEmpty && bad.count * 100 > 20 * kids.count {
            out.append(Ceiling(rule: "R124-ORG-DISCIPLINE", level: .KHTNV, reason: RulesText.unitsDisciplined(bad.count, kids.count)))
        } else if !bad.isEmpty {
            out.append(Ceiling(rule: "R124-ORG-DISCIPLINE", level: .HTNV, reason: RulesText.unitsDisciplined(bad.count, kids.count)))
        }
        let leaders = f.leadership(ref).filter(disciplined)
        if !leaders.isEmpty {
            out.append(Ceiling(rule: "R124-ORG-DISCIPLINE", level: .HTNV, reason: RulesText.leadersDisciplined(leaders)))
        }
        return out
    }
}
