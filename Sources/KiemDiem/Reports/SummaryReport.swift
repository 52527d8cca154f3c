/// The official synthesis table: per class, the total, the excluded by reason, those not yet
/// graded, and the count and share of each final level.
public struct ClassSummary: Sendable {
    public var cls: SubjectClass
    public var total = 0
    public var excludedBy: [Exclusion.Reason: Int] = [:]
    public var notGraded = 0
    /// Of `notGraded`, those a rule says are reviewed but not graded (R-NOGRADE-*); the others
    /// have no grade yet.
    public var notGradedByRule = 0
    /// Of `notGraded` leaders, those graded as members only (`ReportContext.gradedAsMemberOnly`).
    public var notGradedAsMember = 0
    public var levels: [Level: Int] = [:]

    public var excluded: Int { excludedBy.values.reduce(0, +) }
    public var graded: Int { levels.values.reduce(0, +) }
    /// Tenths of a percent of the graded, in Level.allCases order, adding up to 1000.
    public var percents: [Int] { Percent.shares(Level.allCases.map { levels[$0] ?? 0 }) }

    /// Counts one pass over the subjects of a class. Counted in arrays by case, not in the
    /// dictionaries: hashing a level for each of millions of subjects cost more than the count.
    public static func count(_ ctx: ReportContext, _ cls: SubjectClass, _ refs: ArraySlice<SubjectRef>) -> ClassSummary {
        var t = Tally()
        let asMember = cls == .leader ? ctx.gradedAsMemberOnly : nil
        for n in refs.indices where refs[n].cls == cls {
            if Interrupt.stops(at: n) { break }
            let s = ctx.standing(refs[n])
            t.add(s)
            if s.block == nil, s.final == nil, let asMember, asMember(refs[n].id) { t.notGradedAsMember += 1 }
        }
        return t.summary(cls)
    }

    /// Counts the members at positions `range` of the roster's table, in one pass over it: each
    /// member's fields are read where they lie, not looked up by id (on a national roster each
    /// lookup misses the cache twice). `block` is `ReportContext.memberBlockOf`.
    static func countMembers(_ ctx: ReportContext, _ range: Range<Int>,
                             _ block: (String, Member.Status, Day?) -> SubjectBlock?) -> ClassSummary {
        let members = ctx.workspace.members
        var t = Tally()
        var i = members.index(members.startIndex, offsetBy: range.lowerBound)
        for n in range {
            if Interrupt.stops(at: n) { break }
            let id = members.keys[i]
            let b = block(id, members.values[i].status, members.values[i].admitted)
            t.add((b, b == nil ? ctx.workspace.finalLevel(key: SubjectRef(.member, id).key) : nil))
            members.formIndex(after: &i)
        }
        return t.summary(.member)
    }

    /// A class's counts while they are made.
    struct Tally {
        static let reasons = Exclusion.Reason.allCases
        var total = 0, notGraded = 0, notGradedByRule = 0, notGradedAsMember = 0
        var byReason = [Int](repeating: 0, count: reasons.count)
        var byLevel = [Int](repeating: 0, count: Level.allCases.count)  // by `4 - rank`, as cellChart

        mutating func add(_ standing: (block: SubjectBlock?, final: Level?)) {
            total += 1
            if let reason = standing.block?.reason {
                byReason[Tally.reasons.firstIndex(of: reason)!] += 1
            } else if let l = standing.final {
                byLevel[4 - l.rank] += 1
            } else {
                notGraded += 1
                if standing.block != nil { notGradedByRule += 1 }
            }
        }

        func summary(_ cls: SubjectClass) -> ClassSummary {
            var s = ClassSummary(cls: cls)
            s.total = total
            s.notGraded = notGraded
            s.notGradedByRule = notGradedByRule
            s.notGradedAsMember = notGradedAsMember
            // Only the cases met, as the dictionaries always held them.
            for (r, n) in zip(Tally.reasons, byReason) where n > 0 { s.excludedBy[r] = n }
            for l in Level.allCases where byLevel[4 - l.rank] > 0 { s.levels[l] = byLevel[4 - l.rank] }
            return s
        }
    }

    /// The counts of two passes over different subjects, added.
    func adding(_ o: ClassSummary) -> ClassSummary {
        var s = self
        s.total += o.total
        s.notGraded += o.notGraded
        s.notGradedByRule += o.notGradedByRule
        s.notGradedAsMember += o.notGradedAsMember
        s.excludedBy.merge(o.excludedBy, uniquingKeysWith: +)
        s.levels.merge(o.levels, uniquingKeysWith: +)
        return s
    }
}

extension Reports {
    static let classOrder: [SubjectClass] = [.organization, .collective, .leader, .member]

    /// Each class's counts. A lookup or three per subject: on two cores for a big round
    /// (`TwoCores`; `split` for tests), each half counted alone and the counts added.
    /// With `memberBlockOf` and no unit filter, the members are counted by a pass over the
    /// roster (`countMembers`), the other classes over their subjects.
    public static func summaries(_ ctx: ReportContext, split: Int? = nil) -> [ClassSummary] {
        var f = ctx
        f.filter.level = nil  // a summary counts every level
        let classes = classOrder.filter { ctx.filter.cls == nil || ctx.filter.cls == $0 }
        let byRoster = ctx.memberBlockOf.flatMap { b in ctx.filter.unit == nil && classes.contains(.member) ? b : nil }
        let refs = Subjects.filtered(f, byRoster == nil ? classOrder : classOrder.filter { $0 != .member }, sorted: false)
        let members = byRoster == nil ? 0 : ctx.workspace.members.count
        // Positions 0..<refs.count are the subjects, then the roster's members.
        func count(_ range: Range<Int>) -> [ClassSummary] {
            let subjects = range.clamped(to: refs.indices)
            return classes.map { cls in
                guard cls == .member, let byRoster else { return ClassSummary.count(ctx, cls, refs[subjects]) }
                let onRoster = range.clamped(to: refs.count..<refs.count + members)
                return ClassSummary.countMembers(ctx, (onRoster.lowerBound - refs.count)..<(onRoster.upperBound - refs.count), byRoster)
            }
        }
        let n = refs.count + members
        guard let cut = TwoCores.cut(n, forced: split) else { return count(0..<n) }
        let (first, second) = TwoCores.halves(n, cut: cut, count)
        return zip(first, second).map { $0.adding($1) }
    }

    public static func summaryTable(_ sums: [ClassSummary], vietnameseLevels: Bool = false) -> ReportTable {
        var cols = [ReportColumn("class", ReportText.cls), ReportColumn("total", ReportText.total),
                    ReportColumn("excluded", ReportText.excluded)]
        for r in Exclusion.Reason.allCases { cols.append(ReportColumn("excluded." + r.rawValue, ReportText.reasonHeader(r))) }
        cols += [ReportColumn("notGraded", ReportText.notGraded), ReportColumn("graded", ReportText.graded)]
        for l in Level.allCases {
            cols.append(ReportColumn(l.rawValue, vietnameseLevels ? Message(l.vietnamese) : Message(l.rawValue)))
            cols.append(ReportColumn("percent." + l.rawValue, ReportText.percent))
        }
        let rows: [[Cell]] = sums.map { s in
            var row: [Cell] = [.label(code: s.cls.rawValue, ReportText.classTitle(s.cls)), .number(s.total), .number(s.excluded)]
            for r in Exclusion.Reason.allCases { row.append(.number(s.excludedBy[r] ?? 0)) }
            row += [.number(s.notGraded), .number(s.graded)]
            let p = s.percents
            for (i, l) in Level.allCases.enumerated() {
                row.append(.number(s.levels[l] ?? 0))
                row.append(s.graded > 0 ? .percent(p[i]) : .empty)
            }
            return row
        }
        let byRule = sums.filter { $0.notGradedByRule > 0 }.map { ($0.cls, $0.notGradedByRule) }
        let asMember = sums.reduce(0) { $0 + $1.notGradedAsMember }
        var notes = [Percent.roundingNote]
        if !byRule.isEmpty { notes.append(ReportText.notGradedByRuleNote(byRule, secretariesBelow: asMember > 0)) }
        if asMember > 0 { notes.append(ReportText.gradedAsMemberOnlyNote(asMember)) }
        return ReportTable(columns: cols, rows: rows, notes: notes)
    }

    public static func summary(_ ctx: ReportContext) -> Report {
        let sums = summaries(ctx)
        let table = summaryTable(sums)
        let json: JSONValue = .object(["classes": .array(sums.map(summaryJSON))])
        let chart = BarChart(title: ReportText.chartByClass,
                             bars: sums.map { BarChart.Bar(label: ReportText.classTitle($0.cls), counts: $0.levels) })
        var r = Report(title: ReportText.summaryTitle(ctx.workspace.settings.year),
                       blocks: [.paragraph(ReportText.asOfLine(ctx.workspace.settings.asOf, rules: ctx.rulesDate)), .table(table), .chart(chart)]
                         + (ctx.drawsCharts ? cellChart(ctx) : []),
                       json: json)
        r.sheetName = ReportText.summarySheet(ctx.workspace.settings.year)
        return r
    }

    static func summaryJSON(_ s: ClassSummary) -> JSONValue {
        var levels: [String: JSONValue] = [:]
        var percent: [String: JSONValue] = [:]
        let p = s.percents
        for (i, l) in Level.allCases.enumerated() {
            levels[l.rawValue] = .int(s.levels[l] ?? 0)
            percent[l.rawValue] = s.graded > 0 ? .decimal(Percent.format(p[i])) : .null
        }
        var by: [String: JSONValue] = [:]
        for r in Exclusion.Reason.allCases { by[r.rawValue] = .int(s.excludedBy[r] ?? 0) }
        return .object([
            "class": .string(s.cls.rawValue), "total": .int(s.total), "excluded": .int(s.excluded),
            "excludedBy": .object(by), "notGraded": .int(s.notGraded), "graded": .int(s.graded),
            "levels": .object(levels), "percent": .object(percent),
        ])
    }

    /// Members' final levels per cell, one bar per cell, for the html chart.
    static func cellChart(_ ctx: ReportContext) -> [Report.Block] {
        let ws = ctx.workspace
        // Under --unit: the cells within it, or the cell of the party group it names.
        let u = ctx.filter.unit
        let group = u.flatMap { ws.units[$0]?.kind == .group ? $0 : nil }
        let groupCell = group.flatMap { ws.units[$0]?.parent }
        let cells = ws.units.values.filter { c in
            c.kind == .cell && (u.map { c.code == $0 || c.code == groupCell || Subjects.isUnder(ws, c.code, $0) } ?? true)
        }.sorted { $0.code < $1.code }
        guard !cells.isEmpty, ctx.filter.cls == nil || ctx.filter.cls == .member else { return [] }
        // Party groups report to their cell: count their members in the cell's bar. Counts sit
        // in an array per bar, by the member's unit and `4 - rank` (HTXSNV first, as
        // Level.allCases): one lookup per member, no nested dictionaries to modify in place.
        var bar: [String: Int] = [:]
        for (i, c) in cells.enumerated() { bar[c.code] = i }
        for u in ws.units.values where u.kind == .group {
            if let p = u.parent, let i = bar[p] { bar[u.code] = i }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: Level.allCases.count), count: cells.count)
        for (n, (id, m)) in ws.members.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped report away
            guard let i = bar[m.unit], let l = ctx.final(SubjectRef(.member, id)) else { continue }
            if let g = group, m.group != g, m.unit != g { continue }  // a group's members only
            counts[i][4 - l.rank] += 1
        }
        let bars = cells.enumerated().map { i, c in
            var levels: [Level: Int] = [:]
            for l in Level.allCases where counts[i][4 - l.rank] > 0 { levels[l] = counts[i][4 - l.rank] }
            // Under --unit GROUP the one bar counts the group's members: named as the group.
            let named = group.flatMap { ws.units[$0] } ?? c
            return BarChart.Bar(label: Message("\(named.code) \(named.name)"), counts: levels)
        }
        return [.chart(BarChart(title: ReportText.chartByCell, bars: bars))]
    }
}

/// The report builders, one per `report` kind.
public enum Reports {}
