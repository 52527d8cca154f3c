/// Table-driven `Vietnamese.fold` and `Vietnamese.collationKey` for text made of Latin and
/// Vietnamese letters (U+0000–U+024F, U+1E00–U+1EFF, combining marks U+0300–U+036F): the tables
/// hold the slow functions' own answer for each scalar, so the result is the same, without a
/// Foundation decomposition and several String allocations per letter. Measured need: folding
/// and collating names ran once per member in loads, rules, reports and completion, and made up
/// most of a 100,000-member pipeline's time. Anything outside those ranges takes the slow path.
enum FastText {
    static func slot(_ v: UInt32) -> Int? {
        if v < 0x250 { return Int(v) }
        if v >= 0x1E00 && v < 0x1F00 { return 0x250 + Int(v - 0x1E00) }
        return nil
    }
    static let size = 0x250 + 0x100

    static func scalar(at slot: Int) -> Unicode.Scalar? {
        Unicode.Scalar(slot < 0x250 ? UInt32(slot) : UInt32(0x1E00 + slot - 0x250))
    }

    /// The folded text of each scalar (FastTextTables.swift, generated from `computedFoldTable`).
    static let foldTable: [String] = foldTableLiteral

    /// (primary, tone, case) of each scalar standing alone as one letter; primary 0 = not cached.
    static let letterTable: [(UInt16, UInt16, UInt16)] = letterTableLiteral

    /// What the tables must hold, from the slow functions. Computing them took about a
    /// millisecond of every kd run (ICU decomposition of 848 scalars), so they are kept as
    /// literals; FastTextTableTests compares and, with KD_UPDATE_TABLES=1, rewrites them.
    static func computedFoldTable() -> [String] {
        (0..<size).map { i in scalar(at: i).map { Vietnamese.slowFold(String(Character($0))) } ?? "" }
    }

    static func computedLetterTable() -> [(UInt16, UInt16, UInt16)] {
        (0..<size).map { i in
            guard let s = scalar(at: i) else { return (0, 0, 0) }
            let k = Vietnamese.slowCollationKey(String(Character(s)))
            // One letter gives [p, 0, t, 0, c]; anything else is left to the slow path.
            guard k.count == 5, k[0] != 0 else { return (0, 0, 0) }
            return (k[0], k[2], k[4])
        }
    }

    static func fold(_ s: String) -> String? {
        // Into bytes on the stack, made a String once: appending each letter's String (a retain,
        // a release and a copy each) was most of folding a name, which Tab's index does for
        // every distinct name of the roster. Room for the longest fold a letter's byte can
        // grow to (`growth`: Ⱥ → ⱥ is 2 → 3 bytes).
        let (bytes, start, growth) = foldBytes
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: growth * s.utf8.count) { buf -> String? in
            var k = 0
            var ascii = true
            for u in s.unicodeScalars {
                let v = u.value
                if v >= 0x300 && v <= 0x36F { ascii = false; continue }
                guard let i = slot(v) else { return nil }
                if v >= 0x80 || (v >= 0x41 && v <= 0x5A) { ascii = false }
                for j in Int(start[i])..<Int(start[i + 1]) {
                    buf[k] = bytes[j]
                    k += 1
                }
            }
            return ascii ? s : String(decoding: UnsafeBufferPointer(rebasing: buf[0..<k]), as: UTF8.self)
        }
    }

    /// `foldTable` as one run of UTF-8 bytes, scalar slot `i`'s fold at `start[i]..<start[i + 1]`,
    /// and the most bytes of fold for one byte of a scalar (rounded up).
    static let foldBytes: (bytes: [UInt8], start: [Int32], growth: Int) = {
        var bytes: [UInt8] = [], start: [Int32] = [0], growth = 1
        for (i, f) in foldTable.enumerated() {
            bytes += f.utf8
            start.append(Int32(bytes.count))
            let own = scalar(at: i).map { String($0).utf8.count } ?? 1
            growth = max(growth, (f.utf8.count + own - 1) / own)
        }
        return (bytes, start, growth)
    }()

    static func collationKey(_ word: String) -> [UInt16]? {
        var primary: [UInt16] = [], tones: [UInt16] = [], cases: [UInt16] = []
        primary.reserveCapacity(word.utf8.count)
        for u in word.unicodeScalars {
            // A combining mark makes letters of several scalars, CR LF is one Character: the
            // slow path groups them.
            guard u.value >= 0x20, let i = slot(u.value) else { return nil }
            let (p, t, c) = letterTable[i]
            if p == 0 { return nil }
            primary.append(p); tones.append(t); cases.append(c)
        }
        return primary + [0] + tones + [0] + cases
    }

    /// `Vietnamese.nameSortKey` in one pass over the scalars, into one array: the given name's
    /// letters and tones, then the middle names', a 0, then the family name's, a 0, then the
    /// cases of all their letters in that order. The letters and
    /// word bounds go to scratch space on the stack and the key is written once at its final
    /// size: four growing arrays per name made this 5,000 instructions a name, and sorting a
    /// ward's roster by name (on the second core, but awaited by `cap`) took 3 ms.
    static func nameSortKey(_ name: String) -> [UInt16]? {
        let n = name.utf8.count
        return letterTable.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * n + 2) { scratch -> [UInt16]? in
                // scratch[0..<n]: each letter's table slot; then (start, end) of each word.
                var letters = 0, words = 0, start = 0
                let bounds = n
                func endWord() {
                    if letters > start {
                        scratch[bounds + 2 * words] = Int32(start)
                        scratch[bounds + 2 * words + 1] = Int32(letters)
                        words += 1
                    }
                    start = letters
                }
                for u in name.unicodeScalars {
                    if u == " " { endWord(); continue }
                    guard u.value >= 0x20, let i = slot(u.value), table[i].0 != 0 else { return nil }
                    scratch[letters] = Int32(i)
                    letters += 1
                }
                endWord()
                guard words > 0 else { return [] }
                return [UInt16](unsafeUninitializedCapacity: 3 * letters + 2 * words + 2) { key, filled in
                    var p = 0
                    // Letters and tones word by word; the cases after them all, in the same order.
                    var c = 2 * letters + 2 * words + 2
                    func word(_ w: Int) {
                        let range = Int(scratch[bounds + 2 * w])..<Int(scratch[bounds + 2 * w + 1])
                        for k in range { key[p] = table[Int(scratch[k])].0; p += 1 }
                        key[p] = 0; p += 1
                        for k in range { key[p] = table[Int(scratch[k])].1; p += 1 }
                        key[p] = 0xFFFF; p += 1
                        for k in range { key[c] = table[Int(scratch[k])].2; c += 1 }
                    }
                    word(words - 1)
                    if words > 2 { for w in 1..<(words - 1) { word(w) } }
                    key[p] = 0; p += 1
                    if words > 1 { word(0) }
                    key[p] = 0; p += 1
                    filled = c
                }
            }
        }
    }
}
