import Testing
@testable import KiemDiem

@Suite struct CSVRenderTests {
    @Test func neutralisesFormulaCells() {
        let t = ReportTable(columns: [ReportColumn("name", Message("Name")), ReportColumn("note", Message("Note"))],
                      rows: [[.text("=HYPERLINK(\"http://x\",\"y\")"), .text("+1")],
                             [.text("-2"), .text("@SUM(A1)")],
                             [.text("\tx"), .text("safe = text")]])
        let csv = CSVRenderer.render(t)
        #expect(csv == "name,note\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1\r\n'-2,'@SUM(A1)\r\n'\tx,safe = text\r\n")
    }

    @Test func quotesCommasQuotesAndLineBreaksRFC4180() {
        let t = ReportTable(columns: [ReportColumn("a", Message("A"))], rows: [[.text("Lê, Văn")], [.text("say \"hi\"")], [.text("two\nlines")]])
        #expect(CSVRenderer.render(t) == "a\r\n\"Lê, Văn\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n")
    }

    @Test func writesCodesNotLabels() {
        let t = ReportTable(columns: [ReportColumn("reason", Message("Reason")), ReportColumn("final", Message("Final")), ReportColumn("p", Message("%"))],
                      rows: [[.label(code: "new-member", Message(en: "new member", vi: "đảng viên mới")), .level(.HTTNV), .percent(152)]])
        #expect(CSVRenderer.render(t) == "reason,final,p\r\nnew-member,HTTNV,15.2\r\n")
    }
}

@Suite struct JSONRenderTests {
    @Test func keysSortedAndStable() {
        let v: JSONValue = .object(["name": .string("Nguyễn \"An\""), "final": .level(nil), "findings": .array([]),
                                    "id": .string("P1"), "percent": .decimal("15.2")])
        let a = JSONRenderer.render(v)
        #expect(a == """
        {
          "final": null,
          "findings": [],
          "id": "P1",
          "name": "Nguyễn \\"An\\"",
          "percent": 15.2
        }

        """)
        // Built again with the same content in another insertion order: the same bytes.
        let b = JSONRenderer.render(.object(["percent": .decimal("15.2"), "id": .string("P1"), "findings": .array([]),
                                             "final": .null, "name": .string("Nguyễn \"An\"")]))
        #expect(a == b)
    }

    @Test func escapesControlCharacters() {
        #expect(JSONRenderer.render(.string("a\u{01}\n")) == "\"a\\u0001\\n\"\n")
    }
}

@Suite struct PercentTests {
    @Test(arguments: [[1, 1, 1], [2, 3, 1, 0], [7, 0, 0, 0], [1, 2, 3, 4], [333, 333, 334, 0], [1, 5, 1, 0], [13, 59, 21, 3]])
    func sharesAddUpTo100(_ counts: [Int]) {
        let s = Percent.shares(counts)
        #expect(s.reduce(0, +) == 1000)
        // Each share is its exact value rounded down or up, never further.
        let total = counts.reduce(0, +)
        for (c, p) in zip(counts, s) {
            #expect(p == c * 1000 / total || p == c * 1000 / total + 1)
        }
    }

    @Test func largestRemainderGetsTheMissingTenth() {
        // 1/3 each: 33.3 + 33.3 + 33.3 = 99.9; the tie goes to the first (the higher level).
        #expect(Percent.shares([1, 1, 1]) == [334, 333, 333])
        // 1/7 = 14.28…, 5/7 = 71.42…, 1/7: floors 142 + 714 + 142 = 998; remainders .857 .142 .857.
        #expect(Percent.shares([1, 5, 1, 0]) == [143, 714, 143, 0])
        #expect(Percent.shares([0, 0]) == [0, 0])
    }

    @Test func formatsTenths() {
        #expect(Percent.format(152) == "15.2")
        #expect(Percent.format(1000) == "100.0")
        #expect(Percent.format(5, comma: true) == "0,5")
    }
}

@Suite struct MarkupRenderTests {
    static let report = Report(
        title: Message(en: "Members <all>", vi: "Đảng viên"),
        blocks: [.table(ReportTable(columns: [ReportColumn("name", Message("Name")), ReportColumn("n", Message("N"))],
                              rows: [[.text("A | <b>"), .number(2)]], notes: [Message("note")])),
                 .chart(BarChart(title: Message("Chart"), bars: [.init(label: Message("CB01 <x>"), counts: [.HTTNV: 3, .HTNV: 1])]))],
        json: .null)

    @Test func markdownEscapesPipesAndMarkup() {
        let md = MarkdownRenderer.render(Self.report, lang: .en)
        #expect(md.contains("| A \\| \\<b\\> | 2 |"))
        #expect(md.contains("| --- | ---: |"))
        #expect(md.hasPrefix("# Members \\<all\\>\n"))
    }

    /// Each character that markup reads is escaped, wherever it stands in a cell; a cell with
    /// none (as most names and codes) comes out as it went in.
    @Test(arguments: ["|", "*", "_", "`", "<", ">", "[", "]", "\\"])
    func markdownEscapesEachMarkupCharacter(_ c: String) {
        #expect(MarkdownRenderer.escape("Nguyễn\(c)An") == "Nguyễn\\\(c)An")
        #expect(MarkdownRenderer.escape("\(c)") == "\\\(c)")
    }

    @Test func markdownLeavesPlainTextAndJoinsLines() {
        #expect(MarkdownRenderer.escape("Nguye\u{0302}\u{0303}n Thị Ánh (CB01)") == "Nguye\u{0302}\u{0303}n Thị Ánh (CB01)")
        #expect(MarkdownRenderer.escape("a\r\nb\nc\rd") == "a b c d")
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = HTMLRenderer.render(Self.report, lang: .vi)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<td>A | &lt;b&gt;</td>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("CB01 &lt;x&gt;"))
        // The bar's segments: 3 HTTNV and 1 HTNV, scaled to the widest bar (4 = 420 px).
        #expect(html.contains("width=\"315\" height=\"20\" fill=\"#7fbf7b\""))
        #expect(html.contains("width=\"105\" height=\"20\" fill=\"#f1a340\""))
    }

    /// The synthesis table (17 columns) and the charts fit an A4 page when printed: the table
    /// is marked wide and printed smaller, a chart scales to the page by its viewBox. (Measured
    /// with WeasyPrint: the table ran 4.8 cm past the page's right margin, a chart 2.3 cm.)
    @Test func wideTablesAndChartsFitThePrintedPage() {
        let wide = ReportTable(columns: (1...17).map { ReportColumn("c\($0)", Message("c\($0)")) }, rows: [(1...17).map { .number($0) }])
        let narrow = ReportTable(columns: [ReportColumn("a", Message("a"))], rows: [[.number(1)]])
        let html = HTMLRenderer.render(Report(title: Message("t"), blocks: [.table(wide), .table(narrow)], json: .null), lang: .vi)
        #expect(html.contains("<table class=\"wide\">\n<thead><tr><th class=\"num\">c1</th>"))
        #expect(html.contains("<table>\n<thead><tr><th class=\"num\">a</th>"))
        #expect(html.contains("table.wide { font-size: 8.5pt; }"))
        #expect(html.contains("svg { max-width: 100%; height: auto; }"))
    }

    /// Ten columns are already a wide table (printed smaller); nine are not.
    @Test func tenColumnsMakeAWideTable() {
        func html(_ n: Int) -> String {
            let t = ReportTable(columns: (1...n).map { ReportColumn("c\($0)", Message("c\($0)")) }, rows: [(1...n).map { .number($0) }])
            return HTMLRenderer.render(Report(title: Message("t"), blocks: [.table(t)], json: .null), lang: .vi)
        }
        #expect(html(10).contains("<table class=\"wide\">"))
        #expect(!html(9).contains("<table class=\"wide\">"))
    }

    /// A table with no rows says so in one cell across all its columns.
    @Test func anEmptyTableSaysSoAcrossItsColumns() {
        let t = ReportTable(columns: [ReportColumn("a", Message("a")), ReportColumn("b", Message("b")), ReportColumn("c", Message("c"))], rows: [])
        let html = HTMLRenderer.render(Report(title: Message("t"), blocks: [.table(t)], json: .null), lang: .en)
        #expect(html.contains("<tr><td colspan=\"3\" class=\"empty\">"))
    }

    /// A bar's label is escaped where it is drawn, not only in its tooltip.
    @Test func chartLabelsAreEscaped() {
        let html = HTMLRenderer.render(Self.report, lang: .en)
        #expect(html.contains("text-anchor=\"end\">CB01 &lt;x&gt;</text>"))
    }

    /// A markdown table with no rows says so under its header.
    @Test func anEmptyMarkdownTableSaysSo() {
        let t = ReportTable(columns: [ReportColumn("a", Message("a"))], rows: [])
        #expect(MarkdownRenderer.table(t, lang: .en).hasSuffix("\n" + ReportText.noRows.text(.en) + "\n"))
    }

    /// A level's segment is at least 1 px wide, however long the widest bar (a province's
    /// hundreds): one HTXSNV beside 1,000 HTTNV is still drawn.
    @Test func aSmallSegmentIsStillDrawn() {
        let chart = BarChart(title: Message("c"), bars: [.init(label: Message("DB"), counts: [.HTXSNV: 1, .HTTNV: 1000])])
        let html = HTMLRenderer.render(Report(title: Message("t"), blocks: [.chart(chart)], json: .null), lang: .en)
        #expect(html.contains("<rect x=\"230\" y=\"36\" width=\"1\" height=\"20\" fill=\"#1b7837\">"))
    }

    /// A table's notes are text: markup in them is escaped in html as in the cells.
    @Test func htmlNotesAreEscaped() {
        let t = ReportTable(columns: [ReportColumn("a", Message("a"))], rows: [[.text("x")]], notes: [Message("P1 <b>& P2</b>")])
        let html = HTMLRenderer.render(Report(title: Message("t"), blocks: [.table(t)], json: .null), lang: .en)
        #expect(html.contains("<p class=\"note\">P1 &lt;b&gt;&amp; P2&lt;/b&gt;</p>"))
    }

    /// A subtitle is escaped in markdown like the title (a unit's name may hold markup characters).
    @Test func markdownSubtitleIsEscaped() {
        var r = Report(title: Message("t"), blocks: [.paragraph(Message("p"))], json: .null)
        r.subtitle = Message("Chi bộ *Khu_1*")
        #expect(MarkdownRenderer.render(r, lang: .en).contains("\n**Chi bộ \\*Khu\\_1\\***\n"))
    }

    /// The letterhead, subtitle and signature carry names (a ward's, a member's, a body's head):
    /// escaped in html and markdown like the tables.
    @Test func letterheadSubtitleAndSignatureAreEscaped() {
        var r = Report(title: Message("t"), blocks: [.letterhead(left: ["Đảng bộ <A>"], right: ["x"]), .paragraph(Message("p")),
                                                     .signature(left: ["Nơi nhận: <B>"], right: ["Nguyễn *An*"])], json: .null)
        r.subtitle = Message("Năm 2023 & <C>")
        let html = HTMLRenderer.render(r, lang: .vi)
        #expect(html.contains("<div>Đảng bộ &lt;A&gt;</div>"))
        #expect(html.contains("<span class=\"subtitle\">Năm 2023 &amp; &lt;C&gt;</span>"))
        #expect(html.contains("<div>Nơi nhận: &lt;B&gt;</div>"))
        let md = MarkdownRenderer.render(r, lang: .vi)
        #expect(md.hasPrefix("| Đảng bộ \\<A\\> | x |\n"))
        #expect(md.contains("| Nơi nhận: \\<B\\> | Nguyễn \\*An\\* |\n"))
    }
}
