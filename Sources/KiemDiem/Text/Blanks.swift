import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (tabs and Unicode space separators), and the
    /// invisible characters text copied from Word, a web page or a chat brings along (zero-width
    /// spaces and joiners, word joiner, byte-order mark, soft hyphen), without the NSString round
    /// trip that call makes on Linux: only the scalars at the two ends are looked at, and text
    /// with none to trim comes back as it is. Cells, headers and commands use it: an id that
    /// kept a no-break space after it was a second person (input audit 50a).
    public var trimmingBlanks: String {
        let v = unicodeScalars
        guard let f = v.first, let l = v.last else { return "" }
        let blanks = CharacterSet.whitespaces
        func blank(_ u: Unicode.Scalar) -> Bool {
            u.value > 0x20 && u.value < 0x7F ? false : blanks.contains(u) || invisibleScalars.contains(u.value)
        }
        if !blank(f) && !blank(l) { return String(self) }
        guard let first = v.firstIndex(where: { !blank($0) }) else { return "" }
        let last = v.lastIndex(where: { !blank($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: v[first...last])
        return String(out)
    }
}

/// Zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen: shown as
/// nothing, trimmed from a cell's ends as blanks are.
let invisibleScalars: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
