import Testing
@testable import KiemDiem

/// The table-driven fold and collation keys must give the slow definitions' answers.
struct FastTextTests {
    @Test func everyCachedScalarFoldsAndCollatesAsTheDefinition() {
        for i in 0..<FastText.size {
            guard let s = FastText.scalar(at: i), s.value >= 0x20 else { continue }
            let text = "a" + String(Character(s)) + "B"
            #expect(Vietnamese.fold(text) == Vietnamese.slowFold(text), "fold U+\(String(s.value, radix: 16))")
            #expect(Vietnamese.collationKey(text) == Vietnamese.slowCollationKey(text), "collation U+\(String(s.value, radix: 16))")
        }
    }

    @Test func namesWithMarksAndOtherScriptsTakeTheSlowPathToTheSameAnswer() {
        for name in ["Nguyễn Văn Ân", "Đặng Thị Ánh", "Nguye\u{0302}\u{0303}n", "ĐINH  Thị", "Москва", "A\r\nB", "Ꭰx", ""] {
            #expect(Vietnamese.fold(name) == Vietnamese.slowFold(name))
            #expect(Vietnamese.collationKey(name) == Vietnamese.slowCollationKey(name))
        }
    }
}

struct FastNameKeyTests {
    @Test(arguments: ["Nguyễn Văn Ân", "Lê  Thị   Ánh", " Võ Dung ", "An", "", "Trần Văn Bình Minh", "Ðặng Ý", "Nguye\u{0302}\u{0303}n A"])
    func nameKeysAreTheDefinitions(_ name: String) {
        #expect(Vietnamese.nameSortKey(name) == Vietnamese.slowNameSortKey(name))
    }

    @Test func generatedNamesKeyAsTheDefinition() {
        for m in SyntheticWard(members: 500, cells: 10, seed: 5, year: 2023).members {
            #expect(Vietnamese.nameSortKey(m.name) == Vietnamese.slowNameSortKey(m.name))
        }
    }
}

/// `Vietnamese.key` returns a folded text that has nothing to collapse as it is: the same as
/// splitting it into words and joining them again, for blanks anywhere, tabs, marks after a
/// blank and other scripts.
struct MatchKeyTests {
    static func definition(_ s: String) -> String {
        Vietnamese.fold(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    @Test func keysAreTheDefinition() {
        let pieces = ["Nguyễn", "văn", "Ân", " ", "  ", "\t", "\u{20D7}", "\u{0301}", "a", "Đ", "\u{00A0}", "Москва", "\r\n", ""]
        var rng = SeededRandom(seed: 28)
        var texts = ["", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a \u{20D7}b", " \u{20D7}a", "a  \u{20D7}", "a\u{00A0} b"]
        for _ in 0..<3000 { texts.append((0..<rng.below(6)).map { _ in pieces[rng.below(pieces.count)] }.joined()) }
        for t in texts { #expect(Vietnamese.key(t) == Self.definition(t), "\(Array(t.unicodeScalars))") }
        for m in SyntheticWard(members: 500, cells: 10, seed: 6, year: 2023).members {
            #expect(Vietnamese.key(m.name) == Self.definition(m.name))
        }
    }

    /// Each text once by String equality: byte-for-byte copies and other canonical forms of it.
    @Test func distinctTextsAreStringDistinct() {
        let nfc = "Nguyễn Văn Ân", nfd = "Nguye\u{0302}\u{0303}n Văn A\u{0302}n"
        #expect(nfc == nfd && !nfc.utf8.elementsEqual(nfd.utf8))
        let texts = [nfc, nfd, nfc, "Lê An", "Lê An", "", "Lê Ân", nfd]
        let distinct = distinctTexts(count: texts.count) { texts[$0] }
        #expect(distinct.count == 4)
        #expect(Set(distinct) == Set(texts))
        #expect(distinctTexts(count: 0) { _ in "x" }.isEmpty)
    }
}
