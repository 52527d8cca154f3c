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
        for row in t.rows {
            out += "| " + row.map { escape($0.text(lang)) }.joined(separator: " | ") + " |\n"
        }
        if t.rows.isEmpty { out += "\n" + ReportText.noRows.text(lang) + "\n" }
        for n in t.notes { out += "\n*" + escape(n.text(lang)) + "*\n" }
        return out
    }

    /// Pipes and line breaks would break a table row; markup characters would change the text.
    static func escape(_ s: String) -> String {
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
}
