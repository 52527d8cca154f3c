import CSV
import Foundation

/// RFC 4180 csv of a report's first table: a header of the column keys (the json field names),
/// CRLF line ends, fields quoted where they hold a quote, comma or line break (CSV.swift's writer).
///
/// Formula neutralisation: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is written with a leading `'`, so that a spreadsheet shows it as text instead of running
/// it as a formula (a name or note typed as `=HYPERLINK(…)` stays inert). Numbers, levels and
/// percentages are written as they are: kd makes them, and a spreadsheet reads them as values
/// (a negative count of days left is the number it looks like, never a formula).
public enum CSVRenderer {
    public static func render(_ r: Report) -> String {
        guard let t = r.tables.first else { return "" }
        return render(t)
    }

    public static func render(_ t: ReportTable) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        // Writing to memory cannot fail; a failure here would be a bug in the writer.
        let w = try! CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        try! w.write(row: t.columns.map(\.key))
        for row in t.rows {
            try! w.write(row: row.map(field))
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return String(decoding: data, as: UTF8.self) + "\r\n"
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
