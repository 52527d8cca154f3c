/// GitHub-flavoured Markdown: headings, pipe tables (notes in italics under them), lists.
public enum MarkdownRenderer {
    public static func render(_ r: Report, lang: Language) -> String {
        var out = ""
        var titled = false
        for b in r.blocks {
            if case .letterhead = b {} else if !titled {
                out += (out.isEmpty ? "" : "\n") + "# " + escape(r.title.text(lang)) + "\n"
                if let sub = r.subtitle { out += "\n**" + escape(sub.text(lang)) + "**\n" }
                titled = true
            }
            switch b {
            case .heading(let m): out += "\n## " + escape(m.text(lang)) + "\n"
            case .paragraph(let m): out += "\n" + escape(m.text(lang)) + "\n"
            case .list(let items):
                out += "\n"
                for m in items { out += "- " + escape(m.text(lang)) + "\n" }
            case .letterhead(let left, let right), .signature(let left, let right):
                // Two columns as a headerless-looking table keeps the official layout readable.
                out += (out.isEmpty ? "" : "\n") + "| " + left.map(escape).joined(separator: "<br>") + " | " + right.map(escape).joined(separator: "<br>") + " |\n|:---:|:---:|\n"
            case .table(let t): out += "\n" + table(t, lang: lang)
            case .chart: continue  // drawn in html only; the tables carry the same numbers
            }
        }
        if !titled { out += "# " + escape(r.title.text(lang)) + "\n" }
        return out
    }

    public static func table(_ t: ReportTable, lang: Language) -> String {
        var out = "| " + t.columns.map { escape($0.header.text(lang)) }.joined(separator: " | ") + " |\n"
        let numeric = t.columns.indices.map { i in t.rows.contains { $0[i].isNumeric } }
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for (n, row) in t.rows.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped text away
            out += "| " + row.map { escape($0.text(lang)) }.joined(separator: " | ") + " |\n"
        }
        if t.rows.isEmpty { out += "\n" + ReportText.noRows.text(lang) + "\n" }
        for n in t.notes { out += "\n*" + escape(n.text(lang)) + "*\n" }
        return out
    }

    /// Pipes and line breaks would break a table row; markup characters would change the text.
    static func escape(_ s: String) -> String {
        // Most cells (names, codes, levels) hold none of them: returned as they are, without
        // the walk over their characters that took a fifth of a province's document.
        if !s.utf8.contains(where: isEscaped) { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            case "*", "_", "`", "<", ">", "[", "]", "\\": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// The bytes of the characters `escape` changes: | LF CR * _ ` < > [ ] and backslash.
    @inline(__always) static func isEscaped(_ b: UInt8) -> Bool {
        switch b {
        case 0x7C, 0x0A, 0x0D, 0x2A, 0x5F, 0x60, 0x3C, 0x3E, 0x5B, 0x5D, 0x5C: return true
        default: return false
        }
    }
}
