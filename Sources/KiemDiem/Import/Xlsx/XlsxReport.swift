import Foundation

/// `report … --format xlsx`: one sheet per table of a report. Headers and labels are in the
/// reader's language, as the table renderer shows them; counts and percentages are numbers.
/// Text goes in as string cells, which a spreadsheet never runs as a formula (no need for the
/// csv renderer's neutralising).
public enum XlsxReport {
    public static func sheets(_ r: Report, lang: Language) -> [XlsxSheetOut] {
        var out: [XlsxSheetOut] = []
        var used = Set<String>()
        var heading: String?
        for b in r.blocks {
            switch b {
            case .heading(let m): heading = m.text(lang)
            case .table(let t):
                let name = sheetName(heading ?? r.title.text(lang), used: &used)
                heading = nil
                var rows = t.rows.flatMap { splitLong($0.map { value($0, lang) }) }
                let tableRows = rows.count
                if !t.notes.isEmpty {
                    rows.append([])
                    rows += t.notes.map { [.text($0.text(lang))] }
                }
                var percent = Set<Int>()
                for row in t.rows { for (i, c) in row.enumerated() { if case .percent = c { percent.insert(i) } } }
                out.append(XlsxSheetOut(name: name, header: t.columns.map { $0.header.text(lang) }, rows: rows, oneDecimal: percent,
                                        tableRows: tableRows))
            default: continue
            }
        }
        if out.isEmpty { out.append(XlsxSheetOut(name: sheetName(r.title.text(lang), used: &used), header: [], rows: [])) }
        return out
    }

    /// Text this long is cut into pieces below Excel's limit (32,767), with room for NFC.
    static let pieceLength = 32_000

    /// A row with a list longer than a cell holds (the audit entry of a ward's `cap`, hundreds
    /// of changes joined by "; ") as that row and continuation rows under it, cut between two
    /// items: the report is written whole instead of refused. A text that is no such list (a
    /// name that long) is left whole, for the writer to refuse.
    static func splitLong(_ row: [XlsxValue]) -> [[XlsxValue]] {
        var pieces: [Int: [String]] = [:]
        for (i, v) in row.enumerated() {
            if case .text(let t) = v, t.utf16.count > pieceLength, let p = cut(t) { pieces[i] = p }
        }
        guard !pieces.isEmpty else { return [row] }
        let count = pieces.values.map(\.count).max()!
        return (0..<count).map { n in
            row.indices.map { i in
                if let p = pieces[i] { return n < p.count ? .text(p[n]) : .empty }
                return n == 0 ? row[i] : .empty
            }
        }
    }

    /// The "; "-separated items of `t` packed into pieces that joined by "; " give `t` back;
    /// nil when one item alone is longer than a piece.
    static func cut(_ t: String) -> [String]? {
        var out: [String] = [], piece = "", units = 0, started = false
        for item in t.components(separatedBy: "; ") {
            let n = item.utf16.count
            if n > pieceLength { return nil }
            if started && units + 2 + n > pieceLength {
                out.append(piece)
                piece = ""; units = 0; started = false
            }
            piece += started ? "; " + item : item
            units += (started ? 2 : 0) + n
            started = true
        }
        out.append(piece)
        return out
    }

    static func value(_ c: Cell, _ lang: Language) -> XlsxValue {
        switch c {
        case .text(let s):
            if s.isEmpty { return .empty }
            // A date alone in its cell (a review's day) is a date cell: Excel sorts and filters
            // it as one, and shows it as dd/mm/yyyy.
            if let day = dateAlone(s) { return .date(day) }
            return .text(s)
        case .number(let n): return .number(Double(n))
        case .level(let l): return l.map { .text($0.rawValue) } ?? .empty
        case .percent(let tenths): return .number(Double(tenths) / 10)
        case .label:
            let t = c.text(lang)
            if t.isEmpty { return .empty }
            return dateAlone(t).map { .date($0) } ?? .text(t)
        case .empty: return .empty
        }
    }

    /// The day of a cell that is only a date, written 2023-11-22 or 22/11/2023.
    static func dateAlone(_ s: String) -> Day? {
        let b = Array(s.utf8)
        guard b.count == 10 else { return nil }
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        let iso = b[4] == 45 && b[7] == 45 && digits(0..<4) && digits(5..<7) && digits(8..<10)
        let vn = b[2] == 47 && b[5] == 47 && digits(0..<2) && digits(3..<5) && digits(6..<10)
        return iso || vn ? Day.parse(s) : nil
    }

    /// At most `limit` UTF-16 units (Excel counts those, so a decomposed letter counts twice),
    /// cut after a whole word where one ends in the second half, and never inside a letter.
    static func fit(_ text: String, _ limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = "", units = 0
        for ch in text {
            units += ch.utf16.count
            if units > limit { break }
            out.append(ch)
        }
        if let space = out.lastIndex(where: \.isWhitespace), out.distance(from: out.startIndex, to: space) >= limit / 2,
           !text[text.index(text.startIndex, offsetBy: out.count)].isWhitespace {
            out = String(out[..<space])
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Excel's rules for sheet names: at most 31 characters, none of `: \ / ? * [ ]`, unique.
    static func sheetName(_ title: String, used: inout Set<String>) -> String {
        // Nor may a name begin or end with an apostrophe (a unit "Chi bộ 'Hoa Sen'"), also
        // where it is cut to fit.
        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: CharacterSet.whitespaces.union(["'"])) }
        var base = trimmed(String(title.map { ":\\/?*[]".contains($0) ? "-" : $0 }))
        if base.isEmpty { base = "Sheet" }
        var name = trimmed(fit(base, 31))
        var n = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(n))"
            name = trimmed(fit(base, 31 - suffix.count)) + suffix
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
