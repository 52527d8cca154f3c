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
