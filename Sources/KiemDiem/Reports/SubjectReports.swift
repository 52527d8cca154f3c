/// One row per subject: its grades at each stage, its final level and the rules it breaks.
extension Reports {
    static func stageLevel(_ ws: Workspace, _ ref: SubjectRef, _ s: Stage) -> Level? {
        ws.grades[ref.key]?[s]?.level
    }

    static let subjectColumns = [
        ReportColumn("id", ReportText.id), ReportColumn("name", ReportText.name), ReportColumn("unit", ReportText.unit),
        ReportColumn("excluded", ReportText.excluded), ReportColumn("self", ReportText.selfStage),
        ReportColumn("proposed", ReportText.proposed), ReportColumn("decided", ReportText.decided),
        ReportColumn("final", ReportText.final), ReportColumn("findings", ReportText.findings),
    ]

    static func subjectRow(_ ctx: ReportContext, _ ref: SubjectRef, _ findings: [String]) -> [Cell] {
        let ws = ctx.workspace
        return [
            .text(ref.id), .text(ws.displayName(ref)), Subjects.unit(ws, ref).map { .text($0) } ?? .empty,
            blockCell(ctx.block(ref)),
            .level(stageLevel(ws, ref, .self)), .level(stageLevel(ws, ref, .proposed)),
            .level(stageLevel(ws, ref, .decided)), .level(ctx.final(ref)),
            findings.isEmpty ? .empty : .text(findings.joined(separator: " ")),
        ]
    }

    /// The excluded column: the reason of an exclusion, or the R-NOGRADE rule of one not graded.
    static func blockCell(_ b: SubjectBlock?) -> Cell {
        guard let b else { return .empty }
        if let r = b.reason { return .label(code: r.rawValue, ReportText.reasonText(r)) }
        return .label(code: b.rule, ReportText.notGradedBy(b.rule))
    }

    /// The json object of data.md §4 for one subject.
    static func subjectJSON(_ ctx: ReportContext, _ ref: SubjectRef, _ findings: [String]) -> JSONValue {
        let ws = ctx.workspace
        let b = ctx.block(ref)
        return .object([
            "id": .string(ref.id), "name": .string(ws.displayName(ref)), "unit": .text(Subjects.unit(ws, ref)),
            "class": .string(ref.cls.rawValue), "excluded": .text(b?.reason?.rawValue),
            "notGraded": .text(b?.reason == nil ? b?.rule : nil),
            "self": .level(stageLevel(ws, ref, .self)), "proposed": .level(stageLevel(ws, ref, .proposed)),
            "decided": .level(stageLevel(ws, ref, .decided)), "final": .level(ctx.final(ref)),
            "findings": .array(findings.map { .string($0) }),
        ])
    }

    /// The csv of subject rows: the json objects' fields, in data.md §4's order. Apart from the
    /// table people read, whose "excluded" column also names a rule that does not grade (json
    /// and csv keep `excluded` for a reason and `notGraded` for such a rule).
    static func csvTable(_ ctx: ReportContext, _ refs: [SubjectRef], first: [ReportColumn] = [], _ lead: (SubjectRef) -> [Cell] = { _ in [] }) -> ReportTable {
        let ws = ctx.workspace
        let fs = ctx.findingsBySubject
        let cols = (first.isEmpty ? Array(subjectColumns.prefix(3)) : first) + [
            ReportColumn("class", ReportText.cls), ReportColumn("excluded", ReportText.excluded),
            ReportColumn("notGraded", ReportText.notGraded)] + subjectColumns.dropFirst(4)
        let rows: [[Cell]] = refs.enumerated().map { n, ref in
            if Interrupt.stops(at: n + 1) { return [] }  // the caller throws a stopped table away
            let b = ctx.block(ref)
            let findings = fs[ref.key] ?? []
            let head: [Cell] = first.isEmpty ? [.text(ref.id), .text(ws.displayName(ref)), Subjects.unit(ws, ref).map { .text($0) } ?? .empty] : lead(ref)
            return head + [
                .text(ref.cls.rawValue), b?.reason.map { .text($0.rawValue) } ?? .empty, b?.reason == nil ? b.map { .text($0.rule) } ?? .empty : .empty,
                .level(stageLevel(ws, ref, .self)), .level(stageLevel(ws, ref, .proposed)),
                .level(stageLevel(ws, ref, .decided)), .level(ctx.final(ref)),
                findings.isEmpty ? .empty : .text(findings.joined(separator: " ")),
            ]
        }
        return ReportTable(columns: cols, rows: rows)
    }

    static func subjectTable(_ ctx: ReportContext, _ refs: [SubjectRef]) -> ReportTable {
        let fs = ctx.findingsBySubject
        var rows: [[Cell]] = []
        rows.reserveCapacity(refs.count)
        for (n, ref) in refs.enumerated() {
            if Interrupt.stops(at: n) { break }
            rows.append(subjectRow(ctx, ref, fs[ref.key] ?? []))
        }
        return ReportTable(columns: subjectColumns, rows: rows)
    }

    static func subjectsJSON(_ ctx: ReportContext, _ refs: [SubjectRef]) -> JSONValue {
        let fs = ctx.findingsBySubject
        return .array(refs.map { subjectJSON(ctx, $0, fs[$0.key] ?? []) })
    }

    /// The html chart of a list's final levels (commands.md: html pages carry charts): a bar
    /// per unit where people are listed from a few units, else one bar for the whole list.
    /// None for the other formats (`drawsCharts`): it is a pass over every subject listed.
    static func levelChart(_ ctx: ReportContext, _ refs: [SubjectRef]) -> [Report.Block] {
        guard ctx.drawsCharts else { return [] }
        let ws = ctx.workspace
        let people = refs.allSatisfy { $0.cls == .member || $0.cls == .leader }
        let units = people ? refs.map { ws.members[$0.id]?.unit ?? "" } : []
        var order: [String] = [], counts: [String: [Level: Int]] = [:]
        for (i, ref) in refs.enumerated() {
            let key = people ? units[i] : ""
            if counts[key] == nil { order.append(key); counts[key] = [:] }
            if let l = ctx.final(ref) { counts[key]![l, default: 0] += 1 }
        }
        guard people, order.count > 1, order.count <= 40 else {
            let all = counts.values.reduce(into: [Level: Int]()) { sum, c in for (l, n) in c { sum[l, default: 0] += n } }
            return [.chart(BarChart(title: ReportText.chartFinalLevels, bars: [BarChart.Bar(label: ReportText.chartAll(refs.count), counts: all)]))]
        }
        let bars = order.sorted().map { u in BarChart.Bar(label: Message("\(u) \(ws.units[u]?.name ?? "")"), counts: counts[u]!) }
        return [.chart(BarChart(title: ReportText.chartFinalByUnit, bars: bars))]
    }

    /// `report members|organizations|collectives|leaders`.
    public static func subjects(_ ctx: ReportContext, _ cls: SubjectClass) -> Report {
        var c = ctx
        c.filter.cls = nil
        let refs = Subjects.filtered(c, [cls])
        var r = Report(title: ReportText.classTitle(cls), blocks: [.table(subjectTable(c, refs))] + levelChart(c, refs),
                       json: subjectsJSON(c, refs))
        r.csvRows { csvTable(c, refs) }
        return r
    }

    /// `report unit U`: the cell as an organization, then its members (and their groups'). A
    /// party group is not graded as an organization: its report is its members, and says so.
    public static func unit(_ ctx: ReportContext, _ code: String) -> Report {
        let ws = ctx.workspace
        var c = ctx
        c.filter.unit = code
        c.filter.cls = nil
        let graded = ws.units[code]?.isGraded ?? false
        let org = graded ? [SubjectRef(.organization, code)] : []
        // Members of party groups under the cell belong to the cell's review; under a committee,
        // every cell's: the members `list members --unit U` lists.
        let memberIDs = ws.members.keys.filter { Subjects.inUnit(ws, SubjectRef(.member, $0), code) }
        var members = Subjects.people(ws, memberIDs).map { SubjectRef(.member, $0) }
        if let l = ctx.filter.level { members = members.filter { ctx.final($0) == l } }
        let orgTable = subjectTable(c, org), memberTable = subjectTable(c, members)
        var sum = ClassSummary.count(ctx, .member, members[...])
        if ctx.filter.level != nil { sum.notGraded = 0 }
        let sumTable = summaryTable([sum])
        let head: [Report.Block] = graded ? [.heading(ReportText.unitOrganization), .table(orgTable)]
            : [.paragraph(ReportText.groupNotGraded(code, ws.units[code]?.parent))]
        var r = Report(title: ReportText.unitTitle(code, ws.units[code]?.name ?? code),
                       blocks: head + [.heading(ReportText.unitMembers), .table(memberTable), .table(sumTable)] + levelChart(c, members),
                       json: .object(["unit": org.first.map { subjectJSON(c, $0, c.findingsBySubject[$0.key] ?? []) } ?? .null,
                                     "members": subjectsJSON(c, members), "summary": summaryJSON(sum)]))
        // The cell's row, then its members' (the class column tells them apart); the summary is
        // counted from them, and is in the json and the workbook.
        r.csvRows { csvTable(c, org + members) }
        return r
    }

    /// `report upper`: what the ward proposes to the upper level — the ward party committee
    /// itself, its BCH and BTV, and the leaders whose positions the upper level manages
    /// [domain.md §5].
    public static func upper(_ ctx: ReportContext) -> Report {
        let ws = ctx.workspace
        let fs = ctx.findingsBySubject
        let positionsOf = upperPositions(ws)
        let refs = upperSubjects(ctx)
        func roles(_ ref: SubjectRef) -> String {
            (positionsOf[ref.id] ?? []).sorted { $0.key < $1.key }.map { p in
                let body = ws.collectives[p.body]?.name ?? ws.units[p.body]?.name ?? p.body
                return "\(p.role), \(body)"
            }.joined(separator: "; ")
        }
        let cols = [ReportColumn("subject", ReportText.subject), ReportColumn("name", ReportText.name), ReportColumn("position", ReportText.position)]
            + subjectColumns.dropFirst(3)
        let rows: [[Cell]] = refs.map { ref in
            let base = subjectRow(ctx, ref, fs[ref.key] ?? [])
            return [.text(ref.key), .text(ws.displayName(ref)), ref.cls == .leader ? .text(roles(ref)) : .empty] + base.dropFirst(3)
        }
        let json = JSONValue.array(refs.map { ref in
            guard case .object(var o) = subjectJSON(ctx, ref, fs[ref.key] ?? []) else { return .null }
            o["positions"] = ref.cls == .leader ? .array((positionsOf[ref.id] ?? []).sorted { $0.key < $1.key }.map {
                .object(["body": .string($0.body), "role": .string($0.role)])
            }) : .array([])
            return .object(o)
        })
        var r = Report(title: ReportText.upperTitle, blocks: [.table(ReportTable(columns: cols, rows: rows))] + levelChart(ctx, refs), json: json)
        // The json's fields, as other subject lists write them (id, name, unit, class…): the
        // text table's subject key column is for reading.
        let first = Array(subjectColumns.prefix(3)) + [ReportColumn("positions", ReportText.position)]
        r.csvRows {
            csvTable(ctx, refs, first: first) { ref in
                [.text(ref.id), .text(ws.displayName(ref)), Subjects.unit(ws, ref).map { .text($0) } ?? .empty,
                 ref.cls == .leader ? .text(roles(ref)) : .empty]
            }
        }
        return r
    }

    /// The positions the upper level manages, by member.
    static func upperPositions(_ ws: Workspace) -> [String: [Position]] {
        var positionsOf: [String: [Position]] = [:]
        for p in ws.positions.values where p.managedBy == .upper { positionsOf[p.member, default: []].append(p) }
        return positionsOf
    }

    /// The rows of `report upper`, in order: the ward committee, its BCH and BTV, then the
    /// upper-level leaders: every subject whose grade the upper level decides (R-AUTHORITY).
    public static func upperSubjects(_ ctx: ReportContext) -> [SubjectRef] {
        let ws = ctx.workspace
        let positionsOf = upperPositions(ws)
        var refs = ws.units.values.filter { $0.kind == .committee }.map(\.code).sorted().map { SubjectRef(.organization, $0) }
        refs += ws.collectives.values.filter(\.cls.decidedByUpper).map(\.code).sorted().map { SubjectRef(.collective, $0) }
        refs += Subjects.people(ws, positionsOf.keys.filter { ws.members.keys.contains($0) }).map { SubjectRef(.leader, $0) }
        if let l = ctx.filter.level { refs = refs.filter { ctx.final($0) == l } }
        if let u = ctx.filter.unit { refs = refs.filter { Subjects.inUnit(ws, $0, u) } }
        if let c = ctx.filter.cls { refs = refs.filter { $0.cls == c } }
        return refs
    }
}
