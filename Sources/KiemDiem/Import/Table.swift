import Foundation

/// One column a kind of table knows: its canonical name, the header spellings it accepts
/// (English and Vietnamese, matched by `Vietnamese.key`), and whether it must be present.
public struct ColumnSpec: Sendable {
    public var name: String
    public var aliases: [String]
    public var required: Bool
    public init(_ name: String, required: Bool = false, _ aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.required = required
    }
    public static func req(_ name: String, _ aliases: String...) -> ColumnSpec { ColumnSpec(name, required: true, aliases) }
    public static func opt(_ name: String, _ aliases: String...) -> ColumnSpec { ColumnSpec(name, required: false, aliases) }
}

/// The columns of one kind of table (data.md §2). A new kind is one `TableSchema` value.
public struct TableSchema: Sendable {
    public var kind: String
    public var columns: [ColumnSpec]
    public init(_ kind: String, _ columns: [ColumnSpec]) {
        self.kind = kind
        self.columns = columns
    }

    /// The form a header is compared in: folded, `_`/`-` and any blank as a space (a line break
    /// typed with Alt+Enter in `Số thẻ⏎đảng viên`, a no-break space), runs of them as one.
    static func headerKey(_ s: String) -> String {
        // Not `replacingOccurrences`: it goes through NSString, a tenth of a small load.
        Vietnamese.key(String(String.UnicodeScalarView(s.unicodeScalars.map {
            $0 == "_" || $0 == "-" || $0.properties.isWhitespace ? " " : $0
        })))
    }

    /// A header as messages and extra attributes show it: on one line, each line break (with
    /// the blanks around it) as one space.
    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline }) else { return s }
        return s.split(whereSeparator: { $0.isNewline }).map { $0.trimmingBlanks }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The canonical column a header (English or Vietnamese alias) names, if any.
    public func canonical(_ header: String) -> String? {
        let k = Self.headerKey(header)
        return columns.first { c in Self.headerKey(c.name) == k || c.aliases.contains { Self.headerKey($0) == k } }?.name
    }

    /// Maps a header onto the columns: known columns by index, unknown ones kept as extras.
    public func bind(_ csv: CSVText) throws -> Table {
        var lookup: [String: String] = [:]
        for c in columns {
            lookup[Self.headerKey(c.name)] = c.name
            for a in c.aliases { lookup[Self.headerKey(a)] = c.name }
        }
        var index: [String: Int] = [:]
        var spelled: [String: String] = [:]
        var extras: [(String, Int)] = []
        var extraAt: [String: Int] = [:]
        for (i, h) in csv.header.enumerated() {
            let loc = SourceLocation(file: csv.file, line: 1, column: i + 1, sheet: csv.origin?.sheet)
            // Kept as an extra with no name: a value below it is refused (`extra`), since it
            // would be lost; an empty column (a spreadsheet's trailing one) is fine.
            if h.isEmpty { extras.append(("", i)); continue }
            if let name = lookup[Self.headerKey(h)] {
                if let first = index[name] {
                    let other = Self.headerKey(h) == Self.headerKey(name) ? nil : name
                    throw KDError(Catalog.csvDuplicateColumn(Self.oneLine(h), other, first + 1), at: loc)
                }
                index[name] = i
                if h != name { spelled[name] = Self.oneLine(h) }
            } else {
                // Two columns of one unknown name (an export's two "Ghi chú"): both kept, the
                // later as "Ghi chú (2)", since unknown columns are never an error (data.md).
                let base = Self.oneLine(h)
                var name = base, n = 1
                while extraAt[Self.headerKey(name)] != nil {
                    n += 1
                    name = "\(base) (\(n))"
                }
                extraAt[Self.headerKey(name)] = i
                extras.append((name, i))
            }
        }
        for c in columns where c.required && index[c.name] == nil {
            var hints = [Catalog.hintColumns(kind, c, csv.header.map(Self.oneLine))]
            if csv.header.count == 1, let other = ["\t", "|"].first(where: { csv.header[0].contains($0) }) {
                hints.insert(Catalog.hintDelimiter(other == "\t" ? "tab" : other), at: 0)
            }
            // A title padded with delimiters (`DANH SÁCH ĐẢNG VIÊN,,,,`, or cut at its own comma
            // into two cells) above the header: no column kd knows, and empty cells after it.
            let named = csv.header.filter { !$0.isEmpty }
            if csv.header.count > named.count, (1...2).contains(named.count), index.isEmpty, csv.origin == nil {
                hints.insert(Catalog.titleAboveHeader(named.joined(separator: ", ")), at: 0)
            }
            throw KDError(Catalog.csvMissingColumn(c.name, kind), at: SourceLocation(file: csv.file, line: 1, column: 1, sheet: csv.origin?.sheet), hints: hints)
        }
        return Table(csv: csv, columns: TableColumns(file: csv.file, index: index, extras: extras, spelled: spelled, origin: csv.origin))
    }
}

/// Where each column of a bound table sits; shared by all its rows.
public final class TableColumns: @unchecked Sendable {
    let file: String
    let index: [String: Int]
    let extras: [(String, Int)]
    /// `extras` by position.
    let extraAt: [Int: String]
    /// The header as the file spells it, where it is not the canonical name (an alias such as
    /// `points` for `rating`, a Vietnamese header): errors name the column the user sees.
    let spelled: [String: String]
    let origin: SheetOrigin?
    /// `index` as parallel arrays, for `position`.
    private let names: [String]
    private let positions: [Int]
    private let lengths: [Int]
    init(file: String, index: [String: Int], extras: [(String, Int)], spelled: [String: String] = [:], origin: SheetOrigin? = nil) {
        self.file = file
        self.index = index
        self.extras = extras
        extraAt = Dictionary(extras.map { ($0.1, $0.0) }, uniquingKeysWith: { a, _ in a })
        self.spelled = spelled
        self.origin = origin
        names = Array(index.keys)
        positions = names.map { index[$0]! }
        lengths = names.map(\.utf8.count)
    }

    /// The cell position of a column. A scan of a dozen short names, not a hash: it runs for
    /// every cell of every row (hashing the column name was a tenth of a grades load). Lengths
    /// first: comparing two different strings takes String's slow path (a tenth of a roster
    /// load), and most column names differ in length.
    @inline(__always) func position(_ column: String) -> Int? {
        let n = column.utf8.count
        for k in names.indices where lengths[k] == n && names[k] == column { return positions[k] }
        return nil
    }
}

/// A CSV file read against a schema.
public struct Table: Sendable {
    public var file: String
    public var rows: TableRows
    /// Where a load that reads its rows on two cores cuts them (tests force any cut; nil: the
    /// middle of a big file, none below `TwoCores.from` rows).
    var split: Int? = nil
    init(csv: CSVText, columns: TableColumns) {
        file = csv.file
        rows = TableRows(records: csv.records, columns: columns)
    }
    public func has(_ column: String) -> Bool { !rows.isEmpty && rows.columns.index[column] != nil }
    /// The workbook sheet the rows come from; nil for a CSV file.
    public var sheet: String? { rows.columns.origin?.sheet }

    /// Reads a file against a schema in one step.
    /// A file with a header and no rows is refused unless `emptyAllowed`: `--replace` would
    /// empty the kind, which is far likelier a wrong export than a wish. Into an empty kind it
    /// changes nothing and is allowed: a ward with no discipline case has such a file.
    public static func read(path: String, display: String, schema: TableSchema, emptyAllowed: Bool = false) throws -> Table {
        let csv = try CSVText.read(path: path, display: display)
        let table = try schema.bind(csv)
        try table.requireRows(schema.kind, unless: emptyAllowed)
        return table
    }

    /// Refuses a table with a header and no rows unless `allowed` (see `read`): a CSV file or a
    /// workbook sheet alike.
    public func requireRows(_ kind: String, unless allowed: Bool) throws {
        if rows.isEmpty && !allowed {
            throw KDError(Catalog.csvNoRows(kind), at: SourceLocation(file: rows.columns.file, line: 2, column: 1, sheet: sheet))
        }
    }
    public static func parse(_ text: String, file: String, schema: TableSchema) throws -> Table {
        try schema.bind(CSVText.parse(text, file: file))
    }
}

/// The data rows of a table, each made when read (see `CSVRows`).
public struct TableRows: RandomAccessCollection, Sendable {
    let records: CSVRows
    let columns: TableColumns
    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }
    public subscript(i: Int) -> TableRow {
        let r = records.cells(i)
        return TableRow(row: r.row, cells: r.cells, columns: columns)
    }
}

/// One data row, with typed accessors that fail at `FILE:ROW:COLUMN` naming the column.
public struct TableRow: Sendable {
    public let row: Int
    let cells: RowCells
    let columns: TableColumns

    public var file: String { columns.file }

    /// The trimmed text of a column, nil when the column is absent or the cell empty.
    /// Whether the file has this column at all (an empty cell is a value; a missing column is not).
    public func has(_ column: String) -> Bool { columns.position(column) != nil }

    /// A `load --merge` row's value for a field: read from the cell when the file has the
    /// column (an empty cell included), else the record already loaded keeps its own (`kept`:
    /// nil when there is none), else read as a new record's default. `kept` is looked at
    /// first: a replacing load (a national roster's) asks no more of the columns than before.
    func merged<T>(_ column: String, kept: T?, _ read: () throws -> T) rethrows -> T {
        if let kept, !has(column) { return kept }
        return try read()
    }

    public func text(_ column: String) -> String? {
        guard let i = columns.position(column) else { return nil }
        return cells.text(i)
    }

    /// The position of a column's cell (column 1 when the column is absent).
    public func location(_ column: String) -> SourceLocation {
        SourceLocation(file: columns.file, line: row, column: (columns.index[column] ?? 0) + 1, sheet: columns.origin?.sheet)
    }

    func location(ofColumn i: Int) -> SourceLocation {
        SourceLocation(file: columns.file, line: row, column: i + 1, sheet: columns.origin?.sheet)
    }

    public func error(_ column: String, _ m: Message, hints: [Message] = []) -> KDError {
        KDError(Catalog.inColumn(columns.spelled[column] ?? column, m), at: location(column), hints: hints)
    }

    public func required(_ column: String) throws -> String {
        guard let t = text(column) else { throw error(column, Catalog.cellEmpty) }
        return t
    }

    public func date(_ column: String) throws -> Day? {
        guard let i = columns.position(column) else { return nil }
        // Two dates a member: read from the file's bytes, no String made.
        if let d = cells.plain(i, Self.isoDay) { return d }
        guard let t = cells.text(i) else { return nil }
        if let d = Self.isoDay(t) { return d }
        guard let d = Day.parse(t) ?? columns.origin?.serialDay(t) else {
            // A workbook's number below 1910 is no date of kd's, though Excel may show it as
            // one: the hint says which day it shows (a year typed alone shows a day in 1905).
            if let origin = columns.origin, let n = Double(t), n >= 1, n == n.rounded(),
               case .success(let shown) = XlsxDate.day(serial: n, date1904: origin.date1904) {
                throw error(column, Catalog.cellBadDate(t), hints: [Catalog.hintDateBefore1910(shown.vietnamese), Catalog.hintDate])
            }
            throw error(column, Catalog.cellBadDate(t), hints: [Catalog.hintDate(for: t, inFile: true)])
        }
        return d
    }

    /// `YYYY-MM-DD` read from the bytes (the common case, millions of times in a big roster);
    /// anything else goes to `Day.parse`.
    static func isoDay(_ t: String) -> Day? {
        var t = t
        return t.withUTF8(isoDay)
    }

    /// Over the bytes themselves: walking a short String's UTF-8 view cost 500 instructions a date.
    static func isoDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        // Three plain variables, not an array: an array was a heap allocation per date.
        var y = 0, m = 0, d = 0
        var part = 0, digits = 0
        for b in bytes {
            if b == UInt8(ascii: "-") {
                guard digits > 0, part < 2 else { return nil }
                part += 1; digits = 0
            } else if b >= 0x30 && b <= 0x39 {
                let n = Int(b - 0x30)
                switch part {
                case 0: y = y * 10 + n
                case 1: m = m * 10 + n
                default: d = d * 10 + n
                }
                digits += 1
                if digits > 4 { return nil }
            } else { return nil }
        }
        guard part == 2, digits > 0, y >= 1000 else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Plain decimal digits (up to 18) as a number; nil for anything else.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= 18 else { return nil }
        var n = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    public func requiredDate(_ column: String) throws -> Day {
        guard let d = try date(column) else { throw error(column, Catalog.cellEmpty) }
        return d
    }

    /// yes/no, true/false, 1/0, có/không, x/empty (`VietnameseValues.bool`). Empty is false.
    public func bool(_ column: String) throws -> Bool {
        guard let t = text(column) else { return false }
        if let b = VietnameseValues.bool(t) { return b }
        throw error(column, Catalog.cellBadBool(t), hints: [Catalog.hintBool])
    }

    public func int(_ column: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let i = columns.position(column) else { return nil }
        if let n = cells.plain(i, Self.digits), range.map({ $0.contains(n) }) ?? true { return n }
        guard let t = cells.text(i) else { return nil }
        let digits = t.utf8.last == UInt8(ascii: "%") ? t.dropLast().trimmingBlanks : t
        guard let n = Int(digits), range.map({ $0.contains(n) }) ?? true else {
            throw error(column, Catalog.cellBadInt(t, range))
        }
        return n
    }

    /// A share in percent with up to two decimals (`69.5`, `69,5`, `69.5%`).
    public func percent(_ column: String) throws -> Percentage? {
        guard let t = text(column) else { return nil }
        guard let p = Percentage.parse(t) else { throw error(column, Catalog.notAPercent(t)) }
        return p
    }

    public func points(_ column: String) throws -> Points? {
        guard let i = columns.position(column) else { return nil }
        if let p = cells.plain(i, Points.plain) { return p }
        guard let t = cells.text(i) else { return nil }
        guard let p = Points.parse(t) else { throw error(column, Catalog.cellBadPoints(t)) }
        return p
    }

    public func level(_ column: String) throws -> Level? {
        guard let i = columns.position(column) else { return nil }
        if let l = cells.plain(i, Level.code) { return l }
        guard let t = cells.text(i) else { return nil }
        if let l = Level.code(t) { return l }
        guard let l = Level.parse(t) else { throw error(column, Catalog.cellBadChoice(t, Level.allCases.map(\.rawValue))) }
        return l
    }

    /// An enum by raw value or by one of `aliases` (folded spelling → value).
    public func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type,
                                                           aliases: [String: T] = [:]) throws -> T? where T.RawValue == String {
        guard let t = text(column) else { return nil }
        // Exact spellings first (in `match`): folding costs a Foundation call per cell on big rosters.
        if let v = VietnameseValues.match(t, type, aliases) { return v }
        let vi = aliases.keys.sorted()
        throw error(column, Catalog.cellBadChoice(t, T.allCases.map(\.rawValue)),
                    hints: vi.isEmpty ? [] : [Catalog.hintAlsoVietnamese(vi)])
    }

    /// `choice` of a required column: an empty cell is refused as `required` refuses it (a
    /// unit's empty kind was taken for a cell, and graded as one).
    public func requiredChoice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type,
                                                                   aliases: [String: T] = [:]) throws -> T where T.RawValue == String {
        _ = try required(column)
        return try choice(column, type, aliases: aliases)!
    }

    /// Unknown columns with a value, kept as extra attributes. A value in a column without a
    /// header is refused at its cell: it has no name to be kept under.
    public func extra() throws -> [String: String]? {
        var out: [String: String] = [:]
        if case .sparse(let r) = cells {
            // Only the cells the row holds: a header that names thousands of columns costs
            // each row nothing more.
            for (i, v) in zip(r.positions, r.values) {
                guard let name = columns.extraAt[i] else { continue }
                let v = v.trimmingBlanks
                if v.isEmpty { continue }
                if name.isEmpty { throw KDError(Catalog.xlsxNoColumnHeader(v), at: location(ofColumn: i)) }
                out[name] = v
            }
            return out.isEmpty ? nil : out
        }
        for (name, i) in columns.extras {
            let v = cells.field(i).trimmingBlanks
            if v.isEmpty { continue }
            if name.isEmpty { throw KDError(Catalog.xlsxNoColumnHeader(v), at: location(ofColumn: i)) }
            out[name] = v
        }
        return out.isEmpty ? nil : out
    }
}
