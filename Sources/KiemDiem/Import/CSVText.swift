import Foundation

/// One record of a CSV file: its row as a spreadsheet shows it (header = 1) and its fields.
public struct CSVRecord: Sendable {
    public var row: Int
    public var fields: [String]
}

/// A record of a workbook sheet: only the cells that hold a value, by position (from 0,
/// ascending). A sheet's header may reach column XFD with nothing between: a dense row of 16,384
/// fields for each of 40,000 rows took gigabytes; this takes what the cells take.
public struct SparseRecord: Sendable {
    public var row: Int
    public var positions: [Int]
    public var values: [String]
    public init(row: Int, positions: [Int] = [], values: [String] = []) {
        self.row = row
        self.positions = positions
        self.values = values
    }

    /// Where position `i` is in `positions`, or where it would go.
    func slot(_ i: Int) -> Int {
        var lo = 0, hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The field at position `i`: "" where the row holds no value.
    public func field(_ i: Int) -> String {
        let k = slot(i)
        return k < positions.count && positions[k] == i ? values[k] : ""
    }

    /// Sets the field at position `i` (kept in order); "" removes it.
    public mutating func set(_ i: Int, _ v: String) {
        let k = slot(i)
        let present = k < positions.count && positions[k] == i
        if v.isEmpty {
            if present { positions.remove(at: k); values.remove(at: k) }
        } else if present {
            values[k] = v
        } else {
            positions.insert(i, at: k)
            values.insert(v, at: k)
        }
    }
}

/// Where one checked record of a CSV text is: its bytes, its row, how many fields it has.
struct CSVSpan: Sendable {
    var start: Int
    var end: Int
    var row: Int
    var fields: Int
}

/// Where one field of a record is: the bytes `start..<end` (inside the quotes for a quoted
/// field), in which `pairs` doubled quotes each stand for one quote.
struct CellSpan: Sendable {
    var start: Int
    var end: Int
    var pairs: Int

    /// The field's text in `b`: its bytes, each doubled quote as one, in NFC.
    func text(in b: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for k in start..<end where b[k] >= 0x80 { ascii = false; break }
        let str: String
        if pairs == 0 {
            str = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        } else {
            var buf: [UInt8] = []
            buf.reserveCapacity(end - start - pairs)
            var k = start
            while k < end {
                buf.append(b[k])
                k += b[k] == UInt8(ascii: "\"") ? 2 : 1
            }
            str = String(decoding: buf, as: UTF8.self)
        }
        return ascii ? str : Vietnamese.composed(str)
    }
}

/// The records of a CSV text, made one at a time when read: from a file, each is scanned again
/// from its span (see `CSVSink`); from a workbook sheet, they are kept as they were built.
public struct CSVRows: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case records([CSVRecord])
        case spans(bytes: [UInt8], spans: [CSVSpan], delim: UInt8)
        case sparse(width: Int, records: [SparseRecord])
    }
    private let storage: Storage

    public init(_ records: [CSVRecord]) { storage = .records(records) }
    /// A sheet's records, each holding only its cells with a value, in a table `width` wide.
    public init(sparse records: [SparseRecord], width: Int) { storage = .sparse(width: width, records: records) }
    init(bytes: [UInt8], spans: [CSVSpan], delim: UInt8) { storage = .spans(bytes: bytes, spans: spans, delim: delim) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .records(let r): return r.count
        case .spans(_, let s, _): return s.count
        case .sparse(_, let r): return r.count
        }
    }
    public subscript(i: Int) -> CSVRecord {
        switch storage {
        case .records(let r): return r[i]
        case .spans(let bytes, let spans, let delim):
            return bytes.withUnsafeBufferPointer { CSVText.record($0, delim: delim, spans[i]) }
        case .sparse(let width, let records):
            var fields = Array(repeating: "", count: width)
            for (p, v) in zip(records[i].positions, records[i].values) { fields[p] = v }
            return CSVRecord(row: records[i].row, fields: fields)
        }
    }

    /// Record `i` as a table row reads it: from a file, where its cells are in the bytes.
    func cells(_ i: Int) -> (row: Int, cells: RowCells) {
        switch storage {
        case .records(let r): return (r[i].row, .strings(r[i].fields))
        case .spans(let bytes, let spans, let delim):
            let cells = bytes.withUnsafeBufferPointer { CSVText.cells($0, delim: delim, spans[i]) }
            return (spans[i].row, .bytes(bytes, cells))
        case .sparse(_, let records): return (records[i].row, .sparse(records[i]))
        }
    }
}

/// A CSV text split into header and records (data.md §1).
///
/// Hand-written rather than yaslab/CSV.swift: that reader silently accepts an unterminated or
/// stray quote, reports no row/column for problems, and walks Characters, which is slow at the
/// 5.6M-row benchmark. This one works on bytes, checks UTF-8 once, and positions every error.
public struct CSVText: Sendable {
    public var file: String
    public var delimiter: Character
    public var header: [String]
    public var records: CSVRows
    /// Set when the rows come from a workbook sheet: cells are then named `FILE[sheet]!C12`.
    public var origin: SheetOrigin? = nil

    /// Reads a file; `display` is the name used in messages (what the user typed).
    public static func read(path: String, display: String) throws -> CSVText {
        guard let bytes = FileBytes.read(path) else {
            if isFolder(path) { throw KDError(Catalog.csvIsFolder(display)) }
            if let e = readDenied(path, display: display) { throw e }
            throw KDError(Catalog.csvCannotOpen(display), hints: [Catalog.hintCheckPath])
        }
        return try parse(bytes: bytes, file: display)
    }

    public static func parse(_ text: String, file: String) throws -> CSVText {
        try parse(bytes: Array(text.utf8), file: file)
    }

    public static func parse(_ data: Data, file: String) throws -> CSVText {
        try parse(bytes: [UInt8](data), file: file)
    }

    /// Excel's "Unicode text" and Notepad's "Unicode" are UTF-16: a byte-order mark, or a NUL
    /// beside each ASCII letter. Said so, not as binary data at a byte's position.
    public static func looksUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || bytes.count >= 4 && (bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 && bytes[2] != 0
                                    || bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 && bytes[3] != 0)
    }

    /// What a zip given as CSV is: an Excel workbook (its directory, at the end, names
    /// xl/workbook.xml), an OpenDocument sheet (its first entry says so), or another archive.
    static func zipError(_ bytes: [UInt8], file: String) -> KDError {
        func has(_ text: String, in part: ArraySlice<UInt8>) -> Bool {
            let t = Array(text.utf8)
            return part.count >= t.count && part.indices.dropLast(t.count - 1).contains { part[$0..<($0 + t.count)].elementsEqual(t) }
        }
        if has("application/vnd.oasis.opendocument", in: bytes.prefix(128)) {
            return KDError(Catalog.csvIsOpenDocument, place: file, hints: [Catalog.hintSaveAsXlsxOrCSV])
        }
        if has("xl/workbook.xml", in: bytes.suffix(256 * 1024)) {
            return KDError(Catalog.csvIsWorkbook, place: file, hints: [Catalog.hintWorkbookName])
        }
        return KDError(Catalog.csvIsZip, place: file, hints: [Catalog.hintSaveAsXlsxOrCSV])
    }

    public static func parse(bytes: [UInt8], file: String) throws -> CSVText {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        func at(_ line: Int, _ col: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: col) }

        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            throw KDError(Catalog.csvEmpty, at: at(1, 1), hints: [Catalog.hintHeaderRow])
        }
        // A workbook given where a CSV file goes (a name without .xlsx, an old .xls): said as
        // what it is, not as binary data at a column of its zip header.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw zipError(bytes, file: file) }
        if bytes.starts(with: XlsxWorkbook.compoundFileSignature) { throw XlsxWorkbook.compoundFileError(bytes, file: file) }
        if let k = FileSignature.kind(bytes) {
            throw KDError(Catalog.fileIsOther(k, Catalog.aCSVFile), at: at(1, 1),
                          hints: [FileSignature.isHTML(bytes) ? Catalog.hintHTMLToXlsx : Catalog.hintOtherKind])
        }
        if looksUTF16(bytes) { throw KDError(Catalog.csvUTF16, at: at(1, 1), hints: [Catalog.hintSaveAsCSV]) }
        let delim = detectDelimiter(bytes)
        if let nul = bytes.firstIndex(of: 0) {
            // The record and field, as every other error of the file names its place.
            let (row, field) = bytes.withUnsafeBufferPointer { recordField($0, nul, delim: delim) }
            throw KDError(Catalog.csvBinary, at: at(row, field), hints: [Catalog.hintSaveAsCSV])
        }
        var spans = try bytes.withUnsafeBufferPointer { try Self.spans($0, delim: delim, file: file) }

        guard let head = spans.first, head.row == 1 else {
            throw KDError(Catalog.csvNoHeader, at: at(1, 1), hints: [Catalog.hintHeaderRow])
        }
        let header = bytes.withUnsafeBufferPointer { Self.record($0, delim: delim, head) }.fields.map(\.trimmingBlanks)
        spans.removeFirst()  // in place: a copy would hold every span once more
        for r in spans where r.fields != header.count {
            // One cell over wider rows: a title typed above the header (a ward's list has one),
            // said as the workbook reader says it, not as a value to quote.
            if header.count == 1, r.fields > 1 {
                throw KDError(Catalog.xlsxTitleCell(header[0]), at: at(1, 1), hints: [Catalog.hintFileHeader])
            }
            let col = min(r.fields, header.count) + 1
            throw KDError(Catalog.csvRagged(r.fields, header.count), at: at(r.row, col),
                          hints: [r.fields > header.count ? Catalog.hintRaggedMore(String(UnicodeScalar(delim))) : Catalog.hintRaggedFewer])
        }
        return CSVText(file: file, delimiter: Character(UnicodeScalar(delim)), header: header,
                       records: CSVRows(bytes: bytes, spans: spans, delim: delim))
    }

    /// No column of a fact table holds this much; a longer cell is a wrong file (or an attack),
    /// and refusing it keeps error lines and memory bounded.
    public static let maxCell = 64 * 1024

    /// `;` when the header line has more semicolons than commas (outside quotes), else `,`.
    static func detectDelimiter(_ b: [UInt8]) -> UInt8 {
        // Commas and semicolons outside quotes on the header line and the first row. Excel in
        // a Vietnamese locale writes `;` and leaves header cells unquoted, and those often hold
        // commas ("Ghi chú (a, b, c)"): the one that splits both lines alike wins, else the
        // header's majority.
        var lines: [(commas: Int, semis: Int)] = [(0, 0)]
        var inQuote = false, lastWasBreak = false
        for x in b {
            if x == UInt8(ascii: "\"") { inQuote.toggle(); lastWasBreak = false; continue }
            if inQuote { continue }
            if x == 0x0A || x == 0x0D {
                if !lastWasBreak {
                    if lines.count == 2 { break }
                    lines.append((0, 0))
                }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if x == UInt8(ascii: ",") { lines[lines.count - 1].commas += 1 } else if x == UInt8(ascii: ";") { lines[lines.count - 1].semis += 1 }
        }
        let head = lines[0]
        if lines.count == 2 {
            let row = lines[1]
            let semisFit = head.semis > 0 && head.semis == row.semis
            let commasFit = head.commas > 0 && head.commas == row.commas
            if semisFit != commasFit { return semisFit ? UInt8(ascii: ";") : UInt8(ascii: ",") }
        }
        return head.semis > head.commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { firstInvalidUTF8($0, 0..<$0.count) }
    }

    /// 1-based line and character column of a byte offset (for problems found before parsing).
    public static func lineColumn(_ b: [UInt8], _ offset: Int) -> (Int, Int) {
        b.withUnsafeBufferPointer { lineColumn($0, offset) }
    }

    static func lineColumn(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (Int, Int) {
        var line = 1, col = 1
        for k in 0..<offset {
            if b[k] == 0x0A { line += 1; col = 1 } else if b[k] & 0xC0 != 0x80 { col += 1 }
        }
        return (line, col)
    }
}
