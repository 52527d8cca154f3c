import Foundation

// The workspace file written by hand, byte for byte as `WorkspaceFile.referenceEncode` (one
// JSONEncoder with [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] over the workspace,
// then "\n").
//
// Why by hand (measured, issue 8): at 100,000 members JSONEncoder made `save` the largest step,
// 1.27 s, and raised peak memory from ~195 MB to ~440 MB (the encoder's tree of values, the
// re-indented copy, the Data); at 2,500 members it took half the pipeline. This writer streams
// into a 1 MiB buffer flushed to the file, holding nothing of the file at once: 0.2 s at
// 100,000 members with no rise in peak memory, 8 ms at 2,500. What is left is mostly reading the
// values in key order (cache misses) and sorting keys: big tables are now written, and their
// keys sorted, on two cores (TwoCoreTables.swift; 0.18 s → 0.13 s at 100,000 members).
//
// JSONEncoder's rules on this toolchain (Swift 6.3, swift-foundation), found by experiment:
// - keys sorted by their UTF-8 bytes (not numeric, not case-insensitive, not normalised);
// - `{` / `[`, then each member on its own line indented two spaces per level, members
//   separated by ",\n", then "\n" and the closing bracket at the parent's indent;
//   an empty object or array is "{\n\n<indent>}" (a blank line inside);
// - `"key" : value` (space, colon, space);
// - strings: `"` and `\` escaped; \b \t \n \f \r; other U+0000–U+001F as \u00XX, lower-case hex;
//   `/` (withoutEscapingSlashes), DEL, U+2028/2029 and all other text as raw UTF-8, never
//   normalised (NFD stays NFD);
// - Int in decimal, Bool as true/false, nil optionals left out (encodeIfPresent);
// - Day, Points and SubjectRef encode as their strings, enums as their raw values.
// Tests (WorkspaceWriterTests, WorkspaceEncodeTests) compare every type here with JSONEncoder,
// on values with every stored property set, so that a new property fails them until it is
// written here too.

extension JSONWriter {
    /// The whole file: the workspace with the format mark, then a newline.
    func document(_ ws: Workspace) {
        workspace(ws, envelope: true)
        out.byte(0x0A)
    }

    /// Top-level keys in file order: Workspace's coding keys plus the envelope's two.
    private static let workspaceKeys: [(name: String, key: Workspace.CodingKeys?)] = {
        let all = Workspace.CodingKeys.allCases.map { ($0.stringValue, Optional($0)) } + [("format", nil), ("version", nil)]
        return all.sorted { utf8Less($0.0, $1.0) }
    }()

    /// A snapshot is a Workspace too, written without the envelope.
    func workspace(_ ws: Workspace, envelope: Bool) {
        beginObject()
        for (name, k) in JSONWriter.workspaceKeys {
            guard let k else {
                if envelope {
                    key(name)
                    if name == "format" { string(WorkspaceFile.format) } else { int(WorkspaceFile.version) }
                }
                continue
            }
            key(name)
            // Every coding key is listed: a new table does not compile until it is written here.
            switch k {
            case .settings: settings(ws.settings)
            case .units: table(ws.units, JSONWriter.unit)
            case .collectives: table(ws.collectives, JSONWriter.collective)
            case .members: table(ws.members, JSONWriter.member)
            case .positions: table(ws.positions, JSONWriter.position)
            case .exclusions: table(ws.exclusions, JSONWriter.exclusion)
            case .reviews: table(ws.reviews, JSONWriter.review)
            case .grades: table(ws.grades, JSONWriter.gradeSet)
            case .discipline: table(ws.discipline, JSONWriter.discipline)
            case .targets: table(ws.targets, JSONWriter.target)
            case .adjustments: table(ws.adjustments, JSONWriter.adjustment)
            case .audit: array(ws.audit, auditEntry)
            case .snapshots: object(ws.snapshots) { workspace($0, envelope: false) }
            case .criteria: table(ws.criteria, JSONWriter.criterion)
            case .assessments: table(ws.assessments, JSONWriter.assessment)
            case .shortcomings: table(ws.shortcomings, JSONWriter.shortcoming)
            }
        }
        endObject()
    }

    // MARK: Small values

    func subject(_ r: SubjectRef) {
        // "class:id" without building the key string.
        var id = r.id
        id.withUTF8 { u in
            if u.contains(where: JSONWriter.needsEscape) { return string(r.key) }
            out.byte(UInt8(ascii: "\""))
            switch r.cls {
            case .organization: out.bytes("organization:")
            case .collective: out.bytes("collective:")
            case .leader: out.bytes("leader:")
            case .member: out.bytes("member:")
            }
            out.bytes(u)
            out.byte(UInt8(ascii: "\""))
        }
    }

    func level(_ l: Level) {
        switch l {
        case .HTXSNV: out.bytes("\"HTXSNV\"")
        case .HTTNV: out.bytes("\"HTTNV\"")
        case .HTNV: out.bytes("\"HTNV\"")
        case .KHTNV: out.bytes("\"KHTNV\"")
        }
    }

    /// Any other String-backed enum: rare enough to go through `rawValue`.
    func raw<E: RawRepresentable>(_ e: E) where E.RawValue == String { string(e.rawValue) }
    /// A number, as JSONEncoder writes the Double of a fraction (`69.5`, `50.49`).
    func percent(_ v: Percentage) {
        if v.hundredths % 100 == 0 { return int(v.hundredths / 100) }
        var text = v.description
        text.withUTF8 { out.bytes($0) }
    }

    func stringMap(_ d: [String: String]) { object(d) { string($0) } }

    func message(_ m: Message) {
        beginObject()
        key("en"); string(m.en)
        key("vi"); string(m.vi)
        endObject()
    }

    // MARK: Tables

    func unit(_ u: Unit) {
        beginObject()
        key("code"); string(u.code)
        if let v = u.created { key("created"); day(v) }
        if let v = u.extra { key("extra"); stringMap(v) }
        key("kind"); raw(u.kind)
        if let v = u.liaison { key("liaison"); string(v) }
        key("name"); string(u.name)
        if let v = u.outstanding { key("outstanding"); string(v) }
        if let v = u.parent { key("parent"); string(v) }
        if let v = u.type { key("type"); raw(v) }
        endObject()
    }

    func collective(_ c: Collective) {
        beginObject()
        key("class"); raw(c.cls)
        key("code"); string(c.code)
        if let v = c.extra { key("extra"); stringMap(v) }
        key("name"); string(c.name)
        if let v = c.unit { key("unit"); string(v) }
        endObject()
    }

    func member(_ m: Member) {
        beginObject()
        if let v = m.admitted { key("admitted"); day(v) }
        if let v = m.born { key("born"); day(v) }
        key("civilServant"); bool(m.civilServant)
        if let v = m.extra { key("extra"); stringMap(v) }
        if let v = m.gender { key("gender"); string(v) }
        if let v = m.group { key("group"); string(v) }
        key("id"); string(m.id)
        key("name"); string(m.name)
        key("outside"); bool(m.outside)
        key("status")
        switch m.status {
        case .active: out.bytes("\"active\"")
        case .exempt: out.bytes("\"exempt\"")
        case .suspended: out.bytes("\"suspended\"")
        }
        key("unit"); string(m.unit)
        if let v = m.workplaceLevel { key("workplaceLevel"); level(v) }
        if let v = m.workplaceStage { key("workplaceStage"); raw(v) }
        endObject()
    }

    func position(_ p: Position) {
        beginObject()
        key("body"); string(p.body)
        if let v = p.extra { key("extra"); stringMap(v) }
        key("head"); bool(p.head)
        key("managedBy"); raw(p.managedBy)
        key("member"); string(p.member)
        key("role"); string(p.role)
        if let v = p.since { key("since"); day(v) }
        endObject()
    }

    func exclusion(_ e: Exclusion) {
        beginObject()
        if let v = e.note { key("note"); string(v) }
        key("reason"); raw(e.reason)
        if let v = e.rule { key("rule"); string(v) }
        key("subject"); string(e.subject)
        endObject()
    }

    func review(_ r: Review) {
        beginObject()
        key("attended"); array(r.attended) { string($0) }
        if let v = r.date { key("date"); day(v) }
        if let v = r.extra { key("extra"); stringMap(v) }
        if let v = r.feedback { key("feedback"); bool(v) }
        if let v = r.form { key("form"); string(v) }
        if let v = r.selfLevel { key("selfLevel"); level(v) }
        if let v = r.sessions { key("sessions"); int(v) }
        key("subject"); subject(r.subject)
        key("suggested"); bool(r.suggested)
        key("venue"); string(r.venue)
        endObject()
    }

    func gradeRecord(_ g: GradeRecord) {
        beginObject()
        if let v = g.by { key("by"); raw(v) }
        if let v = g.common { key("common"); points(v) }
        if let v = g.extra { key("extra"); stringMap(v) }
        key("level"); level(g.level)
        if let v = g.note { key("note"); string(v) }
        if let v = g.override { key("override"); string(v) }
        if let v = g.results { key("results"); points(v) }
        if let v = g.score { key("score"); points(v) }
        if let v = g.votes { key("votes"); int(v) }
        endObject()
    }

    func gradeSet(_ g: GradeSet) {
        beginObject()
        if let v = g.decided { key("decided"); gradeRecord(v) }
        if let v = g.proposed { key("proposed"); gradeRecord(v) }
        if let v = g.`self` { key("self"); gradeRecord(v) }
        endObject()
    }

    func discipline(_ d: DisciplineRecord) {
        beginObject()
        if let v = d.countedIn { key("countedIn"); int(v) }
        if let v = d.date { key("date"); day(v) }
        if let v = d.duty { key("duty"); bool(v) }
        if let v = d.extra { key("extra"); stringMap(v) }
        if let v = d.form { key("form"); raw(v) }
        key("kind"); raw(d.kind)
        key("member"); string(d.member)
        if let v = d.note { key("note"); string(v) }
        key("selfDiscovered"); bool(d.selfDiscovered)
        endObject()
    }

    func target(_ t: TargetRecord) {
        beginObject()
        key("completedPct"); percent(t.completedPct)
        if let v = t.exceededPct { key("exceededPct"); percent(v) }
        if let v = t.extra { key("extra"); stringMap(v) }
        if let v = t.latePct { key("latePct"); percent(v) }
        if let v = t.lowConfidencePct { key("lowConfidencePct"); percent(v) }
        if let v = t.priorFixedPct { key("priorFixedPct"); percent(v) }
        key("subject"); subject(t.subject)
        endObject()
    }

    func adjustment(_ a: Adjustment) {
        beginObject()
        key("from"); level(a.from)
        key("reason"); message(a.reason)
        key("rule"); string(a.rule)
        key("subject"); subject(a.subject)
        key("to"); level(a.to)
        endObject()
    }

    func auditEntry(_ e: AuditEntry) {
        beginObject()
        key("changes"); array(e.changes) { string($0) }
        if let v = e.changesVi { key("changesVi"); array(v) { string($0) } }
        key("command"); string(e.command)
        if let f = e.files { key("files"); array(f) { string($0) } }
        key("time"); string(e.time)
        endObject()
    }

    func criterion(_ c: Criterion) {
        beginObject()
        key("class"); raw(c.cls)
        key("form"); string(c.form)
        key("id"); string(c.id)
        if let v = c.max { key("max"); points(v) }
        key("part"); raw(c.part)
        key("text"); string(c.text)
        endObject()
    }

    func assessment(_ a: Assessment) {
        beginObject()
        key("criterion"); string(a.criterion)
        if let v = a.note { key("note"); string(v) }
        if let v = a.points { key("points"); points(v) }
        if let v = a.rating { key("rating"); raw(v) }
        key("subject"); subject(a.subject)
        endObject()
    }

    func shortcoming(_ s: Shortcoming) {
        beginObject()
        key("subject"); subject(s.subject)
        key("text"); string(s.text)
        if let v = s.year { key("year"); int(v) }
        endObject()
    }

    func weight(_ w: Weight) {
        beginObject()
        key("criterion"); string(w.criterion)
        key("max"); points(w.max)
        key("part"); raw(w.part)
        endObject()
    }

    func settings(_ s: Settings) {
        beginObject()
        if let v = s.asOf { key("asOf"); day(v) }
        key("deadlines"); object(s.deadlines) { day($0) }
        key("headCap"); bool(s.headCap)
        key("quota"); int(s.quota)
        key("quotaBase"); raw(s.quotaBase)
        key("quotaGroups"); object(s.quotaGroups) { raw($0) }
        key("rules"); string(s.rules)
        if let v = s.title { key("title"); string(v) }
        key("weights"); array(s.weights, weight)
        key("year"); int(s.year)
        endObject()
    }
}
