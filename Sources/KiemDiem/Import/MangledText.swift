/// Text a spreadsheet's export has already spoiled, which kd would otherwise load as it stands
/// (input audit 50a): a name whose letters became `?` (Excel's "CSV (Comma delimited)" on a
/// Windows whose code page has no Vietnamese letters), a name in an old Vietnamese font
/// encoding (TCVN3/ABC) read as Windows text and saved again as UTF-8 (`NguyÔn V¨n An`), and an
/// id Excel wrote in scientific notation (`1.23457E+11`: the digits after the sixth are gone).
enum MangledText {
    /// Why a name (a member's, a unit's, a collective's, a post's) cannot be one, or nil.
    static func nameProblem(_ name: String) -> (Message, [Message])? {
        for u in name.unicodeScalars {
            if u == "?" { return (Catalog.nameQuestionMark(name), [Catalog.hintSaveAsCSVUTF8Again]) }
            // Latin-1's symbols (¡ to ¿, × and ÷): no letter of a name. TCVN3 puts most of
            // Vietnamese's toned vowels there (ă is ¨, â ©, ê ª, ô «, ơ ¬, đ ®, à µ, á ¸…).
            // But the acute accent ´, which Ê Đê and Jrai names use as an apostrophe (H´Nhi).
            // And Latin-1 letters of no Vietnamese name, nor of the minority scripts written
            // with Latin letters (ñ, ë and the like are left alone): Å Æ Ç Ø Þ ß å æ ç ø þ,
            // where TCVN3 puts ầ, ị and others (`TrÇn ThÞ` is Trần Thị).
            if ((0xA1...0xBF).contains(u.value) && u.value != 0xB4) || u.value == 0xD7 || u.value == 0xF7
                || Self.foreignLetters.contains(u.value) {
                return (Catalog.nameOldFont(name, String(u)), [Catalog.hintConvertOldFont])
            }
        }
        return nil
    }

    static let foreignLetters: Set<UInt32> = [0xC5, 0xC6, 0xC7, 0xD8, 0xDE, 0xDF, 0xE5, 0xE6, 0xE7, 0xF8, 0xFE]

    /// Whether an id or code is a number in Excel's scientific notation: a digit, maybe a
    /// decimal point or comma and digits, E, a sign, two digits or more.
    static func isScientific(_ id: String) -> Bool {
        let b = Array(id.utf8)
        guard let first = b.first, (0x30...0x39).contains(first), let e = b.firstIndex(where: { $0 == 0x45 || $0 == 0x65 }) else { return false }
        let digit = { (x: UInt8) in (0x30...0x39).contains(x) }
        var i = 1
        if i < e, b[i] == 0x2E || b[i] == 0x2C { i += 1; guard i < e else { return false } }
        guard b[i..<e].allSatisfy(digit) else { return false }
        // Excel always writes the sign and two digits at least (`1E+05`): `1E5` may be a code.
        let j = e + 2
        guard e + 1 < b.count, b[e + 1] == 0x2B || b[e + 1] == 0x2D else { return false }
        return b.count - j >= 2 && b[j...].allSatisfy(digit)
    }
}

extension TableRow {
    /// An id or code column's value, refused when Excel has turned it into scientific notation.
    func idCell(_ column: String) throws -> String {
        let t = try required(column)
        // A numeric id (most of a roster's, in some wards) is passed over at its first byte
        // without an E: no array made per row.
        if let f = t.utf8.first, f >= 0x30, f <= 0x39, t.utf8.contains(where: { $0 | 0x20 == 0x65 }), MangledText.isScientific(t) {
            throw error(column, Catalog.idScientific(t), hints: [Catalog.hintIdAsText])
        }
        return t
    }

    /// A name column's value as stored (`collapse`), refused when an export spoiled it.
    func checkedName(_ column: String) throws -> String {
        let t = LoadKind.collapse(try required(column))
        try refuseSpoiled(t, column)
        return t
    }

    /// Throws at `column` when `name` (the cell's, or a part of it: a post in the roster's
    /// `positions`) is one an export spoiled (`MangledText.nameProblem`).
    func refuseSpoiled(_ name: String, _ column: String) throws {
        if let (m, hints) = MangledText.nameProblem(name) { throw error(column, m, hints: hints) }
    }
}

extension MangledText {
    /// When `typed` is all digits and the roster (or the units, the collectives) holds it with
    /// leading zeros (`12` for 0012: Excel drops them in a column formatted as a number), the
    /// hint that names the id it lost them from. Error paths only.
    static func lostZeros(_ typed: String, _ ws: Workspace) -> Message? {
        guard !typed.isEmpty, typed.utf8.count < 20, typed.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        var padded = typed
        for _ in 0..<(20 - typed.utf8.count) {
            padded = "0" + padded
            if ws.members[padded] != nil || ws.units[padded] != nil || ws.collectives[padded] != nil {
                return Catalog.hintLostZeros(padded)
            }
        }
        return nil
    }
}
