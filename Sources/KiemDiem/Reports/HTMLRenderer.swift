/// One self-contained printable page: inline CSS (with print rules), inline SVG charts, no
/// scripts and no external resources, so it opens the same offline and prints on A4.
public enum HTMLRenderer {
    public static func render(_ r: Report, lang: Language) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(r.title.text(lang)))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>

        """
        var titled = false
        for b in r.blocks {
            if case .letterhead = b {} else if !titled {
                out += "<h1>\(escape(r.title.text(lang)))"
                if let sub = r.subtitle { out += "<br><span class=\"subtitle\">\(escape(sub.text(lang)))</span>" }
                out += "</h1>\n"
                titled = true
            }
            switch b {
            case .heading(let m): out += "<h2>\(escape(m.text(lang)))</h2>\n"
            case .paragraph(let m): out += "<p>\(escape(m.text(lang)))</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\(escape($0.text(lang)))</li>\n" }.joined() + "</ul>\n"
            case .letterhead(let left, let right):
                out += "<header class=\"letterhead\">\n<div>" + left.map(escape).joined(separator: "<br>")
                    + "</div>\n<div>" + right.map(escape).joined(separator: "<br>") + "</div>\n</header>\n"
            case .signature(let left, let right):
                out += "<footer class=\"signature\">\n<div>" + left.map(escape).joined(separator: "<br>")
                    + "</div>\n<div>" + right.map(escape).joined(separator: "<br>") + "</div>\n</footer>\n"
            case .table(let t): out += table(t, lang: lang)
            case .chart(let c): out += SVGChart.render(c, lang: lang)
            }
        }
        if !titled { out += "<h1>\(escape(r.title.text(lang)))</h1>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func table(_ t: ReportTable, lang: Language) -> String {
        // The synthesis table's 17 columns do not fit an A4 page at the body's size.
        var out = t.columns.count >= 10 ? "<table class=\"wide\">\n<thead><tr>" : "<table>\n<thead><tr>"
        let numeric = t.columns.indices.map { i in t.rows.contains { $0[i].isNumeric } }
        for (i, c) in t.columns.enumerated() {
            out += numeric[i] ? "<th class=\"num\">" : "<th>"
            out += escape(c.header.text(lang)) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            out += "<tr>"
            for cell in row {
                switch cell {
                case .number, .percent: out += "<td class=\"num\">\(escape(cell.text(lang)))</td>"
                case .level(let l?): out += "<td class=\"lv lv-\(l.rawValue)\">\(l.rawValue)</td>"
                default: out += "<td>\(escape(cell.text(lang)))</td>"
                }
            }
            out += "</tr>\n"
        }
        if t.rows.isEmpty {
            out += "<tr><td colspan=\"\(t.columns.count)\" class=\"empty\">\(escape(ReportText.noRows.text(lang)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for n in t.notes { out += "<p class=\"note\">\(escape(n.text(lang)))</p>\n" }
        return out
    }

    public static func escape(_ s: String) -> String { Markup.escape(s) }

    static let css = """

    body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #111; background: #fff; margin: 0; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem; line-height: 1.4; }
    h1 { font-size: 1.35rem; text-align: center; margin: 1.2rem 0; }
    h1 .subtitle { font-size: 1.1rem; }
    h2 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
    .letterhead { display: flex; justify-content: space-between; gap: 2rem; text-align: center; }
    .letterhead div:first-child { font-weight: bold; }
    .letterhead div:last-child { font-style: italic; }
    .letterhead div:last-child::first-line { font-style: normal; font-weight: bold; }
    .signature { display: flex; justify-content: space-between; gap: 2rem; margin-top: 2rem; page-break-inside: avoid; }
    .signature div:first-child { font-size: 0.85rem; }
    .signature div:last-child { text-align: center; font-weight: bold; min-width: 16rem; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92rem; page-break-inside: auto; }
    th, td { border: 1px solid #555; padding: 0.2rem 0.4rem; vertical-align: top; }
    th { background: #eee; }
    tr { page-break-inside: avoid; }
    thead { display: table-header-group; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .lv { text-align: center; font-weight: bold; }
    .lv-HTXSNV { color: #1b5e20; } .lv-HTTNV { color: #2e7d32; } .lv-HTNV { color: #8a5a00; } .lv-KHTNV { color: #b71c1c; }
    .note, .empty { font-style: italic; font-size: 0.88rem; }
    figure { margin: 1rem 0; page-break-inside: avoid; }
    figcaption { font-weight: bold; margin-bottom: 0.3rem; }
    svg { max-width: 100%; height: auto; }  /* scaled by its viewBox to the page's width */
    svg text { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 12px; }
    @page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
    @media print {
      main { max-width: none; padding: 0; }
      body { font-size: 13pt; }
      th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2 { page-break-after: avoid; }
      table.wide { font-size: 8.5pt; }
      table.wide th, table.wide td { padding: 0.1rem 0.15rem; }
      table.wide th { hyphens: auto; }
    }

    """
}
