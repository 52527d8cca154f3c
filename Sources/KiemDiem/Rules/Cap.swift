/// One lowering step of a subject's level, in the order `cap` applies them.
public struct CapStep: Hashable, Sendable {
    public var rule: String
    public var from: Level
    public var to: Level
    public var reason: Message
}

/// How one subject's final level comes about.
public struct Outcome: Sendable {
    public var subject: SubjectRef
    public var effective: Level
    public var stage: Stage
    /// Hard ceilings that apply, and those the competent body overrode (`--override`).
    public var ceilings: [Ceiling] = []
    public var overridden: [Ceiling] = []
    public var steps: [CapStep] = []
    public var quotaGroup: String?
    public var final: Level
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
    /// Heads whose body has no grade yet (R-HEAD-CAP cannot be applied).
    public var headsWithoutBody: [(head: SubjectRef, body: SubjectRef)] = []
}

extension WardFacts {
    /// Subjects that are graded this round and have a grade at some stage.
    func graded() -> [SubjectRef] {
        allSubjects().filter { !isBlocked($0) && ws.grades[$0.key]?.isEmpty == false }
    }

    /// `cap`: hard ceilings, then R-HEAD-CAP, then R-QUOTA, on the effective levels. Bodies
    /// (organizations, collectives) are finished, quota included, before their heads are capped
    /// against them. Computed from the effective levels only, so running it again is a no-op.
    public func cap() -> CapResult {
        var res = CapResult()
        let subjects = graded()
        res.outcomes.reserveCapacity(subjects.count)
        let bodies = subjects.filter { $0.cls == .organization || $0.cls == .collective }
        let people = subjects.filter { $0.cls == .leader || $0.cls == .member }

        for ref in bodies { res.outcomes[ref.key] = ceilinged(ref) }
        applyQuota(bodies, &res)
        for ref in people { res.outcomes[ref.key] = ceilinged(ref) }
        for (head, cap) in headCaps(people, final: { res.outcomes[$0.key]?.final }, missing: &res.headsWithoutBody) {
            guard var o = res.outcomes[head.key] else { continue }
            if cap.level < o.final {
                o.steps.append(CapStep(rule: cap.rule, from: o.final, to: cap.level, reason: cap.reason))
                o.final = cap.level
                res.outcomes[head.key] = o
            }
        }
        applyQuota(people, &res)

        for ref in subjects {
            guard let o = res.outcomes[ref.key], o.final != o.effective, let last = o.steps.last else { continue }
            res.adjustments[ref.key] = Adjustment(subject: ref, from: o.effective, to: o.final, rule: last.rule, reason: last.reason)
        }
        return res
    }

    func ceilinged(_ ref: SubjectRef) -> Outcome {
        let eff = ws.effective(ref)!
        var o = Outcome(subject: ref, effective: eff.record.level, stage: eff.stage, final: eff.record.level)
        let cs = book.hardCeilings(self, ref)
        // A competent body's decision above a hard ceiling, with its reason (`--override`), is
        // kept: `check` shows it as a warning. It covers the hard ceilings only; the head cap and
        // the quota still apply to it.
        if eff.stage == .decided, eff.record.override != nil {
            o.overridden = cs.filter { $0.level < eff.record.level }
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
    /// head who has no leader grade (a cell secretary).
    func headCaps(_ people: [SubjectRef], final: (SubjectRef) -> Level?,
                  missing: inout [(head: SubjectRef, body: SubjectRef)]) -> [(SubjectRef, Ceiling)] {
        guard ws.settings.headCap else { return [] }
        var gradedPeople: Set<SubjectRef>?
        var out: [(SubjectRef, Ceiling)] = []
        var seen = Set<String>()
        for ref in people {
            // Most people head nothing: one lookup, before any set is built or consulted.
            guard let ps = positionsByMember[ref.id], ps.contains(where: \.head), seen.insert(ref.id).inserted else { continue }
            if gradedPeople == nil { gradedPeople = Set(people) }
            let leader = SubjectRef(.leader, ref.id), member = SubjectRef(.member, ref.id)
            let head = gradedPeople!.contains(leader) ? leader : member
            guard gradedPeople!.contains(head) else { continue }
            var best: Ceiling?
            for p in ps where p.head && !isResidential(p.body) {
                guard let body = bodySubject(p.body), notGraded(body) == nil else { continue }
                guard let lvl = final(body) else { missing.append((head, body)); continue }
                let c = Ceiling(rule: "R-HEAD-CAP", level: lvl, reason: RulesText.headCap(ws.displayName(body), lvl))
                if best == nil || lvl < best!.level { best = c }
            }
            if let b = best { out.append((head, b)) }
        }
        return out
    }

    /// The group a subject's quota is counted in: its class, or class and unit.
    public func quotaGroupKey(_ ref: SubjectRef) -> String {
        guard ws.settings.quotaGrouping(for: ref.cls) == .unit else { return ref.cls.rawValue }
        let unit: String?
        switch ref.cls {
        case .organization: unit = ws.units[ref.id]?.parent
        case .collective: unit = ws.collectives[ref.id]?.unit
        case .member, .leader: unit = ws.members[ref.id]?.unit
        }
        return "\(ref.cls.rawValue)/\(unit ?? "-")"
    }

    func applyQuota(_ refs: [SubjectRef], _ res: inout CapResult) {
        let groups = quota(refs) { res.outcomes[$0.key]?.final }
        for g in groups {
            for ref in g.ranking { res.outcomes[ref.key]?.quotaGroup = g.key }
            for ref in g.lowered {
                guard var o = res.outcomes[ref.key] else { continue }
                o.steps.append(CapStep(rule: "R-QUOTA", from: o.final, to: .HTTNV,
                                       reason: RulesText.quotaLowered(g.key, g.allowed, g.excellent)))
                o.final = .HTTNV
                res.outcomes[ref.key] = o
            }
        }
        res.groups += groups
    }

    /// R-QUOTA on the given levels. With base `good`, each lowered subject joins the good count,
    /// so the most that may stay excellent is e = min(E, ⌊rate·(G+E)/(100+rate)⌋); with base
    /// `good-or-better` it is ⌊rate·(G+E)/100⌋. Integers only. Excess subjects are lowered lowest
    /// ranked first (score, then votes, descending; no score ranks below any score). When the
    /// last kept and the first lowered rank equal, the whole tied set keeps its level and is
    /// reported: the committee, not kd, chooses among equals. Subjects ranked below the tie are
    /// still lowered, since they would be whatever the committee chooses.
    public func quota(_ refs: [SubjectRef], level: (SubjectRef) -> Level?) -> [QuotaGroup] {
        // Each subject's level is looked up once: (subject, excellent) per group.
        var members: [String: [(SubjectRef, Bool)]] = [:]
        var order: [String] = []
        for ref in refs {
            // Subjects the upper level decides (the committee itself, its BCH and BTV, posts it
            // manages) count in the upper level's quota, not in the groups of the ward's.
            guard let l = level(ref), l >= .HTTNV, competentBody(ref) != .upper else { continue }
            let k = quotaGroupKey(ref)
            if members[k] == nil { order.append(k) }
            members[k, default: []].append((ref, l == .HTXSNV))
        }
        var out: [QuotaGroup] = []
        for k in order {
            let all = members[k]!
            let rate = book.quotaRate(self, group: k).rate
            let ex = all.filter(\.1).map(\.0)
            let e = ex.count, g = all.count - e
            let cap = ws.settings.quotaBase == .good ? rate * (g + e) / (100 + rate) : rate * (g + e) / 100
            let allowed = min(e, cap)
            let ranked = ex.map { ($0, rankKey($0)) }.enumerated()
                .sorted { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }
                .map(\.element)
            var group = QuotaGroup(key: k, excellent: e, good: g, allowed: allowed, ranking: ranked.map(\.0),
                                   lowered: [], tied: [], slots: 0, rate: rate)
            if e > allowed {
                let cutKey = ranked[allowed].1
                let tieAtCut = allowed > 0 && ranked[allowed - 1].1 == cutKey
                if tieAtCut {
                    let above = ranked.filter { $0.1 > cutKey }.count
                    group.tied = ranked.filter { $0.1 == cutKey }.map(\.0)
                    group.slots = allowed - above
                    group.lowered = ranked.filter { $0.1 < cutKey }.map(\.0)
                } else {
                    group.lowered = ranked[allowed...].map(\.0)
                }
            }
            out.append(group)
        }
        return out
    }

    /// Score (or common + results) then votes, both descending; absent values rank lowest.
    func rankKey(_ ref: SubjectRef) -> RankKey {
        let r = rankRecord(ref)
        return RankKey(score: r?.total?.hundredths ?? -1, votes: r?.votes ?? -1)
    }
}

struct RankKey: Comparable, Hashable {
    var score: Int
    var votes: Int
    static func < (a: RankKey, b: RankKey) -> Bool { (a.score, a.votes) < (b.score, b.votes) }
}
