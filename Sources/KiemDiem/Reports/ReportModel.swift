/// A report as renderers see it: titled blocks of text, tables and charts. Builders fill it from
/// the workspace and the rulebook's results; renderers only lay it out (they never compute rules).
public struct Report {
    public enum Block: Sendable {
        case heading(Message)
        case paragraph(Message)
        /// A bulleted list.
        case list([Message])
        /// The header block of an official document: the issuing body on the left, the party's
        /// name, place and date on the right.
        case letterhead(left: [String], right: [String])
        /// The closing of an official document: recipients on the left, the signature on the right.
        case signature(left: [String], right: [String])
        case table(ReportTable)
        case chart(BarChart)
    }
    public var title: Message
    /// A second title line (a document's "Kết quả kiểm điểm … năm 2023" under "BÁO CÁO").
    public var subtitle: Message?
    public var blocks: [Block]
    /// The machine-readable form (`--format json`), with the field names of data.md §4. Made
    /// when asked: a text table of a million members that also built its json and csv rows
    /// took three copies of the report and 3.7 GB (prompt audit).
    public var json: JSONValue { makeJSON() }
    private let makeJSON: () -> JSONValue
    /// The rows `--format csv` writes where they are not the first table people read: the
    /// json's rows, one per line, with its fields as columns (data.md §4: "the same rows").
    /// Made when asked, as `json`.
    public var csv: ReportTable? { makeCSV?() }
    private var makeCSV: (() -> ReportTable)?
    /// The sheet's name in a workbook of one table, where the title is too long for Excel's
    /// 31 characters (the table's heading, else the title, otherwise).
    public var sheetName: Message?

    public init(title: Message, blocks: [Block], json: @autoclosure @escaping () -> JSONValue) {
        self.title = title
        self.blocks = blocks
        self.makeJSON = json
    }

    /// Sets the csv rows, made only if csv is asked for.
    public mutating func csvRows(_ make: @escaping () -> ReportTable) {
        makeCSV = make
    }

    /// The tables in order, for csv (which writes the first) and tests.
    public var tables: [ReportTable] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
}

/// What a cell holds; it decides alignment, colour and how csv/json write it.
public enum Cell: Hashable, Sendable {
    case text(String)
    case number(Int)
    case level(Level?)
    /// A percentage in tenths of a percent (152 = 15.2%), computed in integers.
    case percent(Int)
    /// A word from a fixed set: csv and json write the code, people read the label in their language.
    case label(code: String, Message)
    case empty

    public var isNumeric: Bool {
        switch self {
        case .number, .percent: return true
        default: return false
        }
    }
}

public struct ReportColumn: Sendable {
    /// Field name in json and the csv header.
    public var key: String
    public var header: Message
    public init(_ key: String, _ header: Message) {
        self.key = key
        self.header = header
    }
}

public struct ReportTable: Sendable {
    public var columns: [ReportColumn]
    public var rows: [[Cell]]
    /// Lines printed under the table (how percentages are rounded, what a mark means).
    public var notes: [Message]
    public init(columns: [ReportColumn], rows: [[Cell]], notes: [Message] = []) {
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// Horizontal bars of level counts, one bar group per category (a class, a cell).
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var label: Message
        /// Counts per level.
        public var counts: [Level: Int]
        public init(label: Message, counts: [Level: Int]) {
            self.label = label
            self.counts = counts
        }
    }
    public var title: Message
    public var bars: [Bar]
    public init(title: Message, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}

extension Cell {
    /// The cell as machines read it (csv, json): levels and labels as codes, percent with a dot.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .level(let l): return l?.rawValue ?? ""
        case .percent(let t): return Percent.format(t)
        case .label(let code, _): return code
        case .empty: return ""
        }
    }

    /// The cell as people read it: labels in their language, percentages with a decimal comma
    /// in Vietnamese (16,7).
    public func text(_ lang: Language) -> String {
        switch self {
        case .label(_, let m): return m.text(lang)
        case .percent(let t): return Percent.format(t, comma: lang == .vi)
        default: return plain
        }
    }
}
