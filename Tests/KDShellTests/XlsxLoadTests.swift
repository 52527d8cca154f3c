import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// `load workbook` against `load demo`: the same facts, field by field.
@Suite struct XlsxLoadTests {
    static func run(_ commands: String, in dir: String) -> (Session, CapturingConsole) {
        let console = CapturingConsole()
        let s = Session(console: console)
        _ = Interpreter(session: s).run(commands, file: dir + "/t.kd", bail: true)
        return (s, console)
    }

    static func facts(_ s: Session) throws -> String {
        var ws = s.workspace
        ws.audit = []
        return String(decoding: try WorkspaceFile.encode(ws), as: UTF8.self)
    }

    static func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kd-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func demoWorkbookLoadsBackAsTheDemoWard() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (demo, c1) = Self.run("load demo", in: dir)
        let (book, c2) = Self.run("set year 2023\nset as-of 2023-11-26\ngenerate demo --out \(dir)/demo.xlsx\nload workbook \(dir)/demo.xlsx", in: dir)
        #expect(c1.stderr == "" && c2.stderr == "")
        #expect(!demo.workspace.members.isEmpty)
        #expect(try Self.facts(book) == Self.facts(demo))
    }

    @Test func aBadSheetLoadsNothing() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var sheets = try DemoWard.workbookSheets()
        let roster = try #require(sheets.firstIndex { $0.name == "roster" })
        let unitCol = try #require(sheets[roster].header.firstIndex(of: "unit"))
        sheets[roster].rows[9][unitCol] = .text("NOWHERE")
        try XlsxWriter.write(sheets, to: dir + "/bad.xlsx")
        let (s, c) = Self.run("load workbook \(dir)/bad.xlsx", in: dir)
        #expect(c.stderr.hasPrefix("\(dir)/bad.xlsx[roster]!\(CellRef(row: 11, column: unitCol + 1)): error: "))
        #expect(s.workspace.units.isEmpty && s.workspace.members.isEmpty)
    }

    /// A sheet with its header and no rows empties nothing: `load KIND` refuses it into a kind
    /// holding rows (as a CSV file), `load workbook --replace` skips it and loads the others.
    @Test func aHeaderOnlySheetEmptiesNothing() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var sheets = try DemoWard.workbookSheets()
        let discipline = try #require(sheets.firstIndex { $0.name == "discipline" })
        sheets[discipline].rows = []
        try XlsxWriter.write(sheets, to: dir + "/t.xlsx")
        try XlsxWriter.write([sheets[discipline]], to: dir + "/d.xlsx")
        let (demo, _) = Self.run("load demo", in: dir)
        #expect(!demo.workspace.discipline.isEmpty)
        let (one, c1) = Self.run("load demo\nload discipline \(dir)/d.xlsx --replace", in: dir)
        #expect(c1.stderr.hasPrefix("\(dir)/d.xlsx[discipline]!A2: error: no discipline rows under the header: nothing to load"), "\(c1.stderr)")
        #expect(try Self.facts(one) == Self.facts(demo))
        let (book, c2) = Self.run("load demo\nload workbook \(dir)/t.xlsx --replace", in: dir)
        #expect(c2.stderr == "")
        #expect(c2.stdout.contains("note: sheets with no rows were not read: \"discipline\""), "\(c2.stdout)")
        #expect(book.workspace.discipline == demo.workspace.discipline)
        #expect(book.workspace.members.count == demo.workspace.members.count)
        // Into an empty kind it is still allowed (a ward with no discipline case).
        let (empty, c3) = Self.run("load discipline \(dir)/d.xlsx", in: dir)
        #expect(c3.stderr == "" && empty.workspace.discipline.isEmpty)
    }
}

/// `report … --format xlsx` read back with kd's own reader, against the csv of the same report.
@Suite struct XlsxReportTests {
    /// A text longer than a cell holds (the audit entry of `cap` on 3,000 members) goes on in
    /// the rows under it, cut after a "; ": the workbook is written, and holds the whole text.
    @Test func aTextLongerThanACellGoesOnBelow() throws {
        let dir = try XlsxLoadTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, c) = XlsxLoadTests.run("generate ward --members 3000 --seed 1\nexclude --auto\ncap\nreport audit --format xlsx --out \(dir)/a.xlsx\nreport audit --format json --out \(dir)/a.json", in: dir)
        #expect(c.stderr == "")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/a.json"))) as! [[String: Any]]
        let changes = json.map { ($0["changes"] as! [String]).joined(separator: "; ") }
        #expect(changes.contains { $0.utf16.count > 32_767 }, "the case needs a text longer than a cell")
        let rows = try XlsxWorkbook.read(path: dir + "/a.xlsx", display: "a.xlsx").sheet("Audit log").csvText(date1904: false).records
        var joined: [String] = []
        for r in rows {
            let f = r.fields + Array(repeating: "", count: max(0, 4 - r.fields.count))
            #expect(f[3].utf16.count <= 32_767)
            if f[0].isEmpty, !joined.isEmpty { joined[joined.count - 1] += "; " + f[3] } else { joined.append(f[3]) }
        }
        #expect(joined == changes)
    }

    /// Only a list is cut, between items; a text with one item too long stays whole (and the
    /// writer refuses it: xlsx-long-cell).
    @Test func cutKeepsWholeItems() throws {
        let items = (1...5000).map { "excluded P\($0) Nguyễn Văn Ân: exempt" }
        let pieces = try #require(XlsxReport.cut(items.joined(separator: "; ")))
        #expect(pieces.count > 1 && pieces.allSatisfy { $0.utf16.count <= XlsxReport.pieceLength })
        #expect(pieces.joined(separator: "; ") == items.joined(separator: "; "))
        let long = String(repeating: "ễ", count: 40_000)
        #expect(XlsxReport.cut(long) == nil)
        #expect(XlsxReport.splitLong([.text("P1"), .text(long)]).count == 1)
    }

    @Test func membersWorkbookHoldsTheCSVRows() throws {
        let dir = try XlsxLoadTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, c) = XlsxLoadTests.run("load demo\nreport members --format xlsx --out \(dir)/m.xlsx\nreport members --format csv --out \(dir)/m.csv", in: dir)
        #expect(c.stderr == "")
        let csv = try CSVText.read(path: dir + "/m.csv", display: "m.csv")
        let sheet = try XlsxWorkbook.read(path: dir + "/m.xlsx", display: "m.xlsx").sheet("Party members").csvText(date1904: false)
        #expect(sheet.header == ["ID", "Name", "Unit", "Excluded", "Self", "Proposed", "Decided", "Final", "Findings"])
        #expect(sheet.records.count == csv.records.count && csv.records.count == 148)
        // Every column but the excluded label (csv writes its code, and class and notGraded apart).
        #expect(csv.header == ["id", "name", "unit", "class", "excluded", "notGraded", "self", "proposed", "decided", "final", "findings"])
        let inCSV = [0, 1, 2, 6, 7, 8, 9, 10], inSheet = [0, 1, 2, 4, 5, 6, 7, 8]
        for (a, b) in zip(csv.records, sheet.records) {
            #expect(inCSV.map { a.fields[$0] } == inSheet.map { b.fields[$0] }, "row \(a.row)")
        }
    }

    @Test func summaryCountsAndPercentsAreNumbers() throws {
        let report = Report(title: Message("Summary"), blocks: [.table(ReportTable(
            columns: [ReportColumn("class", Message("Class")), ReportColumn("total", Message("Total")), ReportColumn("pct", Message("%"))],
            rows: [[.label(code: "member", Message(en: "Party members", vi: "Đảng viên")), .number(148), .percent(182)]],
            notes: [Message("a note")]))], json: .null)
        let sheets = XlsxReport.sheets(report, lang: .vi)
        #expect(sheets.map(\.name) == ["Summary"])
        #expect(sheets[0].rows[0] == [.text("Đảng viên"), .number(148), .number(18.2)])
        #expect(sheets[0].rows.last == [.text("a note")])
        #expect(sheets[0].oneDecimal == [2])
        var strings = XlsxWriter.SharedStrings()
        #expect(try XlsxWriter.sheetXML(sheets[0], &strings).contains(#"<c r="C2" s="3"><v>18.2</v></c>"#))
    }

    /// The notes below a table do not widen its first column (the summary's was 60 wide).
    @Test func notesDoNotWidenTheColumns() throws {
        let note = String(repeating: "ghi chú ", count: 20)
        var strings = XlsxWriter.SharedStrings()
        let rows: [[XlsxValue]] = [[.text("CB01")], [], [.text(note)]]
        let table = try XlsxWriter.sheetXML(XlsxSheetOut(name: "S", header: ["Mã"], rows: rows, tableRows: 1), &strings)
        let all = try XlsxWriter.sheetXML(XlsxSheetOut(name: "S", header: ["Mã"], rows: rows), &strings)
        #expect(table.contains(#"<col min="1" max="1" width="6""#))
        #expect(!all.contains(#"<col min="1" max="1" width="6""#))
    }

    /// Excel's limit is 32,767 UTF-16 units a cell: that many is written, one more is refused
    /// (the transcript xlsx-long-cell shows the message a user sees).
    @Test func cellTextUpToExcelsLimit() throws {
        func sheet(_ n: Int) -> XlsxSheetOut { XlsxSheetOut(name: "S", header: ["a"], rows: [[.text(String(repeating: "ễ", count: n))]]) }
        var strings = XlsxWriter.SharedStrings()
        #expect(try XlsxWriter.sheetXML(sheet(32_767), &strings).contains(#"<c r="A2" t="s">"#))
        #expect(throws: KDError.self) { try XlsxWriter.sheetXML(sheet(32_768), &strings) }
        #expect(throws: KDError.self) { try XlsxWriter.data([sheet(32_768)]) }
    }

    /// A date alone in a report's cell is written as a date cell; other text stays text.
    @Test func reportDatesAreDateCells() {
        #expect(XlsxReport.value(.text("2023-11-22"), .en) == .date(Day.parse("2023-11-22")!))
        #expect(XlsxReport.value(.text("22/11/2023"), .vi) == .date(Day.parse("2023-11-22")!))
        for text in ["2023-11-22 (kept)", "2023-13-01", "P2023-11-2", "2023/11/22"] {
            #expect(XlsxReport.value(.text(text), .en) == .text(text))
        }
    }

    @Test func sheetNamesFollowExcelsRules() {
        var used = Set<String>()
        #expect(XlsxReport.sheetName("Unit CB01 — Chi bộ [Tổ dân phố 1]: members and more", used: &used) == "Unit CB01 — Chi bộ -Tổ dân phố")
        #expect(XlsxReport.sheetName("Members", used: &used) == "Members")
        #expect(XlsxReport.sheetName("members", used: &used) == "members (2)")
        // No apostrophe first or last, as Excel refuses: a unit named "Chi bộ 'Hoa Sen'".
        #expect(XlsxReport.sheetName("Unit CB01 — Chi bộ 'Hoa Sen'", used: &used) == "Unit CB01 — Chi bộ 'Hoa Sen")
        #expect(XlsxReport.sheetName("'quoted'", used: &used) == "quoted")
        // Cut after a whole word, not inside one; a word ending right at the limit is kept whole.
        #expect(XlsxReport.sheetName("Tổng hợp kết quả xếp loại chất lượng năm 2023", used: &used) == "Tổng hợp kết quả xếp loại chất")
        #expect(XlsxReport.sheetName("Tổng hợp kết quả xếp loại chất lượng năm 2023", used: &used) == "Tổng hợp kết quả xếp loại (2)")
        #expect(XlsxReport.sheetName("abcdefghij abcdefghij abcdefghi xyz", used: &used) == "abcdefghij abcdefghij abcdefghi")
        // Decomposed letters are two UTF-16 units each, as Excel counts them.
        let nfd = String(repeating: "e\u{0301}", count: 20)
        #expect(XlsxReport.sheetName(nfd, used: &used).utf16.count <= 31)
    }

    /// A table's notes go under it after one blank row (Excel shows where the table ends), and
    /// only the table's rows set the columns' widths.
    @Test func notesFollowABlankRowUnderTheTable() {
        let report = Report(title: Message("Summary"), blocks: [.table(ReportTable(
            columns: [ReportColumn("code", Message("Code"))], rows: [[.text("CB01")], [.text("CB02")]],
            notes: [Message("note one"), Message("note two")]))], json: .null)
        let sheet = XlsxReport.sheets(report, lang: .en)[0]
        #expect(sheet.rows == [[.text("CB01")], [.text("CB02")], [], [.text("note one")], [.text("note two")]])
        #expect(sheet.tableRows == 2)
    }

    /// A heading names the sheet of the table under it only: a second table after it is named
    /// by the report's title, not "heading (2)".
    @Test func aHeadingNamesOnlyTheNextTablesSheet() {
        let t = ReportTable(columns: [ReportColumn("code", Message("Code"))], rows: [[.text("CB01")]])
        let report = Report(title: Message("Members"), blocks: [.heading(Message("Unit CB01")), .table(t), .table(t)], json: .null)
        #expect(XlsxReport.sheets(report, lang: .en).map(\.name) == ["Unit CB01", "Members"])
    }

    /// Pieces of a long list are cut so that each, with its "; " separators, stays within the
    /// piece length: two items that fit only without the separator go in two pieces.
    @Test func cutCountsTheSeparators() {
        let a = String(repeating: "a", count: 16_000), b = String(repeating: "b", count: 15_999)
        let pieces = XlsxReport.cut(a + "; " + b)
        #expect(pieces == [a, b])
        #expect(pieces?.allSatisfy { $0.utf16.count <= XlsxReport.pieceLength } == true)
    }
}
