extension Vietnamese {
    /// A lower-case NFC text with the tone of the rhymes oa, oe and uy on their second vowel:
    /// the old spelling puts it on the first (hòa, khỏe, Thủy), the new one on the second (hoà,
    /// khoẻ, Thuỷ). A syllable has one tone wherever it is written, so a reader takes Thùy and
    /// Thuỳ for one name; a name typed in one spelling must not pick, as an exact match, the
    /// person who spells it the other way when both are in the roster.
    public static func placingTones(_ s: String) -> String {
        let v = s.unicodeScalars
        var out = String.UnicodeScalarView()
        var i = v.startIndex
        var changed = false
        while i != v.endIndex {
            let u = v[i]
            let next = v.index(after: i)
            if next != v.endIndex, let moved = movedTone(u, v[next]) {
                out.append(moved.0)
                out.append(moved.1)
                changed = true
                i = v.index(after: next)
                continue
            }
            out.append(u)
            i = next
        }
        return changed ? String(out) : s
    }

    /// ò + a → o + à, and the like: the toned first vowel of oa, oe, uy and its plain partner.
    private static func movedTone(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard let tone = toned(first.value) else { return nil }
        let partner: [UInt32]
        switch (tone.base, second) {
        case ("o", "a"): partner = [0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1]   // à á ả ã ạ
        case ("o", "e"): partner = [0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9] // è é ẻ ẽ ẹ
        case ("u", "y"): partner = [0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5] // ỳ ý ỷ ỹ ỵ
        default: return nil
        }
        return (Unicode.Scalar(tone.base.utf8.first!), Unicode.Scalar(partner[tone.index])!)
    }

    /// The toned o and u (huyền, sắc, hỏi, ngã, nặng): base and tone. A switch, not a table:
    /// every letter of every name in the roster is asked.
    private static func toned(_ u: UInt32) -> (base: String, index: Int)? {
        switch u {
        case 0xF2: return ("o", 0)     // ò
        case 0xF3: return ("o", 1)     // ó
        case 0x1ECF: return ("o", 2)   // ỏ
        case 0xF5: return ("o", 3)     // õ
        case 0x1ECD: return ("o", 4)   // ọ
        case 0xF9: return ("u", 0)     // ù
        case 0xFA: return ("u", 1)     // ú
        case 0x1EE7: return ("u", 2)   // ủ
        case 0x169: return ("u", 3)    // ũ
        case 0x1EE5: return ("u", 4)   // ụ
        default: return nil
        }
    }
}
