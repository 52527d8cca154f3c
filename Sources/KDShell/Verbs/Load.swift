import Foundation
import KiemDiem

extension Verbs {
    static let load = VerbSpec(
        name: "load", group: .loading, usage: "load KIND FILE [--replace|--merge] [--sheet NAME] | load workbook FILE.xlsx [--replace|--merge] | load demo [--replace] [--year 2023|2025]",
        summary: Message(en: "load facts from a CSV file or an .xlsx sheet (all rows or nothing), a whole workbook, or the demonstration ward",
                         vi: "nạp dữ liệu từ tệp CSV hoặc một trang .xlsx (tất cả các dòng hoặc không dòng nào), cả bảng tính, hoặc phường mẫu"),
        options: [
            OptionSpec("replace", nil, Message(en: "replace what is loaded of this kind (default when there is none)",
                                               vi: "thay toàn bộ dữ liệu loại này (mặc định khi chưa có)")),
            OptionSpec("merge", nil, Message(en: "add new rows and update existing ones by id",
                                             vi: "thêm dòng mới và cập nhật dòng đã có theo mã")),
            OptionSpec("year", .choice(["2023", "2025"]), Message(en: "demo round: 2023 (qd124, default) or 2025 (qd366, with scores)",
                                                                  vi: "kỳ của phường mẫu: 2023 (qd124, mặc định) hoặc 2025 (qd366, có điểm)")),
            sheetOption,
        ],
        subwords: LoadKind.all.map(\.name) + ["demo", "workbook"],
        positionals: [.choice(LoadKind.all.map(\.name) + ["demo", "workbook"]), .file],
        // What each sub-word reads: --year is the demo's round, --sheet one sheet of a kind's
        // workbook; another sub-word refuses them rather than load without them. The demo
        // takes --merge to refuse it with its own reason.
        subwordOptions: Dictionary(uniqueKeysWithValues: LoadKind.all.map { ($0.name, ["replace", "merge", "sheet"]) })
            .merging(["demo": ["replace", "merge", "year"], "workbook": ["replace", "merge"]]) { a, _ in a },
        examples: ["load units units.csv", "load roster roster.csv", "load roster more.csv --merge", "load demo", "load demo --year 2025",
                   "load roster ward.xlsx --sheet \"Đảng viên\"", "load workbook ward.xlsx"],
        run: { inv, s in
            let kindWord = try inv.positional(0, "KIND")
            let name = kindWord.text.lowercased()
            if inv.has("replace") && inv.has("merge") {
                throw inv.error(ShellText.loadBothModes, at: inv.value("merge"))
            }
            if name == "demo" {
                try inv.noMorePositionals(than: 1)
                if let w = inv.value("merge") { throw inv.error(ShellText.demoNoMerge, at: w, hints: [ShellText.hintDemoReplace]) }
                try loadDemo(inv, s)
                return
            }
            if name == "workbook" {
                try loadWorkbook(inv, s)
                return
            }
            guard let kind = LoadKind.named(name) else {
                let all = LoadKind.all.map(\.name) + ["demo", "workbook"]
                throw inv.error(ShellText.badChoice(kindWord.text, all), at: kindWord, hints: Suggest.hint(kindWord.text, all))
            }
            let fileWord = try inv.positional(1, "FILE")
            try inv.noMorePositionals(than: 2)
            func read() throws -> Table {
                do {
                    return try readTable(inv, s, kind, fileWord)
                } catch var e as KDError where e.location == nil && e.place == nil {
                    e.location = inv.location(fileWord)  // a file that cannot be opened: point at its name
                    throw e
                }
            }
            let mode: LoadMode
            if inv.has("merge") { mode = .merge } else if inv.has("replace") || kind.isEmpty(s.workspace) { mode = .replace } else {
                // A file that is not there (or not readable) is said first: choosing a mode
                // would not help, and the --replace the hint offers would fail on it.
                if !FileManager.default.isReadableFile(atPath: s.resolve(fileWord.text)) { _ = try read() }
                throw inv.error(ShellText.loadNeedsMode(kind.name), at: kindWord,
                                hints: [ShellText.hintLoadMode(kind.name, Completion.quote(fileWord.text, nil, close: true))])
            }
            let table = try read()
            var count = 0
            var notes: [Message] = []
            let old = kind.namesSubjects ? Set(s.workspace.codeClashes()) : []
            // The sheet read, when a workbook's was chosen by its name (as load workbook says it).
            let shown = table.sheet.map { "\(s.shown(fileWord.text))[\($0)]" } ?? s.shown(fileWord.text)
            try s.mutate(inv) { tx in
                count = try kind.load(table, tx, mode)
                tx.say(Catalog.loaded(kind.noun(count), shown))
                if mode == .replace { notes = try LoadIntegrity.settle(tx) }
                if let n = LoadIntegrity.newClashes(tx, old: old) { notes.append(n) }
                tx.say(notes)
            }
            // -q: no confirmation of what was read (as for open, save, new), the notes still.
            if !s.quiet { s.say(Catalog.loaded(kind.noun(count), shown)) }
            for n in notes { s.say(n) }
        })

    /// The embedded demonstration ward, loaded through the same loaders as files.
    static func loadDemo(_ inv: Invocation, _ s: Session) throws {
        if !s.workspace.isEmpty && !inv.has("replace") {
            throw inv.error(ShellText.demoNeedsEmpty, hints: [ShellText.hintDemoReplace])
        }
        var lines: [Message] = []
        var loaded = 0..<0  // the lines that say what was loaded, which -q leaves out
        try s.mutate(inv) { tx in
            if inv.has("replace") {
                var fresh = tx.ws.emptiedOfFacts()
                // The other demo round's own date is not the user's: the round loaded now sets its own.
                if let d = fresh.settings.asOf, d == DemoWard.asOf || d == DemoWard.asOf2025 { fresh.settings.asOf = nil }
                tx.replaceWhole(with: fresh)
            }
            let y2025 = try inv.value("year").map { try inv.choice($0, DemoYear.self) } == .y2025
            guard y2025 else {
                // The 2023 round is graded under qd124 (its reviews use qd124's form letters). Its
                // dates are set first, as for 2025: after `new` (this year's round) the reviews
                // were refused as a year before the round.
                if tx.ws.settings.rules != RulebookID.qd124.rawValue {
                    tx.replace(\.settings.rules, with: RulebookID.qd124.rawValue)
                    lines.append(ShellText.demoRules2023)
                }
                // Without a reference date the demo's 6-month cases mean nothing: use the demo's own.
                let dated = tx.ws.settings.asOf == nil
                if dated {
                    tx.replace(\.settings.asOf, with: DemoWard.asOf)
                    tx.replace(\.settings.year, with: DemoWard.asOf.year)
                }
                let first = lines.count
                lines += try demoRows(dated ? nil : tx.ws.settings.asOf, DemoWard.asOf) { try DemoWard.load(into: tx) }
                loaded = first..<lines.count
                if dated { lines.append(ShellText.demoDates(DemoWard.asOf, DemoWard.asOf.year)) }
                tx.say(lines)
                return
            }
            // The 2025 round is graded under qd366 (its reviews use qd366's form letters), and
            // its dates are set first: which members are new decides which rows load.
            if tx.ws.settings.rules != RulebookID.qd366.rawValue {
                tx.replace(\.settings.rules, with: RulebookID.qd366.rawValue)
                lines.append(ShellText.demoRules2025)
            }
            let dated = tx.ws.settings.asOf == nil
            if dated {
                tx.replace(\.settings.asOf, with: DemoWard.asOf2025)
                tx.replace(\.settings.year, with: DemoWard.asOf2025.year)
            }
            let first = lines.count
            lines += try demoRows(dated ? nil : tx.ws.settings.asOf, DemoWard.asOf2025) { try DemoWard.load2025(into: tx) }
            loaded = first..<lines.count
            if dated { lines.append(ShellText.demoDates(DemoWard.asOf2025, DemoWard.asOf2025.year)) }
            tx.say(lines)
        }
        for (i, l) in lines.enumerated() where !(s.quiet && loaded.contains(i)) { s.say(l) }
    }

    /// The demo's rows are made for its own reference date: under the user's, a row the rules
    /// refuse names an embedded file they never wrote, so the error says what to type.
    static func demoRows(_ own: Day?, _ demo: Day, _ load: () throws -> [Message]) throws -> [Message] {
        do { return try load() } catch var e as KDError {
            if let d = own, d != demo { e.hints.append(ShellText.demoAsOf(d.description, demo.description)) }
            throw e
        }
    }
}

extension ShellText {
    static func demoAsOf(_ own: String, _ demo: String) -> Message {
        Message(en: "the demo ward is made for as-of \(demo), not \(own): set as-of \(demo) first (or load it into a new workspace)",
                vi: "dữ liệu mẫu được lập cho ngày tham chiếu \(demo), không phải \(own): hãy set as-of \(demo) trước (hoặc nạp vào một workspace mới)")
    }
}

enum DemoYear: String, CaseIterable {
    case y2023 = "2023", y2025 = "2025"
}

extension ShellText {
    static let loadBothModes = m("give --replace or --merge, not both", "chỉ dùng một trong --replace hoặc --merge")
    static func loadNeedsMode(_ k: String) -> Message {
        m("the \(k) table already holds data: say whether to replace it or merge into it", "đã có bảng \(k): hãy chọn thay thế hay gộp")
    }
    static func hintLoadMode(_ k: String, _ f: String) -> Message {
        m("load \(k) \(f) --replace   or   load \(k) \(f) --merge", "load \(k) \(f) --replace   hoặc   load \(k) \(f) --merge")
    }
    static let demoNeedsEmpty = m("the workspace is not empty; the demo ward loads into an empty one",
                                  "workspace không trống; phường mẫu chỉ nạp vào workspace trống")
    static func demoDates(_ d: Day, _ y: Int) -> Message {
        m("set as-of \(d) and year \(y), the demo's dates", "đặt as-of \(d.vietnamese) và năm \(y) theo ngày của phường mẫu")
    }
    static let demoRules2023 = m("set rules qd124: the 2023 demo round is graded under QĐ 124 (Kế hoạch 79-KH/ĐU)",
                                 "đặt rules qd124: kỳ 2023 của phường mẫu đánh giá theo QĐ 124 (Kế hoạch 79-KH/ĐU)")
    static let demoRules2025 = m("set rules qd366: the 2025 demo round is graded under QĐ 366",
                                 "đặt rules qd366: kỳ 2025 của phường mẫu đánh giá theo QĐ 366")
    static let demoNoMerge = m("the demo ward is not merged into other data", "phường mẫu không gộp vào dữ liệu khác")
    static let hintDemoReplace = m("\"new\" first, or \"load demo --replace\"", "hãy \"new\" trước, hoặc \"load demo --replace\"")
}
