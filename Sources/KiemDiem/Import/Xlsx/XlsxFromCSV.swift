import Foundation

extension XlsxWriter {
    /// A CSV table as a sheet: dates become real date cells, numbers in their plain form
    /// numbers (so `0123` keeps its zero as text), everything else text.
    public static func sheet(_ csv: CSVText, name: String) -> XlsxSheetOut {
        XlsxSheetOut(name: name, header: csv.header, rows: csv.records.map { $0.fields.map(typed) })
    }

    static func typed(_ s: String) -> XlsxValue {
        if s.isEmpty { return .empty }
        if let first = s.utf8.first, (first >= 48 && first <= 57) || first == UInt8(ascii: "-") {
            if let d = Day.parse(s) { return .date(d) }
            if let v = Double(s), v.isFinite, XlsxValue.numberText(v) == s { return .number(v) }
        }
        return .text(s)
    }
}

extension DemoWard {
    /// The demo ward as one workbook, a sheet per kind named like the kind (`load workbook` reads it).
    /// `files`: the 2023 round's by default.
    public static func workbookSheets(_ files: [(kind: String, text: String)] = files) throws -> [XlsxSheetOut] {
        try files.map { try XlsxWriter.sheet(CSVText.parse($0.text, file: "demo/\($0.kind).csv"), name: $0.kind) }
    }
}
