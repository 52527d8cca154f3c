/// Columns a text takes on a terminal: combining marks (Vietnamese tones when decomposed) take
/// none, East Asian wide and fullwidth characters two, everything else one.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    public static func of(_ ch: Character) -> Int {
        // A grapheme takes the width of its first non-combining scalar.
        for u in ch.unicodeScalars {
            let v = u.value
            if isZeroWidth(u) { continue }
            return isWide(v) ? 2 : 1
        }
        return 0
    }

    static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return u.value == 0x200B
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The text cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        if of(s) <= width { return s }
        guard width > 0 else { return "" }
        var out = ""
        var w = 0
        for ch in s {
            let cw = of(ch)
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }
}
