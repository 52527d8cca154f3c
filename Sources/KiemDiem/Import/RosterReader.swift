/// Reads roster rows into members, with what it learns on the way: what each unit or group code
/// is (a roster names a few thousand codes a million times, and a lookup copies the whole unit
/// out), the last unit and group (a roster lists a cell's members together), and one stored copy
/// of each name. One reader per thread: it is a value.
struct RosterReader {
    /// `code`: the unit's code as stored, the text read in any case (`cb01` is CB01).
    typealias Facts = (code: String, kind: Unit.Kind, parent: String?)
    private var units: [String: Facts?] = [:]
    private var unitIds = IdsAnyCase()
    private var lastUnit: (code: String, unit: Facts?)?, lastGroup: (code: String, unit: Facts?)?
    /// Sized for a ward's roster at once; a bigger roster repeats its names, and grows it.
    private var names: StringPool
    /// No one is born after this day, worked out on the first birth date read: asking the
    /// rulebook for each row of a national roster would cost more than the row.
    private var bornLimit: Day?

    init(capacity: Int) { names = StringPool(capacity: capacity) }

    /// What `code` is; `group`: as a member's group (kept apart from the last unit).
    private mutating func unitOf(_ code: String, _ ws: Workspace, group: Bool) -> Facts? {
        if let l = group ? lastGroup : lastUnit, l.code == code { return l.unit }
        let u: Facts?
        if let known = units[code] {
            u = known
        } else {
            u = unitIds.id(code, in: ws.units).flatMap { c in ws.units[c].map { (c, $0.kind, $0.parent) } }
            units[code] = .some(u)
        }
        if group { lastGroup = (code, u) } else { lastUnit = (code, u) }
        return u
    }

    /// Row `r`'s member (its id already read) and the positions its `positions` cell states.
    /// `merging`: a member already on the roster keeps what the file has no column for (a
    /// merge updates by id: a file of ids, names and units must not reset statuses, dates and
    /// workplace grades to their defaults). A column that is there, even with an empty cell,
    /// gives the value.
    mutating func member(_ r: TableRow, id: String, ws: Workspace, withPositions: Bool, merging: Bool = false) throws -> (Member, [Position]) {
        let old = merging ? ws.members[id] : nil
        let typedUnit = try r.required("unit")
        guard let u = unitOf(typedUnit, ws, group: false) else {
            throw r.error("unit", Catalog.unknownUnit(typedUnit), hints: [MangledText.lostZeros(typedUnit, ws) ?? Catalog.hintLoadUnitsFirst])
        }
        guard u.kind != .group else {
            throw r.error("unit", Catalog.unitIsGroup(u.code), hints: [Catalog.hintGroupColumn(u.code, u.parent)])
        }
        let unit = u.code
        // A kept group only while the unit is the same: a group belongs to one cell.
        var group = old?.unit != unit || r.has("group") ? r.text("group") : old?.group
        if let g = group {
            guard let gu = unitOf(g, ws, group: true), gu.kind == .group else {
                throw r.error("group", Catalog.unknownGroup(g), hints: [Catalog.hintLoadUnitsFirst])
            }
            if gu.parent != unit { throw r.error("group", Catalog.groupNotInUnit(g, unit)) }
            group = gu.code
        }
        let born = try r.merged("born", kept: old.map(\.born)) { try r.date("born") }
        let admitted = try r.merged("admitted", kept: old.map(\.admitted)) { try r.date("admitted") }
        // No one is born after the round's reference date.
        if let b = born, r.has("born") {
            let limit = bornLimit ?? ReferenceDate(ws.settings).date
            bornLimit = limit
            if b > limit { throw r.error("born", Catalog.bornAfterReference(b.description, limit.description)) }
        }
        if let b = born, let a = admitted, a <= b {
            throw r.error(r.has("admitted") ? "admitted" : "born", Catalog.admittedBeforeBorn(a.description, b.description))
        }
        var m = Member(id: id, name: try r.pooledName("name", &names), unit: unit, group: group,
                       gender: r.merged("gender", kept: old.map(\.gender)) { r.text("gender") }, born: born, admitted: admitted,
                       status: try r.merged("status", kept: old.map(\.status)) {
                           try r.choice("status", Member.Status.self, aliases: VietnameseValues.status) ?? .active
                       },
                       civilServant: try r.merged("civil_servant", kept: old.map(\.civilServant)) { try r.bool("civil_servant") },
                       outside: try r.merged("outside", kept: old.map(\.outside)) { try r.bool("outside") },
                       workplaceLevel: try r.level("workplace_level"),
                       workplaceStage: try r.choice("workplace_stage", LoadKind.WorkplaceStage.self, aliases: LoadKind.workplaceStageAliases)
                        .map { $0 == .proposed ? .proposed : .decided })
        if m.workplaceStage != nil && m.workplaceLevel == nil {
            throw r.error("workplace_level", Catalog.cellEmpty)
        }
        if m.workplaceLevel != nil && m.workplaceStage == nil { m.workplaceStage = .proposed }
        if let old, !r.has("workplace_level") && !r.has("workplace_stage") {
            m.workplaceLevel = old.workplaceLevel
            m.workplaceStage = old.workplaceStage
        }
        m.extra = try r.extra() ?? old?.extra
        var positions: [Position] = []
        if withPositions, let text = r.text("positions") {
            positions = try LoadKind.parsePositions(text, member: id, row: r, ws: ws)
        }
        return (m, positions)
    }
}
