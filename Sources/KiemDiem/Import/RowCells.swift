/// A table row's cells. From a workbook sheet (or a text parsed in memory) they are Strings;
/// from a file they are where each cell is in the file's bytes, and a cell becomes a String only
/// when a load reads it. Measured (issue 8): making every cell of every row a String, then
/// freeing the row's array of them, was about a third of `load roster`'s samples at 1M
/// members; most cells are read once, and dates and empty cells need no String at all.
enum RowCells: Sendable {
    case strings([String])
    case bytes([UInt8], [CellSpan])
    /// From a workbook sheet: only the cells with a value (see `SparseRecord`).
    case sparse(SparseRecord)

    /// Cell `i`'s text trimmed of blanks (tabs and Unicode spaces), nil when that leaves nothing:
    /// what `TableRow.text` gives, from either storage.
    func text(_ i: Int) -> String? {
        switch self {
        case .strings, .sparse:
            let f = field(i)
            // Bytes, not Characters (no grapheme breaking), and Foundation trimming only when
            // needed: this runs for every cell of millions of rows.
            guard !f.isEmpty else { return nil }
            var g = f
            if !g.withUTF8({ Self.edgesMayBeBlank($0, 0, $0.count) }) { return f }
            let t = f.trimmingBlanks
            return t.isEmpty ? nil : t
        case .bytes(let bytes, let cells):
            let c = cells[i]
            guard c.start < c.end else { return nil }
            return bytes.withUnsafeBufferPointer { b in
                let f = c.text(in: b)
                // The raw bytes at the ends are the text's: a doubled quote there is a quote in
                // the text, and normalization (NFC) never makes or removes a space or a tab.
                if !Self.edgesMayBeBlank(b, c.start, c.end) { return f }
                let t = f.trimmingBlanks
                return t.isEmpty ? nil : t
            }
        }
    }

    /// Whether the first or the last scalar of `b[s..<e]` (not empty, valid UTF-8) may be one
    /// `trimmingBlanks` trims: a space or a tab, or one of the UTF-8 sequences of the Unicode
    /// spaces and invisible characters (U+00A0, U+00AD, U+1680, U+2000–U+206F, U+3000, U+FEFF).
    /// By bytes: a Vietnamese letter at an end (`Nữ`, `có`, most names) is passed over without
    /// the scalar and CharacterSet work, which made a roster's load a fifth slower (review 50c).
    @inline(__always) static func edgesMayBeBlank(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let f = b[s]
        if f < 0x80 {
            if isBlank(f) { return true }
        } else if e - s >= 2 {
            let f1 = b[s + 1]
            if (f == 0xC2 && (f1 == 0xA0 || f1 == 0xAD)) || (f == 0xE2 && (f1 == 0x80 || f1 == 0x81)) { return true }
            if e - s >= 3, (f == 0xE1 && f1 == 0x9A && b[s + 2] == 0x80) || (f == 0xE3 && f1 == 0x80 && b[s + 2] == 0x80)
                || (f == 0xEF && f1 == 0xBB && b[s + 2] == 0xBF) { return true }
        }
        let l = b[e - 1]
        if l < 0x80 { return isBlank(l) }
        if e - s >= 2, b[e - 2] == 0xC2, l == 0xA0 || l == 0xAD { return true }
        guard e - s >= 3 else { return false }
        let a = b[e - 3], m = b[e - 2]
        return (a == 0xE2 && (m == 0x80 || m == 0x81)) || (a == 0xE1 && m == 0x9A && l == 0x80)
            || (a == 0xE3 && m == 0x80 && l == 0x80) || (a == 0xEF && m == 0xBB && l == 0xBF)
    }

    /// Cell `i` as written (untrimmed).
    func field(_ i: Int) -> String {
        switch self {
        case .strings(let fields): return fields[i]
        case .sparse(let r): return r.field(i)
        case .bytes(let bytes, let cells):
            let c = cells[i]
            return bytes.withUnsafeBufferPointer { c.text(in: $0) }
        }
    }

    /// `body` on cell `i`'s bytes when they are its text exactly as written: from a file, no
    /// doubled quote, nothing to trim. nil otherwise (and for an empty cell), and then the caller
    /// reads the cell through `text`, so a fast path can only agree with the general one.
    func plain<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        guard case .bytes(let bytes, let cells) = self else { return nil }
        let c = cells[i]
        guard c.pairs == 0, c.start < c.end else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            guard !isBlank(b[c.start]), !isBlank(b[c.end - 1]) else { return nil }
            return body(UnsafeBufferPointer(rebasing: b[c.start..<c.end]))
        }
    }
}

extension TableRow {
    /// A name column as the roster keeps it, `collapse(required(column))`, one stored copy per
    /// distinct name (`pool`). From a file, a cell that is that text already (nothing to trim,
    /// NFC, no runs of blanks) is looked up by its bytes: a name seen before costs no String.
    func pooledName(_ column: String, _ pool: inout StringPool) throws -> String {
        if let i = columns.position(column),
           let t = cells.plain(i, { b in
               Self.isStoredForm(b) ? pool.lookup(bytes: b) ?? pool.intern(String(decoding: b, as: UTF8.self)) : nil
           }) {
            return t
        }
        return pool.intern(try checkedName(column))
    }

    /// Second bytes after 0xC3 of the scalars `MangledText.nameProblem` refuses: × ÷ and the
    /// letters of no Vietnamese name (Å Æ Ç Ø Þ ß å æ ç ø þ).
    /// One bit per second byte (0x80–0xBF): a shift and a mask for each Vietnamese letter
    /// of Latin-1 (à, é, ô…) in a national roster's names, not a hash.
    static let refusedAfterC3: UInt64 = [0x97, 0xB7, 0x85, 0x86, 0x87, 0x98, 0x9E, 0x9F, 0xA5, 0xA6, 0xA7, 0xB8, 0xBE]
        .reduce(0) { $0 | (1 << UInt64($1 - 0x80)) }

    /// Whether these bytes (valid UTF-8) are a name as stored already: NFC by `Vietnamese.nfc`'s
    /// own test (`Vietnamese.isKnownNFC`, fused here into the one pass over a roster's names),
    /// and no tab, line break or double space for `collapse` to change.
    static func isStoredForm(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var prev: UInt8 = 0
        var k = 0
        while k < b.count {
            let x = b[k]
            // Below a space: a tab, or a line break inside a quoted cell (one compare for both).
            if x < 0x20 || (x == 0x20 && prev == 0x20) || x == 0x7F { return false }
            // U+0080–U+00BF: a C1 control or a no-break space, which `collapse` turns into a
            // space, a soft hyphen, which it drops, or a symbol `checkedName` refuses; so are
            // "?", "×" and "÷".
            if x == 0xC2 || x == 0x3F || (x == 0xC3 && k + 1 < b.count && b[k + 1] >= 0x80 && (Self.refusedAfterC3 >> UInt64(b[k + 1] &- 0x80)) & 1 == 1) { return false }
            // A scalar from U+0300 starts with 0xCC or above; of those, only U+1E00–U+1EFF
            // (0xE1 0xB8…0xBB) passes.
            if x >= 0xCC {
                guard x == 0xE1, k + 1 < b.count, (0xB8...0xBB).contains(b[k + 1]) else { return false }
            }
            prev = x
            k += 1
        }
        return true
    }
}

