import Foundation
import Testing
@testable import KiemDiem

@Suite struct CSVTextTests {
    func fails(_ text: String, _ schema: TableSchema? = nil) -> KDError? {
        do {
            let csv = try CSVText.parse(text, file: "f.csv")
            if let s = schema { _ = try s.bind(csv) }
            return nil
        } catch let e as KDError { return e } catch { return nil }
    }
    func failsData(_ bytes: [UInt8]) -> KDError? {
        do { _ = try CSVText.parse(Data(bytes), file: "f.csv"); return nil } catch let e as KDError { return e } catch { return nil }
    }

    @Test func readsBOMCRLFSemicolonAndQuotes() throws {
        let csv = try CSVText.parse("\u{FEFF}a;b;c\r\n1;\"x;y\";\"say \"\"hi\"\"\"\r\n2;\"two\nlines\";\r\n", file: "f.csv")
        #expect(csv.delimiter == ";")
        #expect(csv.header == ["a", "b", "c"])
        #expect(csv.records.map(\.fields) == [["1", "x;y", "say \"hi\""], ["2", "two\nlines", ""]])
        #expect(csv.records.map(\.row) == [2, 3])
    }

    @Test func commaWinsUnlessSemicolonsOutnumberIt() throws {
        #expect(try CSVText.parse("a,b;c\n1,2;3\n", file: "f").delimiter == ",")
        #expect(try CSVText.parse("a;b;\"c,d,e\"\n1;2;3\n", file: "f").delimiter == ";")
    }

    @Test func rowsCountAsASpreadsheetShowsThem() throws {
        // A blank line keeps its number; a quoted newline does not start a new row.
        let csv = try CSVText.parse("a,b\n\"1\n1\",x\n\n3,y", file: "f")
        #expect(csv.records.map(\.row) == [2, 4])
        #expect(csv.records[1].fields == ["3", "y"])
        // Empty spreadsheet rows exported as ",," are skipped too, numbering kept.
        let sheet = try CSVText.parse("a,b,c\r\n1,2,3\r\n,,\r\n , ,\r\n4,5,6\r\n,,\r\n", file: "f")
        #expect(sheet.records.map(\.row) == [2, 5])
    }

    /// A file is checked in one pass and each record read again from where it was: what the
    /// second pass makes must be what one pass would (quoted blanks are blank, an escaped quote
    /// is not, a trailing delimiter at the very end is an empty field, a quoted line break stays).
    @Test func recordsReadAgainFromTheirPlace() throws {
        let csv = try CSVText.parse("a,b,c\n\"\", ,\" \"\n\"\"\"\",,\n1,\"x\r\ny\",\"\"\"q\"\"\"\n2,3,", file: "f")
        #expect(csv.records.map(\.row) == [3, 4, 5])
        #expect(csv.records.map(\.fields) == [["\"", "", ""], ["1", "x\r\ny", "\"q\""], ["2", "3", ""]])
        // Read twice, a record is the same both times (each read makes it afresh).
        #expect(csv.records[1].fields == csv.records[1].fields)
        let e = fails("a,b\n1,2\n\"x\ny\",3,4\n")
        #expect(e?.location?.description == "f.csv:3:3")
        #expect(e?.message.en == "row has 3 fields, the header has 2")
    }

    @Test func nfcOnInput() throws {
        let decomposed = "Nguye\u{0302}\u{0303}n"  // ễ as e + circumflex + tilde
        let csv = try CSVText.parse("name\n\(decomposed)\n", file: "f")
        #expect(csv.records[0].fields[0] == "Nguyễn")
        #expect(csv.records[0].fields[0].unicodeScalars.count == 6)
    }

    /// Big files are read in two halves on two cores: cut after any line break, a text gives
    /// the single scan's records, rows and first error, and a cut after an odd number of quotes
    /// is never chosen.
    @Test func twoHalvesReadAsOne() throws {
        let texts = [
            "a,b\n1,2\n\n3,4\r\n5,\"x\ny\"\n6,7",
            "a;b\r\n1;\"q \"\"x\"\"\"\r\n,\n \t;\n2;Nguye\u{0302}\u{0303}n\n",
            "a,b\n1,2\n3,x\"y\n4,5\n",           // stray quote in the second half
            "a,b\n1,\"x\"y\n3,4\n5,6\n",         // text after a closing quote in the first
            "a,b\n1,2\n3,4\n5,\"open\n6,7\n",    // unterminated quote
            "a,b\n1,2\n3,4\n5,6,7\n8,9\n",         // ragged row late
            "[1,\n2]\n",                           // JSON
        ]
        func outcome(_ bytes: [UInt8], cut: Int?) -> String {
            do {
                let delim = CSVText.detectDelimiter(bytes)
                let recs = try bytes.withUnsafeBufferPointer { try CSVText.records($0, delim: delim, file: "f", cut: cut) }
                return recs.map { "\($0.row):\($0.fields)" }.joined(separator: " ")
            } catch let e as KDError {
                return "error \(e.location?.description ?? "-") \(e.message.en)"
            } catch { return "\(error)" }
        }
        for t in texts {
            let bytes = Array(t.utf8)
            let one = outcome(bytes, cut: nil)
            for k in bytes.indices where bytes[k] == 0x0A && k + 1 < bytes.count {
                let quotes = bytes[...k].filter { $0 == UInt8(ascii: "\"") }.count
                if quotes % 2 == 1 {
                    #expect(bytes.withUnsafeBufferPointer { CSVText.splitPoint(UnsafeBufferPointer(rebasing: $0[...])) } != k + 1)
                    continue
                }
                #expect(outcome(bytes, cut: k + 1) == one, "\(t.debugDescription) cut at \(k + 1)")
            }
        }
        // Invalid UTF-8 in either half is found at its place, before anything else: the record
        // and field a spreadsheet shows (the quoted line break keeps it in record 3, field 2).
        let bad: [UInt8] = Array("a,b\n1,2\n3,\"4\n".utf8) + [0xE1, 0x80, 0x0A] + Array("5,6\n".utf8)
        #expect(outcome(bad, cut: nil) == "error f:3:2 invalid UTF-8 text")
        for cut in [4, 8, 14] {
            #expect(outcome(bad, cut: cut) == "error f:3:2 invalid UTF-8 text", "cut \(cut)")
        }
        // And through `parse`, a text long enough to be cut gives the rows of a short one.
        var long = "id,name\n"
        for i in 1...10000 { long += "\(i),Nguyễn Văn \(i)\n" }
        let csv = try CSVText.parse(long, file: "f")
        #expect(csv.records.count == 10000 && csv.records.last?.row == 10001 && csv.records.last?.fields == ["10000", "Nguyễn Văn 10000"])
        #expect(long.utf8.count >= CSVText.twoCoresFrom)
    }

    @Test func errorsArePositioned() {
        #expect(fails("")?.location?.description == "f.csv:1:1")
        #expect(fails("a,b\n1,\"open\n2,3\n")?.location?.description == "f.csv:2:2")
        #expect(fails("a,b\n1,x\"y\n")?.location?.description == "f.csv:2:2")
        #expect(fails("a,b\n1,\"x\"y\n")?.message.en == "text after the closing quote of a field")
        #expect(fails("a,b\n1,2\n1,2,3\n")?.location?.description == "f.csv:3:3")
        #expect(fails("a,b,c\n1,2\n")?.message.en == "row has 2 fields, the header has 3")
        #expect(fails("[{\"a\":1}]")?.message.en == "this is JSON, not CSV")
        #expect(failsData([0x61, 0x0A, 0x62, 0xFF, 0x0A])?.location?.description == "f.csv:2:1")
        #expect(failsData(Array("a,b,c\n1,2,".utf8) + [0xFF, 0x0A])?.location?.description == "f.csv:2:3")
        #expect(failsData([0x61, 0x00])?.message.en == "binary data, not a CSV text file")
        // A NUL is placed as the other errors are: the record and the field, not the byte.
        #expect(failsData(Array("id,name,unit\n\"P1\nx\",Lê Văn Anh,CB".utf8) + [0x00, 0x0A])?.location?.description == "f.csv:2:3")
        #expect(failsData(Array("id;name;unit\nP1;Lê Văn Anh;CB".utf8) + [0x00, 0x0A])?.location?.description == "f.csv:2:3")
    }

    let schema = TableSchema("people", [.req("id", "mã"), .req("name", "họ và tên"), .opt("born", "ngày sinh"),
                                        .opt("member", "đảng viên")])

    @Test func headersMatchAliasesIgnoringCaseAndDiacriticsAndKeepExtras() throws {
        let t = try Table.parse("MA,Ho va Ten,NGÀY SINH,Quê quán\nP1,An,01/02/1990,Huế\n", file: "f", schema: schema)
        let r = t.rows[0]
        #expect(r.text("id") == "P1")
        #expect(r.text("name") == "An")
        #expect(try r.date("born") == Day(year: 1990, month: 2, day: 1))
        #expect(try r.extra() == ["Quê quán": "Huế"])
    }

    /// A header typed over two lines (Alt+Enter in Excel: "Họ và⏎tên"), or with a run of
    /// blanks, names its column; messages show it on one line.
    @Test func headersWithLineBreaksAndRunsOfBlanksMatch() throws {
        let t = try Table.parse("\"Mã\nđảng viên\",\"Họ và\r\ntên\",Ngày  sinh,\"Quê\n quán\"\nP1,An,01/02/1990,Huế\n", file: "f",
                                schema: TableSchema("people", [.req("id", "mã đảng viên"), .req("name", "họ và tên"), .opt("born", "ngày sinh")]))
        #expect(t.rows[0].text("id") == "P1" && t.rows[0].text("name") == "An")
        #expect(try t.rows[0].date("born") == Day(year: 1990, month: 2, day: 1))
        #expect(try t.rows[0].extra() == ["Quê quán": "Huế"])
        let e = fails("\"Số\nthẻ\",\"Họ\ntên\"\nP1,An\n", schema)
        #expect(e?.hints.first?.en.hasSuffix("the header has: Số thẻ, Họ tên") == true)
        let sheet = XlsxSheet(file: "f.xlsx", name: "roster", rows: [
            XlsxRow(row: 1, cells: [XlsxCell(column: 1, value: .text("Số thẻ\nđảng viên")), XlsxCell(column: 2, value: .text("Họ và\ntên"))]),
            XlsxRow(row: 2, cells: [XlsxCell(column: 1, value: .text("P1")), XlsxCell(column: 2, value: .text("An"))]),
        ], merges: [])
        let r = try TableSchema("roster", [.req("id", "số thẻ đảng viên"), .req("name", "họ và tên")]).bind(sheet.csvText(date1904: false)).rows[0]
        #expect(r.text("id") == "P1" && r.text("name") == "An")
    }

    @Test func missingAndDuplicateColumns() {
        let e = fails("id,born\nP1,1990-01-01\n", schema)
        #expect(e?.message.en == "missing required column \"name\" for people")
        #expect(fails("id,name,mã\n1,2,3\n", schema)?.location?.description == "f.csv:1:3")
    }

    @Test func cellParsersNameTheColumnAndPlace() throws {
        let t = try Table.parse("id,name,born,member\nP1,An,2023-02-30,maybe\n", file: "f", schema: schema)
        let r = t.rows[0]
        var e: KDError?
        do { _ = try r.date("born") } catch let x as KDError { e = x }
        #expect(e?.location?.description == "f:2:3")
        #expect(e?.message.en == "column \"born\": not a valid date: \"2023-02-30\"")
        do { _ = try r.bool("member") } catch let x as KDError { e = x }
        #expect(e?.location?.description == "f:2:4")
    }

    @Test func booleansInEveryForm() throws {
        let t = try Table.parse("id,name,member\n1,a,yes\n2,a,Có\n3,a,x\n4,a,\n5,a,không\n6,a,0\n7,a,TRUE\n", file: "f", schema: schema)
        #expect(try t.rows.map { try $0.bool("member") } == [true, true, true, false, false, false, true])
    }

    @Test func enumsIntsAndPoints() throws {
        let s = TableSchema("t", [.req("s"), .opt("n"), .opt("p")])
        let t = try Table.parse("s,n,p\nđình chỉ,45%,89.5\nbogus,x,1.234\n", file: "f", schema: s)
        #expect(try t.rows[0].choice("s", Member.Status.self, aliases: VietnameseValues.status) == .suspended)
        #expect(try t.rows[0].int("n", in: 0...100) == 45)
        #expect(try t.rows[0].points("p") == Points(hundredths: 8950))
        #expect(throws: KDError.self) { try t.rows[1].choice("s", Member.Status.self) }
        #expect(throws: KDError.self) { try t.rows[1].int("n") }
        #expect(throws: KDError.self) { try t.rows[1].points("p") }
    }
}
