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
    public static func plan(_ ws: Workspace, asOf: Day) -> (set: [Exclusion], lift: [Exclusion], unchanged: Int) {
        var set: [Exclusion] = []
        var lift: [Exclusion] = []
        var unchanged = 0
        // Two fields read where they are stored, not each Member copied out (retaining its
        // texts); and no lookup at all while nobody is excluded (the first run of a round).
        let members = ws.members, none = ws.exclusions.isEmpty
        for i in members.indices {
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
        // Exclusions of members no longer on the roster go too.
        for (id, e) in ws.exclusions where !ws.members.keys.contains(id) && e.rule != nil { lift.append(e) }
        return (set.sorted { $0.subject < $1.subject }, lift.sorted { $0.subject < $1.subject }, unchanged)
    }
}
