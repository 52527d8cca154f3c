import Testing
@testable import KiemDiem

/// The byte reader of ISO dates agrees with `Day.parse` wherever it answers, and answers for
/// every plain `YYYY-MM-DD`.
struct TableRowTests {
    @Test func isoDaysAsDayParse() {
        for t in ["2023-11-26", "1949-10-21", "2024-02-29", "0999-01-01", "2023-02-30", "2023-13-01", "2023-1-5",
                  "20231-01-01", "2023--01", "2023-01-", "-2023-01-01", "2023/01/01", "26/11/2023", "", "2023-01-01x"] {
            if let d = TableRow.isoDay(t) {
                #expect(d == Day.parse(t), "\(t)")
            }
        }
        for (y, m, d) in [(2023, 11, 26), (1949, 10, 21), (2024, 2, 29), (2000, 1, 1)] {
            let t = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
            #expect(TableRow.isoDay(t) == Day(year: y, month: m, day: d), "\(t)")
        }
        #expect(TableRow.isoDay("2023-02-30") == nil)
    }
}

/// A row read from a file's bytes (`RowCells.bytes`, cells made into Strings when read) gives
/// what the same row gives as Strings (`RowCells.strings`, as a workbook's rows come) through
/// every accessor: the text, its trimming, and each typed read's value or error.
struct RowCellsTests {
    static let schema = TableSchema("t", [.opt("a"), .opt("b"), .opt("c"), .opt("d")])

    /// Cells chosen for the byte paths' edges: empty and quoted-empty, blanks only, blanks and
    /// no-break spaces at either end, doubled quotes, text in NFD, dates, numbers and levels
    /// plain, quoted, padded and wrong.
    static let cells = [
        "", "\"\"", "  ", "\t", "x", " x", "x ", "\"  x \"", "\u{A0}x", "x\u{A0}", " \u{A0}x", "\"a \"\"b\"\"\"", "\"\"\"\"",
        "Nguyễn Văn An", "Nguye\u{0302}\u{0303}n", "co\u{0301}", "có", "không", "X", "yes", "maybe",
        "2023-11-26", " 2023-11-26", "\"2023-11-26\"", "26/11/2023", "2023-02-30", "2023-1-5", "20231126", "1899-12-31",
        "007", "12%", " 12 %", "-5", "+5", "99999999999999999999", "123456789012345678", "1234567890123456789", "5x",
        "HTXSNV", "htxsnv", " HTNV", "KHTNV", "HTTNV\t", "proposed", "decided", "đề xuất", "9.5", "10", "\"1\"\"\"",
        // Names as `pooledName` reads them: long enough to be pooled, clean or not.
        "Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai", "Nguyễn  Thị Minh Khai", "Nguyễn\tThị Minh Khai",
        "Nguye\u{0302}\u{0303}n Thị Minh Khai", " Nguyễn Thị Minh Khai ", "\"Nguyễn Thị \"\"Minh\"\" Khai\"",
        "Ωmega Nguyễn Văn Anh", "Trần Văn 😀 Bình An", "Ḁ Lê Văn Thành Công", "Abcdefghijklmnopq", "Abcdefghijklmnopq",
        // Invisible and Unicode blanks at the ends, and letters that are not (the byte test).
        "\u{200B}x", "x\u{2003}", "\u{FEFF}x\u{3000}", "\u{2060}\u{AD}", "Nữ", "có", "Ấn độ…",
    ]

    /// The byte test that sends a cell to `trimmingBlanks` misses nothing it would trim: every
    /// BMP scalar at either end of a text.
    @Test func edgeTestMissesNoBlank() {
        for v in 0...0xFFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            for t in [String(u) + "a", "a" + String(u), String(u)] where t.trimmingBlanks != t {
                let bytes = Array(t.utf8)
                #expect(bytes.withUnsafeBufferPointer { RowCells.edgesMayBeBlank($0, 0, $0.count) }, "U+\(String(v, radix: 16))")
            }
        }
        // A Vietnamese letter at an end is passed over.
        for t in ["Nữ", "có", "Ấn", "ư"] {
            #expect(!Array(t.utf8).withUnsafeBufferPointer { RowCells.edgesMayBeBlank($0, 0, $0.count) }, "\(t)")
        }
    }

    static func outcome<T>(_ read: () throws -> T?) -> String {
        do { return try read().map { "\($0)" } ?? "nil" } catch let e as KDError {
            return "error \(e.location?.description ?? "") \(e.message.en) \(e.hints.map(\.en))"
        } catch { return "error \(error)" }
    }

    static func reads(_ r: TableRow, _ c: String) -> [String] {
        [outcome { r.text(c) }, outcome { try r.date(c) }, outcome { try r.int(c) }, outcome { try r.int(c, in: 0...100) },
         outcome { try r.bool(c) }, outcome { try r.level(c) }, outcome { try r.points(c) },
         outcome { try r.choice(c, Stage.self, aliases: VietnameseValues.stage) }, outcome { try r.extra()?.sorted { $0.key < $1.key }.description }]
    }

    @Test func bytesReadAsStrings() throws {
        // Each cell in each column, with an unknown column kept as an extra.
        var lines = ["a,b,c,d,other"]
        for (n, cell) in Self.cells.enumerated() {
            let other = Self.cells[(n + 7) % Self.cells.count]
            lines.append([cell, "x", cell, "", other].joined(separator: ","))
        }
        let csv = try CSVText.parse(lines.joined(separator: "\r\n") + "\n", file: "t.csv")
        var asStrings = csv
        asStrings.records = CSVRows(Array(csv.records))
        let fromBytes = try Self.schema.bind(csv), fromStrings = try Self.schema.bind(asStrings)
        #expect(fromBytes.rows.count == Self.cells.count)
        guard case .bytes = fromBytes.rows[0].cells, case .strings = fromStrings.rows[0].cells else {
            Issue.record("the two storages were not the ones compared")
            return
        }
        for (x, y) in zip(fromBytes.rows, fromStrings.rows) {
            #expect(x.row == y.row)
            for c in ["a", "b", "c", "d", "missing"] {
                #expect(Self.reads(x, c) == Self.reads(y, c), "row \(x.row) column \(c)")
            }
        }
        // A name read through the pool: what interning the collapsed text gives, and one
        // stored copy of each long name however it was read.
        var fromBytesPool = StringPool(), fromStringsPool = StringPool()
        var byName: [String: String] = [:]
        for (x, y) in zip(fromBytes.rows, fromStrings.rows) {
            let a = Self.outcome { try x.pooledName("a", &fromBytesPool) }
            let b = Self.outcome { fromStringsPool.intern(LoadKind.collapse(try y.required("a"))) }
            #expect(a == b, "row \(x.row)")
            guard let name = try? x.pooledName("a", &fromBytesPool), name.utf8.count > 15 else { continue }
            if let first = byName[name] {
                var p = first, q = name
                #expect(p.withUTF8 { u in q.withUTF8 { v in u.baseAddress == v.baseAddress } }, "\(name) stored once")
            } else {
                byName[name] = name
            }
        }
        #expect(byName.keys.contains("Nguyễn Thị Minh Khai") && byName.keys.contains("Nguyễn Thị \"Minh\" Khai"))
        // A few reads spelled out, so that agreeing on a wrong answer fails too.
        let r = fromBytes.rows
        #expect(r[0].text("a") == nil && r[1].text("a") == nil && r[2].text("a") == nil)
        // A no-break space at either end is trimmed as a space is (it was kept when it stood
        // alone at the start, and an id with one was a second person).
        #expect(r[6].text("a") == "x" && r[7].text("a") == "x" && r[8].text("a") == "x" && r[9].text("a") == "x")
        #expect(r[10].text("a") == "x" && r[11].text("a") == "a \"b\"" && r[12].text("a") == "\"")
        #expect(r[14].text("a")!.unicodeScalars.elementsEqual("Nguyễn".unicodeScalars))
        #expect(try r[21].date("a") == Day(year: 2023, month: 11, day: 26) && (try r[22].date("a")) == Day(year: 2023, month: 11, day: 26))
        #expect(try r[29].int("a") == 7 && (try r[30].int("a")) == 12 && (try r[35].int("a")) == 123456789012345678)
        #expect(throws: KDError.self) { try r[25].date("a") }
        #expect(throws: KDError.self) { try r[29].int("a", in: 8...9) }
        #expect(throws: KDError.self) { try r[34].int("a") }
        #expect(throws: KDError.self) { try r[37].int("a") }
    }
}
