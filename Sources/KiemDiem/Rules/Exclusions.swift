/// R-EXCL-EXEMPT, R-EXCL-SUSPENDED, R-EXCL-NEW [domain.md §2; plan II.1, V.2; QĐ124 Đ5; QĐ366 Đ5.2.1]:
/// who is neither reviewed nor graded, derived from the roster and the reference date.
public enum ExclusionRules {
    public static let exempt = "R-EXCL-EXEMPT"
    public static let suspended = "R-EXCL-SUSPENDED"
    public static let new = "R-EXCL-NEW"

    /// Admitted less than 6 months before the reference date; exactly 6 months is not new.
    public static func isNew(admitted: Day, asOf: Day) -> Bool {
        asOf < admitted.adding(months: 6)
    }

    /// The exclusion the rules give a member, or nil when they are reviewed and graded.
    public static func derive(_ m: Member, asOf: Day) -> Exclusion? {
        derive(status: m.status, admitted: m.admitted, asOf: asOf).map { Exclusion(subject: m.id, reason: $0.reason, rule: $0.rule) }
    }

    /// The rule and reason from the two fields it depends on (callers that look a member up by
    /// id need not copy the whole Member out of the table).
    public static func derive(status: Member.Status, admitted: Day?, asOf: Day) -> (rule: String, reason: Exclusion.Reason)? {
        switch status {
        case .exempt: return (exempt, .exempt)
        case .suspended: return (suspended, .suspended)
        case .active:
            guard let a = admitted, isNew(admitted: a, asOf: asOf) else { return nil }
            return (new, .newMember)
        }
    }

    /// What `exclude --auto` changes: exclusions to add or update, and rule-derived exclusions
    /// that no longer hold. Hand exclusions (no rule) are never touched. Sorted by member id.
    /// The roster is walked in two halves on two cores from `TwoCores.from` members (`split`:
    /// tests force a cut); each member's answer depends on nothing else, and the lists are
    /// sorted after, so the plan is the same wherever the cut falls.
    public static func plan(_ ws: Workspace, asOf: Day, split: Int? = nil) -> (set: [Exclusion], lift: [Exclusion], unchanged: Int) {
        // Two fields read where they are stored, not each Member copied out (retaining its
        // texts); and no lookup at all while nobody is excluded (the first run of a round).
        let members = ws.members, none = ws.exclusions.isEmpty
        func walk(_ range: Range<Dictionary<String, Member>.Index>) -> (set: [Exclusion], lift: [Exclusion], unchanged: Int) {
            var set: [Exclusion] = []
            var lift: [Exclusion] = []
            var unchanged = 0
            for i in members.indices[range] {
                let id = members.keys[i]
                let current = none ? nil : ws.exclusions[id]
                if let c = current, c.rule == nil { continue }
                let derived = derive(status: members.values[i].status, admitted: members.values[i].admitted, asOf: asOf)
                    .map { Exclusion(subject: id, reason: $0.reason, rule: $0.rule) }
                switch (current, derived) {
                case (nil, let d?): set.append(d)
                case (let c?, nil): lift.append(c)
                case (let c?, let d?): if c == d { unchanged += 1 } else { set.append(d) }
                case (nil, nil): break
                }
            }
            return (set, lift, unchanged)
        }
        var plan: (set: [Exclusion], lift: [Exclusion], unchanged: Int)
        if let cut = TwoCores.cut(members.count, forced: split) {
            // Where the cut falls among the table's slots: a walk of its bitmap, not of the members.
            // A half's bounds are 0, the cut or the end, each one slot.
            let mid = members.index(members.startIndex, offsetBy: cut)
            let slot = { (k: Int) in k == 0 ? members.startIndex : k == cut ? mid : members.endIndex }
            let (first, second) = TwoCores.halves(members.count, cut: cut) { r in walk(slot(r.lowerBound)..<slot(r.upperBound)) }
            plan = (first.set + second.set, first.lift + second.lift, first.unchanged + second.unchanged)
        } else {
            plan = walk(members.startIndex..<members.endIndex)
        }
        // Exclusions of members no longer on the roster go too.
        for (id, e) in ws.exclusions where !ws.members.keys.contains(id) && e.rule != nil { plan.lift.append(e) }
        return (plan.set.sorted { $0.subject < $1.subject }, plan.lift.sorted { $0.subject < $1.subject }, plan.unchanged)
    }
}
