import Foundation

/// RFC 4180 csv of a report's first table: a header of the column keys (the json field names),
/// CRLF line ends, fields quoted where they hold a quote, comma or line break.
///
/// Formula neutralisation: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is written with a leading `'`, so that a spreadsheet shows it as text instead of running
/// it as a formula (a name or note typed as `=HYPERLINK(…)` stays inert). Numbers, levels and
/// percentages are written as they are: kd makes them, and a spreadsheet reads them as values
/// (a negative count of days left is the number it looks like, never a formula).
public enum CSVRenderer {
    public static func render(_ r: Report) -> String {
        guard let t = r.csv ?? r.tables.first else { return "" }
        return render(t)
    }

    public static func render(_ t: ReportTable) -> String {
        var out = ""
        line(t.columns.map(\.key), into: &out)
        for (n, row) in t.rows.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped text away
            line(row.map(field), into: &out)
        }
        return out
    }

    /// Hand-written rather than CSV.swift's CSVWriter: in this module that name is the
    /// generator's file writer, and the package's writer goes through an OutputStream one byte
    /// per call. The rule is RFC 4180's: quote a field holding `"`, `,`, CR or LF; double quotes.
    static func line(_ fields: [String], into out: inout String) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out += "," }
            if f.utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) {
                out += "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                out += f
            }
        }
        out += "\r\n"
    }

    static func field(_ c: Cell) -> String {
        if case .text(let s) = c { return neutralise(s) }
        return c.plain
    }

    /// `'` before a text that a spreadsheet would read as a formula.
    public static func neutralise(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + s
        default: return s
        }
    }
}
