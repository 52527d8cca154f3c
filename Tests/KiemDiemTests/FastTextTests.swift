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
        // Forms of "Lệ" that are none of them NFC: the marks in either order, or one of them
        // precomposed. One is kept; with the NFC form among them, that one stands for them.
        let forms = ["Le\u{0323}\u{0302}", "Le\u{0302}\u{0323}", "Lê\u{0323}", "Le\u{0323}\u{0302}"]
        #expect(Set(forms.map { Array($0.utf8) }).count == 3 && Set(forms).count == 1)
        let one = distinctTexts(count: forms.count) { forms[$0] }
        #expect(one.count == 1 && forms.contains { $0.utf8.elementsEqual(one[0].utf8) })
        let withNFC = forms + ["Lệ", "Lê", "Le"]
        #expect(Set(distinctTexts(count: withNFC.count) { withNFC[$0] }.map { Array($0.utf8) })
                == Set([Array("Lệ".utf8), Array("Lê".utf8), Array("Le".utf8)]))
        // Texts in NFC that the quick test cannot tell (Greek, Han): each kept once, and an
        // equivalent form beside one of them (Ά as alpha and acute) is not kept again.
        let other = ["Ωmega", "中文", "Ωmega", "\u{0386}", "\u{0391}\u{0301}"]
        let kept = distinctTexts(count: other.count) { other[$0] }
        #expect(kept.count == 3 && Set(kept) == Set(other))
    }

    /// Random texts of letters, precomposed and not, and combining marks in any order: one text
    /// kept for each String-distinct text, as the definition (a Set of Strings) has them.
    @Test func distinctTextsAsTheDefinition() {
        let pieces = ["a", "e", "A", "ê", "ệ", "ế", "Ω", "Ά", "\u{0391}", "\u{0301}", "\u{0302}", "\u{0323}", "\u{0300}", "\u{031B}", "o", "ơ", "ờ", "中", " "]
        var rng = SeededRandom(seed: 29)
        for round in 0..<40 {
            let texts = (0..<(50 + round * 5)).map { _ in (0..<(1 + rng.below(4))).map { _ in pieces[rng.below(pieces.count)] }.joined() }
            let kept = distinctTexts(count: texts.count) { texts[$0] }
            #expect(kept.count == Set(texts).count, "round \(round)")
            #expect(Set(kept) == Set(texts), "round \(round)")
            #expect(kept.allSatisfy { k in texts.contains { $0.utf8.elementsEqual(k.utf8) } }, "round \(round)")
        }
    }

    /// A roster's size (from 4,096 texts, stored copies are recognised by their storage; from
    /// 65,536 in a bigger table): names repeated as shared copies, as equal copies of their
    /// own, and in another form, among names that come once (which a storage wrongly taken as
    /// seen would lose).
    @Test(arguments: [12_000, 70_000])
    func manyStoredTextsAsTheDefinition(count: Int) {
        var rng = SeededRandom(seed: 30)
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng"], middle = ["Văn", "Thị", "Hữu", "Ngọc"]
        let given = ["An", "Ân", "Bình", "Cường", "Dũng", "Hạnh", "Hương", "Khánh", "Lộc", "Mai", "Nga", "Phúc", "Thảo", "Vy"]
        let names = family.flatMap { f in middle.flatMap { m in given.map { "\(f) \(m) \($0)" } } }
        var texts: [String] = []
        for _ in 0..<count {
            let n = names[rng.below(names.count)]
            switch rng.below(10) {
            case 0: texts.append(String(decoding: Array(n.utf8), as: UTF8.self))  // equal, its own storage
            case 1: texts.append(n.decomposedStringWithCanonicalMapping)  // another form
            case 2: texts.append("\(n) \(texts.count)")  // once
            default: texts.append(n)  // the shared copy
            }
        }
        #expect(texts.filter { $0.utf8.count > 15 }.count > count / 2)
        let kept = distinctTexts(count: texts.count) { texts[$0] }
        #expect(kept.count == Set(texts).count)
        #expect(Set(texts).subtracting(kept).isEmpty)
    }

    /// Vietnamese.nfc's own test, on bytes: ASCII, Latin-1 and the precomposed Vietnamese
    /// letters are known NFC; a combining mark is not, nor a letter from past U+0300 elsewhere
    /// (NFC or not: the test cannot tell).
    @Test func nfcByItsBytes() {
        for t in ["", "Nguyễn Văn Ân", "Đặng Thị Ḁ", "Lê Ý", "abc"] { #expect(Vietnamese.isKnownNFC(t), "\(t)") }
        for t in ["Nguye\u{0302}\u{0303}n", "A\u{0300}", "Ωmega", "Ỳ\u{0301}", "中"] { #expect(!Vietnamese.isKnownNFC(t), "\(t)") }
    }
}
