import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (tabs and Unicode space separators), without the
    /// NSString round trip that call makes on Linux: only the scalars at the two ends are looked
    /// at, and text with none to trim comes back as it is. Cells, headers and commands use it.
    public var trimmingBlanks: String {
        let v = unicodeScalars
        guard let f = v.first, let l = v.last else { return "" }
        let blanks = CharacterSet.whitespaces
        func blank(_ u: Unicode.Scalar) -> Bool { u.value > 0x20 && u.value < 0x7F ? false : blanks.contains(u) }
        if !blank(f) && !blank(l) { return String(self) }
        guard let first = v.firstIndex(where: { !blank($0) }) else { return "" }
        let last = v.lastIndex(where: { !blank($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: v[first...last])
        return String(out)
    }
}
