/// The subjects of each class in report order: people in Vietnamese name order (given name, then
/// middle, then family), organizations committee first then by code, collectives by code.
enum Subjects {
    /// `order`: every member id in name order, where the caller has it at hand (the shell keeps
    /// it between commands): sorting a province's roster again took a tenth of `report members`.
    static func all(_ ws: Workspace, _ cls: SubjectClass, sorted: Bool = true, order: [String]? = nil) -> [SubjectRef] {
        if !sorted {
            // Counting needs no order: skip the name collation keys.
            switch cls {
            case .member: return ws.members.keys.map { SubjectRef(.member, $0) }
            case .leader: return Set(ws.positions.values.map(\.member)).filter { ws.members.keys.contains($0) }.map { SubjectRef(.leader, $0) }
            default: break
            }
        }
        switch cls {
        case .member:
            return (order ?? people(ws, ws.members.keys)).map { SubjectRef(.member, $0) }
        case .leader:
            let ids = Set(ws.positions.values.map(\.member)).filter { ws.members.keys.contains($0) }
            return (order.map { $0.filter(ids.contains) } ?? people(ws, ids)).map { SubjectRef(.leader, $0) }
        case .organization:
            // Sorted as (committee first, code) pairs: sorting the units moved whole records.
            let graded = ws.units.values.lazy.filter(\.isGraded).map { unitPlace($0.kind, $0.code) }
            return (sorted ? graded.sorted(by: <) : Array(graded)).map { SubjectRef(.organization, $0.1) }
        case .collective:
            return (sorted ? ws.collectives.keys.sorted() : Array(ws.collectives.keys)).map { SubjectRef(.collective, $0) }
        }
    }

    /// `all` in report order, with the name order the context holds.
    static func all(_ ctx: ReportContext, _ cls: SubjectClass) -> [SubjectRef] {
        all(ctx.workspace, cls, order: cls == .member || cls == .leader ? ctx.peopleInNameOrder?() : nil)
    }

    /// Where a unit stands in the reports' order: the committee first, then by code.
    static func unitPlace(_ kind: Unit.Kind?, _ code: String) -> (Int, String) { (kind == .committee ? 0 : 1, code) }

    /// Member ids sorted by name, then by id (an id not on the roster sorts as its own name):
    /// the roster's way (`WardFacts.peopleInNameOrder`), each distinct name keyed once. A
    /// national round excludes 266,712 members under 25,813 names; keying each member's name
    /// took most of `exclude --auto`'s 1.2 s there.
    static func people<S: Sequence>(_ ws: Workspace, _ ids: S) -> [String] where S.Element == String {
        let list = Array(ids)
        return WardFacts.peopleInNameOrder(ids: list, names: list.map { ws.members[$0]?.name ?? $0 })
    }

    /// The unit a subject belongs to: a person's cell, an organization's parent (itself for the
    /// committee), a collective's unit.
    static func unit(_ ws: Workspace, _ ref: SubjectRef) -> String? {
        switch ref.cls {
        case .member, .leader: return ws.members[ref.id]?.unit
        case .organization: return ws.units[ref.id].map { $0.parent ?? $0.code }
        case .collective: return ws.collectives[ref.id]?.unit
        }
    }

    /// Whether `--unit U` keeps the subject, read as `list --unit U` reads it: U itself (an
    /// organization), or anything under U — a member whose cell or party group is U or lies
    /// under it, an organization under it, a collective of U or of a unit under it. A party
    /// group is not graded: `--unit` on it keeps its members.
    static func inUnit(_ ws: Workspace, _ ref: SubjectRef, _ u: String) -> Bool {
        switch ref.cls {
        case .member, .leader:
            guard let m = ws.members[ref.id] else { return false }
            return m.unit == u || m.group == u || isUnder(ws, m.unit, u)
        case .organization:
            return ref.id == u || isUnder(ws, ref.id, u)
        case .collective:
            guard let c = ws.collectives[ref.id]?.unit else { return false }
            return c == u || isUnder(ws, c, u)
        }
    }

    /// Whether `ancestor` is a strict ancestor of `unit` (bounded: a cycle in the parents ends).
    static func isUnder(_ ws: Workspace, _ unit: String, _ ancestor: String) -> Bool {
        var cur = ws.units[unit]?.parent
        var steps = 0
        while let c = cur, steps <= ws.units.count {
            if c == ancestor { return true }
            cur = ws.units[c]?.parent
            steps += 1
        }
        return false
    }

    /// The subjects a report covers after `--unit`, `--class` and `--level`.
    static func filtered(_ ctx: ReportContext, _ classes: [SubjectClass], sorted: Bool = true) -> [SubjectRef] {
        let ws = ctx.workspace
        var out: [SubjectRef] = []
        for c in classes where ctx.filter.cls == nil || ctx.filter.cls == c {
            for ref in sorted ? all(ctx, c) : all(ws, c, sorted: false) {
                if let u = ctx.filter.unit, !inUnit(ws, ref, u) { continue }
                if let l = ctx.filter.level, ctx.final(ref) != l { continue }
                out.append(ref)
            }
        }
        return out
    }
}

extension Reports {
    /// How many members `--unit U` keeps for each unit (`Subjects.inUnit`): a member counts in
    /// its cell, its party group and every unit above its cell. One walk up per cell and group,
    /// not per member.
    public static func memberCounts(_ ws: Workspace) -> [String: Int] {
        struct Place: Hashable { let unit: String, group: String? }
        var places: [Place: Int] = [:]
        for m in ws.members.values { places[Place(unit: m.unit, group: m.group), default: 0] += 1 }
        var counts: [String: Int] = [:]
        for (p, n) in places {
            var units: Set = [p.unit]
            if let g = p.group { units.insert(g) }
            var cur = ws.units[p.unit]?.parent
            // A cycle in the parents ends where it comes round.
            while let c = cur, units.insert(c).inserted { cur = ws.units[c]?.parent }
            for u in units { counts[u, default: 0] += n }
        }
        return counts
    }

    /// Member ids in the reports' order of people: by Vietnamese name (given name first), then id.
    public static func inNameOrder(_ ws: Workspace, _ ids: [String]) -> [String] { Subjects.people(ws, ids) }

    /// Whether `--unit U` keeps the subject (`Subjects.inUnit`), for the shell's verbs that
    /// filter by unit outside a report (`expect count … unit=U`, the review plan): one reading
    /// of a unit everywhere.
    public static func isInUnit(_ ws: Workspace, _ ref: SubjectRef, _ unit: String) -> Bool {
        Subjects.inUnit(ws, ref, unit)
    }
}
