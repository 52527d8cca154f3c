/// Why a review or grade may not be recorded: the rule, what is wrong, and what to do.
public struct Refusal: Error, Sendable {
    /// The rule id, or empty for a request that names no rule (a leader grade for a non-leader).
    public var rule: String
    public var message: Message
    public var hint: Message?
    /// The hint for a file's row, where an option to type means nothing.
    public var rowHint: Message?
    init(rule: String, message: Message, hint: Message?, rowHint: Message? = nil) {
        self.rule = rule
        self.message = message
        self.hint = hint
        self.rowHint = rowHint
    }
}

extension WardFacts {
    /// What `review` and `load reviews` refuse outright, because it can be put right at once:
    /// an excluded person (R-EXCL-*), a venue the subject is not reviewed at (R-VENUE-*), a form
    /// that does not fit (R-FORM), no session at all (R-REVIEW-SESSIONS). What happened but falls
    /// short (too few sessions after suggestions, no feedback round, an absent liaison) is
    /// recorded as fact and reported by `check`.
    public func refuseReview(_ r: Review) -> Refusal? {
        let ref = r.subject
        if ref.cls == .member || ref.cls == .leader, let e = exclusion(ref.id) {
            return Refusal(rule: e.rule, message: RulesText.excludedFact(e.message), hint: nil)
        }
        let ok = acceptedVenues(ref)
        if !ok.contains(r.venue) {
            let rule: String
            switch ref.cls {
            case .organization, .collective: rule = "R-VENUE-COLLECTIVE"
            default: rule = isLeader(ref.id) && ws.collectives.keys.contains(r.venue) ? "R-VENUE-LEADER" : "R-VENUE-MEMBER"
            }
            return Refusal(rule: rule, message: RulesText.wrongVenue(r.venue, ok), hint: RulesText.fixVenue(ok),
                           rowHint: RulesText.fixVenueCell(ok))
        }
        let person = ref.cls == .member || ref.cls == .leader
        let expected = book.form(for: ref, isLeader: person && isLeader(ref.id), outside: ws.members[ref.id]?.outside ?? false)
        if let f = r.form, f.uppercased() != expected {
            return Refusal(rule: "R-FORM", message: RulesText.wrongForm(f, expected), hint: RulesText.fixForm(expected),
                           rowHint: RulesText.fixFormCell(expected))
        }
        if let s = r.sessions, s < 1 {
            return Refusal(rule: "R-REVIEW-SESSIONS", message: RulesText.noSession(s), hint: nil)
        }
        return nil
    }

    /// The self grade a review states (`--self`, the `self_level` column): the subject's level
    /// at the `self` stage (tự đánh giá), the one `grade --stage self` records. A person's
    /// review before a collective they lead in is their leader grade's; in the cell or group,
    /// their member grade's, keeping what the self grade already there holds (its score). nil
    /// without a self level; `refusal` says why a subject reviewed but not graded gets none.
    public func selfGrade(of r: Review) -> (ref: SubjectRef, record: GradeRecord, refusal: Refusal?)? {
        guard let level = r.selfLevel else { return nil }
        var ref = r.subject
        if ref.cls == .member, ws.collectives.keys.contains(r.venue), isLeader(ref.id) { ref = SubjectRef(.leader, ref.id) }
        let rec = GradeRecord(level: level, by: .self).restated(over: ws.grades[ref.key]?[.self]).record
        return (ref, rec, refuseGrade(ref, stage: .self, rec))
    }

    /// A review dated in a year before the round's cannot be this round's review (a typed
    /// year, a file of an earlier round), yet it would meet R-REVIEW-FIRST: `review --on` and
    /// `load reviews` refuse it. A later year is kept: a late review is still this round's.
    public func reviewDateProblem(_ d: Day) -> Message? {
        isBeforeRound(d) ? RulesText.reviewBeforeRound(d, year) : nil
    }

    /// A day in a year before the round's (`reviewDateProblem`; `owedReviews` counts no review
    /// dated so).
    func isBeforeRound(_ d: Day) -> Bool { d.year < year }

    /// What `grade` and `load grades` refuse: excluded or not-graded subjects, a leader grade for
    /// someone who holds no post, and at the decided stage R-AUTHORITY, R-REVIEW-FIRST and a level
    /// above a hard ceiling without `--override`.
    public func refuseGrade(_ ref: SubjectRef, stage: Stage, _ g: GradeRecord) -> Refusal? {
        if ref.cls == .leader && !isLeader(ref.id) {
            return Refusal(rule: "", message: RulesText.notALeader(ref.id), hint: RulesText.hintRoleMember)
        }
        if ref.cls == .member || ref.cls == .leader, let e = exclusion(ref.id) {
            return Refusal(rule: e.rule, message: RulesText.excludedFact(e.message), hint: nil)
        }
        if let b = notGraded(ref) { return Refusal(rule: b.rule, message: b.message, hint: nil) }
        if g.override != nil && stage != .decided {
            return Refusal(rule: "", message: RulesText.overrideOnlyDecided, hint: nil)
        }
        guard stage == .decided else { return nil }
        if let c = authorityBreach(ref, by: g.by) {
            return Refusal(rule: "R-AUTHORITY", message: authorityText(g.by ?? .ward, c), hint: RulesText.fixAuthority(c))
        }
        let missing = missingReviews(ref)
        if !missing.isEmpty {
            return Refusal(rule: "R-REVIEW-FIRST", message: RulesText.decidedBeforeReview(missing.map(\.venue)),
                           hint: RulesText.fixReview(typedOnce(ref), missing[0]))
        }
        // A level above its own score band is a finding (R366-SCORE-BAND), not a refusal; the band
        // of the grade being replaced says nothing about this one.
        if g.override == nil, let c = hardCeiling(ref, excluding: "R366-SCORE-BAND"), g.level > c.level {
            return Refusal(rule: c.rule, message: RulesText.aboveCeiling(g.level, c), hint: RulesText.hintOverride)
        }
        return nil
    }
}

extension RulesText {
    public static func reviewBeforeRound(_ d: Day, _ year: Int) -> Message {
        m("\(d) is before the \(year) round: that review is not this year's", "\(d) trước đợt \(year): đó không phải buổi kiểm điểm năm nay")
    }
    public static func notALeader(_ id: String) -> Message {
        m("\(id) holds no leadership post, so has no leader grade", "\(id) không giữ chức vụ lãnh đạo nên không có xếp loại cán bộ")
    }
    public static let hintRoleMember = m("grade the member: --role member", "xếp loại đảng viên: --role member")
    public static let overrideOnlyDecided = m("--override applies to a decided grade (--stage decided)",
                                              "--override chỉ dùng cho mức quyết định (--stage decided)")
    public static let hintOverride = m("the competent body may decide above it with --override \"REASON\" (kept in the audit log)",
                                       "cấp có thẩm quyền có thể quyết định cao hơn với --override \"LÝ DO\" (ghi vào nhật ký)")
}

extension Review {
    /// The order reviews were held in: by date, undated last, then by venue. The first held
    /// counts for what a subject owes (`owedReviews`) whatever order they were recorded in, and
    /// `show` lists them so.
    public static func heldBefore(_ a: Review, _ b: Review) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.venue < b.venue
        }
    }
}

extension Transaction {
    /// Records a subject's grade at one stage (`grade`, and a review's self level). A new grade
    /// makes the subject's cap adjustment stale: `cap` decides again.
    public func setGrade(_ ref: SubjectRef, _ stage: Stage, _ rec: GradeRecord) {
        var gs = ws.grades[ref.key] ?? GradeSet()
        let before = gs.effective
        gs[stage] = rec
        set(\.grades, ref.key, gs)
        // Only a grade that changes the effective one makes the adjustment stale: a self level
        // under a proposal leaves cap's lowering of that proposal in force.
        let after = gs.effective
        if ws.adjustments.keys.contains(ref.key), before?.stage != after?.stage || before?.record != after?.record {
            set(\.adjustments, ref.key, nil)
        }
    }
}
