import Foundation
import ZIPFoundation

/// One sheet to write: a bold, frozen header row and rows of typed cells.
public struct XlsxSheetOut: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[XlsxValue]]
    /// Columns (from 0) whose numbers show one decimal (percentages: 0 shows as 0.0).
    public var oneDecimal: Set<Int>
    /// The rows that set the columns' widths (the table's, not the notes below it, whose long
    /// sentences in column A made it 60 wide); nil: all.
    public var tableRows: Int?
    public init(name: String, header: [String], rows: [[XlsxValue]], oneDecimal: Set<Int> = [], tableRows: Int? = nil) {
        self.name = name
        self.header = header
        self.rows = rows
        self.oneDecimal = oneDecimal
        self.tableRows = tableRows
    }
}

/// Writes .xlsx workbooks that Excel and LibreOffice open: the minimal set of parts (content
/// types, package and workbook relationships, workbook, styles, shared strings, sheets).
/// Text goes to the shared-strings table; numbers stay numbers; days are serials shown dd/mm/yyyy.
public enum XlsxWriter {
    /// Style indexes in styles.xml below.
    static let styleHeader = 1, styleDate = 2, styleOneDecimal = 3

    /// Entries carry a fixed time so that the same tables give the same bytes.
    static let stamp = Date(timeIntervalSince1970: 1_262_347_200)  // 2010-01-01 12:00 UTC

    public static func write(_ sheets: [XlsxSheetOut], to path: String, display: String? = nil) throws {
        try ReportFile.write(try data(sheets), to: path, display: display)
    }

    public static func data(_ sheets: [XlsxSheetOut]) throws -> Data {
        guard !sheets.isEmpty else { throw KDError(Catalog.xlsxNoSheets) }
        try checkNames(sheets.map(\.name))
        var strings = SharedStrings()
        var parts: [(String, Data)] = []
        for (i, s) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", Data(try sheetXML(s, &strings).utf8)))
        }
        let all: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes(sheets.count).utf8)),
            ("_rels/.rels", Data(packageRels.utf8)),
            ("xl/workbook.xml", Data(workbookXML(sheets.map(\.name)).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRels(sheets.count).utf8)),
            ("xl/styles.xml", Data(styles.utf8)),
            ("xl/sharedStrings.xml", Data(strings.xml.utf8)),
        ] + parts
        return try zip(all)
    }

    /// A one-sheet workbook around sheet XML given as bytes, with the given shared strings: how
    /// the fuzzer (HostileInput.xlsx) reaches the sheet reader without keeping zip checksums.
    public static func workbook(sheetXML: Data, name: String, strings: [String]) throws -> Data {
        var sst = SharedStrings()
        for s in strings { _ = sst.id(s) }
        return try zip([
            ("[Content_Types].xml", Data(contentTypes(1).utf8)),
            ("_rels/.rels", Data(packageRels.utf8)),
            ("xl/workbook.xml", Data(workbookXML([name]).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRels(1).utf8)),
            ("xl/styles.xml", Data(styles.utf8)),
            ("xl/sharedStrings.xml", Data(sst.xml.utf8)),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ])
    }

    /// A zip archive of the given parts, in order (deflated but for `stored`, fixed timestamps).
    static func zip(_ parts: [(String, Data)], stored: Set<String> = []) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, d) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), modificationDate: stamp,
                                 compressionMethod: stored.contains(path) ? .none : .deflate) { pos, size in
                d.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// Excel's rules: 1–31 characters, none of `: \ / ? * [ ]`, unique ignoring case.
    static func checkNames(_ names: [String]) throws {
        var seen = Set<String>()
        for n in names {
            guard (1...31).contains(n.count), !n.contains(where: { ":\\/?*[]".contains($0) }),
                  !n.hasPrefix("'"), !n.hasSuffix("'") else { throw KDError(Catalog.xlsxBadSheetName(n)) }
            guard seen.insert(n.lowercased()).inserted else { throw KDError(Catalog.xlsxDuplicateSheet(n)) }
        }
    }

    struct SharedStrings {
        var index: [String: Int] = [:]
        var list: [String] = []
        var uses = 0
        mutating func id(_ s: String) -> Int {
            uses += 1
            if let i = index[s] { return i }
            index[s] = list.count
            list.append(s)
            return list.count - 1
        }
        var xml: String {
            var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            out += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(list.count)">"#
            for s in list { out += "<si>" + XlsxWriter.textElement(s) + "</si>" }
            return out + "</sst>"
        }
    }

    /// Excel keeps at most this many characters (UTF-16 units) in a cell; a longer text opens
    /// cut or as a damaged workbook, so it is refused, not written.
    static let maxCellText = 32_767

    /// Excel's rows in a sheet, the header's included: a longer sheet opens cut (and kd's own
    /// reader refuses it), so it is refused, not written (a national members report).
    static let maxRows = 1_048_576

    static func sheetXML(_ s: XlsxSheetOut, _ strings: inout SharedStrings) throws -> String {
        if s.rows.count + 1 > maxRows {
            throw KDError(Catalog.xlsxTooManyRows(sheet: s.name, rows: s.rows.count + 1), hints: [Catalog.hintRowsOtherFormat])
        }
        let width = max(s.header.count, s.rows.map(\.count).max() ?? 0)
        var chars = s.header.map { $0.count + 2 }  // bold header is a little wider
        chars += Array(repeating: 0, count: max(0, width - chars.count))
        var data = ""
        data.reserveCapacity(64 * (s.rows.count + 1) * max(1, width))
        func cell(_ v: XlsxValue, _ row: Int, _ col: Int, header: Bool) throws {
            let ref = CellRef.columnName(col + 1) + String(row)
            let style = header ? " s=\"\(styleHeader)\"" : ""
            switch v {
            case .empty:
                if header { data += "<c r=\"\(ref)\"\(style)/>" }
            case .text(let t), .error(let t):
                let clean = XlsxWriter.xmlSafe(Xlsx.clean(t))
                if clean.isEmpty { return }
                let length = clean.utf16.count
                if length > maxCellText {
                    throw KDError(Catalog.xlsxCellTooLong(sheet: s.name, cell: ref, length: length), hints: [Catalog.hintOtherFormat])
                }
                data += "<c r=\"\(ref)\"\(style) t=\"s\"><v>\(strings.id(clean))</v></c>"
            case .number(let d):
                guard d.isFinite else { return }
                let s = !header && s.oneDecimal.contains(col) ? " s=\"\(styleOneDecimal)\"" : style
                data += "<c r=\"\(ref)\"\(s)><v>\(XlsxValue.numberText(d))</v></c>"
            case .bool(let b):
                data += "<c r=\"\(ref)\"\(style) t=\"b\"><v>\(b ? 1 : 0)</v></c>"
            case .date(let day):
                data += "<c r=\"\(ref)\" s=\"\(styleDate)\"><v>\(XlsxDate.serial(day))</v></c>"
            }
            if col < chars.count && row - 2 < s.tableRows ?? Int.max { chars[col] = max(chars[col], v.text.count) }
        }
        data += "<row r=\"1\">"
        for (c, h) in s.header.enumerated() { try cell(.text(h), 1, c, header: true) }
        data += "</row>"
        for (r, row) in s.rows.enumerated() {
            data += "<row r=\"\(r + 2)\">"
            for (c, v) in row.enumerated() { try cell(v, r + 2, c, header: false) }
            data += "</row>"
        }
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        let last = CellRef.columnName(max(1, width)) + String(s.rows.count + 1)
        out += "<dimension ref=\"A1:\(last)\"/>"
        out += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        out += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if width > 0 {
            out += "<cols>"
            for (i, n) in chars.enumerated() {
                // Roughly one unit per character, kept between 6 and 60.
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(min(60, max(6, n + 2)))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        return out + "<sheetData>" + data + "</sheetData></worksheet>"
    }

    /// `<t>` with the text escaped; leading or trailing blanks need xml:space="preserve".
    static func textElement(_ s: String) -> String {
        let keep = s.first?.isWhitespace == true || s.last?.isWhitespace == true
        return (keep ? "<t xml:space=\"preserve\">" : "<t>") + escape(XML.escapeOOXML(s)) + "</t>"
    }

    static func escape(_ s: String) -> String { Markup.escape(s) }

    /// Drops the characters XML 1.0 cannot carry: control characters (tab and newlines are
    /// kept) and U+FFFE, U+FFFF (a Swift string holds no lone surrogate, the only others).
    static func xmlSafe(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: notXML) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !notXML(u) { out.append(u) }
        return String(out)
    }

    static func notXML(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 ? u != "\t" && u != "\n" && u != "\r" : u.value == 0xFFFE || u.value == 0xFFFF
    }

    static func workbookXML(_ names: [String]) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        out += #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, n) in names.enumerated() {
            out += "<sheet name=\"\(escape(Xlsx.clean(n)))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    static func workbookRels(_ n: Int) -> String {
        let ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 1...max(1, n) where n > 0 {
            out += "<Relationship Id=\"rId\(i)\" Type=\"\(ns)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(ns)/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(n + 2)\" Type=\"\(ns)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return out + "</Relationships>"
    }

    static let packageRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func contentTypes(_ n: Int) -> String {
        let sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(sml).sheet.main+xml\"/>"
        for i in 0..<n {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"\(sml).worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(sml).styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(sml).sharedStrings+xml\"/>"
        return out + "</Types>"
    }

    static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
