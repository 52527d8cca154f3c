extension String {
    /// `body` on the text's UTF-8 bytes, read in place (`withContiguousStorageIfAvailable`,
    /// which every native String offers), else through a copy: `withUTF8` needs a mutable
    /// String, which costs a retain and a release of the text each time (hot in hashing names).
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        var t = self
        return t.withUTF8(body)
    }
}

/// A beginning texts share, as bytes, for `isBeginning(of:)`: Tab checks a long list's shared
/// beginning this way before comparing characters, which breaks every name into graphemes
/// (most of a Tab over 140,000 names at national size; issue 8).
public struct SharedBeginning {
    private let bytes: [UInt8]
    /// Latin and Vietnamese letters only (`isKnownNFC`), none of which joins what follows:
    /// found once, not for each text it is checked against.
    private let plain: Bool

    public init(_ text: String) {
        bytes = Array(text.utf8)
        plain = bytes.withUnsafeBufferPointer(Vietnamese.isKnownNFC)
    }

    /// Whether `t` begins with these bytes and a character ends there too: the end follows, or
    /// something that begins a new character whatever comes before it, a letter of ASCII (but
    /// a line feed), of U+0080–U+02FF or of U+1E00–U+1EFF (the combining marks begin at
    /// U+0300). False says nothing.
    public func isBeginning(of t: String) -> Bool {
        guard plain else { return false }
        return t.withUTF8Bytes { b in
            guard b.count >= bytes.count else { return false }
            for i in bytes.indices where b[i] != bytes[i] { return false }
            guard b.count > bytes.count else { return true }
            let next = b[bytes.count]
            if next < 0x80 { return next != 0x0A }
            if (0xC2...0xCB).contains(next) { return true }
            return next == 0xE1 && b.count > bytes.count + 1 && (0xB8...0xBB).contains(b[bytes.count + 1])
        }
    }
}

extension Vietnamese {
    /// `a == b`, by the bytes where that answers: texts of the same bytes are equal, and two
    /// texts known to be in NFC are equal only when their bytes are. String's own test
    /// normalizes both texts unless it saw them made in NFC, which texts read from a file are
    /// not: it was a third of a Tab's time over a national roster's names (issue 8).
    public static func sameText(_ a: String, _ b: String) -> Bool {
        let bytes = a.withUTF8Bytes { x in b.withUTF8Bytes { y in x.count == y.count && x.elementsEqual(y) } }
        if bytes { return true }
        if isKnownNFC(a) && isKnownNFC(b) { return false }
        return a == b
    }
}
