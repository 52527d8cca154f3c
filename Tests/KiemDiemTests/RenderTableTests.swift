import Testing
@testable import KiemDiem

@Suite struct DisplayWidthTests {
    @Test func vietnameseIsOneColumnPerLetterComposedOrNot() {
        #expect(DisplayWidth.of("Nguyễn") == 6)
        // Decomposed tones are combining marks: zero width.
        #expect(DisplayWidth.of("Nguye\u{0302}\u{0303}n") == 6)
        #expect(DisplayWidth.of("Đảng ủy") == 7)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("阮文") == 4)
        #expect(DisplayWidth.of("ab阮") == 4)
    }

    /// The quick measure of Latin and Vietnamese text (scalar by scalar) gives what the measure
    /// grapheme by grapheme gives, for every scalar it takes: alone, between letters and after
    /// one as a mark would come. Soft hyphen and controls are left to the slow measure.
    @Test func theQuickMeasureAgreesWithTheGraphemeMeasure() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x3000...0x303F]
        var checked = 0
        for r in ranges {
            for v in r {
                guard let u = Unicode.Scalar(v) else { continue }
                for text in ["\(u)", "a\(u)b", "Nguye\u{0302}\(u)n", "\(u)\u{0301}"] {
                    #expect(DisplayWidth.of(text) == DisplayWidth.graphemeWidth(text), "U+\(String(v, radix: 16)) in \(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 4000)
        #expect(DisplayWidth.simpleWidth("Nguyễn Thị Ánh") == 14)
        #expect(DisplayWidth.simpleWidth("Nguyễn 阮") == nil)
        #expect(DisplayWidth.of("Nguyễn 阮") == 9)
        #expect(DisplayWidth.of("co\u{00AD}op") == 4)
    }

    @Test func truncateCountsColumnsAndMarksTheCut() {
        #expect(DisplayWidth.truncate("Nguyễn Văn An", to: 8) == "Nguyễn …")
        #expect(DisplayWidth.truncate("Nguyễn", to: 6) == "Nguyễn")
        #expect(DisplayWidth.of(DisplayWidth.truncate("阮阮阮阮", to: 5)) <= 5)
    }
}

@Suite struct TextTableTests {
    static let table = ReportTable(
        columns: [ReportColumn("name", Message(en: "Name", vi: "Họ và tên")), ReportColumn("n", Message("N")), ReportColumn("final", Message("Final"))],
        rows: [[.text("Nguyễn Văn An"), .number(3), .level(.HTXSNV)],
               [.text("Nguye\u{0302}\u{0303}n Thị Bé"), .number(12), .level(nil)],
               [.text("Lê Ánh"), .number(100), .level(.KHTNV)]])

    @Test func columnsLineUpByDisplayWidthWithVietnamese() {
        let out = TextRenderer.table(Self.table, .init(lang: .en))
        let lines = out.split(separator: "\n").map(String.init)
        // Every row's second column ends at the same display column (numbers right-aligned).
        let ends = lines.filter { !$0.hasPrefix("-") }.map { line -> Int in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let idx = parts.firstIndex { Int($0) != nil || $0 == "N" }!
            let prefix = line.range(of: " " + parts[idx])!.upperBound
            return DisplayWidth.of(String(line[..<prefix]))
        }
        #expect(Set(ends).count == 1, "\(out)")
        #expect(lines[0] == "Name             N  Final")
        #expect(lines[2] == "Nguyễn Văn An    3  HTXSNV")
        #expect(lines[3].hasPrefix("Nguye\u{0302}\u{0303}n Thị Bé   12"))
    }

    @Test func headersFollowTheLanguage() {
        let out = TextRenderer.table(Self.table, .init(lang: .vi))
        #expect(out.hasPrefix("Họ và tên"))
    }

    @Test func fitsTheTerminalByShorteningTextColumns() {
        let out = TextRenderer.table(Self.table, .init(lang: .en, width: 20))
        for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 20, "\(line)") }
        #expect(out.contains("…"))
        // Numbers and levels are never cut.
        #expect(out.contains("100") && out.contains("KHTNV"))
        // Without a limit nothing is cut.
        #expect(!TextRenderer.table(Self.table, .init(lang: .en)).contains("…"))
    }

    /// Ids and rule ids stay whole; the name beside them is cut instead.
    @Test func idsAndRulesAreNeverCut() {
        let t = ReportTable(
            columns: [ReportColumn("subject", Message("Subject")), ReportColumn("name", Message("Name")), ReportColumn("rule", Message("Rule"))],
            rows: [[.text("organization:CB01-T1"), .text("Chi bộ Tổ dân phố số 1 phường Mẫu"), .text("R124-DISCIPLINE")]])
        let out = TextRenderer.table(t, .init(lang: .en, width: 50))
        #expect(out.contains("organization:CB01-T1") && out.contains("R124-DISCIPLINE"), "\(out)")
        #expect(out.contains("…"))
    }

    /// Too wide: a column with nothing in any row goes before a name is cut (a 50-column
    /// window cut names to 5 letters beside empty `excluded` and `level` columns); one that
    /// fits keeps it.
    @Test func emptyColumnsGoBeforeNamesAreCut() {
        let t = ReportTable(
            columns: [ReportColumn("id", Message("id")), ReportColumn("name", Message("name")),
                      ReportColumn("excluded", Message("excluded")), ReportColumn("level", Message("level"))],
            rows: [[.text("P095"), .text("Trịnh Hữu Cường"), .empty, .level(.HTXSNV)],
                   [.text("P001"), .text("Nguyễn Văn An"), .empty, .level(nil)]])
        let narrow = TextRenderer.table(t, .init(lang: .en, width: 30, frame: false))
        #expect(narrow == "id    name             level\nP095  Trịnh Hữu Cường  HTXSNV\nP001  Nguyễn Văn An\n", "\(narrow)")
        let wide = TextRenderer.table(t, .init(lang: .en, width: 80, frame: false))
        #expect(wide.hasPrefix("id    name             excluded  level\n"), "\(wide)")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextRenderer.table(Self.table, .init(lang: .en)).contains("\u{1B}["))
        let coloured = TextRenderer.table(Self.table, .init(lang: .en, color: true))
        #expect(coloured.contains("\u{1B}[1;32mHTXSNV\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31mKHTNV\u{1B}[0m"))
    }

    @Test func emptyTableSaysSo() {
        let t = ReportTable(columns: Self.table.columns, rows: [])
        #expect(TextRenderer.table(t, .init(lang: .vi)).contains("(không có dòng nào)"))
    }
}
