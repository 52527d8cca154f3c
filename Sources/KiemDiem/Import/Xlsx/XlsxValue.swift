import Foundation

/// One cell's value as a workbook stores it. Reading and writing share this type.
public enum XlsxValue: Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A number stored with a date format (or a `t="d"` cell), already turned into a day.
    case date(Day)
    /// An Excel error such as `#N/A`, kept as its text.
    case error(String)

    /// The text the table loaders see, the same as a CSV field would hold.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let d): return XlsxValue.numberText(d)
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .error(let e): return e
        }
    }

    /// Whole numbers without ".0" (ids and counts), others as Excel shows them: to 15
    /// significant digits, which drops the binary noise of arithmetic (a score typed 84.3 after
    /// a formula is stored as 84.29999999999998, and would be refused as more than 2 decimals).
    static func numberText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let shown = String(format: "%.15g", d)
        if !shown.contains("e"), let v = Double(shown) {
            return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : shown
        }
        return String(d)
    }
}

/// A cell's place: row and column, both from 1, written `C12`.
public struct CellRef: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// 1 → A, 26 → Z, 27 → AA.
    public static func columnName(_ n: Int) -> String {
        var n = n, out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    public var description: String { CellRef.columnName(column) + String(row) }

    /// Parses `C12` (also `$C$12`); nil when it is not a cell reference.
    public static func parse(_ s: String) -> CellRef? {
        var col = 0, row = 0, seenDigit = false
        for u in s.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                if seenDigit { return nil }
                col = col * 26 + Int((u & 0xDF) - 64)
                if col > 16384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(u - 48)
                if row > 1_048_576 { return nil }
            default: return nil
            }
        }
        guard col > 0, row > 0 else { return nil }
        return CellRef(row: row, column: col)
    }

    /// Only the column letters of a reference (`C` of `C12`), for cells that omit the row.
    static func parseColumn(_ s: String) -> Int? {
        var col = 0
        for u in s.utf8 {
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(u & 0xDF) else { break }
            col = col * 26 + Int((u & 0xDF) - 64)
            // Excel's last column is XFD; a longer run of letters would overflow (found by FuzzXlsx).
            if col > 16384 { return nil }
        }
        return col > 0 ? col : nil
    }
}

/// A rectangle of cells, such as a merged range `A1:C1`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellRef
    public var last: CellRef
    public init(first: CellRef, last: CellRef) {
        self.first = first
        self.last = last
    }
    public static func parse(_ s: String) -> CellRange? {
        let p = s.split(separator: ":")
        guard let a = p.first.flatMap({ CellRef.parse(String($0)) }) else { return nil }
        guard p.count == 2, let b = CellRef.parse(String(p[1])) else { return p.count == 1 ? CellRange(first: a, last: a) : nil }
        return CellRange(first: CellRef(row: min(a.row, b.row), column: min(a.column, b.column)),
                         last: CellRef(row: max(a.row, b.row), column: max(a.column, b.column)))
    }
    public var description: String { "\(first):\(last)" }
}
