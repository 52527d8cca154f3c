import Foundation

/// Hands out one stored copy of each distinct text. Names repeat: a national roster of 5.6M
/// members holds a few tens of thousands of distinct names, and a name with diacritics is too
/// long for Swift's inline strings (15 bytes), so each member's copy was its own 64-byte heap
/// block. Equal texts from the pool share one buffer. One pool per thread: it is a value.
struct StringPool {
    /// Byte-for-byte equality, not String's: canonically equivalent texts in different forms
    /// (NFC and NFD) are equal Strings, and the pool must never swap one form for the other.
    private struct Bytes: Hashable {
        var text: String
        static func == (a: Bytes, b: Bytes) -> Bool {
            var x = a.text, y = b.text
            return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
        }
        func hash(into h: inout Hasher) {
            var t = text
            t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
    private var seen = Set<Bytes>()

    /// `text` itself the first time, the first stored copy after that. Inline (short) strings
    /// have no buffer to share and are returned as they are.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return seen.insert(Bytes(text: text)).memberAfterInsert.text
    }
}
