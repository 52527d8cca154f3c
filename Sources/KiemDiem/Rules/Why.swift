/// One line of `why`: what it says, and the rule and source paragraph behind it, if any.
public struct WhyLine: Hashable, Sendable {
    public enum Kind: String, Sendable { case fact, review, grade, ceiling, step, quota, final }
    public var kind: Kind
    public var rule: String?
    public var source: String?
    public var text: Message
}

extension WardFacts {
    /// `why SUBJECT`: the facts, reviews, stages, ceilings and quota position behind its final
    /// level, as data for the verb to render. Uses the same `cap` computation the verb records.
    public func why(_ ref: SubjectRef) -> [WhyLine] { why(ref, cap: { cap() }) }

    /// `cap`: the whole cap's result for this workspace, which the shell keeps between two
    /// `why`s (a whole cap is seconds at a province's size, and only its result is read).
    public func why(_ ref: SubjectRef, cap: () -> CapResult) -> [WhyLine] {
        var out: [WhyLine] = []
        func line(_ k: WhyLine.Kind, _ rule: String?, _ t: Message) {
            out.append(WhyLine(kind: k, rule: rule, source: rule.map { book.source($0) }.flatMap { $0.isEmpty ? nil : $0 }, text: t))
        }
        if ref.cls == .member || ref.cls == .leader {
            for p in positionsByMember[ref.id] ?? [] {
                line(.fact, nil, RulesText.holds(p))
                // Graded as a leader on older posts: this body's results do not judge them.
                if p.head, isNewInPost(p), notGradedSince(SubjectRef(.leader, ref.id)) == nil, let since = p.since {
                    line(.fact, "R-NOGRADE-LEADER-NEW", RulesText.headPostNew(p.body, since))
                }
            }
            let undated = undatedPostsThatCount(ref.id)
            if !undated.isEmpty { line(.fact, "R-NOGRADE-LEADER-NEW", RulesText.undatedPosts(undated)) }
            // As `check` warns it.
            for f in upperTitlesKeptByWard(SubjectRef(.leader, ref.id)) { line(.fact, "R-AUTHORITY", f.problem) }
            for d in ws.discipline.values.filter({ $0.member == ref.id }).sorted(by: { $0.key < $1.key }) {
                line(.fact, book.factRule(d.kind == .discipline ? "discipline" : "decline"),
                     book.disciplineFact(d, counts: WardFacts.counts(d, year: year), year: year))
            }
            // Not for a member the round does not grade (excluded): there is no party grade.
            if let m = ws.members[ref.id], gradeBlock(ref) == nil {
                // VII.1 lets the workplace grade be the party grade's basis, else the leader grade
                // the round gives; without either there is nothing to compare, which the member
                // grade's `why` says.
                if m.civilServant, let b = m.workplaceLevel {
                    line(.fact, "R-CADRE-BASIS", RulesText.basis(b, m.workplaceStage ?? .proposed))
                } else if ref.cls == .member, let b = leaderGradeBasis(ref.id) {
                    line(.fact, "R-CADRE-BASIS", RulesText.leaderBasis(b))
                } else if ref.cls == .member, m.civilServant {
                    line(.fact, "R-CADRE-BASIS", RulesText.noBasis)
                }
            }
        }
        if ref.cls == .organization || ref.cls == .collective {
            // A body disciplined as a body (the discipline file names its code): shown whether
            // or not it counts this year, as a person's record is.
            // Under a rulebook with no rule on it (qd366), the record is shown without a rule.
            let rule = book.factRule("org-discipline")
            for d in ws.discipline.values.filter({ $0.member == ref.id }).sorted(by: { $0.key < $1.key }) {
                line(.fact, rule.isEmpty ? nil : rule, RulesText.record(d, counts: WardFacts.counts(d, year: year), year: year))
            }
        }
        if let t = ws.targets[ref.key] {
            // A person's own task record (qd366's) is kept under a rulebook that judges no one
            // on their own tasks; no rule of it reads the record.
            if t.subject.cls == .member && !book.personalTargets {
                line(.fact, nil, RulesText.unreadTaskRecord(RulesText.taskFact(t), book.id.rawValue))
            } else {
                line(.fact, book.factRule("targets"), book.targetFact(t))
            }
        }
        if let block = gradeBlock(ref) {
            let excluded = (ref.cls == .member || ref.cls == .leader) && exclusion(ref.id) != nil
            line(.fact, block.rule == "exclude" ? nil : block.rule, excluded ? RulesText.excludedFact(block.message) : block.message)
        }
        // A cell secretary new in post: the member grade is not judged as a leader's would be.
        if ref.cls == .member, headsCellBodiesOnly(ref.id), let (rule, day) = notGradedSince(SubjectRef(.leader, ref.id)) {
            line(.fact, rule, RulesText.secretaryNew(day))
        }
        // A cell secretary with a leader grade: the cell's results judge that grade instead.
        if ref.cls == .member, cellLimitsOnLeaderGrade(ref.id), !standsInForLeader(ref) {
            line(.fact, "R-HEAD-CAP", RulesText.cellLimitsOnLeader(SubjectRef(.leader, ref.id).description))
        }
        var owed = owedReviews(ref)
        if ref.cls == .leader { owed = owedReviews(SubjectRef(.member, ref.id)) + owed }
        for o in owed {
            line(.review, o.rule, o.done.map { RulesText.reviewed($0.venue, $0) } ?? RulesText.notReviewed(o.venue))
        }
        let gs = ws.grades[ref.key] ?? GradeSet()
        for st in Stage.allCases { if let g = gs[st] { line(.grade, nil, RulesText.stage(st, g)) } }
        // Kept from before their posts were replaced: counted nowhere until they hold one again.
        if ref.cls == .leader && !isLeader(ref.id) {
            // Without a leader grade there is nothing kept: they are no leader at all.
            line(.final, nil, gs.isEmpty ? RulesText.noPostNoLeaderGrade : RulesText.leaderGradeWithoutPost)
            return out
        }
        if let d = gs.decided, gradeBlock(ref) == nil, let c = authorityBreach(ref, by: d.by) {
            line(.grade, "R-AUTHORITY", authorityText(d.by ?? .ward, c))
        }
        if let c = criteriaWhy(ref, criteriaSheets) { out.append(c) }
        guard gradeBlock(ref) == nil, ws.effective(ref) != nil else {
            line(.final, nil, RulesText.noFinal)
            return out
        }
        let res = cap()
        guard let o = res.outcomes[ref.key] else { return out }
        line(.grade, nil, RulesText.effective(o.effective, o.stage))
        for c in o.ceilings { line(.ceiling, c.rule, RulesText.ceiling(c)) }
        // The head cap is passed over only for an upper level's decision (`cap`); the hard
        // ceilings only by an --override.
        for c in o.overridden {
            line(.ceiling, c.rule, c.rule == "R-HEAD-CAP" ? RulesText.upperAbove(o.final, c)
                 : RulesText.overridden(c, ws.effective(ref)?.record.override ?? ""))
        }
        for (h, b) in res.headsWithoutBody where h == ref { line(.ceiling, "R-HEAD-CAP", RulesText.bodyUngraded(b.description)) }
        for (h, c) in res.headsWithoutLeaderGrade where ref.cls == .member && h.id == ref.id {
            line(.ceiling, "R-HEAD-CAP", RulesText.headNoLeaderGrade(c))
        }
        for s in o.steps { line(.step, s.rule, RulesText.step(s)) }
        if let key = o.quotaGroup, let g = res.groups.first(where: { $0.key == key }) {
            // Subjects tied at the cut share their places ("1–2 of 2"): none ranks above another.
            let tied = g.tied.contains(ref)
            let places = (tied ? g.tied : [ref]).compactMap { g.ranking.firstIndex(of: $0) }
            let place = places.min().map { lo in (lo + 1)...(places.max()! + 1) }
            let state: Message = tied ? RulesText.quotaTiedState(g.slots, g.tied.count)
                : g.lowered.contains(ref) ? RulesText.quotaLoweredState : RulesText.quotaKeptState
            let set = ws.grades[ref.key]
            // Ranked as `cap` ranks: a grade without a score by its criteria sheet's total (qd366).
            let sheet = set?.latestTotal == nil ? sheetScore(ref) : nil
            line(.quota, "R-QUOTA", RulesText.quotaPlace(g, place, place == nil ? nil : state, by: (set?.latestTotal ?? sheet, set?.latestVotes),
                                                          sheet: sheet != nil, quota: g.rate, base: ws.settings.quotaBase))
            if place != nil, set?.selfRankIgnored == true { line(.quota, "R-QUOTA", RulesText.selfRankIgnored) }
            if let why = book.quotaRate(self, group: key).reason { line(.quota, "R366-QUOTA", why) }
        }
        if o.quotaGroup == nil && competentBody(ref) == .upper { line(.quota, "R-QUOTA", RulesText.quotaUpper) }
        // What `check` doubts about the level (the rulebook's warnings: a condition no record
        // verifies, a party grade above its workplace basis), so that `why` alone shows it too.
        for f in book.findings(self, ref) where f.severity == .warning && f.subject == ref {
            line(.fact, f.rule, RulesText.checkWarns(f.problem))
        }
        if gradeBlock(ref) == nil, ws.effective(ref) != nil, let final = ws.finalLevel(ref), let f = basisFinding(ref, final: final) {
            line(.fact, f.rule, RulesText.checkWarns(f.problem))
        }
        // Before `cap`, the level reports show (recorded) is not yet the one the rules give:
        // both are said, under names that cannot be mistaken for each other, the recorded one
        // with the rule `cap` recorded it under.
        let recorded = ws.finalLevel(ref)
        let inForce = ws.adjustments[ref.key].flatMap { a in ws.effective(ref)?.record.level == a.from ? a : nil }
        if recorded == o.final {
            line(.final, nil, RulesText.final(o.final))
            // The same level, now for another reason (the rules were switched, a fact changed).
            if let a = inForce, let now = o.steps.last?.rule, now != a.rule {
                line(.final, a.rule, RulesText.causeNotRecorded(a.rule, now))
            }
        } else {
            line(.final, nil, RulesText.afterCap(o.final))
            line(.final, inForce?.rule, RulesText.notCappedYet(recorded, o.final))
        }
        return out
    }
}
