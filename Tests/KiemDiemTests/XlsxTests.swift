import Foundation
import Testing
@testable import KiemDiem

/// Workbooks built in the test (by the writer, and by hand) and read back.
@Suite struct XlsxTests {
    static let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// A hand-made workbook: one sheet "roster" with the given sheetData, optional extra parts.
    static func handMade(sheetData: String, date1904: Bool = false, sheetTail: String = "",
                         shared: [String] = [], sheetName: String = "roster") throws -> Data {
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sst = "<sst \(ns)>" + shared.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        return try XlsxWriter.zip([
            ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Data("<x:workbook \(ns.replacingOccurrences(of: "xmlns=", with: "xmlns:x="))><x:workbookPr date1904=\"\(date1904 ? 1 : 0)\"/><x:sheets><x:sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId7\"/></x:sheets></x:workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"\(rel)/worksheet\" Target=\"/xl/worksheets/data.xml\"/><Relationship Id=\"rId8\" Type=\"\(rel)/sharedStrings\" Target=\"strings.xml\"/><Relationship Id=\"rId9\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>".utf8)),
            ("xl/strings.xml", Data(sst.utf8)),
            // Style 1 is the built-in date format 14; style 2 a custom Vietnamese date; style 3 a plain
            // decimal; style 4 the built-in percent format 9; style 5 the zero-padding format 0000.
            ("xl/styles.xml", Data("<styleSheet \(ns)><numFmts count=\"3\"><numFmt numFmtId=\"165\" formatCode=\"[$-42A]dd/mm/yyyy;@\"/><numFmt numFmtId=\"166\" formatCode=\"0.00&quot;d&quot;\"/><numFmt numFmtId=\"167\" formatCode=\"0000\"/></numFmts><cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"9\"/><xf numFmtId=\"167\"/></cellXfs></styleSheet>".utf8)),
            ("xl/worksheets/data.xml", Data("<worksheet \(ns)><sheetData>\(sheetData)</sheetData>\(sheetTail)</worksheet>".utf8)),
        ])
    }

    /// A hand-made workbook of several sheets, each (name, state or nil, sheetData).
    static func handMadeBook(_ sheets: [(String, String?, String)]) throws -> Data {
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let list = sheets.enumerated().map { i, s in
            "<sheet name=\"\(s.0)\" sheetId=\"\(i + 1)\"" + (s.1.map { " state=\"\($0)\"" } ?? "") + " r:id=\"rId\(i + 1)\"/>"
        }.joined()
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/s\($0 + 1).xml\"/>" }.joined()
        return try XlsxWriter.zip([
            ("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Data("<workbook \(ns)><sheets>\(list)</sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)),
        ] + sheets.indices.map { ("xl/worksheets/s\($0 + 1).xml", Data("<worksheet \(ns)><sheetData>\(sheets[$0].2)</sheetData></worksheet>".utf8)) })
    }

    static func texts(_ s: XlsxSheet) -> [String] {
        s.rows.map { r in "\(r.row): " + r.cells.map { "\(CellRef(row: r.row, column: $0.column))=\($0.value.text)" }.joined(separator: " ") }
    }

    @Test func handMadeSheetWithInlineStringsGapsAndDates() throws {
        let data = try Self.handMade(sheetData: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="D1" t="s"><v>1</v></c></row>
            <row r="3"><c r="D3" s="1"><v>45256</v></c><c r="A3"><v>7</v></c>\
            <c t="inlineStr"><is><r><t>Nguyê\u{0303}n </t></r><r><t xml:space="preserve">Văn An</t></r><rPh><t>x</t></rPh></is></c>\
            <c r="E3" t="b"><v>1</v></c><c r="F3" s="2"><v>59</v></c><c r="G3" s="3"><v>12.5</v></c><c r="H3" t="e"><v>#N/A</v></c><c r="I3" s="4"><v>0.07</v></c></row>
            """, shared: ["id", "ngày vào đảng"])
        let wb = try XlsxWorkbook(data: data, file: "w.xlsx")
        #expect(wb.sheetNames == ["roster"])
        let s = try wb.sheet("ROSTER")
        // Cells placed by r (D3 before A3 in the file), the one without r after A3, gaps stay gaps.
        #expect(Self.texts(s) == [
            "1: A1=id B1=Họ và tên D1=ngày vào đảng",
            // F3: serial 59 under a date format is 1900-02-28 to Excel, but before 1910 no date
            // of kd's (a bare year typed there is one): a number, which date columns refuse.
            "3: A3=7 B3=Nguyễn Văn An D3=2023-11-26 E3=true F3=59 G3=12.5 H3=#N/A I3=7%",
        ])
        #expect(s.rows[1].cells[1].value == .text("Nguyễn Văn An"))  // NFC
        #expect(s.rows[1].cells[1].value.text.unicodeScalars.count == "Nguyễn Văn An".unicodeScalars.count)
    }

    /// A hidden sheet is not a kind's sheet unless named; two visible sheets fitting one kind
    /// are an error naming both, never a silent pick of the first.
    @Test func hiddenSheetsAndTwoSheetsOfOneKind() throws {
        let row = #"<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>"#
        let wb = try XlsxWorkbook(data: Self.handMadeBook([("Đảng viên", nil, row), ("roster", "hidden", row),
                                                          ("Chi bộ", "veryHidden", row), ("units", "visible", row)]), file: "w.xlsx")
        #expect(wb.hiddenSheets == ["roster", "Chi bộ"])
        #expect(wb.visibleSheets == ["Đảng viên", "units"])
        #expect(try XlsxKinds.sheet(for: "roster", in: wb) == "Đảng viên")
        #expect(try XlsxKinds.sheet(for: "units", in: wb) == "units")
        #expect(XlsxKinds.sheets(for: "roster", in: wb, hidden: true) == ["roster"])
        let two = try XlsxWorkbook(data: Self.handMadeBook([("Danh sách", nil, row), ("units", nil, row), ("Đảng viên", nil, row)]), file: "my book.xlsx")
        let e = try #require(throws: KDError.self) { try XlsxKinds.sheet(for: "roster", in: two) }
        #expect(e.message.en == #"2 sheets fit roster: "Danh sách" and "Đảng viên"; kd does not pick one"#)
        #expect(e.hints.first?.en.hasPrefix(#"read one with: load roster "my book.xlsx" --sheet NAME"#) == true)
        // load KIND without --sheet: the hidden roster is neither taken nor passed over for
        // another visible sheet; the hint says it is there.
        let hidden = try XlsxWorkbook(data: Self.handMadeBook([("Sheet1", nil, row), ("roster", "hidden", row)]), file: "h.xlsx")
        let schema = TableSchema("roster", [])
        let h = try #require(throws: KDError.self) { try XlsxKinds.table(hidden, kind: "roster", sheet: nil, schema: schema) }
        #expect(h.message.en == #"the sheet "roster" is hidden, and hidden sheets are read only when named"#)
        #expect(h.hints.first?.en == #"read it with: load roster h.xlsx --sheet roster; or unhide it in Excel"#)
    }

    /// Text in a CDATA section (`<t><![CDATA[…]]></t>`), in shared and inline strings, read
    /// as its text (it was read as empty).
    @Test func cdataIsText() throws {
        let data = try Self.handMade(sheetData: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[Họ & tên]]></t></is></c><c r="C1"><v><![CDATA[12]]></v></c></row>
            """, shared: ["<![CDATA[Số <thẻ>]]> đảng viên"])
        let s = try XlsxWorkbook(data: data, file: "w.xlsx").sheet("roster")
        #expect(s.rows[0].cells.map(\.value) == [.text("Số <thẻ> đảng viên"), .text("Họ & tên"), .number(12)])
    }

    @Test func date1904AndLeapYearBug() throws {
        // Anchors: Excel shows 45000 as 15/03/2023 and 1 as 01/01/1900.
        #expect(try XlsxDate.day(serial: 45000, date1904: false).get().description == "2023-03-15")
        #expect(XlsxDate.serial(Day.parse("2023-11-26")!) == 45256)
        #expect(try XlsxDate.day(serial: 61, date1904: false).get().description == "1900-03-01")
        #expect(try XlsxDate.day(serial: 59, date1904: false).get().description == "1900-02-28")
        #expect(try XlsxDate.day(serial: 1, date1904: false).get().description == "1900-01-01")
        #expect(XlsxDate.day(serial: 60, date1904: false) == .failure(.phantomLeapDay))
        #expect(try XlsxDate.day(serial: 43_831.75, date1904: false).get().description == "2020-01-01")
        #expect(try XlsxDate.day(serial: 0, date1904: true).get().description == "1904-01-01")
        #expect(try XlsxDate.day(serial: 43_831 - 1462, date1904: true).get().description == "2020-01-01")
        for d in ["1900-01-01", "1900-02-28", "1900-03-01", "1999-12-31", "2023-11-26", "2200-12-31"] {
            let day = Day.parse(d)!
            #expect(try XlsxDate.day(serial: Double(XlsxDate.serial(day)), date1904: false).get() == day)
        }
        let data = try Self.handMade(sheetData: #"<row r="1"><c r="A1" s="1"><v>42369</v></c><c r="B1" s="1"><v>2023</v></c></row>"#, date1904: true)
        let cells = try XlsxWorkbook(data: data, file: "m.xlsx").sheet("roster").rows[0].cells
        #expect(cells.map(\.value.text) == ["2020-01-01", "2023"])  // a year alone is no 1909 date there either
    }

    @Test func dateFormatsAreRecognised() {
        #expect(XlsxDate.isDateFormat(id: 14, code: nil))
        #expect(!XlsxDate.isDateFormat(id: 2, code: nil))
        #expect(XlsxDate.isDateFormat(id: 165, code: "[$-42A]dd/mm/yyyy;@"))
        #expect(!XlsxDate.isDateFormat(id: 166, code: "0.00\"d\""))
        #expect(!XlsxDate.isDateFormat(id: 167, code: "#,##0;[Red]-#,##0"))
        #expect(XlsxDate.shape(id: 10, code: nil) == .percent)
        #expect(XlsxDate.shape(id: 168, code: "0.0%") == .percent)
        #expect(XlsxDate.shape(id: 169, code: "0\"%\"") == .plain)
        #expect(XlsxDate.shape(id: 14, code: nil) == .date)
    }

    /// An id typed 7 in a cell formatted 0000 is 0007 in Excel, and so in kd; numbers that are
    /// not whole, or formats that are not only zeros, are read as before.
    @Test func zeroPaddingFormatsKeepTheirZeros() throws {
        let data = try Self.handMade(sheetData: """
            <row r="1"><c r="A1" s="5"><v>7</v></c><c r="B1" s="5"><v>12345</v></c><c r="C1" s="5"><v>-42</v></c><c r="D1" s="5"><v>7.5</v></c><c r="E1" s="3"><v>7</v></c></row>
            """)
        let s = try XlsxWorkbook(data: data, file: "w.xlsx").sheet("roster")
        #expect(s.rows[0].cells.map(\.value.text) == ["0007", "12345", "-0042", "7.5", "7"])
        #expect(XlsxDate.shape(id: 170, code: "00000000") == .padded(8))
        #expect(XlsxDate.shape(id: 171, code: "0") == .plain && XlsxDate.shape(id: 172, code: "000.0") == .plain)
    }

    @Test func phantomLeapDayIsAnErrorAtTheCell() throws {
        let data = try Self.handMade(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>born</t></is></c></row><row r="12"><c r="C12" s="1"><v>60</v></c></row>"#)
        let wb = try XlsxWorkbook(data: data, file: "w.xlsx")
        let e = try #require(throws: KDError.self) { try wb.sheet("roster") }
        #expect(e.location?.description == "w.xlsx[roster]!C12")
        #expect(e.message.en.contains("29/02/1900"))
    }

    @Test func notAZipNotAWorkbookAndMissingSheet() throws {
        let text = try #require(throws: KDError.self) { try XlsxWorkbook(data: Data("id,name\n".utf8), file: "r.xlsx") }
        #expect(text.place == "r.xlsx")
        #expect(text.message.en.contains("not an .xlsx workbook"))
        let zip = try XlsxWriter.zip([("hello.txt", Data("hi".utf8))])
        let notBook = try #require(throws: KDError.self) { try XlsxWorkbook(data: zip, file: "z.xlsx") }
        #expect(notBook.message.en.contains("no xl/workbook.xml"))
        let wb = try XlsxWorkbook(data: try XlsxWriter.data([XlsxSheetOut(name: "units", header: ["code"], rows: [])]), file: "b.xlsx")
        let missing = try #require(throws: KDError.self) { try wb.sheet("roster") }
        #expect(missing.message.en == "no sheet named \"roster\"")
        #expect(missing.hints.first?.en.contains("\"units\"") == true)
    }

    @Test func malformedSheetXMLNamesThePart() throws {
        let data = try Self.handMade(sheetData: #"<row r="1"><c r="A1"><v>1</v></row>"#)
        let wb = try XlsxWorkbook(data: data, file: "w.xlsx")
        let e = try #require(throws: KDError.self) { try wb.sheet("roster") }
        #expect(e.place == "w.xlsx[roster]")
        #expect(e.message.en.contains("malformed XML in xl/worksheets/data.xml"))
        // Said in words, not as "NSXMLParserErrorDomain error 76".
        #expect(e.message.en.contains("an end tag that does not match its start tag (XML error 76)"))
        #expect(!e.message.en.contains("NSXMLParserErrorDomain"))
    }

    /// `<?x?>` crashed FoundationXML (a null content pointer): refused at its line and column;
    /// instructions with content, and `?` elsewhere, are read as before.
    @Test func emptyProcessingInstructionIsRefusedNotCrashedOn() throws {
        let pi = { (s: String) in XML.emptyProcessingInstruction(Array(s.utf8)) }
        #expect(pi("<?x?>") == 0)
        #expect(pi("<a>\n  <?mso-application?></a>") == 6)
        #expect(pi("<?xml version=\"1.0\"?><a>why?</a>") == nil)
        #expect(pi("<? x?><?x ?><a href=\"?x?\"/>?>") == nil)
        #expect(pi("") == nil && pi("?") == nil && pi("<?") == nil && pi("<?x?") == nil)
        let data = try Self.handMade(sheetData: "<?kd?>" + #"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        let e = try #require(throws: KDError.self) { try XlsxWorkbook(data: data, file: "w.xlsx").sheet("roster") }
        #expect(e.message.en.contains("malformed XML in xl/worksheets/data.xml at line 1, column"))
        #expect(e.message.en.contains("a processing instruction with no content"))
        let fine = try Self.handMade(sheetData: "<?kd note?>" + #"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        #expect(try XlsxWorkbook(data: fine, file: "w.xlsx").sheet("roster").rows.count == 1)
    }

    /// Sheets over 10 MB (about 25,000 roster rows) hit libxml2's lookup limit at the very end.
    @Test func sheetsOverTenMegabytesReadFully() throws {
        var rows = ""
        for r in 1...50_000 {
            rows += #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>P\#(r)</t></is></c><c r="B\#(r)" t="inlineStr"><is><t>Nguyễn Văn An \#(r)</t></is></c><c r="C\#(r)" s="1"><v>45256</v></c><c r="D\#(r)"><v>\#(r)</v></c></row>"#
        }
        #expect(rows.utf8.count > 10_000_000)
        let s = try XlsxWorkbook(data: Self.handMade(sheetData: rows), file: "big.xlsx").sheet("roster")
        #expect(s.rows.count == 50_000)
        #expect(s.rows.last?.cells.map(\.value.text) == ["P50000", "Nguyễn Văn An 50000", "2023-11-26", "50000"])
        // A real error in a big part is still one.
        let broken = rows.replacingOccurrences(of: "<row r=\"20000\">", with: "<row r=\"20000\"><x>")
        let e = try #require(throws: KDError.self) { try XlsxWorkbook(data: Self.handMade(sheetData: broken), file: "big.xlsx").sheet("roster") }
        #expect(e.message.en.contains("malformed XML"))
    }

    @Test func writerRoundTripKeepsTypesAndVietnamese() throws {
        let rows: [[XlsxValue]] = [
            [.text("Nguyễn Thị Ánh"), .number(12), .date(Day.parse("2023-11-26")!), .bool(true), .text(" a & <b> \"c\" ")],
            [.text("=1+1"), .number(0.1), .empty, .bool(false), .text("Đảng ủy\nphường")],
        ]
        let data = try XlsxWriter.data([
            XlsxSheetOut(name: "thành viên", header: ["họ tên", "số", "ngày", "có", "ghi chú"], rows: rows),
            XlsxSheetOut(name: "units", header: ["code"], rows: [[.text("CB01")]]),
        ])
        // Same tables, same bytes (entries carry a fixed time).
        #expect(try XlsxWriter.data([XlsxSheetOut(name: "thành viên", header: ["họ tên", "số", "ngày", "có", "ghi chú"], rows: rows),
                                     XlsxSheetOut(name: "units", header: ["code"], rows: [[.text("CB01")]])]) == data)
        let wb = try XlsxWorkbook(data: data, file: "out.xlsx")
        #expect(wb.sheetNames == ["thành viên", "units"])
        let s = try wb.sheet("thanh vien")
        #expect(s.rows.count == 3)
        #expect(s.rows[0].cells.map(\.value) == ["họ tên", "số", "ngày", "có", "ghi chú"].map { .text($0) })
        #expect(s.rows[1].cells.map(\.value) == rows[0])
        #expect(s.rows[2].cells.map(\.column) == [1, 2, 4, 5])
        #expect(s.rows[2].cells.map(\.value) == [rows[1][0], rows[1][1], rows[1][3], rows[1][4]])
    }

    /// U+FFFE and U+FFFF are not XML 1.0 characters: written as they were, sharedStrings.xml
    /// was ill-formed and the workbook unreadable (kd's own reader refused it). Dropped, as
    /// control characters are.
    /// Excel's sheet holds 1,048,576 rows with the header: one more is refused, not written cut.
    @Test func aSheetOverExcelsRowsIsRefused() throws {
        let over = XlsxSheetOut(name: "members", header: ["id"], rows: Array(repeating: [], count: XlsxWriter.maxRows))
        #expect(throws: KDError.self) { try XlsxWriter.data([over]) }
        do {
            _ = try XlsxWriter.data([over])
        } catch let e as KDError {
            #expect(e.message.en.contains("sheet \"members\" would hold 1048577 rows"))
        }
        var full = over
        full.rows.removeLast()
        var strings = XlsxWriter.SharedStrings()
        #expect(try XlsxWriter.sheetXML(full, &strings).contains("<sheetData"))
    }

    @Test func writerDropsWhatXMLCannotCarry() throws {
        let data = try XlsxWriter.data([XlsxSheetOut(name: "s", header: ["a\u{FFFE}"], rows: [[.text("x\u{FFFF}y\u{1}z\u{FFFD}\u{10FFFF}\tw")]])])
        let rows = try XlsxWorkbook(data: data, file: "w.xlsx").sheet("s").rows
        #expect(rows.map { $0.cells.map(\.value) } == [[.text("a")], [.text("xyz\u{FFFD}\u{10FFFF}\tw")]])
    }

    @Test func writerRefusesBadSheetNames() {
        #expect(throws: KDError.self) { try XlsxWriter.data([XlsxSheetOut(name: "a/b", header: [], rows: [])]) }
        #expect(throws: KDError.self) { try XlsxWriter.data([XlsxSheetOut(name: String(repeating: "x", count: 32), header: [], rows: [])]) }
        #expect(throws: KDError.self) {
            try XlsxWriter.data([XlsxSheetOut(name: "Roster", header: [], rows: []), XlsxSheetOut(name: "roster", header: [], rows: [])])
        }
    }

    @Test func cellReferences() {
        #expect(CellRef.columnName(1) == "A" && CellRef.columnName(26) == "Z" && CellRef.columnName(27) == "AA" && CellRef.columnName(703) == "AAA")
        #expect(CellRef.parse("$AB$12") == CellRef(row: 12, column: 28))
        #expect(CellRef.parse("12A") == nil && CellRef.parse("A0") == nil)
        // A reference that gives only its column: up to Excel's last (XFD), not beyond, and a
        // long run of letters is refused rather than overflowing (found by FuzzXlsx).
        #expect(CellRef.parseColumn("XFD") == 16384 && CellRef.parseColumn("xfd") == 16384)
        #expect(CellRef.parseColumn("XFE") == nil && CellRef.parseColumn(String(repeating: "Z", count: 40)) == nil)
        #expect(CellRange.parse("C1:A2")?.description == "A1:C2")
        #expect(SourceLocation(file: "f.xlsx", line: 12, column: 3, sheet: "roster").description == "f.xlsx[roster]!C12")
    }
}

@Suite struct DemoWorkbookTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

    /// Examples/demo.xlsx is what `generate demo --out Examples/demo.xlsx` writes today.
    @Test func examplesWorkbookIsCurrent() throws {
        let committed = try Data(contentsOf: Self.examples.appendingPathComponent("demo.xlsx"))
        #expect(try XlsxWriter.data(DemoWard.workbookSheets()) == committed,
                "regenerate with: kd -c \"generate demo --out Examples/demo.xlsx --replace\"")
    }

    /// Every demo sheet reads back as the same rows of strings as its CSV text (dates as days).
    @Test func demoSheetsReadBackAsTheirCSV() throws {
        let wb = try XlsxWorkbook(data: XlsxWriter.data(DemoWard.workbookSheets()), file: "demo.xlsx")
        #expect(wb.sheetNames == DemoWard.files.map(\.kind))
        for (kind, text) in DemoWard.files {
            let csv = try CSVText.parse(text, file: kind)
            let back = try wb.sheet(kind).csvText(date1904: false)
            #expect(back.header == csv.header)
            #expect(back.records.map(\.row) == csv.records.map(\.row))
            for (a, b) in zip(csv.records, back.records) {
                let norm = a.fields.map { Day.parse($0)?.description ?? $0 } + Array(repeating: "", count: max(0, b.fields.count - a.fields.count))
                #expect(norm == b.fields, "\(kind) row \(a.row)")
            }
        }
    }
}

/// A zip that is not what its name says is named for what it is: an OpenDocument sheet (its
/// `mimetype` entry, stored first as the format requires), a workbook, or another archive.
/// Text that looks like an OOXML escape (`_x0041_`) is written so that it reads back as typed:
/// Excel, and kd's reader, would turn it into the character it codes.
@Suite struct OOXMLEscapeTests {
    @Test func textLikeAnEscapeRoundTrips() throws {
        let texts = ["so_x0041_ABC", "_x005F_", "a_x00e9_b_x12_", "_x_", "x_0041_", "Nguyễn_x1EA0_"]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-ooxml-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try XlsxWriter.write([XlsxSheetOut(name: "notes", header: ["note"], rows: texts.map { [.text($0)] })], to: dir + "/n.xlsx")
        let sheet = try XlsxWorkbook.read(path: dir + "/n.xlsx", display: "n.xlsx").sheet("notes")
        #expect(sheet.rows.dropFirst().map { $0.cells[0].value.text } == texts)
        #expect(XML.escapeOOXML("so_x0041_ABC") == "so_x005F_x0041_ABC")
    }
}

@Suite struct ZipKindTests {
    static func ods() throws -> Data {
        try XlsxWriter.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                            ("content.xml", Data("<office:document-content/>".utf8))], stored: ["mimetype"])
    }

    @Test func givenAsCSV() throws {
        func message(_ d: Data) throws -> String {
            try #require(throws: KDError.self) { try CSVText.parse(bytes: Array(d), file: "f.csv") }.message.en
        }
        #expect(try message(Self.ods()) == "an OpenDocument spreadsheet (.ods), not a CSV text file")
        #expect(try message(XlsxTests.handMade(sheetData: "")) == "an Excel workbook (.xlsx), not a CSV text file")
        #expect(try message(XlsxWriter.zip([("a.txt", Data("x".utf8))])) == "a zip archive, not a CSV text file nor an Excel workbook")
    }

    @Test func givenAsAWorkbook() throws {
        let e = try #require(throws: KDError.self) { try XlsxWorkbook(data: Self.ods(), file: "f.xlsx") }
        #expect(e.message.en == "an OpenDocument spreadsheet (.ods) named like an Excel workbook")
        let z = try #require(throws: KDError.self) { try XlsxWorkbook(data: XlsxWriter.zip([("a.txt", Data("x".utf8))]), file: "f.xlsx") }
        #expect(z.message.en == "a zip archive but not an Excel workbook (no xl/workbook.xml)")
    }
}

@Suite struct SheetTableTests {
    @Test func mergedDataCellsFillTheirRangeOnlyOnRowsWithData() throws {
        let sheet = XlsxSheet(file: "f.xlsx", name: "roster", rows: [
            XlsxRow(row: 1, cells: [XlsxCell(column: 1, value: .text("id")), XlsxCell(column: 2, value: .text("unit"))]),
            XlsxRow(row: 2, cells: [XlsxCell(column: 1, value: .text("P1")), XlsxCell(column: 2, value: .text("CB01"))]),
            XlsxRow(row: 4, cells: [XlsxCell(column: 1, value: .text("P2"))]),
        ], merges: [CellRange.parse("B2:B6")!])
        let csv = try sheet.csvText(date1904: false)
        #expect(csv.records.map(\.row) == [2, 4])
        #expect(csv.records.map(\.fields) == [["P1", "CB01"], ["P2", "CB01"]])
        #expect(csv.origin?.sheet == "roster")
    }

    /// Values hidden under a merge (C3 = CB01 under C2:C4 whose top-left is CB02) are not what
    /// Excel shows: the top-left value wins for every cell of the range, and an empty top-left
    /// row shows an empty merge.
    @Test func theTopLeftValueWinsOverValuesHiddenUnderAMerge() throws {
        func text(_ c: Int, _ s: String) -> XlsxCell { XlsxCell(column: c, value: .text(s)) }
        let sheet = XlsxSheet(file: "f.xlsx", name: "roster", rows: [
            XlsxRow(row: 1, cells: [text(1, "id"), text(2, "unit")]),
            XlsxRow(row: 2, cells: [text(1, "P1"), text(2, "CB02")]),
            XlsxRow(row: 3, cells: [text(1, "P2"), text(2, "CB01")]),
            XlsxRow(row: 4, cells: [text(1, "P3")]),
            XlsxRow(row: 6, cells: [text(1, "P4"), text(2, "CB09")]),
        ], merges: [CellRange.parse("B2:B4")!, CellRange.parse("B5:B6")!])
        let csv = try sheet.csvText(date1904: false)
        #expect(csv.records.map(\.fields) == [["P1", "CB02"], ["P2", "CB02"], ["P3", "CB02"], ["P4", ""]])
    }

    /// A merge across columns shows its value once: the other columns of the range are empty,
    /// not a copy (a name merged across name and gender became the gender), down every row.
    @Test func aMergeAcrossColumnsFillsOnlyItsFirstColumn() throws {
        func text(_ c: Int, _ s: String) -> XlsxCell { XlsxCell(column: c, value: .text(s)) }
        let sheet = XlsxSheet(file: "f.xlsx", name: "roster", rows: [
            XlsxRow(row: 1, cells: [text(1, "id"), text(2, "name"), text(3, "gender"), text(4, "unit")]),
            XlsxRow(row: 2, cells: [text(1, "P1"), text(2, "Phạm Thị Hạ"), text(3, "Nữ"), text(4, "CB01")]),
            XlsxRow(row: 3, cells: [text(1, "P2"), text(2, "Lê Văn An"), text(3, "Nam")]),
            XlsxRow(row: 4, cells: [text(1, "P3"), text(2, "Võ Thị Lan"), text(3, "Nữ")]),
        ], merges: [CellRange.parse("B2:C2")!, CellRange.parse("C3:D4")!])
        let csv = try sheet.csvText(date1904: false)
        #expect(csv.records.map(\.fields) == [["P1", "Phạm Thị Hạ", "", "CB01"], ["P2", "Lê Văn An", "Nam", ""], ["P3", "Võ Thị Lan", "Nam", ""]])
    }

    /// A cell of blanks is empty, as a CSV cell is: a row of them is no record, and a stray
    /// space beyond the header is no value without a header.
    @Test func cellsOfBlanksAreEmpty() throws {
        func text(_ c: Int, _ s: String) -> XlsxCell { XlsxCell(column: c, value: .text(s)) }
        let sheet = XlsxSheet(file: "f.xlsx", name: "roster", rows: [
            XlsxRow(row: 1, cells: [text(1, "id"), text(2, "unit")]),
            XlsxRow(row: 2, cells: [text(1, "P1"), text(2, "CB02"), text(5, " ")]),
            XlsxRow(row: 3, cells: [text(1, " "), text(2, "\u{A0}\t")]),
            XlsxRow(row: 4, cells: [text(1, "P2"), text(2, " CB01")]),
        ], merges: [])
        let csv = try sheet.csvText(date1904: false)
        #expect(csv.records.map(\.fields) == [["P1", "CB02"], ["P2", " CB01"]])
        #expect(csv.records.map(\.row) == [2, 4])
    }

    /// One header cell at XFD1 above 20,000 rows of three cells: each record holds its three
    /// cells, not 16,384 fields (40,000 such rows took gigabytes and aborted).
    @Test func aHeaderCellAtXFDCostsTheRowsNothing() throws {
        func text(_ c: Int, _ s: String) -> XlsxCell { XlsxCell(column: c, value: .text(s)) }
        var rows = [XlsxRow(row: 1, cells: [text(1, "id"), text(2, "name"), text(4, "ghi chú"), text(16_384, "x")])]
        for r in 2...20_001 { rows.append(XlsxRow(row: r, cells: [text(1, "P\(r)"), text(2, "Tên \(r)"), text(16_384, "x\(r)")])) }
        rows.append(XlsxRow(row: 20_002, cells: [text(1, "Q"), text(3, "lạc")]))
        let csv = try XlsxSheet(file: "f.xlsx", name: "roster", rows: rows, merges: []).csvText(date1904: false)
        #expect(csv.header.count == 16_384 && csv.records.count == 20_001)
        guard case .sparse(let first) = csv.records.cells(0).cells else { Issue.record("rows are not sparse"); return }
        #expect(first.positions == [0, 1, 16_383] && first.values == ["P2", "Tên 2", "x2"])
        #expect(csv.records[0].fields.count == 16_384 && csv.records[0].fields[16_383] == "x2")
        // Bound: known columns, extras by name, and a value under no header refused at its cell.
        let table = try TableSchema("t", [.req("id"), .opt("name")]).bind(csv)
        #expect(try table.rows[0].extra() == ["x": "x2"])
        #expect(table.rows[0].text("name") == "Tên 2")
        let e = try #require(throws: KDError.self) { try table.rows[20_000].extra() }
        #expect(e.location?.description == "f.xlsx[roster]!C20002")
    }

    /// 20,000 copies of a merge down to row 1,048,576 on a sheet of three rows took minutes (the
    /// fill walked every row of every copy); now the rows that exist, once.
    @Test(.timeLimit(.minutes(1))) func mergesCostTheCellsTheyFillNotTheirSize() throws {
        func text(_ c: Int, _ s: String) -> XlsxCell { XlsxCell(column: c, value: .text(s)) }
        let rows = [XlsxRow(row: 1, cells: [text(1, "id"), text(3, "unit")]),
                    XlsxRow(row: 2, cells: [text(1, "P1"), text(3, "CB01")]),
                    XlsxRow(row: 3, cells: [text(1, "P2")])]
        let merges = Array(repeating: CellRange.parse("C2:C1048576")!, count: 20_000)
        let csv = try XlsxSheet(file: "f.xlsx", name: "roster", rows: rows, merges: merges).csvText(date1904: false)
        #expect(csv.records.map(\.fields) == [["P1", "", "CB01"], ["P2", "", "CB01"]])
        // Ranges that overlap (Excel forbids it) are refused, naming both; a merge that would
        // fill far more cells than the sheet holds is refused rather than grown.
        let overlap = XlsxSheet(file: "f.xlsx", name: "roster", rows: rows,
                                merges: [CellRange.parse("C2:C5")!, CellRange.parse("C2:C5")!, CellRange.parse("A3:C3")!])
        let e = try #require(throws: KDError.self) { try overlap.csvText(date1904: false) }
        #expect(e.message.en.hasPrefix("merged ranges C2:C5 and A3:C3 overlap"))
        var many = [XlsxRow(row: 1, cells: (1...200).map { text($0, "h\($0)") })]
        for r in 2...1_001 { many.append(XlsxRow(row: r, cells: [text(1, "P\(r)")])) }
        let big = XlsxSheet(file: "f.xlsx", name: "roster", rows: many, merges: [CellRange.parse("A2:GR1001")!])
        let b = try #require(throws: KDError.self) { try big.csvText(date1904: false) }
        #expect(b.location?.description == "f.xlsx[roster]!A2")
    }

    /// An Excel error value is a bad cell, not a fact (a member named "#N/A", a note "#REF!").
    @Test(arguments: ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?"])
    func excelErrorValuesAreBadCells(_ code: String) throws {
        let data = try XlsxTests.handMade(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="B2" t="e"><f>VLOOKUP(A2,X!A:B,2,0)</f><v>\(code)</v></c></row>
            """)
        let wb = try XlsxWorkbook(data: data, file: "w.xlsx")
        let e = try #require(throws: KDError.self) { try XlsxKinds.table(wb, kind: "roster", sheet: nil, schema: TableSchema("roster", [.req("id")])) }
        #expect(e.location?.description == "w.xlsx[roster]!B2")
        #expect(e.message.en == "the cell holds the Excel error \(code)")
    }

    /// A number of 16 digits or more has lost digits in Excel: refused at its cell, not made an
    /// id nobody typed ("1.234567890123457e+29"). 15 digits are kept as typed.
    @Test(arguments: [("123456789012345678901234567890", "1.23456789012346E+29"), ("1e300", "1E+300"),
                      ("1000000000000000", "1E+15"), ("-2000000000000000", "-2E+15")])
    func numbersPastFifteenDigitsAreBadCells(_ v: String, _ shown: String) throws {
        let data = try XlsxTests.handMade(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>
            <row r="2"><c r="A2"><v>999999999999999</v></c><c r="B2" t="inlineStr"><is><t>An</t></is></c></row>
            <row r="3"><c r="A3"><v>\(v)</v></c><c r="B3" t="inlineStr"><is><t>Ba</t></is></c></row>
            """)
        let wb = try XlsxWorkbook(data: data, file: "w.xlsx")
        let e = try #require(throws: KDError.self) { try XlsxKinds.table(wb, kind: "roster", sheet: nil, schema: TableSchema("roster", [.req("id")])) }
        #expect(e.location?.description == "w.xlsx[roster]!A3")
        #expect(e.message.en == "the cell holds a number of 16 digits or more (\(shown)): Excel keeps 15, so its last digits are lost")
    }

    @Test func fifteenDigitsAreKept() throws {
        let data = try XlsxTests.handMade(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>
            <row r="2"><c r="A2"><v>999999999999999</v></c></row>
            """)
        let t = try XlsxKinds.table(try XlsxWorkbook(data: data, file: "w.xlsx"), kind: "roster", sheet: nil, schema: TableSchema("roster", [.req("id")]))
        #expect(t.rows.first?.text("id") == "999999999999999")
    }

    @Test func serialDatesNeedAPlausibleSerial() {
        let o = SheetOrigin(sheet: "s", date1904: false)
        #expect(o.serialDay("25750")?.description == "1970-07-01")
        #expect(o.serialDay("1975") == nil)  // a bare year is not silently 1905
        #expect(o.serialDay("-3") == nil && o.serialDay("1e5") == nil)
    }

    /// Built-in formats 17 (mmm-yy) and 22 (m/d/yy h:mm) show dates too; a colour in brackets
    /// (`[Red]`, `[Yellow]`) is no day or year: a number so formatted stays a number.
    @Test func builtInDateTimeFormatsAndColours() {
        #expect(XlsxDate.isDateFormat(id: 17, code: nil))
        #expect(XlsxDate.isDateFormat(id: 22, code: nil))
        #expect(!XlsxDate.isDateFormat(id: 18, code: nil) && !XlsxDate.isDateFormat(id: 23, code: nil))
        #expect(!XlsxDate.isDateFormat(id: 170, code: "[Red]0"))
        #expect(!XlsxDate.isDateFormat(id: 171, code: "[Yellow]#,##0.00"))
        #expect(XlsxDate.isDateFormat(id: 172, code: "[Red]dd/mm/yyyy"))
    }

    /// Text with a blank at either end keeps it in Excel only with xml:space="preserve".
    @Test func blanksAtEitherEndArePreserved() {
        #expect(XlsxWriter.textElement(" An") == #"<t xml:space="preserve"> An</t>"#)
        #expect(XlsxWriter.textElement("An ") == #"<t xml:space="preserve">An </t>"#)
        #expect(XlsxWriter.textElement("Nguyễn An") == "<t>Nguyễn An</t>")
    }

    /// Tab and both line-break characters are kept in written text (a note typed on two
    /// lines); the other control characters XML cannot carry are dropped.
    @Test func writerKeepsTabAndLineBreaks() {
        #expect(XlsxWriter.xmlSafe("a\rb\r\nc\td\u{1}e") == "a\rb\r\nc\tde")
    }

    /// Only a whole `_xHHHH_` is an escape: without its closing underscore the text is read
    /// as typed.
    @Test func anEscapeNeedsItsClosingUnderscore() {
        #expect(XML.unescapeOOXML("so_x0041_") == "soA")
        #expect(XML.unescapeOOXML("so_x0041x") == "so_x0041x")
        #expect(XML.unescapeOOXML("_x0041") == "_x0041")
    }

    /// Excel refuses a sheet name that begins or ends with an apostrophe: so does the writer.
    @Test func writerRefusesApostrophesAtTheEnds() {
        #expect(throws: KDError.self) { try XlsxWriter.data([XlsxSheetOut(name: "'Hoa Sen", header: [], rows: [])]) }
        #expect(throws: KDError.self) { try XlsxWriter.data([XlsxSheetOut(name: "Hoa Sen'", header: [], rows: [])]) }
        #expect(throws: Never.self) { try XlsxWriter.data([XlsxSheetOut(name: "Chi bộ 'Hoa Sen' 2", header: [], rows: [])]) }
    }

    /// A column is as wide as its longest text plus 2 (between 6 and 60).
    @Test func columnWidthFollowsTheLongestText() throws {
        var strings = XlsxWriter.SharedStrings()
        let xml = try XlsxWriter.sheetXML(XlsxSheetOut(name: "S", header: ["Mã"], rows: [[.text("0123456789")]]), &strings)
        #expect(xml.contains(#"<col min="1" max="1" width="12" customWidth="1"/>"#))
    }

    /// Phonetic runs (`<rPh>`, furigana Excel keeps for East Asian text) in a shared string are
    /// not part of its text.
    @Test func sharedStringsSkipPhoneticRuns() throws {
        let data = try XlsxTests.handMade(sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                                     shared: [#"An</t><rPh sb="0" eb="1"><t>ph</t></rPh><t>h"#])
        #expect(try XlsxWorkbook(data: data, file: "w.xlsx").sheet("roster").rows[0].cells.map(\.value) == [.text("Anh")])
    }

}
