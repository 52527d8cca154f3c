import Foundation
import KiemDiem

/// `report KIND`: builds the report model (KiemDiem/Reports), renders it in the asked format and
/// prints it or writes it to `--out`.
extension Verbs {
    static let reportKinds = ["summary", "members", "organizations", "collectives", "leaders", "unit", "exclusions",
                              "reviews", "findings", "adjustments", "deadlines", "upper", "audit", "document", "form", "forms"]
    static let reportFormats = ["table", "csv", "json", "md", "html", "xlsx"]

    /// The options each kind takes (the binder refuses the others, Tab offers these): a filter
    /// that a kind cannot apply is refused rather than ignored.
    static let reportOptions: [String: [String]] = {
        let noClass: Set = ["members", "organizations", "collectives", "leaders", "unit", "audit", "deadlines", "document", "form"]
        // `unit` prints the unit's synthesis table, which a level would make a table of a subset.
        let noLevel: Set = ["summary", "unit", "exclusions", "audit", "findings", "reviews", "deadlines", "document", "form", "forms"]
        let noUnit: Set = ["audit", "deadlines", "document", "unit", "form"]
        return Dictionary(uniqueKeysWithValues: reportKinds.map { k in
            (k, ["format", "out"] + [("class", noClass), ("level", noLevel), ("unit", noUnit)].filter { !$0.1.contains(k) }.map(\.0))
        })
    }()

    static let report = VerbSpec(
        name: "report", group: .reports,
        usage: "report KIND [--format table|csv|json|md|html|xlsx] [--out FILE] [--unit U] [--class C] [--level L] | report form SUBJECT [--format md|html] [--out FILE] | report forms [--unit U] [--class C] [--format md|html] [--out DIR]",
        summary: Message(en: "print or write a report: synthesis table, lists per subject, plan, findings, the result document",
                         vi: "in hoặc ghi báo cáo: bảng tổng hợp, danh sách đối tượng, kế hoạch, các vấn đề (check), văn bản báo cáo kết quả"),
        options: [
            OptionSpec("format", .choice(reportFormats), Message(en: "output format (default: table; md for document; or from --out's extension)",
                                                                 vi: "định dạng (mặc định: table; md với document; hoặc theo đuôi tệp --out)")),
            OptionSpec("out", .file, Message(en: "write to this file (atomic; not through a symbolic link); without --format its extension gives the format (.htm is html; .txt or none the default; another is refused)",
                                             vi: "ghi ra tệp này (ghi an toàn; không ghi qua liên kết tượng trưng); không có --format thì đuôi tệp quyết định định dạng (.htm là html; .txt hoặc không đuôi: mặc định; đuôi khác bị từ chối)")),
            OptionSpec("unit", .unit, Message(en: "only subjects of this unit", vi: "chỉ đối tượng thuộc đơn vị này")),
            OptionSpec("class", .choice(SubjectClass.allCases.map(\.rawValue)), Message(en: "only this class of subjects", vi: "chỉ loại đối tượng này")),
            OptionSpec("level", .level, Message(en: "only subjects whose final level is this", vi: "chỉ đối tượng có kết quả xếp loại này")),
        ],
        subwords: reportKinds,
        positionals: [.choice(reportKinds), .unit],
        // unit and form take one more word; the other kinds none (Tab offered units after them).
        subwordPositionals: Dictionary(uniqueKeysWithValues: reportKinds.map { k -> (String, [ValueKind]) in
            (k, k == "unit" ? [.unit] : k == "form" ? [.subject] : [])
        }),
        subwordOptions: reportOptions,
        subwordValues: ["document": ["format": ["md", "html"]], "form": ["format": ["md", "html"]], "forms": ["format": ["md", "html"]]],
        examples: ["report summary", "report members --unit CB01 --format csv --out cb01.csv", "report members --level HTXSNV",
                   "report unit CB03", "report document --format html --out ket-qua-2023.html", "report summary --format json",
                   "report form P040", "report form CB01 --format html --out mau-01-cb01.html", "report forms --unit CB01 --out mau-cb01"],
        run: { inv, s in try runReport(inv, s) })

    static func runReport(_ inv: Invocation, _ s: Session) throws {
        let kindWord = try inv.positional(0, "KIND")
        let kind = kindWord.text.lowercased()
        guard reportKinds.contains(kind) else {
            throw inv.error(ShellText.unknownReport(kindWord.text), at: kindWord,
                            hints: Suggest.hint(kind, reportKinds) + [ShellText.reportKinds(reportKinds)])
        }
        if kind == "form" || kind == "forms" { return try runForms(inv, s, kind) }
        try inv.noMorePositionals(than: kind == "unit" ? 2 : 1)
        let ws = s.workspace

        // Which options make sense for which kinds: `reportOptions`, applied by the binder.
        var filter = ReportFilter()
        if let w = inv.value("unit") { filter.unit = try unitCode(w, inv, ws) }
        if let w = inv.value("class") {
            guard let c = VietnameseValues.match(w.text, SubjectClass.self, VietnameseValues.cls) else {
                throw inv.error(ShellText.unknownClass(w.text), at: w,
                                hints: Suggest.hint(w.text, SubjectClass.allCases.map(\.rawValue)) + [ShellText.hintClasses])
            }
            filter.cls = c
        }
        if let w = inv.value("level") { filter.level = try inv.level(w) }

        // Format: asked, else from --out's extension, else the kind's default.
        let allowed = kind == "document" ? ["md", "html"] : reportFormats
        var format = kind == "document" ? "md" : "table"
        let out = inv.value("out")
        if let w = inv.value("format") {
            format = w.text.lowercased()
            guard reportFormats.contains(format) else {
                throw inv.error(ShellText.badChoice(w.text, reportFormats), at: w, hints: Suggest.hint(w.text, reportFormats))
            }
            guard allowed.contains(format) else { throw inv.error(ShellText.formatNotFor(format, kind, allowed), at: w) }
            if let out { try refuseExtensionClash(format, out, inv) }
        } else if let out {
            format = try outFormat(out, kind, allowed, inv) ?? format
        }

        var ctx = try reportContext(s, inv, kind, filter)
        ctx.drawsCharts = format == "html"  // the other renderers leave charts out
        let report: Report
        switch kind {
        case "summary": report = Reports.summary(ctx)
        case "members": report = Reports.subjects(ctx, .member)
        case "organizations": report = Reports.subjects(ctx, .organization)
        case "collectives": report = Reports.subjects(ctx, .collective)
        case "leaders": report = Reports.subjects(ctx, .leader)
        case "unit":
            let w = try inv.positional(1, "UNIT")
            report = Reports.unit(ctx, try unitCode(w, inv, ws))
        case "exclusions": report = Reports.exclusions(ctx)
        case "reviews": report = Reports.reviews(ctx)
        case "findings": report = Reports.findings(ctx)
        case "adjustments": report = Reports.adjustments(ctx)
        case "deadlines": report = Reports.deadlines(ctx)
        case "upper": report = Reports.upper(ctx)
        case "audit": report = Reports.audit(ctx)
        default: report = Reports.document(ctx)
        }

        // Stopped passes made part of a report: not rendered (a million rows take a while).
        try s.checkInterrupt()
        if format == "xlsx" {
            try writeWorkbook(report, inv, s)
            return
        }
        let text: String
        switch format {
        case "csv": text = CSVRenderer.render(report)
        case "json": text = JSONRenderer.render(report.json)
        case "md": text = MarkdownRenderer.render(report, lang: kind == "document" ? .vi : s.lang)
        case "html": text = HTMLRenderer.render(report, lang: kind == "document" ? .vi : s.lang)
        default:
            // Colour and width only make sense on the terminal, not in a file.
            let toFile = inv.value("out") != nil
            text = TextRenderer.render(report, .init(lang: s.lang, width: toFile ? nil : s.console.width,
                                                     color: toFile ? false : s.color))
        }
        // Ctrl-C while the report was made: nothing printed or written (the rules' passes stop
        // early, and what they made is not whole).
        try s.checkInterrupt()
        if let out = inv.value("out") {
            try inv.pointing(at: out) { try s.writeReport(text, to: s.resolve(out.text), display: s.shown(out.text)) }
            if !s.quiet { s.say(ShellText.reportWritten(s.shown(out.text), text.utf8.count)) }
        } else {
            try s.emit(text)
        }
        // On stderr: the document itself may be going to stdout.
        if ctx.pendingCapCount > 0 { s.console.err(s.t(ShellText.documentBeforeCap(ctx.pendingCapCount)) + "\n") }
        if ["summary", "members", "organizations", "collectives", "leaders", "unit", "upper"].contains(kind) {
            s.noteCapOutOfDate(ShellText.readsReport)
        }
        for g in ctx.quotaTies {
            s.console.err(s.t(ShellText.documentQuotaTie(g.key, g.tied.map(\.description), g.slots)) + "\n")
        }
    }

    /// File kinds a reader opens by their extension: a report of another format under such a
    /// name (Markdown in `ket-qua.xlsx`, a text table in `tong-hop.tsv`) would not open as the
    /// name promises, so `--format` refuses to write one under another's name.
    static let namedFormats = Set(reportFormats.filter { $0 != "table" }
                                  + ["pdf", "doc", "docx", "xls", "ods", "odt", "rtf", "tsv", "xml", "json5", "jsonl", "ndjson",
                                     "yaml", "yml"])
    /// The extension as the name shows it, also of a name that is only one (`.xlsx`), which
    /// Foundation reads as a hidden file with none: a text table was written under it.
    static func typedExtension(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// Names that promise plain text, or promise nothing: the kind's default format.
    static let plainExtensions: Set = ["", "txt", "text"]

    /// --out's extension, lowercased, with the other spellings of kd's formats read as them
    /// (`.htm` is html, `.markdown` md).
    static func outExtension(_ path: String) -> String {
        let ext = typedExtension(path).lowercased()
        switch ext {
        case "htm": return "html"
        case "markdown": return "md"
        default: return ext
        }
    }

    /// JSON under a .csv name opens as garbage in the program the name promises.
    static func refuseExtensionClash(_ format: String, _ out: Word, _ inv: Invocation) throws {
        let ext = outExtension(out.text)
        if namedFormats.contains(ext), ext != format {
            throw inv.error(ShellText.formatExtensionClash(format, typedExtension(out.text)), at: out,
                            hints: [ShellText.hintFormatExtension(format)])
        }
    }

    /// The format --out's name asks for when --format is not given: the extension of a format
    /// the kind writes gives it; `.txt` or none gives the kind's default (nil); any other
    /// extension is refused, so that no file is written in a format its name does not promise.
    static func outFormat(_ out: Word, _ kind: String, _ allowed: [String], _ inv: Invocation, verb: String = "report") throws -> String? {
        let ext = outExtension(out.text)
        if allowed.contains(ext) && ext != "table" { return ext }
        if plainExtensions.contains(ext) { return nil }
        let files = allowed.filter { $0 != "table" }
        let typed = typedExtension(out.text)
        if namedFormats.contains(ext) {
            throw inv.error(ShellText.formatNotFor(typed.lowercased(), kind, files, verb: verb), at: out, hints: [ShellText.hintOutExtension(files)])
        }
        throw inv.error(ShellText.unknownOutExtension(typed, kind, verb: verb), at: out,
                        hints: [ShellText.hintUnknownOutExtension(files, plain: allowed.contains("table"))])
    }

    /// What `cap` would still change, for the document: the upper-level rows note it, and a
    /// note says how many subjects in all (a document filed before `cap` shows levels it lowers).
    static func pendingCap(_ ctx: inout ReportContext, _ res: CapResult) {
        let ws = ctx.workspace
        func now(_ key: String) -> Level? { ws.finalLevel(key: key) }
        for (key, a) in res.adjustments where now(key) != a.to { ctx.pendingChanges[key] = (a.to, a.rule) }
        // Adjustments in force that cap would no longer make (their rule no longer applies); one
        // of a subject not graded now moves no level (`cap` says it drops the record).
        for (key, a) in ws.adjustments where res.adjustments[key] == nil && ws.grades[key]?.effectiveLevel == a.from && a.to != a.from
            && ctx.block(a.subject) == nil {
            ctx.pendingChanges[key] = (a.from, nil)
        }
        ctx.pendingCapCount = ctx.pendingChanges.count
        ctx.quotaTies = res.groups.filter { !$0.tied.isEmpty }
        for ref in Reports.upperSubjects(ctx) where ctx.block(ref) == nil {
            guard let eff = ws.effective(ref)?.record.level, let level = now(ref.key) else { continue }
            let adj = res.adjustments[ref.key]
            if (adj?.to ?? eff) != level { ctx.pendingCap[ref.key] = (adj?.to ?? eff, adj?.rule) }
        }
    }

    static func unitCode(_ w: Word, _ inv: Invocation, _ ws: Workspace) throws -> String {
        if ws.units.keys.contains(w.text) { return w.text }
        if let u = ws.units.keys.first(where: { $0.uppercased() == w.text.uppercased() }) { return u }
        // Or its whole name, ignoring case and diacritics, as a subject's (Tab offers names).
        let key = Vietnamese.key(w.text)
        let named = ws.units.values.filter { Vietnamese.key($0.name) == key }.map(\.code).sorted()
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw inv.error(Message(en: "\"\(w.text)\" names \(named.count) units", vi: "\"\(w.text)\" trùng với \(named.count) đơn vị"), at: w,
                            hints: [Message(en: "use the code: \(named.joined(separator: ", "))", vi: "hãy dùng mã: \(named.joined(separator: ", "))")])
        }
        throw inv.error(Catalog.unknownUnit(w.text), at: w, hints: Suggest.hint(w.text, ws.units.keys.sorted()))
    }

    /// The workspace and what the rulebook works out from it (findings, review plan, deadlines),
    /// asked only for the kinds that show it.
    static func reportContext(_ s: Session, _ inv: Invocation, _ kind: String, _ filter: ReportFilter) throws -> ReportContext {
        var ctx = ReportContext(workspace: s.workspace, filter: filter)
        ctx.lang = s.lang
        let book = Rulebooks.book(for: s.workspace.settings)
        ctx.rulesDate = book.map { ReferenceDate(s.workspace.settings, book: $0).date }
        if let order = s.peopleOrder() { ctx.peopleInNameOrder = { [ws = s.workspace] in order(ws) } }
        // One set of facts serves who is not graded, the findings and the review plan.
        let facts = kind == "audit" ? nil : book.map {
            WardFacts(s.workspace, book: $0, peopleOrder: s.peopleOrder(), subjects: s.subjectIndexes())
        }
        if let facts {
            // Who is not graded is the rulebook's answer (R-EXCL-*, R-NOGRADE-*): asked as the
            // summary counts (once per subject), else one pass for the report to look up.
            ctx.gradedAsMemberOnly = { facts.standsInForLeader(SubjectRef(.member, $0)) }
            if kind == "summary" {
                ctx.blockOf = facts.sharedSubjectBlock()
                ctx.memberBlockOf = { facts.memberBlock($0, status: $1, admitted: $2) }
            } else {
                ctx.blocked = facts.subjectBlocks()
                ctx.blockedByRules = true
            }
        }
        if ["members", "organizations", "collectives", "leaders", "unit", "upper", "findings", "reviews"].contains(kind) {
            // Without a rulebook, s.facts says which one is missing.
            let facts = try facts ?? s.facts(inv)
            if kind == "reviews" {
                // `review plan --unit` and this report list the same reviews.
                let owed = facts.reviewPlan(unit: filter.unit)
                ctx.reviewPlan = owed.map {
                    // Where it was held: a member's party group rather than the cell it reports to.
                    PlanRow(subject: $0.subject, venue: $0.done?.venue ?? $0.venue, rule: $0.rule, done: $0.done != nil, date: $0.done?.date,
                            form: $0.form)
                }
            } else {
                ctx.findings = facts.findings()
            }
        }
        if kind == "document", let facts { pendingCap(&ctx, facts.cap(keepOutcomes: false)) }
        if kind == "deadlines" || kind == "document" {
            let settings = s.workspace.settings
            ctx.deadlines = Rulebooks.deadlinesInForce(settings).map { name, date in
                DeadlineRow(name: name, what: ShellText.deadlineWhat(name, rules: settings.rules), date: date, overridden: settings.deadlines[name] != nil)
            }
        }
        return ctx
    }
}
