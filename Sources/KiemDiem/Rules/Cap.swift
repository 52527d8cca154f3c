/// One lowering step of a subject's level, in the order `cap` applies them.
public struct CapStep: Hashable, Sendable {
    public var rule: String
    public var from: Level
    public var to: Level
    public var reason: Message
}

/// How one subject's final level comes about.
///
/// `cap` keeps one for each graded subject while it works (5.9M in a national round): the
/// lists, empty for most subjects, share one box, so an outcome is 48 bytes instead of 72.
public struct Outcome: Sendable {
    public var subject: SubjectRef
    public var effective: Level
    public var stage: Stage
    public var final: Level
    private var lists: Lists?
    public var quotaGroup: String?

    private final class Lists: Sendable {
        let ceilings: [Ceiling], overridden: [Ceiling], steps: [CapStep]
        init(_ ceilings: [Ceiling], _ overridden: [Ceiling], _ steps: [CapStep]) {
            self.ceilings = ceilings
            self.overridden = overridden
            self.steps = steps
        }
    }

    public init(subject: SubjectRef, effective: Level, stage: Stage, final: Level) {
        self.subject = subject
        self.effective = effective
        self.stage = stage
        self.final = final
    }

    /// Hard ceilings that apply, and those the competent body overrode (`--override`).
    public var ceilings: [Ceiling] {
        get { lists?.ceilings ?? [] }
        set { setLists(newValue, overridden, steps) }
    }
    public var overridden: [Ceiling] {
        get { lists?.overridden ?? [] }
        set { setLists(ceilings, newValue, steps) }
    }
    public var steps: [CapStep] {
        get { lists?.steps ?? [] }
        set { setLists(ceilings, overridden, newValue) }
    }

    private mutating func setLists(_ c: [Ceiling], _ o: [Ceiling], _ s: [CapStep]) {
        lists = c.isEmpty && o.isEmpty && s.isEmpty ? nil : Lists(c, o, s)
    }
}

/// A quota group's arithmetic (R-QUOTA), on the levels it was given.
public struct QuotaGroup: Sendable {
    public var key: String
    public var excellent: Int
    public var good: Int
    public var allowed: Int
    /// Excellent subjects best first.
    public var ranking: [SubjectRef]
    public var lowered: [SubjectRef]
    /// A tie across the cut: kd lowers none of them; the committee keeps `slots` of them.
    public var tied: [SubjectRef]
    public var slots: Int
    /// The rate applied (percent): the setting, or a rulebook's raised rate (R366-QUOTA).
    public var rate: Int = 0
}

public struct CapResult: Sendable {
    public var outcomes: [String: Outcome] = [:]
    public var groups: [QuotaGroup] = []
    /// What to record: one adjustment for each subject whose final level differs.
    public var adjustments: [String: Adjustment] = [:]
    /// The subjects of `adjustments`, in subject order (`WardFacts.allSubjects()`).
    public var adjusted: [SubjectRef] = []
    /// Heads whose body has no grade yet (R-HEAD-CAP cannot be applied).
    public var headsWithoutBody: [(head: SubjectRef, body: SubjectRef)] = []
    /// Heads (outside the cells) with no leader grade yet whose body is graded below their
    /// member grade: the head cap waits for the leader grade (`leader:ID`, the cap it will meet).
    public var headsWithoutLeaderGrade: [(head: SubjectRef, cap: Ceiling)] = []
    /// Heads whose grade the upper level decided above their body's level: kept, and said.
    public var upperAboveHeadCap: [(head: SubjectRef, decided: Level, cap: Ceiling)] = []
}

extension WardFacts {
    /// The subjects graded this round with a grade at some stage, in subject order, each with
    /// its own ceilings applied and its rank: the first step of `cap`, and most of its time on a
    /// big round. No subject's result depends on another's: a big round does it on two cores
    /// (`TwoCores`; `split`, for tests: where to cut, on any size).
    /// Each outcome holds its subject: no separate list of them (at national size, 140 MB more
    /// at the peak of `cap`).
    func cappedAlone(split: Int? = nil) -> (outcomes: [Outcome], ranks: [RankKey]) {
        let all = allSubjects()
        func run(_ range: Range<Int>, capacity: Int) -> (outcomes: [Outcome], ranks: [RankKey]) {
            var o: [Outcome] = [], r: [RankKey] = []
            o.reserveCapacity(capacity)
            r.reserveCapacity(capacity)
            for n in range {
                if Interrupt.stops(at: n) { break }
                let ref = all[n]
                if isBlocked(ref) { continue }
                guard let g = ws.grades[ref.key], let eff = g.effective else { continue }
                o.append(ceilinged(ref, stage: eff.stage, record: eff.record))
                var rank = RankKey(g)
                if rank.score < 0, let s = sheetScore(ref) { rank.score = s.hundredths }
                r.append(rank)
            }
            return (o, r)
        }
        guard let cut = TwoCores.cut(all.count, forced: split) else { return run(all.indices, capacity: all.count) }
        // The first half is made with room for all and the second appended to it: one copy of
        // the second half, not of both.
        var (first, second) = onTwoCores(all.count, cut: cut) { range in
            run(range, capacity: range.lowerBound == 0 ? all.count : range.count)
        }
        first.outcomes += second.outcomes
        first.ranks += second.ranks
        second = ([], [])
        return first
    }

    /// `cap`: hard ceilings, then R-HEAD-CAP, then R-QUOTA, on the effective levels. Bodies
    /// (organizations, collectives) are finished, quota included, before their heads are capped
    /// against them. Computed from the effective levels only, so running it again is a no-op.
    /// The work is done on arrays by subject position; the outcomes are keyed once, at the end
    /// (a national roster is 11M subjects, and each keyed lookup is a cache miss).
    /// `keepOutcomes: false` leaves `outcomes` empty (the verb records adjustments only; at
    /// national size the table of every subject's outcome is most of the command's memory).
    /// `split`: see `cappedAlone`.
    public func cap(keepOutcomes: Bool = true, split: Int? = nil) -> CapResult {
        var res = CapResult()
        // A subject's own ceilings do not depend on anyone else's level: all of them first.
        let ranks: [RankKey]
        var outcomes: [Outcome]
        (outcomes, ranks) = cappedAlone(split: split)
        let bodies = outcomes.indices.filter { outcomes[$0].subject.cls == .organization || outcomes[$0].subject.cls == .collective }
        let people = outcomes.indices.filter { outcomes[$0].subject.cls == .leader || outcomes[$0].subject.cls == .member }

        res.groups += applyQuota(bodies, ranks, &outcomes, split: split)
        var bodyAt: [String: Int] = [:]
        for i in bodies { bodyAt[outcomes[i].subject.key] = i }
        for (head, cap) in headCaps(people, outcomes, final: { bodyAt[$0.key].map { outcomes[$0].final } },
                                    missing: &res.headsWithoutBody, waiting: &res.headsWithoutLeaderGrade) {
            guard cap.level < outcomes[head].final else { continue }
            // The ward's rule does not lower what the upper level decided (plan V.1: it decides
            // those posts; their quota is its own too): said instead, by `check`, `why` and `cap`.
            if decidedByUpper(outcomes[head]) {
                outcomes[head].overridden.append(cap)
                res.upperAboveHeadCap.append((outcomes[head].subject, outcomes[head].final, cap))
                continue
            }
            outcomes[head].steps.append(CapStep(rule: cap.rule, from: outcomes[head].final, to: cap.level, reason: cap.reason))
            outcomes[head].final = cap.level
        }
        res.groups += applyQuota(people, ranks, &outcomes, split: split)

        if keepOutcomes {
            res.outcomes.reserveCapacity(outcomes.count)
            for o in outcomes { res.outcomes[o.subject.key] = o }
        }
        // By position, not `for o in outcomes`: copying each of millions of outcomes (and
        // retaining its lists) to find the few that changed was a quarter of `cap`.
        let changed = outcomes.indices.filter { outcomes[$0].final != outcomes[$0].effective }
        res.adjustments.reserveCapacity(changed.count)  // sized once, not rehashed at each doubling
        res.adjusted.reserveCapacity(changed.count)
        for i in changed {
            let o = outcomes[i]
            guard let last = o.steps.last else { continue }
            res.adjustments[o.subject.key] = Adjustment(subject: o.subject, from: o.effective, to: o.final, rule: last.rule, reason: last.reason)
            res.adjusted.append(o.subject)
        }
        return res
    }

    /// The level is the upper level's decision, which kd keeps as it is. Asked only where a
    /// head cap would lower it (a flag kept in every outcome cost 8 bytes a subject).
    func decidedByUpper(_ o: Outcome) -> Bool {
        o.stage == .decided && ws.grades[o.subject.key]?.decided?.by == .upper
    }

    func ceilinged(_ ref: SubjectRef, stage: Stage, record: GradeRecord) -> Outcome {
        var o = Outcome(subject: ref, effective: record.level, stage: stage, final: record.level)
        let cs = book.hardCeilings(self, ref)
        // A competent body's decision above a hard ceiling, with its reason (`--override`), is
        // kept: `check` shows it as a warning. It covers the hard ceilings only; the head cap and
        // the quota still apply to it.
        if stage == .decided, record.override != nil {
            o.overridden = cs.filter { $0.level < record.level }
        } else {
            o.ceilings = cs
            if let low = cs.min(by: { $0.level < $1.level }), low.level < o.final {
                o.steps.append(CapStep(rule: low.rule, from: o.final, to: low.level, reason: low.reason))
                o.final = low.level
            }
        }
        return o
    }

    /// R-HEAD-CAP [plan VII.2]: each head's grade may not exceed the final level of the body they
    /// head, except heads of residential cells. It caps the leader grade, or the member grade of a
    /// head who has no leader grade (a cell secretary). `people` are positions in `outcomes`;
    /// the caps come back by position.
    func headCaps(_ people: [Int], _ outcomes: [Outcome], final: (SubjectRef) -> Level?,
                  missing: inout [(head: SubjectRef, body: SubjectRef)],
                  waiting: inout [(head: SubjectRef, cap: Ceiling)]) -> [(Int, Ceiling)] {
        guard ws.settings.headCap else { return [] }
        // Most people head nothing: one lookup each finds the few who do, and only their
        // graded subjects are indexed.
        var slots: [String: (leader: Int?, member: Int?)] = [:]
        var heads: [String] = []
        // Asked of a set of the heads, a few percent of the people with posts: the whole index
        // of posts by member is several times the size, and a miss in it for most people.
        let headIDs = Set(positionsByMember.lazy.filter { $0.value.contains(where: \.head) }.map(\.key))
        for i in people {
            let ref = outcomes[i].subject
            guard headIDs.contains(ref.id) else { continue }
            if slots[ref.id] == nil { heads.append(ref.id) }
            if ref.cls == .leader { slots[ref.id, default: (nil, nil)].leader = i } else { slots[ref.id, default: (nil, nil)].member = i }
        }
        var out: [(Int, Ceiling)] = []
        // The lowest cap of the bodies a head is judged on, and those of them with no grade yet.
        func lowest(_ id: String) -> (cap: Ceiling?, ungraded: [SubjectRef]) {
            var best: Ceiling?, ungraded: [SubjectRef] = []
            for p in judgedHeadPosts(id) where !isResidential(p.body) {
                guard let body = bodySubject(p.body), notGraded(body) == nil else { continue }
                guard let lvl = final(body) else { ungraded.append(body); continue }
                let c = Ceiling(rule: "R-HEAD-CAP", level: lvl, reason: RulesText.headCap(ws.displayName(body), lvl))
                if best == nil || lvl < best!.level { best = c }
            }
            return (best, ungraded)
        }
        for id in heads {
            let slot = slots[id]!
            // A member grade is capped only for someone it stands in for a leader grade (a cell
            // secretary): anyone else's member grade is a party member's, apart from their leader
            // grade, which may simply not be entered yet: then a body graded below the member
            // grade is said (`check`, `why`), as the cap waits for the leader grade.
            guard let head = slot.leader ?? slot.member.flatMap({ standsInForLeader(outcomes[$0].subject) ? $0 : nil }) else {
                if let m = slot.member, let c = lowest(id).cap, c.level < outcomes[m].final { waiting.append((SubjectRef(.leader, id), c)) }
                continue
            }
            let (cap, ungraded) = lowest(id)
            missing += ungraded.map { (outcomes[head].subject, $0) }
            if let b = cap { out.append((head, b)) }
        }
        return out
    }

    /// The group a subject's quota is counted in: its class, or class and unit.
    public func quotaGroupKey(_ ref: SubjectRef) -> String {
        quotaGroupKey(ref, byUnit: ws.settings.quotaGrouping(for: ref.cls) == .unit)
    }

    /// `quotaGroupKey` with the class's grouping read by the caller: once per pass, not per
    /// subject (the setting is looked up by the class's name, 13% of `cap`'s grouping at 1M).
    func quotaGroupKey(_ ref: SubjectRef, byUnit: Bool) -> String {
        guard byUnit else { return ref.cls.rawValue }
        let unit: String?
        switch ref.cls {
        case .organization: unit = ws.units[ref.id]?.parent
        case .collective: unit = ws.collectives[ref.id]?.unit
        case .member, .leader: unit = ws.members[ref.id]?.unit
        }
        // Appended, not interpolated: this runs for every graded subject of `cap` and reports.
        var key = ref.cls.rawValue
        key.append("/")
        key.append(unit ?? "-")
        return key
    }

    /// R-QUOTA on the subjects at `refs` (positions in `outcomes`), lowering in `outcomes`.
    func applyQuota(_ refs: [Int], _ ranks: [RankKey], _ outcomes: inout [Outcome],
                    split: Int? = nil) -> [QuotaGroup] {
        let groups = quota(refs, outcomes, ranks, split: split)
        var out: [QuotaGroup] = []
        out.reserveCapacity(groups.count)
        for (g, ranking, lowered) in groups {
            for i in ranking { outcomes[i].quotaGroup = g.key }
            if !lowered.isEmpty {
                // Once per group; a raised rate (R366-QUOTA, an outstanding unit) is named in it,
                // as the adjustment's rule stays R-QUOTA (2025 audit).
                let reason = g.rate != ws.settings.quota ? RulesText.quotaLoweredRaised(g.key, g.allowed, g.excellent, g.rate)
                    : RulesText.quotaLowered(g.key, g.allowed, g.excellent)
                for i in lowered {
                    outcomes[i].steps.append(CapStep(rule: "R-QUOTA", from: outcomes[i].final, to: .HTTNV, reason: reason))
                    outcomes[i].final = .HTTNV
                }
            }
            out.append(g)
        }
        return out
    }

    /// R-QUOTA on the outcomes' final levels. With base `good`, each lowered subject joins the good count,
    /// so the most that may stay excellent is e = min(E, ⌊rate·(G+E)/(100+rate)⌋); with base
    /// `good-or-better` it is ⌊rate·(G+E)/100⌋. Integers only. Excess subjects are lowered lowest
    /// ranked first (score, then votes, descending; no score ranks below any score). When the
    /// last kept and the first lowered rank equal, the whole tied set keeps its level and is
    /// reported: the committee, not kd, chooses among equals. Subjects ranked below the tie are
    /// still lowered, since they would be whatever the committee chooses.
    /// `refs` are positions in `outcomes` (and `ranks`); groups come in order of first member,
    /// each with its ranking and lowered subjects by position too. `split`: see `cappedAlone`.
    func quota(_ refs: [Int], _ outcomes: [Outcome], _ ranks: [RankKey], split: Int? = nil)
        -> [(group: QuotaGroup, ranking: [Int], lowered: [Int])] {
        // Each subject's group, nil when it does not count here: a lookup or two per subject,
        // on two cores for a big round (`TwoCores`), each half writing its own slots.
        var groupOf = [String?](repeating: nil, count: refs.count)
        let byUnit = SubjectClass.allCases.filter { ws.settings.quotaGrouping(for: $0) == .unit }
        groupOf.withUnsafeMutableBufferPointer { out in
            func fill(_ range: Range<Int>) {
                for n in range {
                    // Subjects the upper level decides (the committee itself, its BCH and BTV,
                    // posts it manages) count in the upper level's quota, not in the ward's.
                    let i = refs[n]
                    guard outcomes[i].final >= .HTTNV, competentBody(outcomes[i].subject) != .upper else { continue }
                    let ref = outcomes[i].subject
                    out[n] = quotaGroupKey(ref, byUnit: byUnit.contains(ref.cls))
                }
            }
            if let cut = TwoCores.cut(refs.count, forced: split) {
                _ = onTwoCores(refs.count, cut: cut, fill)
            } else {
                fill(0..<refs.count)
            }
        }
        // Each group's subjects (positions, in subject order), groups in order of their first
        // subject: numbered in one pass, then laid out in one flat array by group (a counting
        // sort). Not an array per group: at national size that was 140,000 arrays and millions
        // of appends into arrays nested in an array (1M members: cap 2.02 -> 1.91 s).
        var slot: [String: Int] = [:]
        var keys: [String] = []
        // Group g's subjects go at start[g]..<start[g + 1]: counted first, then summed.
        var start = [0]
        var groupNo = [Int32](repeating: -1, count: refs.count)
        for n in refs.indices {
            guard let k = groupOf[n] else { continue }
            let g: Int
            if let known = slot[k] {
                g = known
            } else {
                g = keys.count
                slot[k] = g
                keys.append(k)
                start.append(0)
            }
            groupNo[n] = Int32(g)
            start[g + 1] += 1
        }
        groupOf = []
        for g in keys.indices { start[g + 1] += start[g] }
        var flat = [Int](repeating: 0, count: start[keys.count])
        var next = start
        for n in refs.indices where groupNo[n] >= 0 {
            let g = Int(groupNo[n])
            flat[next[g]] = refs[n]
            next[g] += 1
        }
        var out: [(group: QuotaGroup, ranking: [Int], lowered: [Int])] = []
        out.reserveCapacity(keys.count)
        for (n, k) in keys.enumerated() {
            let all = flat[start[n]..<start[n + 1]]
            let rate = book.quotaRate(self, group: k).rate
            // Best first; equal ranks keep the subjects' order (positions ascend with it).
            let ex = all.filter { outcomes[$0].final == .HTXSNV }.sorted { a, b in ranks[a] != ranks[b] ? ranks[a] > ranks[b] : a < b }
            let e = ex.count, g = all.count - e
            let cap = ws.settings.quotaBase == .good ? rate * (g + e) / (100 + rate) : rate * (g + e) / 100
            let allowed = min(e, cap)
            var group = QuotaGroup(key: k, excellent: e, good: g, allowed: allowed, ranking: ex.map { outcomes[$0].subject },
                                   lowered: [], tied: [], slots: 0, rate: rate)
            var lowered: [Int] = []
            if e > allowed {
                let cutKey = ranks[ex[allowed]]
                let tieAtCut = allowed > 0 && ranks[ex[allowed - 1]] == cutKey
                if tieAtCut {
                    let above = ex.filter { ranks[$0] > cutKey }.count
                    group.tied = ex.filter { ranks[$0] == cutKey }.map { outcomes[$0].subject }
                    group.slots = allowed - above
                    lowered = ex.filter { ranks[$0] < cutKey }
                } else {
                    lowered = Array(ex[allowed...])
                }
                group.lowered = lowered.map { outcomes[$0].subject }
            }
            out.append((group, ex, lowered))
        }
        return out
    }
}

extension RankKey {
    /// Score (or common + results) then votes, both descending; absent values rank lowest. Each
    /// from the latest stage that records it: a decision that gives only the level keeps the
    /// score the proposal ranked by (else it would fall to the bottom of its quota group). The
    /// self grade's score and votes rank only while it is the only stage, both alike.
    init(_ g: GradeSet) {
        self.init(score: g.latestTotal?.hundredths ?? -1, votes: g.latestVotes ?? -1)
    }
}

struct RankKey: Comparable, Hashable {
    var score: Int
    var votes: Int
    static func < (a: RankKey, b: RankKey) -> Bool { (a.score, a.votes) < (b.score, b.votes) }
}
