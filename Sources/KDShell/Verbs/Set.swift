import Foundation
import KiemDiem

extension Verbs {
    /// The keys `set` takes, in the order `show settings` lists them.
    static let settingKeys = ["year", "rules", "as-of", "quota", "quota-base", "quota-group", "head-cap", "deadline",
                              "weights", "lang", "color", "bail", "echo", "timer"]

    /// The values each key takes, for completion.
    static let settingValues: [String: [ValueKind]] = {
        let onOff = ValueKind.choice(["on", "off"])
        return [
            "year": [.number], "rules": [.choice(RulebookID.allCases.map(\.rawValue))], "as-of": [.date],
            "quota": [.number], "quota-base": [.choice(Settings.QuotaBase.allCases.map(\.rawValue))],
            "quota-group": [.choice(SubjectClass.allCases.map(\.rawValue)), .choice(["by"]),
                            .choice(Settings.QuotaGrouping.allCases.map(\.rawValue))],
            "head-cap": [onOff], "deadline": [.choice(["report", "review", "upper"]), .date], "weights": [.file],
            "lang": [.choice(Language.allCases.map(\.rawValue))], "color": [.choice(["on", "off", "auto", "always", "never"])], "bail": [onOff],
            "echo": [onOff], "timer": [onOff],
        ]
    }()

    /// Each key's own usage, which a missing or extra word names (`set deadline NAME DATE`).
    static let settingUsages: [String: String] = {
        let onOff = "on|off"
        return [
            "year": "YEAR", "rules": RulebookID.allCases.map(\.rawValue).joined(separator: "|"), "as-of": "DATE",
            "quota": "PERCENT", "quota-base": Settings.QuotaBase.allCases.map(\.rawValue).joined(separator: "|"),
            "quota-group": "CLASS by class|unit", "head-cap": onOff, "deadline": "NAME DATE", "weights": "FILE",
            "lang": Language.allCases.map(\.rawValue).joined(separator: "|"), "color": "on|off|auto|always|never",
            "bail": onOff, "echo": onOff, "timer": onOff,
        ].reduce(into: [:]) { $0[$1.key] = "set \($1.key) \($1.value)" }
    }()

    static let set = VerbSpec(
        name: "set", group: .workspace, usage: "set KEY VALUE",
        summary: Message(en: "change a setting (workspace settings are saved and can be undone)",
                         vi: "đổi một thiết lập (thiết lập của workspace được lưu và hoàn tác được)"),
        subwords: settingKeys,
        positionals: [.settingKey, .text],
        subwordPositionals: settingValues,
        examples: ["set as-of 2023-11-26", "set quota 20", "set quota-group member by unit", "set head-cap off",
                   "set deadline review 2023-11-26", "set weights weights.csv", "set lang vi"],
        run: { inv, s in
            let keyWord = try inv.positional(0, "KEY")
            let key = keyWord.text.lowercased()
            guard let usage = settingUsages[key] else {
                throw inv.error(ShellText.unknownSetting(keyWord.text), at: keyWord, hints: Suggest.hint(keyWord.text, settingKeys))
            }
            // A word missing or too many: said with this key's usage, naming what is missing.
            var keyed = inv
            keyed.spec.usage = usage
            let inv = keyed
            let v = try inv.positional(1, usage.split(separator: " ")[2].description)
            func onOff(_ w: Word) throws -> Bool {
                switch w.text.lowercased() {
                case "on", "yes", "true", "1", "có": return true
                case "off", "no", "false", "0", "không": return false
                default: throw inv.error(ShellText.badSetting(key, w.text, key == "color" ? "on|off|auto|always|never" : "on|off"), at: w)
                }
            }
            switch key {
            case "lang", "color", "bail", "echo", "timer":
                try inv.noMorePositionals(than: 2)
                switch key {
                case "lang": s.lang = try inv.choice(v, Language.self)
                case "color":
                    // As --color takes them: auto (a terminal, no NO_COLOR), always, never.
                    switch v.text.lowercased() {
                    case "auto": (s.color, s.errColor) = (StandardConsole.colorAuto(1), StandardConsole.colorAuto(2))
                    case "always": (s.color, s.errColor) = (true, true)
                    case "never": (s.color, s.errColor) = (false, false)
                    default: s.color = try onOff(v); s.errColor = s.color
                    }
                    let choice = v.text.lowercased()
                    s.colorChoice = ["auto", "always", "never"].contains(choice) ? choice : nil
                case "bail": s.bail = try onOff(v)
                case "echo": s.echo = try onOff(v)
                default: s.timer = try onOff(v)
                }
                return
            default: break
            }
            let before = s.workspace
            var note: Message?
            try s.mutate(inv) { tx in
                switch key {
                case "year":
                    try inv.noMorePositionals(than: 2)
                    guard let y = Int(v.text), Settings.years.contains(y) else {
                        throw inv.error(ShellText.badSetting(key, v.text, "\(Settings.years.lowerBound)–\(Settings.years.upperBound)"), at: v)
                    }
                    tx.replace(\.settings.year, with: y)
                case "rules":
                    try inv.noMorePositionals(than: 2)
                    guard let r = RulebookID(rawValue: v.text.lowercased()) else {
                        throw inv.error(ShellText.unknownRules(v.text), at: v,
                                        hints: Suggest.hint(v.text, RulebookID.allCases.map(\.rawValue)))
                    }
                    // A criteria list loaded for another round (ratings, no max) would make
                    // nonsense totals under a points round: refused, as `load criteria` refuses it.
                    if let p = Rulebooks.book(for: r)?.criteriaListProblem(Array(tx.ws.criteria.values)) {
                        throw inv.error(ShellText.rulesCriteriaMisfit(r.rawValue, p.message), at: v,
                                        hints: [ShellText.hintRulesCriteria(r.rawValue)])
                    }
                    tx.replace(\.settings.rules, with: r.rawValue)
                case "as-of":
                    try inv.noMorePositionals(than: 2)
                    tx.replace(\.settings.asOf, with: try inv.date(v))
                case "quota":
                    try inv.noMorePositionals(than: 2)
                    let t = v.text.hasSuffix("%") ? String(v.text.dropLast()) : v.text
                    guard let q = Int(t), Settings.quotas.contains(q) else {
                        throw inv.error(ShellText.badSetting(key, v.text, "\(Settings.quotas.lowerBound)–\(Settings.quotas.upperBound) (%)"), at: v)
                    }
                    tx.replace(\.settings.quota, with: q)
                case "quota-base":
                    try inv.noMorePositionals(than: 2)
                    tx.replace(\.settings.quotaBase, with: try inv.choice(v, Settings.QuotaBase.self))
                case "quota-group":
                    // set quota-group CLASS by class|unit
                    let cls = try inv.choice(v, SubjectClass.self, aliases: VietnameseValues.cls)
                    let by = try inv.positional(2, "by class|unit")
                    guard by.text.lowercased() == "by" else {
                        throw inv.error(ShellText.badSetting(key, by.text, "by"), at: by, hints: [ShellText.usage(usage)])
                    }
                    let g = try inv.choice(try inv.positional(3, "class|unit"), Settings.QuotaGrouping.self)
                    try inv.noMorePositionals(than: 4)
                    // The default is kept as no entry: a scenario that goes back to it saves
                    // the same settings as one that never left it (and diff shows nothing).
                    tx.set(\.settings.quotaGroups, cls.rawValue, g == .class ? nil : g)
                case "head-cap":
                    try inv.noMorePositionals(than: 2)
                    let on = try onOff(v)
                    tx.replace(\.settings.headCap, with: on)
                    // Under qd124 it is the plan's own rule: off is a scenario, said as such.
                    if !on && tx.ws.settings.rules == RulebookID.qd124.rawValue { note = ShellText.headCapOffPlan }
                case "deadline":
                    let d = try inv.date(try inv.positional(2, "DATE"))
                    try inv.noMorePositionals(than: 3)
                    // Trimmed: "review " is the rulebook's review deadline, not a second one.
                    let name = v.text.trimmingBlanks.lowercased()
                    if name.isEmpty { throw inv.error(ShellText.emptyDeadlineName, at: v, hints: [ShellText.usage(usage)]) }
                    tx.set(\.settings.deadlines, name, d)
                    // A name of the user's own is kept (a ward may add milestones), but said,
                    // so that a mistyped "reveiw" is not taken silently for a new deadline.
                    let known = Rulebooks.book(for: tx.ws.settings)?.defaultDeadlines(year: tx.ws.settings.year).keys.sorted() ?? []
                    if !known.isEmpty && !known.contains(name) {
                        note = ShellText.ownDeadline(name, known, Suggest.nearest(name, known))
                    }
                case "weights":
                    try inv.noMorePositionals(than: 2)
                    let w: [Weight]
                    do {
                        w = try WeightsTable.read(path: s.resolve(v.text), display: v.text)
                    } catch var e as KDError where e.location == nil && e.place == nil {
                        e.location = inv.location(v)
                        throw e
                    }
                    let before = tx.ws
                    tx.replace(\.settings.weights, with: w)
                    // Weights are the sheet's criteria: marks on the ones left out would count
                    // for nothing, silently (as `load criteria` refuses).
                    if let book = Rulebooks.book(for: tx.ws.settings) {
                        let unused = CriteriaSheets.newlyUnusedMarks(before: before, after: tx.ws, book)
                        if !unused.isEmpty {
                            throw KDError(Catalog.Criteria.criteriaInUse(unused), at: SourceLocation(file: v.text, line: 1, column: 1),
                                          hints: [Catalog.Criteria.hintWeightsInUse])
                        }
                        // Nor may a weight fall below a mark recorded (counted in full, it raised the sheet).
                        let over = CriteriaSheets.newlyAboveMax(before: before, after: tx.ws, book)
                        if !over.isEmpty {
                            throw KDError(Catalog.Criteria.marksOverNewMax(over), at: SourceLocation(file: v.text, line: 1, column: 1),
                                          hints: [Catalog.Criteria.hintMarksOverNewMax])
                        }
                    }
                default:
                    throw inv.error(ShellText.unknownSetting(keyWord.text), at: keyWord, hints: Suggest.hint(keyWord.text, settingKeys))
                }
                tx.say(Message("set \(inv.positionals.map(\.text).joined(separator: " "))"))
            }
            if let note { s.say(note) }
            if key == "rules" {
                rulesSwitched(s, from: before)
                warnMarksLeftBehind(s, from: before)
            }
            if key == "year" || key == "as-of" || key == "deadline" { warnReferenceDate(s) }
            if key == "year" || key == "deadline" || key == "rules" {
                for p in DeadlineChecks.problems(s.workspace.settings) { s.warn(Message(en: "warning: " + p.en, vi: "cảnh báo: " + p.vi)) }
            }
            if key == "year" || key == "rules" { warnRulesForYear(s) }
        })

    /// Says which recorded marks the new rulebook's sheets leave out (QĐ 124's ratings on a
    /// workspace moved to QĐ 366): kept, as the round before may want them, but counting for
    /// nothing now; `check` says it of each subject.
    static func warnMarksLeftBehind(_ s: Session, from old: Workspace) {
        guard old.settings.rules != s.workspace.settings.rules, let a = Rulebooks.book(for: old.settings),
              let b = Rulebooks.book(for: s.workspace.settings) else { return }
        let left = CriteriaSheets.newlyUnusedMarks(before: old, a, after: s.workspace, b)
        guard !left.isEmpty else { return }
        let sample = Catalog.Criteria.list(left.map { "\($0.subject.description) \($0.criterion)" }, 3)
        let m = Catalog.Criteria.marksLeftBehind(left.count, sample, s.workspace.settings.rules, old.settings.rules)
        s.warn(Message(en: "warning: " + m.en, vi: "cảnh báo: " + m.vi))
    }

    /// Says when a round of 2025 or later keeps QĐ 124's rules (QĐ 366 replaced them from
    /// 2025, as `new --year` chooses): `set year 2025` keeps the rules, so a workspace carried
    /// into the 2025 round was graded on the old rules without a word. The rules are left as
    /// they are (a scenario may want them). qd366 on an earlier round is a scenario only.
    static func warnRulesForYear(_ s: Session) {
        let st = s.workspace.settings
        guard st.year >= 2025, st.rules == RulebookID.qd124.rawValue else { return }
        s.warn(ShellText.rulesNotOfYear(st.year, st.rules, RulebookID.qd366.rawValue))
    }

    /// Says when the reference date is outside the round's year (`set year` keeps as-of), with
    /// what to type; the grades are left as they are.
    static func warnReferenceDate(_ s: Session) {
        let r = ReferenceDate(s.workspace.settings)
        if r.outsideYear { s.warn(ShellText.referenceOutsideYear(r)) }
    }

    /// `show settings` lines: `key = value`.
    static func settingsLines(_ s: Session) -> [String] {
        let st = s.workspace.settings
        var lines = [
            "title = \(st.title ?? "-")",
            "year = \(st.year)",
            "rules = \(st.rules)",
            "as-of = \(st.asOf?.description ?? "-")",
            "quota = \(st.quota)%",
            "quota-base = \(st.quotaBase.rawValue)",
        ]
        for c in SubjectClass.allCases { lines.append("quota-group \(c.rawValue) = by \(st.quotaGrouping(for: c).rawValue)") }
        lines.append("head-cap = \(st.headCap ? "on" : "off")")
        // Every deadline in force: the rulebook's, unless set by hand (marked so).
        let rulebook = Rulebooks.book(for: st)?.defaultDeadlines(year: st.year) ?? [:]
        for k in Set(rulebook.keys).union(st.deadlines.keys).sorted() {
            if let d = st.deadlines[k] {
                lines.append("deadline \(k) = \(d)")
            } else if let d = rulebook[k] {
                lines.append("deadline \(k) = \(d) (\(st.rules))")
            }
        }
        lines.append("weights = \(st.weights.isEmpty ? "-" : "\(st.weights.count) criteria")")
        for w in st.weights { lines.append("weight \(w.part.rawValue) \(w.criterion) = \(w.max)") }
        lines += [
            "lang = \(s.lang.rawValue)",
            "color = \(s.color ? "on" : "off")" + (s.colorChoice.map { " (\($0))" } ?? ""),
            "bail = \(s.bail.map { $0 ? "on" : "off" } ?? "auto")",
            "echo = \(s.echo ? "on" : "off")",
            "timer = \(s.timer ? "on" : "off")",
        ]
        return lines
    }
}
