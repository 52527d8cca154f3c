/// Columns a text takes on a terminal: combining marks (Vietnamese tones when decomposed) take
/// none, East Asian wide and fullwidth characters two, everything else one.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        simpleWidth(s) ?? graphemeWidth(s)
    }

    /// The width grapheme by grapheme, for any text.
    static func graphemeWidth(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    /// The width of a text made only of Latin letters (Vietnamese precomposed or decomposed)
    /// and ASCII, scalar by scalar, without splitting it into graphemes or asking each scalar's
    /// Unicode category: that took a fifth of `report members` at a million rows. Each such
    /// scalar is a grapheme of its own, one column wide, or a combining mark (U+0300–U+036F)
    /// taking none. Nil for any other text, which `of` measures grapheme by grapheme.
    @inline(__always) static func simpleWidth(_ s: String) -> Int? {
        var w = 0
        for u in s.unicodeScalars {
            switch u.value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x1E00...0x1EFF: w += 1
            case 0x300...0x36F: continue
            default: return nil
            }
        }
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
