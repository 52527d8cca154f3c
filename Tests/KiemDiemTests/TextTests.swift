import Foundation
import Testing
@testable import KiemDiem

@Suite struct VietnameseTests {
    @Test func foldRemovesDiacriticsAndCase() {
        #expect(Vietnamese.fold("Nguyễn Văn Đông") == "nguyen van dong")
        #expect(Vietnamese.fold("ĐẢNG ỦY") == "dang uy")
    }

    /// `find`'s test: a key holds a part wherever it stands, as bytes of folded text.
    @Test func aKeyHoldsItsParts() {
        let k = Vietnamese.key("Nguyễn Văn Đông")
        #expect(Vietnamese.keyHolds(k, Vietnamese.key("nguyen")))
        #expect(Vietnamese.keyHolds(k, Vietnamese.key("văn đông")))
        #expect(Vietnamese.keyHolds(k, "g"))
        #expect(Vietnamese.keyHolds(k, k))
        #expect(Vietnamese.keyHolds(k, ""))
        #expect(!Vietnamese.keyHolds(k, k + " "))
        #expect(!Vietnamese.keyHolds(k, "van dong a"))
        #expect(!Vietnamese.keyHolds(k, "dongx"))
        #expect(!Vietnamese.keyHolds("", "a"))
    }

    /// Ð ð (eth), which text converted from the old Vietnamese font encodings often holds in
    /// place of Đ đ, fold and sort as Đ đ: "Ðỗ Văn Ân" is found as "do van an".
    @Test func ethIsTakenForD() {
        #expect(Vietnamese.fold("Ðỗ Văn Ân") == "do van an" && Vietnamese.fold("ðào") == "dao")
        #expect(Vietnamese.slowFold("Ðỗ ð") == "do d")
        #expect(Vietnamese.nameSortKey("Hoàng Thị Ðào") == Vietnamese.nameSortKey("Hoàng Thị Đào"))
        var ws = Workspace()
        ws.members["P1"] = Member(id: "P1", name: "Đỗ Văn Ân", unit: "CB01")
        #expect(ws.lookup("Ðỗ Văn Ân") == .found(SubjectRef(.member, "P1")))
    }

    /// The shortcut in `nfc` (no Foundation for Latin below U+0300 and precomposed Vietnamese
    /// letters) holds scalar by scalar, alone and before a combining mark.
    /// The tone of oa, oe, uy moves to the second vowel; every other syllable is left alone.
    @Test func tonesOfOaOeUyInOnePlace() {
        let same = [("thủy", "thuỷ"), ("hòa", "hoà"), ("khỏe", "khoẻ"), ("ủy ban", "uỷ ban"), ("thụy", "thuỵ"), ("xõa", "xoã")]
        for (old, new) in same {
            #expect(Vietnamese.placingTones(old) == new && Vietnamese.placingTones(new) == new, "\(old)")
        }
        for kept in ["hoàng", "quý", "quỳnh", "tuấn", "của", "mùa", "nguyễn văn an", "thuy", "", "HOÀNG", "QUỲNH"] {
            #expect(Vietnamese.placingTones(kept) == kept, "\(kept)")
        }
        // Capitals and mixed case keep each letter's case (the sort key reads the name as written).
        for (old, new) in [("THÙY", "THUỲ"), ("HÒA", "HOÀ"), ("KHỎE", "KHOẺ"), ("Ủy", "Uỷ"), ("ÙY", "UỲ"), ("hÒa", "hOà")] {
            #expect(Vietnamese.placingTones(old) == new && Vietnamese.placingTones(new) == new, "\(old)")
        }
    }

    /// An old-spelling name in capitals sorts where its new spelling does: huyền (Thùy) before
    /// sắc (Thuý) whichever vowel carries the tone, as in title case.
    @Test func capitalsInTheOldSpellingSortByTheirTone() {
        let names = ["TRẦN VĂN HOÁ", "TRẦN VĂN HÒA", "NGUYỄN THỊ THUÝ", "NGUYỄN THỊ THÙY"]
        let sorted = names.sorted { Vietnamese.nameSortKey($0).lexicographicallyPrecedes(Vietnamese.nameSortKey($1)) }
        #expect(sorted == ["TRẦN VĂN HÒA", "TRẦN VĂN HOÁ", "NGUYỄN THỊ THÙY", "NGUYỄN THỊ THUÝ"])
    }

    /// A tone typed before the circumflex or breve: NFC keeps the order of two marks of one
    /// class; text coming in puts the vowel's mark first so the letter composes.
    @Test func aToneBeforeTheCircumflexComposes() {
        #expect(Vietnamese.composed("Tie\u{301}\u{302}n") == "Tiến")
        #expect(Vietnamese.composed("Tie\u{302}\u{301}n") == "Tiến")
        #expect(Vietnamese.composed("Nga\u{303}\u{306}n") == "Ngẵn")
        #expect(Vietnamese.composed("Vie\u{323}\u{302}t") == "Việt")
        #expect(Vietnamese.composed("Lê Văn Tiến") == "Lê Văn Tiến")
        #expect(Vietnamese.nfc("Tie\u{301}\u{302}n") != "Tiến", "nfc stays canonical")
    }

    @Test func nfcShortcutAgreesWithFoundation() {
        let scalars = (0x20..<0x300).compactMap(Unicode.Scalar.init) + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init)
        for u in scalars {
            for s in [String(u), String(u) + "\u{301}", "a" + String(u) + "b"] {
                #expect(Vietnamese.nfc(s).unicodeScalars.elementsEqual(s.precomposedStringWithCanonicalMapping.unicodeScalars),
                        "U+\(String(u.value, radix: 16))")
            }
        }
    }

    /// Cells, headers and commands are trimmed as Foundation's `.whitespaces` trims them, and
    /// of the invisible characters (zero-width spaces and joiners, word joiner, byte-order
    /// mark, soft hyphen) too; every BMP scalar tried at both ends.
    @Test func trimsBlanksAsFoundationDoes() {
        let invisible = CharacterSet(charactersIn: "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{AD}")
        let blanks = CharacterSet.whitespaces.union(invisible)
        for s in ["", " ", "\t", "a", " a ", "\ta b\t", "\u{A0}x\u{3000}", "x\n", "\n x \n", " \u{2003}ừ \u{202F}", "\u{200B}a", "\u{FEFF}\u{FEFF}id"] {
            #expect(s.trimmingBlanks == s.trimmingCharacters(in: blanks), "\(s.debugDescription)")
        }
        #expect("\u{200B}P001\u{A0}".trimmingBlanks == "P001" && "P0\u{200B}01".trimmingBlanks == "P0\u{200B}01")
        for v in 0...0xFFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(u) + "a b" + String(u)
            #expect(s.trimmingBlanks == s.trimmingCharacters(in: blanks), "U+\(String(v, radix: 16))")
        }
        #expect(" x "[...].trimmingBlanks == "x")
    }

    @Test func nfcJoinsDecomposedInput() {
        let decomposed = "Nguye\u{0302}\u{0303}n"
        #expect(decomposed.unicodeScalars.count != "Nguyễn".unicodeScalars.count)
        #expect(Vietnamese.nfc(decomposed).unicodeScalars.elementsEqual("Nguyễn".unicodeScalars))
    }

    @Test func namesSortByGivenNameThenMiddleThenFamily() {
        let names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Phạm Đức Ánh", "Nguyễn Văn Ân", "Hoàng Thị Đào", "Võ Dung"]
        let sorted = names.sorted { Vietnamese.lessThan(Vietnamese.nameSortKey($0), Vietnamese.nameSortKey($1)) }
        // An < Ánh (a-n < a-n-h) < Ân (a before â); Bình; Dung < Đào (d before đ); the two "An" by middle name.
        #expect(sorted == ["Nguyễn Thị An", "Lê Văn An", "Phạm Đức Ánh", "Nguyễn Văn Ân", "Trần Văn Bình", "Võ Dung", "Hoàng Thị Đào"])
        // The middle name is compared whole before the family name: none comes first, and a
        // shorter one before a longer one it begins.
        let more = ["Lê Ánh An", "Bùi An", "Bùi Thị Thu Hương", "Võ Thị Hương", "An"]
        let order = more.sorted { Vietnamese.lessThan(Vietnamese.nameSortKey($0), Vietnamese.nameSortKey($1)) }
        #expect(order == ["An", "Bùi An", "Lê Ánh An", "Võ Thị Hương", "Bùi Thị Thu Hương"])
        for name in more { #expect(Vietnamese.nameSortKey(name) == Vietnamese.slowNameSortKey(name), "\(name)") }
    }

    /// Case decides only between names equal in every letter and tone: a name in capitals (as
    /// party records often write them) sorts by its family name among the others.
    @Test func caseComesLastOfAll() {
        let names = ["Trần Văn An", "NGUYỄN VĂN AN", "Bùi Văn An", "Lê Thị Bình", "ĐẶNG VĂN BÌNH", "Hồ Văn Bình",
                     "Lê Văn an", "Bùi văn An", "Cao Văn An", "bùi văn an"]
        let sorted = names.sorted { Vietnamese.lessThan(Vietnamese.nameSortKey($0), Vietnamese.nameSortKey($1)) }
        #expect(sorted == ["bùi văn an", "Bùi văn An", "Bùi Văn An", "Cao Văn An", "Lê Văn an", "NGUYỄN VĂN AN", "Trần Văn An",
                           "Lê Thị Bình", "ĐẶNG VĂN BÌNH", "Hồ Văn Bình"])
        for name in names { #expect(Vietnamese.nameSortKey(name) == Vietnamese.slowNameSortKey(name), "\(name)") }
    }

    @Test func tonesOrderLevelGraveHookTildeAcuteDot() {
        let words = ["mạ", "má", "mã", "mả", "mà", "ma"]
        let sorted = words.sorted { Vietnamese.lessThan(Vietnamese.collationKey($0), Vietnamese.collationKey($1)) }
        #expect(sorted == ["ma", "mà", "mả", "mã", "má", "mạ"])
    }
}

@Suite struct DayTests {
    @Test(arguments: ["2023-11-26", "26/11/2023", "6/1/2024", "2024-02-29"])
    func parsesBothForms(_ text: String) { #expect(Day.parse(text) != nil) }

    @Test(arguments: ["2023-02-29", "31/04/2023", "2023-13-01", "2023/11/26", "26-11-2023", "", "tomorrow", "2023-1-1-1",
                      "2023-+2-03", "+1/02/2023", "2023--1-05", "2023-1 -05"])
    func refusesImpossibleDates(_ text: String) { #expect(Day.parse(text) == nil) }

    @Test func addsMonthsClampingTheDay() {
        #expect(Day.parse("2023-08-31")!.adding(months: -6).description == "2023-02-28")
        #expect(Day.parse("2023-11-26")!.adding(months: -6).description == "2023-05-26")
    }
}

@Suite struct PointsTests {
    @Test func parsesExactHundredths() {
        #expect(Points.parse("89.99")?.hundredths == 8999)
        #expect(Points.parse("90")?.hundredths == 9000)
        #expect(Points.parse("69,5")?.hundredths == 6950)
        #expect(Points.parse("1.234") == nil)
        #expect(Points.parse("-3") == nil)
        #expect(Points.parse("abc") == nil)
        #expect(Points(hundredths: 6950).description == "69.5")
        #expect(Points(hundredths: 8901).description == "89.01")
    }
}

@Suite struct LevelTests {
    @Test(arguments: [("HTXSNV", Level.HTXSNV), ("htxsnv", .HTXSNV), ("Hoàn thành xuất sắc nhiệm vụ", .HTXSNV),
                      ("hoan thanh tot nhiem vu", .HTTNV), ("good", .HTTNV), ("done", .HTNV), ("KHÔNG HOÀN THÀNH NHIỆM VỤ", .KHTNV)])
    func acceptsEverySpelling(_ text: String, _ level: Level) { #expect(Level.parse(text) == level) }

    @Test func refusesOthers() { #expect(Level.parse("great") == nil) }

    /// The exact-code fast path: each code, and nothing else (other spellings go to `parse`).
    @Test func exactCodes() {
        for l in Level.allCases { #expect(Level.code(l.rawValue) == l) }
        for t in ["htnv", "HTNVX", "HTXNV", "KHTN", "", "HTTNV "] { #expect(Level.code(t) == nil, "\(t)") }
    }
}
