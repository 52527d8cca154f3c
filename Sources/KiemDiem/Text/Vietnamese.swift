import Foundation

/// Vietnamese text handling: NFC normalisation, folding for matching, and collation.
public enum Vietnamese {
    /// NFC form, as every text entering kd is stored. Text whose every scalar is Latin below
    /// the combining marks or a precomposed Vietnamese letter (U+1E00–U+1EFF) is NFC already and
    /// is returned as it is, without Foundation (most names, every ASCII script).
    public static func nfc(_ s: String) -> String {
        isKnownNFC(s) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// Text as it comes in (a file's cell, a command): `nfc`, with a tone typed before the
    /// circumflex or breve put after it. The two marks are of one combining class, so NFC keeps
    /// their order and the letter stays apart ("Tié̂n", which no typed "Tiến" finds). Not part
    /// of `nfc`, which stays canonical (texts equal as Strings stay equal).
    public static func composed(_ s: String) -> String {
        if isKnownNFC(s) { return s }
        let c = s.precomposedStringWithCanonicalMapping
        guard c.unicodeScalars.contains(where: { $0.value == 0x302 || $0.value == 0x306 }) else { return c }
        var v = Array(c.decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 0
        while i + 1 < v.count {
            if [0x300, 0x301, 0x303, 0x309].contains(v[i].value), v[i + 1].value == 0x302 || v[i + 1].value == 0x306 { v.swapAt(i, i + 1) }
            i += 1
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: v)
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// `nfc`'s test, on the text's UTF-8: every scalar below the combining marks (U+0300) or a
    /// precomposed letter of U+1E00–U+1EFF (0xE1 0xB8…0xBB). False also for some texts in NFC
    /// (Greek, CJK): it cannot tell them, and they go the slow way.
    static func isKnownNFC(_ s: String) -> Bool { s.withUTF8Bytes(isKnownNFC) }

    static func isKnownNFC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < b.count {
            // A scalar from U+0300 starts with 0xCC or above; of those, only U+1E00–U+1EFF passes.
            if b[k] >= 0xCC {
                guard b[k] == 0xE1, k + 1 < b.count, (0xB8...0xBB).contains(b[k + 1]) else { return false }
            }
            k += 1
        }
        return true
    }

    /// Lower case, no diacritics, đ → d: the form used to match names and headers.
    public static func fold(_ s: String) -> String {
        if let fast = FastText.fold(s) { return fast }
        return slowFold(s)
    }

    /// The definition of `fold`, through Foundation's decomposition. `FastText` caches its answer
    /// per scalar for the Latin and Vietnamese letters (where it is the same, scalar by scalar).
    static func slowFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks: tones, breve, circumflex, horn
            // Đ đ, and Ð ð (eth), which text converted from the old Vietnamese font encodings
            // often holds in place of Đ đ: to the eye the same letter.
            case 0x0110, 0x0111, 0x00D0, 0x00F0: out.append("d")
            default:
                if scalar.properties.isUppercase {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Folded form with runs of blanks collapsed and trimmed.
    public static func key(_ s: String) -> String {
        let f = fold(s)
        // Most folded names have nothing to collapse: then splitting them into words and joining
        // them again gives back the same text (Tab's index folds every distinct name).
        if isCollapsed(f) { return f }
        return f.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// `key` holds `part` (both made by `key`), compared as bytes: in the shell, `contains` on two
    /// Strings is Foundation's locale-aware search, two thirds of `find`'s time over a roster.
    /// Folded text has no combining marks, so a match of bytes is a match of letters.
    public static func keyHolds(_ key: String, _ part: String) -> Bool {
        var key = key, part = part
        return key.withUTF8 { h in
            part.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                for i in 0...(h.count - n.count) where h[i] == first {
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// No tab, and no space first, last or after another: what `key`'s split and join keep as
    /// it is.
    static func isCollapsed(_ f: String) -> Bool {
        var afterBlank = true
        for b in f.utf8 {
            if b == 0x09 { return false }
            if b == 0x20 {
                if afterBlank { return false }
                afterBlank = true
            } else {
                afterBlank = false
            }
        }
        return !afterBlank || f.isEmpty
    }

    // Alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z placed as in Latin).
    private static let order: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let rank: [String: UInt16] = {
        var r: [String: UInt16] = [:]
        for (i, letter) in order.enumerated() { r[letter] = UInt16(i + 1) * 8 }
        return r
    }()

    /// Tone order of Vietnamese dictionaries: level, grave, hook, tilde, acute, dot below.
    private static func tone(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x0300: return 1
        case 0x0309: return 2
        case 0x0303: return 3
        case 0x0301: return 4
        case 0x0323: return 5
        default: return nil
        }
    }

    /// A sort key for one word: letters first (primary), then tones, then case.
    public static func collationKey(_ word: String) -> [UInt16] {
        if let fast = FastText.collationKey(word) { return fast }
        return slowCollationKey(word)
    }

    /// The definition of `collationKey`; `FastText` caches its answer per letter.
    static func slowCollationKey(_ word: String) -> [UInt16] {
        var primary: [UInt16] = []
        var tones: [UInt16] = []
        var cases: [UInt16] = []
        for ch in word.decomposedStringWithCanonicalMapping {
            var base: Unicode.Scalar?
            var mod = ""
            var t: UInt8 = 0
            for s in ch.unicodeScalars {
                if base == nil { base = s; continue }
                switch s.value {
                case 0x0306: mod = "\u{0306}"
                case 0x0302: mod = "\u{0302}"
                case 0x031B: mod = "\u{031B}"
                default: if let tt = tone(s.value) { t = tt }
                }
            }
            guard let b = base else { continue }
            let upper = b.properties.isUppercase
            var letter = String(b.properties.lowercaseMapping)
            if [0x0110, 0x0111, 0x00D0, 0x00F0].contains(b.value) { letter = "đ" }  // Ð ð: as in `slowFold`
            letter = (letter + mod).precomposedStringWithCanonicalMapping
            if let r = rank[letter] {
                primary.append(r)
            } else {
                primary.append(0x1000 &+ UInt16(truncatingIfNeeded: b.value))
            }
            tones.append(UInt16(t))
            cases.append(upper ? 1 : 0)
        }
        return primary + [0] + tones + [0] + cases
    }

    /// Compares two names the Vietnamese way: given name, then middle names, then family name;
    /// letter case only where all of that is equal.
    public static func nameSortKey(_ name: String) -> [UInt16] {
        // Thùy and Thuỳ sort as the one name they are (`placingTones`).
        let name = placingTones(name)
        if let fast = FastText.nameSortKey(name) { return fast }
        return slowNameSortKey(name)
    }

    /// The definition of `nameSortKey` (FastText gives the same key in one pass).
    static func slowNameSortKey(_ name: String) -> [UInt16] {
        let words = placingTones(name).split(separator: " ").map(String.init)
        guard let given = words.last else { return [] }
        var ordered = [given]
        if words.count > 2 { ordered += words[1..<(words.count - 1)] }
        var key: [UInt16] = [], cases: [UInt16] = []
        // Each word's letters and tones; its case only once every word is equal otherwise, so
        // NGUYỄN VĂN AN sorts among the other An by family name, not after them all.
        func add(_ w: String) {
            let k = collationKey(w), n = (k.count - 2) / 3
            key += k[0...(2 * n)]
            key.append(0xFFFF)
            cases += k[(2 * n + 2)...]
        }
        for w in ordered { add(w) }
        // The middle name ends here, below any letter: compared as a whole before the family
        // name, so Bùi An (no middle name) comes before Lê Ánh An, and Võ Thị Hương before
        // Bùi Thị Thu Hương.
        key.append(0)
        if words.count > 1 { add(words[0]) }
        key.append(0)
        return key + cases
    }

    /// Texts in the Vietnamese order (`collationKey`; code points only between equal keys):
    /// `đợt 1` after `dự`, not after `e` as by code point. Snapshot names are sorted so.
    public static func sorted(_ texts: some Collection<String>) -> [String] {
        texts.map { (collationKey($0), $0) }
            .sorted { $0.0 != $1.0 ? lessThan($0.0, $1.0) : $0.1 < $1.1 }
            .map(\.1)
    }

    public static func lessThan(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        a.lexicographicallyPrecedes(b)
    }
}
