import KiemDiem

/// The workbook side of `load`: `load KIND FILE.xlsx [--sheet NAME]` and `load workbook FILE.xlsx`.
/// A sheet becomes the same rows of strings a CSV file gives, so every kind goes through the
/// same schema and validation code.
extension Verbs {
    static let sheetOption = OptionSpec("sheet", .text, Message(en: "the sheet of an .xlsx workbook to read (default: the one named like the kind)",
                                                                vi: "trang của bảng tính .xlsx cần đọc (mặc định: trang mang tên loại dữ liệu)"))

    /// A kind's table from a CSV file or a workbook sheet.
    static func readTable(_ inv: Invocation, _ s: Session, _ kind: LoadKind, _ fileWord: Word) throws -> Table {
        let path = s.resolve(fileWord.text)
        guard XlsxKinds.isWorkbook(fileWord.text) else {
            if let sheet = inv.value("sheet") { throw inv.error(ShellText.sheetNeedsWorkbook, at: sheet) }
            // Header only: accepted into an empty kind (a ward with no discipline case has such
            // a file); into recorded rows it is likelier a wrong export than a wish.
            return try Table.read(path: path, display: s.shown(fileWord.text), schema: kind.schema, emptyAllowed: kind.isEmpty(s.workspace))
        }
        let wb = try XlsxWorkbook.read(path: path, display: s.shown(fileWord.text))
        let table = try XlsxKinds.table(wb, kind: kind.name, sheet: inv.value("sheet")?.text, schema: kind.schema)
        try table.requireRows(kind.schema.kind, unless: kind.isEmpty(s.workspace))
        return table
    }

    /// Every sheet named like a kind, in the order kinds depend on each other, as one transaction.
    static func loadWorkbook(_ inv: Invocation, _ s: Session) throws {
        let fileWord = try inv.positional(1, "FILE.xlsx")
        try inv.noMorePositionals(than: 2)
        guard XlsxKinds.isWorkbook(fileWord.text) else {
            throw inv.error(ShellText.workbookNeedsXlsx(fileWord.text), at: fileWord)
        }
        let shown = s.shown(fileWord.text)
        let wb = try XlsxWorkbook.read(path: s.resolve(fileWord.text), display: shown)
        // Read and bind every sheet before changing anything.
        var tables: [(LoadKind, String, Table)] = []
        var empty: [String] = []
        for kind in LoadKind.all {
            guard let sheet = try XlsxKinds.sheet(for: kind.name, in: wb) else { continue }
            guard let table = try XlsxKinds.tableUnlessEmpty(wb, kind: kind.name, sheet: sheet, schema: kind.schema) else {
                empty.append(sheet)
                continue
            }
            tables.append((kind, sheet, table))
        }
        // What was not read, and why: hidden sheets (a stale copy, a list behind a drop-down)
        // whatever their name, and visible sheets named like no kind.
        let used = Set(tables.map(\.1) + empty)
        let hidden = wb.sheetNames.filter { wb.hiddenSheets.contains($0) }
        let unnamed = wb.visibleSheets.filter { !used.contains($0) }
        var notes: [Message] = []
        if !unnamed.isEmpty { notes.append(ShellText.hintSheetsSkipped(unnamed)) }
        if !hidden.isEmpty { notes.append(ShellText.hintHiddenSkipped(hidden)) }
        if !empty.isEmpty { notes.append(ShellText.hintEmptySkipped(empty)) }
        guard !tables.isEmpty else {
            if !empty.isEmpty { throw inv.error(ShellText.workbookNoRows(fileWord.text, empty), at: fileWord) }
            throw inv.error(ShellText.workbookNoKinds(fileWord.text), at: fileWord,
                            hints: [ShellText.hintWorkbookSheets(LoadKind.all.map(\.name)), Catalog.hintSheetsOfWorkbook(wb.sheetNames, kind: "KIND", file: fileWord.text)]
                                + (hidden.isEmpty ? [] : [ShellText.hintHiddenSkipped(hidden)])
                                + (empty.isEmpty ? [] : [ShellText.hintEmptySkipped(empty)]))
        }
        var lines: [Message] = []
        var loadedLines = 0  // the first lines, one per sheet loaded; -q leaves them out
        let old = tables.contains { $0.0.namesSubjects } ? Set(s.workspace.codeClashes()) : []
        // A sheet not read is often why another fails (its roster under a name kd does not
        // know): an error says which were not read.
        do { try s.mutate(inv) { tx in
            var replaced = false
            for (kind, sheet, table) in tables {
                let mode: LoadMode
                if inv.has("merge") { mode = .merge } else if inv.has("replace") || kind.isEmpty(tx.ws) { mode = .replace } else {
                    throw inv.error(ShellText.loadNeedsMode(kind.name), at: inv.positionals[0],
                                    hints: [ShellText.hintLoadMode("workbook", Completion.quote(fileWord.text, nil, close: true))])
                }
                replaced = replaced || mode == .replace
                let n = try kind.load(table, tx, mode)
                let line = Catalog.loaded(kind.noun(n), "\(shown)[\(sheet)]")
                tx.say(line)
                lines.append(line)
            }
            loadedLines = lines.count
            // As after each replacing `load`, once the whole workbook is in: facts left pointing
            // at replaced units or members are dropped (and said), or the load is refused.
            if replaced {
                let notes = try LoadIntegrity.settle(tx)
                tx.say(notes)
                lines += notes
            }
            if let n = LoadIntegrity.newClashes(tx, old: old) {
                tx.say(n)
                lines.append(n)
            }
        } } catch var e as KDError where !notes.isEmpty {
            e.hints += notes
            throw e
        }
        // -q: no line per sheet loaded; the notes after them still.
        for (i, l) in lines.enumerated() where !(s.quiet && i < loadedLines) { s.say(l) }
        if !unnamed.isEmpty { s.say(ShellText.sheetsSkipped(unnamed)) }
        if !hidden.isEmpty { s.say(ShellText.hiddenSkipped(hidden)) }
        if !empty.isEmpty { s.say(ShellText.emptySkipped(empty)) }
    }
}
