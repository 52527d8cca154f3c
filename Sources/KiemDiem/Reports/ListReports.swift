/// The reports that list records: exclusions, cap's adjustments, findings, the review plan,
/// deadlines and the audit log.
extension Reports {
    public static func exclusions(_ ctx: ReportContext) -> Report {
        let ws = ctx.workspace
        // Only people are excluded: `--class leader` keeps the members holding positions, as
        // report summary counts them; organizations and collectives have none to list.
        let cls = ctx.filter.cls ?? .member
        let people = cls == .member || cls == .leader ? Subjects.all(ws, cls, sorted: false).map(\.id) : []
        var ids = Subjects.people(ws, people.filter { ctx.block(SubjectRef(cls, $0))?.reason != nil })
        if let u = ctx.filter.unit { ids = ids.filter { Subjects.inUnit(ws, SubjectRef(cls, $0), u) } }
        let cols = [ReportColumn("id", ReportText.id), ReportColumn("name", ReportText.name), ReportColumn("unit", ReportText.unit),
                    ReportColumn("reason", ReportText.reason), ReportColumn("rule", ReportText.rule),
                    ReportColumn("recorded", ReportText.recorded), ReportColumn("note", ReportText.note)]
        var rows: [[Cell]] = []
        var json: [JSONValue] = []
        for (n, id) in ids.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped report away
            let b = ctx.block(SubjectRef(cls, id))!
            let reason = b.reason!
            let m = ws.members[id]!
            // Derived from the roster by the rulebook but not recorded by `exclude` yet.
            let recorded = ws.exclusions.keys.contains(id)
            let note = ws.exclusions[id]?.note
            // Whether it is recorded has its own column (the json's `recorded`), so that a note
            // reading "not recorded" cannot be taken for the state.
            rows.append([.text(id), .text(m.name), .text(m.unit), .label(code: reason.rawValue, ReportText.reasonText(reason)),
                         .text(b.rule), recorded ? .label(code: "yes", ReportText.yes) : .label(code: "no", ReportText.notRecorded),
                         note.map { .text($0) } ?? .empty])
            json.append(.object(["id": .string(id), "name": .string(m.name), "unit": .string(m.unit),
                                 "reason": .string(reason.rawValue), "rule": .string(b.rule), "note": .text(note),
                                 "recorded": .bool(recorded)]))
        }
        return Report(title: ReportText.exclusionsTitle, blocks: [.table(ReportTable(columns: cols, rows: rows))], json: .array(json))
    }

    public static func audit(_ ctx: ReportContext) -> Report {
        let cols = [ReportColumn("n", ReportText.no), ReportColumn("time", ReportText.time), ReportColumn("command", ReportText.command),
                    ReportColumn("changes", ReportText.changes)]
        let entries = ctx.workspace.audit
        let rows: [[Cell]] = entries.enumerated().map { i, e in
            // csv and json keep the English lines (as codes); people read their language.
            [.number(i + 1), .text(e.time), .text(e.command),
             .label(code: e.changes.joined(separator: "; "),
                    Message(en: e.changes.joined(separator: "; "), vi: e.changes(in: true).joined(separator: "; ")))]
        }
        let json = JSONValue.array(entries.map {
            .object(["time": .string($0.time), "command": .string($0.command), "changes": .array($0.changes.map { .string($0) })])
        })
        return Report(title: ReportText.auditTitle, blocks: [.table(ReportTable(columns: cols, rows: rows))], json: json)
    }

    /// Subjects in report order across classes (class, then the class's own order).
    static func ordered(_ ctx: ReportContext, _ refs: [SubjectRef]) -> [SubjectRef] {
        let wanted = Set(refs)
        var out: [SubjectRef] = []
        for c in classOrder where ctx.filter.cls == nil || ctx.filter.cls == c {
            for (n, r) in Subjects.all(ctx, c).enumerated() {
                if Interrupt.stops(at: n) { return out }  // the caller throws a stopped report away
                guard wanted.contains(r) else { continue }
                if let u = ctx.filter.unit, !Subjects.inUnit(ctx.workspace, r, u) { continue }
                out.append(r)
            }
        }
        return out
    }

    public static func adjustments(_ ctx: ReportContext) -> Report {
        let ws = ctx.workspace
        var refs = ordered(ctx, ws.adjustments.values.map(\.subject))
        // A subject excluded (or not graded) since has no final level: its lowering is not in
        // force, and `--level` does not list it.
        if let l = ctx.filter.level { refs = refs.filter { ws.adjustments[$0.key]?.to == l && ctx.block($0) == nil } }
        let cols = [ReportColumn("subject", ReportText.subject), ReportColumn("name", ReportText.name), ReportColumn("from", ReportText.from),
                    ReportColumn("to", ReportText.to), ReportColumn("rule", ReportText.rule), ReportColumn("reason", ReportText.reason),
                    ReportColumn("inForce", ReportText.current)]
        var rows: [[Cell]] = []
        var json: [JSONValue] = []
        for (n, ref) in refs.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped report away
            let a = ws.adjustments[ref.key]!
            let inForce = ctx.block(ref) == nil && ws.effective(ref)?.record.level == a.from
            rows.append([.text(ref.key), .text(ws.displayName(ref)), .level(a.from), .level(a.to), .text(a.rule),
                         .label(code: a.reason.text(ctx.lang), a.reason),
                         inForce ? .label(code: "yes", ReportText.yes) : .label(code: "no", Message("—"))])
            json.append(.object(["subject": .string(ref.key), "id": .string(ref.id), "class": .string(ref.cls.rawValue),
                                 "name": .string(ws.displayName(ref)), "from": .level(a.from), "to": .level(a.to),
                                 "rule": .string(a.rule), "reason": .string(a.reason.en), "reasonVi": .string(a.reason.vi),
                                 "inForce": .bool(inForce)]))
        }
        return Report(title: ReportText.adjustmentsTitle,
                      blocks: [.table(ReportTable(columns: cols, rows: rows, notes: [ReportText.adjustmentsNote]))], json: .array(json))
    }

    public static func findings(_ ctx: ReportContext) -> Report {
        let ws = ctx.workspace
        var bySubject: [SubjectRef: [Finding]] = [:]
        for f in ctx.findings { bySubject[f.subject, default: []].append(f) }
        // Findings on subjects the workspace no longer knows still show, after the known ones.
        var refs = ordered(ctx, Array(bySubject.keys))
        let known = Set(refs)
        if ctx.filter.unit == nil {
            refs += bySubject.keys.filter { !known.contains($0) && (ctx.filter.cls == nil || ctx.filter.cls == $0.cls) }.sorted()
        }
        let cols = [ReportColumn("rule", ReportText.rule), ReportColumn("severity", ReportText.severity), ReportColumn("subject", ReportText.subject),
                    ReportColumn("name", ReportText.name), ReportColumn("problem", ReportText.problem), ReportColumn("fix", ReportText.fix)]
        var rows: [[Cell]] = []
        var json: [JSONValue] = []
        for ref in refs {
            for f in bySubject[ref]!.sorted(by: { ($0.rule, $0.problem.en) < ($1.rule, $1.problem.en) }) {
                let sev = f.severity == .error ? ReportText.severityError : ReportText.severityWarning
                rows.append([.text(f.rule), .label(code: f.severity.rawValue, sev), .text(ref.key), .text(ws.displayName(ref)),
                             // Prose: csv writes it in the reader's language, as the adjustments' reasons.
                             .label(code: f.problem.text(ctx.lang), f.problem), .label(code: f.fix.text(ctx.lang), f.fix)])
                json.append(.object(["rule": .string(f.rule), "severity": .string(f.severity.rawValue),
                                     "subject": .string(ref.key), "name": .string(ws.displayName(ref)),
                                     "problem": .string(f.problem.en), "problemVi": .string(f.problem.vi),
                                     "fix": .string(f.fix.en), "fixVi": .string(f.fix.vi)]))
            }
        }
        return Report(title: ReportText.findingsTitle, blocks: [.table(ReportTable(columns: cols, rows: rows))], json: .array(json))
    }

    public static func reviews(_ ctx: ReportContext) -> Report {
        let ws = ctx.workspace
        var byRef: [SubjectRef: [PlanRow]] = [:]
        for p in ctx.reviewPlan { byRef[p.subject, default: []].append(p) }
        let refs = ordered(ctx, Array(byRef.keys))
        let cols = [ReportColumn("subject", ReportText.subject), ReportColumn("name", ReportText.name), ReportColumn("venue", ReportText.venue),
                    ReportColumn("form", ReportText.form), ReportColumn("rule", ReportText.rule), ReportColumn("status", ReportText.status),
                    ReportColumn("date", ReportText.date)]
        var rows: [[Cell]] = []
        var json: [JSONValue] = []
        var done = 0
        for ref in refs {
            for p in byRef[ref]!.sorted(by: { ($0.venue, $0.rule) < ($1.venue, $1.rule) }) {
                if p.done { done += 1 }
                let venue = ws.collectives[p.venue]?.name ?? ws.units[p.venue]?.name ?? p.venue
                rows.append([.text(ref.key), .text(ws.displayName(ref)), .label(code: p.venue, Message("\(p.venue) \(venue)")), .text(p.form), .text(p.rule),
                             p.done ? .label(code: "done", ReportText.done) : .label(code: "owed", ReportText.owed),
                             p.date.map { .label(code: $0.description, Message(en: $0.description, vi: $0.vietnamese)) } ?? .empty])
                json.append(.object(["subject": .string(ref.key), "name": .string(ws.displayName(ref)), "venue": .string(p.venue),
                                     "form": .string(p.form), "rule": .string(p.rule), "done": .bool(p.done), "date": .text(p.date?.description)]))
            }
        }
        let note = Message(en: "\(done) of \(rows.count) reviews recorded.", vi: "Đã kiểm điểm \(done)/\(rows.count) lượt.")
        return Report(title: ReportText.reviewsTitle, blocks: [.table(ReportTable(columns: cols, rows: rows, notes: [note]))],
                      json: .array(json))
    }

    /// The deadlines of a round in the order its steps happen (plan IX).
    static let deadlineSteps = ["review", "report", "civil", "upper"]

    public static func deadlines(_ ctx: ReportContext) -> Report {
        let asOf = ctx.workspace.settings.asOf
        let cols = [ReportColumn("name", ReportText.deadline), ReportColumn("what", ReportText.what), ReportColumn("date", ReportText.date),
                    ReportColumn("source", ReportText.source), ReportColumn("daysLeft", ReportText.daysLeft), ReportColumn("status", ReportText.status)]
        var rows: [[Cell]] = []
        var json: [JSONValue] = []
        // On the same date, in the order of the process: the reviews end before their results
        // are filed, and the ward's file goes before the upper level's.
        func step(_ name: String) -> Int { deadlineSteps.firstIndex(of: name) ?? deadlineSteps.count }
        for d in ctx.deadlines.sorted(by: { ($0.date, step($0.name), $0.name) < ($1.date, step($1.name), $1.name) }) {
            let left = asOf.map { d.date.ordinal - $0.ordinal }
            // Each deadline is "before DATE" (plan IX): on the day itself it has passed, as
            // `check` reads it.
            let status: (String, Message)? = left.map { $0 <= 0 ? ("passed", ReportText.passed) : ("due", ReportText.due) }
            // Dates as the reader writes them (26/11/2023 in Vietnamese); csv and json keep ISO.
            // What each deadline is: prose, written in the reader's language by csv too, as
            // the adjustments' reasons are; json has both.
            rows.append([.text(d.name), .label(code: d.what.text(ctx.lang), d.what),
                         .label(code: d.date.description, Message(en: d.date.description, vi: d.date.vietnamese)),
                         d.overridden ? .label(code: "set", ReportText.bySetting) : .label(code: "default", ReportText.byDefault),
                         left.map { .number($0) } ?? .empty, status.map { .label(code: $0.0, $0.1) } ?? .empty])
            json.append(.object(["name": .string(d.name), "what": .string(d.what.en), "whatVi": .string(d.what.vi),
                                 "date": .string(d.date.description),
                                 "overridden": .bool(d.overridden), "daysLeft": left.map { .int($0) } ?? .null,
                                 "status": .text(status?.0)]))
        }
        return Report(title: ReportText.deadlinesTitle,
                      blocks: [.paragraph(ReportText.asOfLine(asOf, rules: ctx.rulesDate)), .table(ReportTable(columns: cols, rows: rows))],
                      json: .object(["asOf": .text(asOf?.description), "deadlines": .array(json)]))
    }
}

extension Day {
    /// Days since a fixed epoch (proleptic Gregorian), for differences between dates.
    var ordinal: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }
}
