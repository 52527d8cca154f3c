extension WardFacts {
    /// `check`: every finding now, on the recorded (final) levels. Sorted by subject in report
    /// order, then rule id, then text — the same workspace always lists the same way.
    /// A big round finds each subject's own findings on two cores (`TwoCores`; `split`, for
    /// tests: where to cut, on any size): no subject's depend on another's.
    public func findings(split: Int? = nil) -> [Finding] {
        let subjects = allSubjects()
        let sheets = criteriaSheets
        // Records said to count in a later round: few, so gathered once here.
        let later = Dictionary(grouping: ws.discipline.values.filter { ($0.countedIn ?? 0) > year }, by: \.member)
        let future = Dictionary(grouping: ws.discipline.values.filter { d in
            d.countedIn == nil && d.date.map { $0 > refDate && $0.year > year } ?? false
        }, by: \.member)
        let disciplineRule = book.factRule("discipline")
        let marked = markProblems(sheets)
        // Each subject's own findings, and the final level of those graded.
        func own(_ range: Range<Int>) -> (found: [Finding], finals: [SubjectRef: Level]) {
            var out: [Finding] = []
            var finals: [SubjectRef: Level] = [:]
            for n in range {
                if Interrupt.stops(at: n) { break }
                let ref = subjects[n]
                let grades = ws.grades[ref.key]
                out += datesAfterReference(ref, ref.cls == .leader ? [] : future[ref.id] ?? [])
                if let o = marked.off[ref] { out.append(offSheetFinding(ref, o.form, o.marks)) }
                if let marks = marked.aboveMax[ref] { out.append(aboveMaxFinding(ref, marks)) }
                if let marks = marked.otherScale[ref] { out.append(otherScaleFinding(ref, marks)) }
                // Excluded, or reviewed but not graded, yet holding a grade or review.
                if let found = gradeBlock(ref) {
                    let isExcl = (ref.cls == .member || ref.cls == .leader) && exclusion(ref.id) != nil
                    let block = (rule: found.rule, message: isExcl ? RulesText.excludedFact(found.message) : found.message)
                    if !(grades?.isEmpty ?? true) {
                        out.append(Finding(rule: block.rule, subject: ref,
                                           problem: RulesText.gradedAnyway(block.message), fix: RulesText.fixRemoveGrade))
                    }
                    if isExcl && ref.cls == .member, let rv = reviewsByID[ref.id], !rv.isEmpty {
                        out.append(Finding(rule: block.rule, subject: ref,
                                           problem: RulesText.reviewedAnyway(block.message), fix: RulesText.fixRemoveReview))
                    }
                    // An exclusion under a reason the roster does not give now.
                    if isExcl && ref.cls == .member, let e = ws.exclusions[ref.id], let m = ws.members[ref.id],
                       ExclusionRules.derive(status: m.status, admitted: m.admitted, asOf: refDate)?.reason != e.reason {
                        if let rule = e.rule {
                            // Recorded by `exclude --auto` from facts that have changed since (the
                            // reference date moved, the roster was corrected): it still holds until
                            // the rules are run again.
                            out.append(Finding(rule: rule, subject: ref, severity: .warning,
                                               problem: RulesText.staleAutoExclusion(refDate), fix: RulesText.fixStaleAutoExclusion))
                        } else if e.reason != .other {
                            // Recorded by hand under one of the plan's reasons (a member admitted in
                            // 1990 "new"): said, as it is shown under that rule.
                            out.append(Finding(rule: block.rule, subject: ref, severity: .warning,
                                               problem: RulesText.handExclusionUnsupported(e.reason, refDate), fix: RulesText.fixHandExclusion))
                        }
                    }
                    if isExcl { continue }
                }
                out += reviewFindings(ref)
                out += book.findings(self, ref)
                out += overridesNotDecided(ref, grades)
                out += undatedPosts(ref)
                out += upperTitlesKeptByWard(ref)
                if ref.cls == .member {
                    for d in (later[ref.id] ?? []).sorted(by: { $0.key < $1.key }) {
                        out.append(Finding(rule: disciplineRule, subject: ref, severity: .warning,
                                           problem: RulesText.countedLater(d, year), fix: RulesText.fixCountedLater))
                    }
                }
                guard gradeBlock(ref) == nil, let eff = ws.effective(ref) else { continue }
                let final = ws.finalLevel(ref)!
                finals[ref] = final
                if let d = grades?.decided {
                    if let c = authorityBreach(ref, by: d.by) {
                        out.append(Finding(rule: "R-AUTHORITY", subject: ref, problem: authorityText(d.by ?? .ward, c),
                                           fix: RulesText.fixAuthority(c)))
                    }
                    let missing = missingReviews(ref)
                    if !missing.isEmpty {
                        out.append(Finding(rule: "R-REVIEW-FIRST", subject: ref, problem: RulesText.decidedBeforeReview(missing.map(\.venue)),
                                           fix: RulesText.fixReviewFirst))
                    }
                }
                let overridden = eff.stage == .decided && eff.record.override != nil
                for c in book.hardCeilings(self, ref) where final > c.level {
                    if overridden {
                        out.append(Finding(rule: c.rule, subject: ref, severity: .warning,
                                           problem: RulesText.overridden(c, eff.record.override!), fix: RulesText.fixNone))
                    } else {
                        out.append(Finding(rule: c.rule, subject: ref, problem: RulesText.aboveCeiling(final, c), fix: RulesText.fixCap))
                    }
                }
                out += criteriaFindings(ref, final: final, sheets)
                if let f = basisFinding(ref, final: final) { out.append(f) }
            }
            return (out, finals)
        }
        var out: [Finding], finals: [SubjectRef: Level]
        if let cut = TwoCores.cut(subjects.count, forced: split) {
            // Read per subject; `onTwoCores` builds the rules' other indexes.
            _ = reviewsByID
            _ = idClashes
            let (first, second) = onTwoCores(subjects.count, cut: cut, own)
            out = first.found + second.found
            finals = first.finals.merging(second.finals) { a, _ in a }
        } else {
            (out, finals) = own(subjects.indices)
        }
        // R-HEAD-CAP and R-QUOTA depend on other subjects' levels after their own ceilings, so
        // they are reported as what `cap` would do to the recorded level: one computation, the
        // same answer `cap` and `why` give.
        let res = cap(split: split)
        for ref in subjects {
            guard let o = res.outcomes[ref.key], let recorded = finals[ref] else { continue }
            for st in o.steps where (st.rule == "R-HEAD-CAP" || st.rule == "R-QUOTA") && recorded > st.to {
                out.append(Finding(rule: st.rule, subject: ref,
                                   problem: RulesText.aboveCeiling(recorded, Ceiling(rule: st.rule, level: st.to, reason: st.reason)),
                                   fix: RulesText.fixCap))
            }
        }
        // A lowering `cap` recorded that no rule asks for now (an exclusion since left a quota
        // slot free): the subject is held below its level until cap runs again.
        for (key, a) in ws.adjustments {
            guard let o = res.outcomes[key], let recorded = finals[a.subject], recorded == a.to, o.final > recorded else { continue }
            out.append(Finding(rule: a.rule, subject: a.subject, problem: RulesText.staleLowering(a, o.final), fix: RulesText.fixCap))
        }
        for (head, decided, c) in res.upperAboveHeadCap {
            out.append(Finding(rule: "R-HEAD-CAP", subject: head, severity: .warning,
                               problem: RulesText.upperAbove(decided, c), fix: RulesText.fixUpper))
        }
        for (head, body) in res.headsWithoutBody {
            out.append(Finding(rule: "R-HEAD-CAP", subject: head, problem: RulesText.bodyUngraded(body.description),
                               fix: RulesText.fixGradeBody(body.description)))
        }
        for (head, c) in res.headsWithoutLeaderGrade {
            out.append(Finding(rule: "R-HEAD-CAP", subject: head, severity: .warning,
                               problem: RulesText.headNoLeaderGrade(c), fix: RulesText.fixGradeLeader(head.id)))
        }
        for g in res.groups {
            for ref in g.tied {
                out.append(Finding(rule: "R-QUOTA", subject: ref,
                                   problem: RulesText.quotaTie(g.key, g.tied.count, g.slots), fix: RulesText.fixTie))
            }
        }
        return sortFindings(out, subjects)
    }

    /// By subject in `order`, then rule id, then the order they were found in. Each finding's
    /// position is looked up once, not in every comparison (a national check has millions).
    func sortFindings(_ fs: [Finding], _ order: [SubjectRef]) -> [Finding] {
        var pos: [SubjectRef: Int] = [:]
        pos.reserveCapacity(order.count)
        for (i, r) in order.enumerated() { pos[r] = i }
        let at = fs.map { pos[$0.subject] ?? Int.max }
        return fs.indices.sorted { a, b in
            if at[a] != at[b] { return at[a] < at[b] }
            if fs[a].rule != fs[b].rule { return fs[a].rule < fs[b].rule }
            return a < b
        }.map { fs[$0] }
    }

    /// The review rules on one subject's recorded reviews, and the reviews it still owes.
    func reviewFindings(_ ref: SubjectRef) -> [Finding] {
        var out: [Finding] = []
        // A review not held yet is only a finding once it is due, or once the subject is being
        // graded without it; before that `review plan` shows it as pending.
        let due = refDate >= reviewDeadline(for: ref)
            || ws.grades[ref.key].map { $0.proposed != nil || $0.decided != nil } ?? false
        for o in owedReviews(ref) where o.done == nil && due {
            out.append(Finding(rule: o.rule, subject: ref, severity: .warning, problem: RulesText.notReviewed(o.venue),
                               fix: RulesText.fixReview(typed(ref), o)))
        }
        // The records themselves are checked once per person, on the member subject.
        guard ref.cls != .leader else { return out }
        for r in reviewsByID[ref.id] ?? [] {
            out += recordFindings(r, subject: ref)
            if let f = selfLevelUnrecorded(r) { out.append(f) }
        }
        if ref.cls == .organization { out += attendance(ref.id) + liaisonPost(ref.id) }
        return out
    }

    /// R-FORM, R-REVIEW-SESSIONS, R-FEEDBACK and the venue on one review record. `review`
    /// refuses what can be put right at once (wrong venue or form, no session) and records
    /// what happened otherwise; this reports both for data loaded or changed since.
    public func recordFindings(_ r: Review, subject: SubjectRef) -> [Finding] {
        var out: [Finding] = []
        // A person's record at one of their leader venues is their leader review (R-VENUE-LEADER),
        // judged as the leader grade is (its subject, its deadline).
        var ref = subject
        if ref.cls == .member, isLeader(ref.id) {
            let leader = SubjectRef(.leader, ref.id)
            if owedReviews(leader).contains(where: { $0.venue == r.venue || $0.alternatives.contains(r.venue) }) { ref = leader }
        }
        let venues = acceptedVenues(ref)
        let venueRule = ref.cls == .member ? "R-VENUE-MEMBER" : ref.cls == .leader ? "R-VENUE-LEADER" : "R-VENUE-COLLECTIVE"
        let deadline = reviewDeadline(for: ref)
        if !venues.contains(r.venue) {
            out.append(Finding(rule: venueRule, subject: ref, problem: RulesText.wrongVenue(r.venue, venues), fix: RulesText.fixVenue(venues)))
        }
        if let d = r.date, let p = reviewDateProblem(d) {
            out.append(Finding(rule: venueRule, subject: ref, problem: RulesText.staleReview(r.venue, p),
                               fix: RulesText.fixReview(typed(ref), r.venue)))
            // A review of an earlier round does not count in this one: it is not judged by this
            // round's form letters, sessions or feedback (a workspace carried from 2023 into
            // 2025 had every 2023 review called the wrong form, and the fix rewrote the record).
            return out
        } else if let d = r.date, d >= deadline {
            // It still counts: the committee should know it came late, not lose it.
            out.append(Finding(rule: venueRule, subject: ref, severity: .warning,
                               problem: RulesText.lateReview(r.venue, d, deadline), fix: RulesText.fixLateReview))
        }
        // A record that does not count (at a venue not the subject's, or of no session) is
        // reported for that alone: its form, sessions and feedback are not the subject's review's.
        let counts = venues.contains(r.venue) && (r.sessions ?? 1) >= 1
        let person = ref.cls == .member || ref.cls == .leader
        let expected = book.form(for: ref, isLeader: person && isLeader(ref.id), outside: ws.members[ref.id]?.outside ?? false)
        if counts, let f = r.form, f.uppercased() != expected {
            out.append(Finding(rule: "R-FORM", subject: ref, problem: RulesText.wrongFormAt(f, expected, r.venue),
                               fix: RulesText.fixFormAt(expected, r.venue)))
        }
        if let n = r.sessions, n < 1 {
            // No session: not held, so not counted (`owedReviews`), whoever the subject is.
            out.append(Finding(rule: "R-REVIEW-SESSIONS", subject: ref, problem: RulesText.noSessionCounts(n), fix: RulesText.fixNoSession(r.venue)))
        } else if counts, let s = sessionsProblem(r, ref) {
            out.append(Finding(rule: "R-REVIEW-SESSIONS", subject: ref, problem: s, fix: RulesText.fixSessions))
        }
        if counts, needsFeedback(ref), r.feedback != true {
            out.append(Finding(rule: "R-FEEDBACK", subject: ref, problem: RulesText.noFeedback, fix: RulesText.fixFeedback))
        }
        return out
    }

    /// R-REVIEW-SESSIONS [plan VI] applies to leadership collectives and to leaders' reviews:
    /// at least 1 session, more than 1 where the BTV issued review suggestions.
    public func sessionsProblem(_ r: Review, _ ref: SubjectRef) -> Message? {
        let applies = ref.cls == .collective || ((ref.cls == .member || ref.cls == .leader) && isLeader(ref.id))
        guard applies else { return nil }
        if let s = r.sessions, s < 1 { return RulesText.noSession(s) }
        if r.suggested && (r.sessions ?? 0) <= 1 { return RulesText.sessionsSuggested(r.sessions) }
        return nil
    }

    /// SELF-LEVEL (a fact of the data, not a rule of the plan): a review states a self level and
    /// the subject has no self grade. A review records its self level as the self grade
    /// (`selfGrade(of:)`); a workspace saved by a kd before that kept it on the review only, and
    /// `load grades --replace` may have dropped the grade since. Said, not done: `open` changes
    /// nothing.
    func selfLevelUnrecorded(_ r: Review) -> Finding? {
        guard let g = selfGrade(of: r), g.refusal == nil, ws.grades[g.ref.key]?[.self] == nil else { return nil }
        let level = g.record.level
        return Finding(rule: "SELF-LEVEL", subject: g.ref, severity: .warning, problem: RulesText.selfLevelUnrecorded(r.venue, level),
                       fix: RulesText.fixSelfLevel(gradeArguments(g.ref, "\(level.rawValue) --stage self")))
    }

    /// What follows `grade` to record `rest` for the subject in a fix: its id as typed, and
    /// `--role leader` for a leader grade.
    func gradeArguments(_ ref: SubjectRef, _ rest: String) -> String {
        "\(typed(ref)) \(rest)" + (ref.cls == .leader ? " --role leader" : "")
    }

    /// Dates after the reference date that a rule reads, most often a slip of the year (2032 for
    /// 2023) that changes an outcome with no other sign: admitted "less than 6 months" before,
    /// a post too new to judge, a unit too new to grade, a discipline that counts in no round
    /// so far. `born` after it is refused at load; these are said (an admission or post dated
    /// a few days after the reference date can be real).
    func datesAfterReference(_ ref: SubjectRef, _ discipline: [DisciplineRecord]) -> [Finding] {
        var out: [Finding] = []
        func say(_ rule: String, _ what: Message, _ effect: Message) {
            out.append(Finding(rule: rule, subject: ref, severity: .warning, problem: RulesText.afterReference(what, refDate, effect),
                               fix: RulesText.fixDateAfterReference))
        }
        switch ref.cls {
        case .member:
            if let a = ws.members[ref.id]?.admitted, a > refDate { say("R-EXCL-NEW", RulesText.admittedOn(a), RulesText.excludedAsNew) }
        case .leader:
            for p in positionsByMember[ref.id] ?? [] {
                if let s = p.since, s > refDate { say("R-NOGRADE-LEADER-NEW", RulesText.postSince(p.body, s), RulesText.takenAsNewInPost) }
            }
        case .organization:
            if let c = ws.units[ref.id]?.created, c > refDate { say("R-NOGRADE-ORG-NEW", RulesText.createdOn(c), RulesText.notGradedAsNew) }
        case .collective: break
        }
        let rule = ref.cls == .member ? book.factRule("discipline") : book.factRule("org-discipline")
        for d in discipline.sorted(by: { $0.key < $1.key }) {
            say(rule.isEmpty ? book.factRule("discipline") : rule, RulesText.disciplineDated(d), RulesText.notCountedIn(year))
        }
        return out
    }

    /// R-NOGRADE-LEADER-NEW reads each post's start; a post without one is taken as held 6 months
    /// or more. Said where that decides something: whether the leader is graded at all (no dated
    /// post of 6 months or more), or whether a body they head judges them.
    func undatedPosts(_ ref: SubjectRef) -> [Finding] {
        guard ref.cls == .leader else { return [] }
        let bodies = undatedPostsThatCount(ref.id)
        guard !bodies.isEmpty else { return [] }
        return [Finding(rule: "R-NOGRADE-LEADER-NEW", subject: ref, severity: .warning,
                        problem: RulesText.undatedPosts(bodies), fix: RulesText.fixUndatedPosts)]
    }

    /// R-AUTHORITY (a warning): a post titled as one of the four whose grade the upper level
    /// decides (plan V.1: the secretary, the standing deputy secretary, the chairs of the
    /// People's Committee and Council) that the positions leave to the ward, their default.
    /// The rule follows `managed_by`; a roster's `positions` column cannot set it, and a ward
    /// that left it out decided its secretary's grade with no word (plan audit 50b).
    func upperTitlesKeptByWard(_ ref: SubjectRef) -> [Finding] {
        guard ref.cls == .leader, let ps = positionsByMember[ref.id], !ps.contains(where: { $0.managedBy == .upper }),
              gradeBlock(ref) == nil else { return [] }
        return ps.filter { Self.isUpperTitle($0.role, body: ws.collectives[$0.body]?.cls) }.prefix(1).map {
            Finding(rule: "R-AUTHORITY", subject: ref, severity: .warning,
                    problem: RulesText.upperTitleKeptByWard($0.role, $0.body), fix: RulesText.fixUpperTitle)
        }
    }

    /// Whether a post's title is one of plan V.1's four, read without diacritics, each part of a
    /// title that joins several (`Phó Bí thư, Chủ tịch UBND phường`) on its own: the secretary
    /// (`Bí thư Đảng ủy`, `Bí thư ĐU`, `Bí thư Đảng bộ phường`, a bare `Bí thư` in the BCH or
    /// BTV; not a cell's, nor a sub-committee's `Đảng ủy bộ phận`), the standing deputy (`Phó Bí
    /// thư Thường trực`, `… TT`), the chairs of UBND and HĐND (spelled out, abbreviated, or a
    /// bare `Chủ tịch` in that body); a deputy's (`Phó …`) otherwise not.
    static func isUpperTitle(_ role: String, body: Collective.Class?) -> Bool {
        let parts = Vietnamese.key(role).split(whereSeparator: { ",;/()".contains($0) })
            .flatMap { $0.components(separatedBy: " kiem ") }.flatMap { $0.components(separatedBy: " va ") }
        return parts.contains { part in
            let w = part.split(separator: " ").map(String.init)
            func after(_ n: Int) -> [String] { Array(w.dropFirst(n)) }
            func starts(_ p: [String]) -> Bool { w.count >= p.count && Array(w.prefix(p.count)) == p }
            if starts(["pho", "bi", "thu"]) { return ["thuong", "tt"].contains(after(3).first ?? "") }
            if starts(["bi", "thu"]) {
                let rest = after(2)
                if rest.isEmpty { return body?.decidedByUpper == true }
                if rest.contains("bo") && rest.contains("phan") { return false }
                return rest.first == "du" || (rest.count >= 2 && rest[0] == "dang" && (rest[1] == "uy" || rest[1] == "bo"))
            }
            if starts(["chu", "tich"]) {
                let rest = after(2)
                if rest.isEmpty { return body == .peopleCommittee || body == .councilStanding }
                let r = rest.joined(separator: " ")
                return ["ubnd", "hdnd", "uy ban nhan dan", "hoi dong nhan dan"].contains { r == $0 || r.hasPrefix($0 + " ") }
            }
            return false
        }
    }

    /// The bodies of a person's posts without a start date whose date would change something.
    func undatedPostsThatCount(_ id: String) -> [String] {
        guard let ps = positionsByMember[id], ps.contains(where: { $0.since == nil }) else { return [] }
        let gradedAnyway = ps.contains { $0.since != nil && !isNewInPost($0) }
        return ps.filter { $0.since == nil && ($0.head || !gradedAnyway) }.map(\.body)
    }

    /// OVERRIDE-STAGE (a fact of the data): an override on a self or proposed grade, which only a
    /// hand-edited file holds (`grade` and `load grades` refuse it). Only the competent body's
    /// decision overrides a ceiling (`cap`): said, since `why` shows the reason as if it held.
    func overridesNotDecided(_ ref: SubjectRef, _ grades: GradeSet?) -> [Finding] {
        [Stage.`self`, .proposed].compactMap { st in
            guard let g = grades?[st], g.override != nil else { return nil }
            return Finding(rule: "OVERRIDE-STAGE", subject: ref, severity: .warning, problem: RulesText.overrideNotDecided(st),
                           fix: RulesText.fixOverrideNotDecided(gradeArguments(ref, g.level.rawValue)))
        }
    }

    /// R-FEEDBACK [plan III.1]: MTTQ standing board and socio-political organisations' BTV.
    public func needsFeedback(_ ref: SubjectRef) -> Bool {
        guard ref.cls == .collective, let c = ws.collectives[ref.id] else { return false }
        return c.cls == .frontStanding || c.cls == .massOrgStanding
    }

    /// R-REVIEW-ATTEND [plan VI]: the cell's liaison is "the BTV member in charge" (data.md):
    /// one with no post on a BTV cannot stand for it. Judged only once the positions are in and
    /// the ward has a BTV; a liaison not on the roster is `attendance`'s finding.
    func liaisonPost(_ cell: String) -> [Finding] {
        guard ws.units[cell]?.kind == .cell, let liaison = liaisons[cell], liaisonsOffBTV.contains(liaison) else { return [] }
        return [Finding(rule: "R-REVIEW-ATTEND", subject: SubjectRef(.organization, cell),
                        problem: RulesText.liaisonNotBTV(liaison), fix: RulesText.fixLiaisonNotBTV)]
    }

    /// R-REVIEW-ATTEND [plan VI]: on each day reviews are held at a cell, its liaison attends.
    func attendance(_ cell: String) -> [Finding] {
        guard ws.units[cell]?.kind == .cell, let liaison = liaisons[cell] else { return [] }
        // Loaded with the units, perhaps before the roster: checked here, once both are in.
        guard ws.members[liaison] != nil else {
            return [Finding(rule: "R-REVIEW-ATTEND", subject: SubjectRef(.organization, cell),
                            problem: RulesText.liaisonUnknown(liaison), fix: RulesText.fixLiaisonUnknown)]
        }
        var days: [String: (day: Day?, attended: Bool)] = [:]
        // Reviews of an earlier round do not count in this one (`recordFindings`).
        for rv in reviewsByVenue[cell] ?? [] where !(rv.date.map(isBeforeRound) ?? false) {
            let d = rv.date?.description ?? "-"
            // The liaison reviewed there that day (as a member of the cell) was present.
            let reviewed = rv.subject.id == liaison && (rv.subject.cls == .member || rv.subject.cls == .leader)
            days[d] = (rv.date, (days[d]?.attended ?? false) || reviewed || rv.attended.contains(liaison))
        }
        return days.filter { !$0.value.attended }.sorted { $0.key < $1.key }.map { d in
            // The fix names one of that day's reviews (the cell's own first) with everyone
            // already recorded at it: `--attended` lists all who were present.
            let that = (reviewsByVenue[cell] ?? []).filter { $0.date == d.value.day }
                .min { ($0.subject.cls == .organization ? 0 : 1, $0.key) < ($1.subject.cls == .organization ? 0 : 1, $1.key) }
            let command = that.map { "review \($0.subject.id) --at \(cell)\($0.date == nil ? "" : " --on \($0.date!)") --attended \(($0.attended + [liaison]).joined(separator: ","))" }
            return Finding(rule: "R-REVIEW-ATTEND", subject: SubjectRef(.organization, cell),
                           problem: RulesText.liaisonAbsent(liaison, d.value.day), fix: RulesText.fixAttend(command ?? "--attended \(liaison)"))
        }
    }
}

extension WardFacts {
    /// R-CADRE-BASIS: a civil servant's party grade above the workplace grade it may rest on
    /// (plan VII.1), a warning; `why` says it too. A leader the ward grades as one (the Front's
    /// chair, a union's) has that cadre grade in kd: where no workplace grade is recorded, it is
    /// the basis, so a head capped as a leader and kept two levels higher as a party member is
    /// said (plan audit 50b).
    func basisFinding(_ ref: SubjectRef, final: Level) -> Finding? {
        guard ref.cls == .member, let m = ws.members[ref.id] else { return nil }
        if m.civilServant, let basis = m.workplaceLevel {
            guard final > basis else { return nil }
            return Finding(rule: "R-CADRE-BASIS", subject: ref, severity: .warning,
                           problem: RulesText.aboveBasis(final, basis, m.workplaceStage ?? .proposed), fix: RulesText.fixBasis(basis))
        }
        guard let basis = leaderGradeBasis(ref.id), final > basis else { return nil }
        return Finding(rule: "R-CADRE-BASIS", subject: ref, severity: .warning,
                       problem: RulesText.aboveLeaderGrade(final, basis), fix: RulesText.fixLeaderBasis(basis))
    }

    /// A person's own leader grade as it stands (final), when the round grades them as a leader
    /// and the ward has proposed or decided it: a self grade is no basis.
    func leaderGradeBasis(_ id: String) -> Level? {
        let leader = SubjectRef(.leader, id)
        guard gradeBlock(leader) == nil, let eff = ws.effective(leader), eff.stage != .`self` else { return nil }
        return ws.finalLevel(leader)
    }
}
