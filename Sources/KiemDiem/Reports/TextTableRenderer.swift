/// Lays a report out for a terminal: aligned columns measured in display width, fitted to the
/// terminal's width by shortening text columns, colour only when asked (a terminal).
public enum TextRenderer {
    public struct Style: Sendable {
        public var lang: Language
        /// Terminal columns; nil = no limit (a pipe or file).
        public var width: Int?
        public var color: Bool
        /// A line of dashes under the headers, and "(no rows)" for an empty table; `list` goes
        /// without them.
        public var frame: Bool
        public init(lang: Language, width: Int? = nil, color: Bool = false, frame: Bool = true) {
            self.lang = lang
            self.width = width
            self.color = color
            self.frame = frame
        }
    }

    public static func render(_ r: Report, _ style: Style) -> String {
        var out = paint(r.title.text(style.lang), "1", style) + "\n"
        if let sub = r.subtitle { out += sub.text(style.lang) + "\n" }
        for b in r.blocks {
            switch b {
            case .heading(let m): out += "\n" + paint(m.text(style.lang), "1", style) + "\n"
            case .paragraph(let m): out += m.text(style.lang) + "\n"
            case .list(let items): for m in items { out += "- " + m.text(style.lang) + "\n" }
            case .letterhead(let left, let right), .signature(let left, let right): out += (left + right).joined(separator: "\n") + "\n"
            case .table(let t): out += table(t, style)
            case .chart: continue  // charts are drawn in html; the table beside them has the numbers
            }
        }
        return out
    }

    /// Minimum width a text column may be shortened to.
    static let minColumn = 6
    /// Columns of ids, keys, rule ids and dates are never shortened: `organizatio…` or
    /// `R124-DISCIP…` names nothing one can type (names and notes are shortened instead).
    static let identifiers: Set = ["id", "subject", "rule", "class", "form", "from", "to", "criterion", "date", "time", "severity"]

    public static func table(_ t: ReportTable, _ style: Style) -> String {
        let headers = t.columns.map { $0.header.text(style.lang) }
        var cells: [[String]] = []
        cells.reserveCapacity(t.rows.count)
        var widths = headers.map(DisplayWidth.of)
        for (n, cellsOfRow) in t.rows.enumerated() {
            // A stopped table is thrown away by the caller (`Interrupt`).
            if Interrupt.stops(at: n) { return "" }
            let row = cellsOfRow.map { $0.text(style.lang) }
            for (i, s) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(s)) }
            cells.append(row)
        }
        var shown = Array(t.columns.indices)
        // Too wide for the terminal: columns with nothing in any row go first, before any name
        // is shortened (a 50-column window cut names to 5 letters beside two empty columns).
        if let limit = style.width, !t.rows.isEmpty, lineWidth(widths) > limit {
            shown = shown.filter { i in !t.rows.allSatisfy { if case .empty = $0[i] { return true } else { return false } } }
            if shown.isEmpty { shown = Array(t.columns.indices) }
        }
        let numeric = shown.map { i in t.rows.contains { $0[i].isNumeric } }
        let shrinkable = shown.map { i in
            !identifiers.contains(t.columns[i].key)
                && t.rows.allSatisfy { row in switch row[i] { case .text, .label, .empty: return true; default: return false } }
        }
        widths = shown.map { widths[$0] }
        if let limit = style.width { fit(&widths, shrinkable: shrinkable, limit: limit) }

        var out = ""
        out += line(shown.map { headers[$0] }, widths, numeric) { _, s in paint(s, "1", style) }
        if style.frame { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        for (r, row) in cells.enumerated() {
            if Interrupt.stops(at: r) { return "" }
            out += line(shown.map { row[$0] }, widths, numeric) { i, s in
                if case .level(let l?) = t.rows[r][shown[i]] { return paint(s, levelColour(l), style) }
                return s
            }
        }
        if t.rows.isEmpty && style.frame { out += ReportText.noRows.text(style.lang) + "\n" }
        for n in t.notes { out += n.text(style.lang) + "\n" }
        return out
    }

    /// A line's width: its columns and the two blanks between each two.
    static func lineWidth(_ widths: [Int]) -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }

    /// Shortens the widest text columns, one column at a time, until the line fits.
    static func fit(_ widths: inout [Int], shrinkable: [Bool], limit: Int) {
        var total = lineWidth(widths)
        while total > limit {
            var best: Int?
            for i in widths.indices where shrinkable[i] && widths[i] > minColumn {
                if best == nil || widths[i] > widths[best!] { best = i }
            }
            guard let i = best else { return }
            // Shrink the widest to the second widest (or just enough) in one step.
            let second = widths.indices.filter { $0 != i && shrinkable[$0] }.map { widths[$0] }.max() ?? minColumn
            let cut = min(total - limit, max(1, widths[i] - max(second, minColumn)))
            widths[i] -= cut
            total -= cut
        }
    }

    static func line(_ texts: [String], _ widths: [Int], _ right: [Bool], _ wrap: (Int, String) -> String) -> String {
        var parts: [String] = []
        for (i, w) in widths.enumerated() {
            let text = i < texts.count ? texts[i] : ""
            // Measured once where it fits, as nearly every cell does.
            let full = DisplayWidth.of(text)
            let s = full <= w ? text : DisplayWidth.truncate(text, to: w)
            let gap = String(repeating: " ", count: w - (full <= w ? full : DisplayWidth.of(s)))
            parts.append(right[i] ? gap + wrap(i, s) : wrap(i, s) + (i == widths.count - 1 ? "" : gap))
        }
        var l = parts.joined(separator: "  ")
        while l.hasSuffix(" ") { l.removeLast() }
        return l + "\n"
    }

    static func paint(_ s: String, _ code: String, _ style: Style) -> String {
        style.color && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    static func levelColour(_ l: Level) -> String {
        switch l {
        case .HTXSNV: return "1;32"
        case .HTTNV: return "32"
        case .HTNV: return "33"
        case .KHTNV: return "31"
        }
    }
}
