extension Vietnamese {
    /// An NFC text with the tone of the rhymes oa, oe and uy on their second vowel:
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

    /// ò + a → o + à, and the like: the toned first vowel of oa, oe, uy and its plain partner,
    /// each letter keeping its case (HÒA → HOÀ: a name in capitals sorts as the same name does).
    private static func movedTone(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard let tone = toned(first.value) else { return nil }
        let lower: [UInt32], upper: [UInt32]
        switch (tone.base, second) {
        case ("o", "a"), ("o", "A"):
            (lower, upper) = ([0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1], [0xC0, 0xC1, 0x1EA2, 0xC3, 0x1EA0])         // à á ả ã ạ
        case ("o", "e"), ("o", "E"):
            (lower, upper) = ([0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9], [0xC8, 0xC9, 0x1EBA, 0x1EBC, 0x1EB8])     // è é ẻ ẽ ẹ
        case ("u", "y"), ("u", "Y"):
            (lower, upper) = ([0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5], [0x1EF2, 0xDD, 0x1EF6, 0x1EF8, 0x1EF4]) // ỳ ý ỷ ỹ ỵ
        default: return nil
        }
        let partner = second.properties.isUppercase ? upper : lower
        let base = tone.upper ? tone.base.uppercased() : tone.base
        return (Unicode.Scalar(base.utf8.first!), Unicode.Scalar(partner[tone.index])!)
    }

    /// The toned o and u (huyền, sắc, hỏi, ngã, nặng), either case: base, tone and case. A
    /// switch, not a table: every letter of every name in the roster is asked.
    private static func toned(_ u: UInt32) -> (base: String, index: Int, upper: Bool)? {
        switch u {
        case 0xF2: return ("o", 0, false)     // ò
        case 0xF3: return ("o", 1, false)     // ó
        case 0x1ECF: return ("o", 2, false)   // ỏ
        case 0xF5: return ("o", 3, false)     // õ
        case 0x1ECD: return ("o", 4, false)   // ọ
        case 0xF9: return ("u", 0, false)     // ù
        case 0xFA: return ("u", 1, false)     // ú
        case 0x1EE7: return ("u", 2, false)   // ủ
        case 0x169: return ("u", 3, false)    // ũ
        case 0x1EE5: return ("u", 4, false)   // ụ
        case 0xD2: return ("o", 0, true)      // Ò
        case 0xD3: return ("o", 1, true)      // Ó
        case 0x1ECE: return ("o", 2, true)    // Ỏ
        case 0xD5: return ("o", 3, true)      // Õ
        case 0x1ECC: return ("o", 4, true)    // Ọ
        case 0xD9: return ("u", 0, true)      // Ù
        case 0xDA: return ("u", 1, true)      // Ú
        case 0x1EE6: return ("u", 2, true)    // Ủ
        case 0x168: return ("u", 3, true)     // Ũ
        case 0x1EE4: return ("u", 4, true)    // Ụ
        default: return nil
        }
    }
}
