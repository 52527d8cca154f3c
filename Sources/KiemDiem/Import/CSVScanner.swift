import Dispatch
import Foundation

/// What a scan keeps of each record. A file is scanned once keeping only where each record is
/// (`SpanSink`), then each record is scanned again for where its fields are (`CellSink`) when a
/// load reads it: a national roster's rows, all made at once, were 1.6 GB of Strings at the peak of
/// `load roster`, and each GB touched costs about a second of page faults on this machine.
protocol CSVSink {
    /// A field: the bytes `s..<e`, or for a quoted field the bytes inside the quotes, in which
    /// `pairs` doubled quotes each stand for one quote.
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, pairs: Int)
    /// The end of the record at `row`, whose text is `start..<end`.
    mutating func endRecord(row: Int, start: Int, end: Int)
    var fieldCount: Int { get }
}

/// The records of one stretch of a CSV text (data.md §1): fields split at the delimiter,
/// quoted fields unescaped, rows numbered as a spreadsheet shows them. A stretch starts at the
/// beginning of a line outside quotes; rows are counted from `firstRow`.
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delim: UInt8
    let file: String

    /// Scans `range` into `sink`; returns the row after the last.
    func scan<Sink: CSVSink>(_ range: Range<Int>, firstRow: Int, into sink: inout Sink) throws -> Int {
        let bytes = self.bytes, delim = self.delim
        let n = range.upperBound
        var row = firstRow
        var i = range.lowerBound
        var recordStart = i
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        func at(_ line: Int, _ col: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: col) }
        func endRecord(_ end: Int) {
            sink.endRecord(row: row, start: recordStart, end: end)
            row += 1
        }

        while i <= n {
            // Start of a field.
            let column = sink.fieldCount + 1
            if i < n && bytes[i] == quote {
                let openRow = row
                i += 1
                let s = i
                var pairs = 0
                var closed = false
                while i < n {
                    if bytes[i] == quote {
                        if i + 1 < n && bytes[i + 1] == quote { pairs += 1; i += 2; continue }
                        closed = true
                        break
                    }
                    i += 1
                }
                guard closed else {
                    throw KDError(Catalog.csvUnterminatedQuote, at: at(openRow, column), hints: [Catalog.hintQuotes])
                }
                if i - s - pairs > CSVText.maxCell { throw KDError(Catalog.csvCellTooLong(CSVText.maxCell), at: at(openRow, column)) }
                sink.field(bytes, s, i, pairs: pairs)
                i += 1
                if i < n && bytes[i] != delim && bytes[i] != cr && bytes[i] != lf {
                    throw KDError(Catalog.csvAfterQuote, at: at(openRow, column), hints: [Catalog.hintQuotes])
                }
            } else {
                let s = i
                while i < n && bytes[i] != delim && bytes[i] != lf && bytes[i] != cr {
                    if bytes[i] == quote {
                        throw KDError(Catalog.csvStrayQuote, at: at(row, column), hints: [Catalog.hintQuotes])
                    }
                    i += 1
                }
                if i - s > CSVText.maxCell { throw KDError(Catalog.csvCellTooLong(CSVText.maxCell), at: at(row, column)) }
                sink.field(bytes, s, i, pairs: 0)
            }
            // After a field: delimiter, end of line, or end of input.
            if i >= n {
                endRecord(i)
                break
            }
            if bytes[i] == delim {
                i += 1
                if i == n { sink.field(bytes, i, i, pairs: 0); endRecord(i); break }
                continue
            }
            let end = i
            if bytes[i] == cr { i += 1; if i < n && bytes[i] == lf { i += 1 } } else { i += 1 }
            endRecord(end)
            recordStart = i
            if i == n { break }
        }
        return row
    }
}

/// Whether `s..<e` holds only blanks (a blank line, or a spreadsheet's empty row `,,,`, keeps
/// its row number but carries no record).
@inline(__always) private func blank(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    for k in s..<e where !isBlank(b[k]) { return false }
    return true
}

/// A space or a tab: the blanks a cell is trimmed of without Foundation.
@inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

/// Keeps where each field of the one record scanned is, for `TableRow` to read the cells a
/// load asks for straight from the bytes (see `RowCells`): no String is made for an empty or
/// typed cell, and none is freed per row.
struct CellSink: CSVSink {
    var cells: [CellSpan] = []
    var fieldCount: Int { cells.count }

    mutating func field(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, pairs: Int) {
        cells.append(CellSpan(start: s, end: e, pairs: pairs))
    }

    mutating func endRecord(row: Int, start: Int, end: Int) {}
}

/// Keeps where each record is and how many fields it has; no Strings.
struct SpanSink: CSVSink {
    var spans: [CSVSpan] = []
    var fieldCount = 0
    var allBlank = true

    mutating func field(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, pairs: Int) {
        if allBlank && !blank(b, s, e) { allBlank = false }  // a doubled quote is not blank
        fieldCount += 1
    }

    mutating func endRecord(row: Int, start: Int, end: Int) {
        if !allBlank { spans.append(CSVSpan(start: start, end: end, row: row, fields: fieldCount)) }
        fieldCount = 0
        allBlank = true
    }
}

// Big files are checked and scanned on two cores (issue 8: reading the CSV files was about a
// third of each load). The text is cut after a line break with an even number of quotes before
// it, which is outside any quoted field whenever the first half is well-formed (and when it is
// not, its own error is the one reported). Each half is checked for UTF-8 and scanned on its own
// core; the results are then taken in the order one pass over the file would meet them, so
// errors, rows and records are the same as a single scan's (CSVTextTests compare both).
extension CSVText {
    /// Texts shorter than this are read on one core. Below it, the second core gains less than
    /// it costs, and at ward size a ward's grades file would be read while the roster's name
    /// order is being sorted there (measured: 32 KB was 0.3 ms slower over the ward pipeline).
    static let twoCoresFrom = 128 * 1024

    /// Where byte `offset` lies as a spreadsheet shows the file, as the scan's errors say it: the
    /// record (a line break inside quotes does not start one) and the field, both from 1. Only
    /// for an error found before the scan (a NUL, invalid UTF-8), so a pass from the start is fine.
    static func recordField(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int, delim: UInt8) -> (Int, Int) {
        var row = 1, field = 1, quoted = false
        for k in 0..<offset {
            switch b[k] {
            case 0x22: quoted.toggle()
            case 0x0A where !quoted: row += 1; field = 1
            case 0x0D where !quoted && (k + 1 == b.count || b[k + 1] != 0x0A): row += 1; field = 1
            case delim where !quoted: field += 1
            default: break
            }
        }
        return (row, field)
    }

    /// The records of the whole text (after the NUL check); throws the first problem a single
    /// pass would meet: invalid UTF-8, a JSON file, then the scan's own errors.
    static func records(_ b: UnsafeBufferPointer<UInt8>, delim: UInt8, file: String,
                        cut forcedCut: Int? = nil) throws -> [CSVRecord] {
        try spans(b, delim: delim, file: file, cut: forcedCut).map { record(b, delim: delim, $0) }
    }

    /// One checked record, read again from its span: its fields as Strings.
    static func record(_ b: UnsafeBufferPointer<UInt8>, delim: UInt8, _ span: CSVSpan) -> CSVRecord {
        CSVRecord(row: span.row, fields: cells(b, delim: delim, span).map { $0.text(in: b) })
    }

    /// Where the fields of one checked record are, read again from its span.
    static func cells(_ b: UnsafeBufferPointer<UInt8>, delim: UInt8, _ span: CSVSpan) -> [CellSpan] {
        var sink = CellSink()
        sink.cells.reserveCapacity(span.fields)
        do {
            _ = try CSVScanner(bytes: b, delim: delim, file: "").scan(span.start..<span.end, firstRow: span.row, into: &sink)
        } catch {
            preconditionFailure("a checked record reads again without error: \(error)")
        }
        return sink.cells
    }

    /// Where the records of the whole text are, checked; throws as `records` does.
    static func spans(_ b: UnsafeBufferPointer<UInt8>, delim: UInt8, file: String,
                      cut forcedCut: Int? = nil) throws -> [CSVSpan] {
        let n = b.count
        let scanner = CSVScanner(bytes: b, delim: delim, file: file)
        func badUTF8(_ offset: Int) -> KDError {
            let (l, c) = recordField(b, offset, delim: delim)
            // Saved as "CSV UTF-8", text typed in an old font stays spoiled (`checkedName` then
            // refuses it): the second hint says what to do first.
            return KDError(Catalog.csvNotUTF8, at: SourceLocation(file: file, line: l, column: c),
                           hints: [Catalog.hintSaveAsCSV, Catalog.hintOldFontFirst])
        }
        func notJSON() throws {
            if let first = b.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
               first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                throw KDError(Catalog.csvLooksJSON, at: SourceLocation(file: file, line: 1, column: 1), hints: [Catalog.hintJSONOpen])
            }
        }
        func scan(_ range: Range<Int>) throws -> (spans: [CSVSpan], nextRow: Int) {
            var sink = SpanSink()
            let next = try scanner.scan(range, firstRow: 1, into: &sink)
            return (sink.spans, next)
        }
        guard let cut = forcedCut ?? (n >= twoCoresFrom ? splitPoint(b) : nil) else {
            if let bad = firstInvalidUTF8(b, 0..<n) { throw badUTF8(bad) }
            try notJSON()
            return try scan(0..<n).spans
        }
        // Each half: the first byte that is not UTF-8, or else what scanning it gave.
        var halves: [(bad: Int?, scanned: Result<(spans: [CSVSpan], nextRow: Int), Error>?)] = [(nil, nil), (nil, nil)]
        halves.withUnsafeMutableBufferPointer { out in
            DispatchQueue.concurrentPerform(iterations: 2) { h in
                let range = h == 0 ? 0..<cut : cut..<n
                if let bad = firstInvalidUTF8(b, range) { out[h].bad = bad; return }
                // The second half's rows are counted from 1 and moved once the first is done.
                out[h].scanned = Result { try scan(range) }
            }
        }
        if let bad = halves[0].bad ?? halves[1].bad { throw badUTF8(bad) }
        try notJSON()
        guard let first = halves[0].scanned, let second = halves[1].scanned else {
            preconditionFailure("a half with valid UTF-8 is always scanned")
        }
        var (spans, nextRow) = try first.get()
        let offset = nextRow - 1
        switch second {
        case .failure(var e as KDError):
            e.location?.line += offset
            throw e
        case .failure(let e):
            throw e
        case .success(let more):
            spans.reserveCapacity(spans.count + more.spans.count)
            for var s in more.spans {
                s.row += offset
                spans.append(s)
            }
            return spans
        }
    }

    /// Whether the text, cut after any line break the splitter could choose (an even number of
    /// quotes before it; at most 16 of them), reads to the same records or the same first error
    /// as in one pass. For the fuzzer (HostileInput.csv): big files are read in two halves.
    public static func halvesAgree(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(0) else { return true }  // refused before any reading
        let delim = detectDelimiter(bytes)
        func outcome(_ cut: Int?) -> String {
            do {
                let rs = try bytes.withUnsafeBufferPointer { try records($0, delim: delim, file: "f", cut: cut) }
                return rs.map { "\($0.row)\($0.fields)" }.joined(separator: "\n")
            } catch let e as KDError {
                return "\(e.location?.description ?? "-") \(e.message.en)"
            } catch { return "\(error)" }
        }
        var cuts: [Int] = []
        var quotes = 0
        for (k, b) in bytes.enumerated() {
            if b == UInt8(ascii: "\"") { quotes += 1 }
            if b == 0x0A && k + 1 < bytes.count && quotes % 2 == 0 { cuts.append(k + 1) }
        }
        let step = max(1, cuts.count / 16)
        let one = outcome(nil)
        return stride(from: 0, to: cuts.count, by: step).allSatisfy { outcome(cuts[$0]) == one }
    }

    /// After the first line break past the middle, when an even number of quotes precede it.
    static func splitPoint(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let lf = b[(b.count / 2)...].firstIndex(of: 0x0A), lf + 1 < b.count else { return nil }
        var quotes = 0, k = 0
        while k < lf, let q = memchr(b.baseAddress! + k, Int32(UInt8(ascii: "\"")), lf - k) {
            quotes += 1
            k = UnsafePointer<UInt8>(q.assumingMemoryBound(to: UInt8.self)) - b.baseAddress! + 1
        }
        return quotes % 2 == 0 ? lf + 1 : nil
    }

    /// The offset of the first byte of `range` that is not valid UTF-8, or nil. Hand-written:
    /// `String(validating:)` copies the text (464 MB for a national roster) to check it.
    /// Rules of RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = range.upperBound
        let raw = UnsafeRawPointer(b.baseAddress)
        while i < end {
            // Eight ASCII bytes at a time.
            if let raw, i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int, low: UInt8, high: UInt8  // the allowed range of the second byte
            switch c {
            case 0xC2...0xDF: (len, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (len, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (len, low, high) = (3, 0x80, 0xBF)
            case 0xED: (len, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (len, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (len, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (len, low, high) = (4, 0x80, 0x8F)
            default: return i
            }
            guard i + len <= end, (low...high).contains(b[i + 1]) else { return i }
            for k in 2..<len where b[i + k] & 0xC0 != 0x80 { return i }
            i += len
        }
        return nil
    }
}
