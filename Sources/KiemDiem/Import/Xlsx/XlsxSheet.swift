import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A non-empty cell of a sheet, placed by its reference.
public struct XlsxCell: Hashable, Sendable {
    public var column: Int
    public var value: XlsxValue
}

/// A row of a sheet: its number as Excel shows it and its cells in column order (gaps absent).
public struct XlsxRow: Hashable, Sendable {
    public var row: Int
    public var cells: [XlsxCell]
}

/// One worksheet as read: rows with positioned cells, and its merged ranges.
public struct XlsxSheet: Sendable {
    public var file: String
    public var name: String
    public var rows: [XlsxRow]
    public var merges: [CellRange]

    /// Where a cell is, for messages: `FILE[sheet]!C12`.
    public func location(_ ref: CellRef) -> SourceLocation {
        SourceLocation(file: file, line: ref.row, column: ref.column, sheet: name)
    }
}

/// Walks `<sheetData>`: each `<c>` is placed by its `r` attribute (or after the previous cell
/// when a generator leaves `r` out), typed by `t` and its style.
final class SheetReader: Aborting, XMLParserDelegate {
    let sheet: String
    let file: String
    let shared: [String]
    let shapes: [XlsxDate.Shape]
    let date1904: Bool
    var rows: [XlsxRow] = []
    var merges: [CellRange] = []

    private var rowNumber = 0
    private var cells: [XlsxCell] = []
    private var column = 0
    private var type = "n", style = 0
    private var value = "", inline = ""
    private var inV = false, inT = false, inIs = false, inPhonetic = 0
    /// The cell holds a formula (`<f>`), and whether a saved value (`<v>`) came with it.
    private var formula = false, sawV = false

    init(sheet: String, file: String, shared: [String], shapes: [XlsxDate.Shape], date1904: Bool) {
        self.sheet = sheet
        self.file = file
        self.shared = shared
        self.shapes = shapes
        self.date1904 = date1904
    }

    private func error(_ m: Message, hints: [Message] = []) -> KDError {
        KDError(m, at: SourceLocation(file: file, line: rowNumber, column: column, sheet: sheet), hints: hints)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes a: [String: String] = [:]) {
        depth += 1
        switch XML.local(elementName) {
        case "row":
            let r = a["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard r > rowNumber, r <= 1_048_576 else {
                return fail(KDError(Catalog.xlsxBadRow(a["r"] ?? ""), place: "\(file)[\(sheet)]"))
            }
            rowNumber = r
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c":
            if let ref = a["r"] {
                guard let c = CellRef.parse(ref)?.column ?? CellRef.parseColumn(ref) else {
                    return fail(KDError(Catalog.xlsxBadRef(ref), place: "\(file)[\(sheet)]"))
                }
                column = c
            } else {
                column += 1
            }
            type = a["t"] ?? "n"
            style = a["s"].flatMap { Int($0) } ?? 0
            value = ""
            inline = ""
            formula = false
            sawV = false
        case "v": inV = true; sawV = true
        case "f": formula = true
        case "is": inIs = true
        case "t": inT = inIs && inPhonetic == 0
        case "rPh": inPhonetic += 1
        case "mergeCell":
            if let ref = a["ref"], let range = CellRange.parse(ref) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        switch XML.local(elementName) {
        case "row":
            if !cells.isEmpty {
                cells.sort { $0.column < $1.column }
                rows.append(XlsxRow(row: rowNumber, cells: cells))
            }
        case "c":
            do {
                // kd does not compute formulas: one never calculated and saved (a file written
                // by a program, not opened in a spreadsheet since) would be read as empty. Such a
                // program may write an empty `<v/>` (openpyxl, pandas); a formula whose value is
                // an empty text is saved as a text cell (`t="str"`), and only that one is empty.
                if formula && (!sawV || type != "str" && value.allSatisfy(\.isWhitespace)) {
                    throw error(Catalog.xlsxFormulaNoValue, hints: [Catalog.hintXlsxFormula])
                }
                let v = try cellValue()
                if v != .empty { cells.append(XlsxCell(column: column, value: v)) }
            } catch {
                fail(error)
            }
        case "v": inV = false
        case "is": inIs = false
        case "t": inT = false
        case "rPh": inPhonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { errorCodes.append((parseError as NSError).code) }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inV { value += string } else if inT { inline += string }
    }
    /// A CDATA section in `<v>` or an inline `<t>` is text like any other.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    private func cellValue() throws -> XlsxValue {
        switch type {
        case "s":
            let t = value.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return .empty }
            guard let i = Int(t), i >= 0, i < shared.count else { throw error(Catalog.xlsxBadShared(t, shared.count)) }
            return shared[i].isEmpty ? .empty : .text(shared[i])
        case "inlineStr":
            let s = Xlsx.clean(XML.unescapeOOXML(inline))
            return s.isEmpty ? .empty : .text(s)
        case "str":
            let s = Xlsx.clean(XML.unescapeOOXML(value))
            return s.isEmpty ? .empty : .text(s)
        case "b":
            return value.isEmpty ? .empty : .bool(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(value)
        case "d":
            // ISO 8601 date (and maybe time) as text.
            let t = value.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return .empty }
            guard let d = Day.parse(String(t.prefix(10))) else { throw error(Catalog.xlsxBadDateText(t)) }
            return .date(d)
        default:
            let t = value.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return .empty }
            guard let d = Double(t) else { throw error(Catalog.xlsxBadNumber(t)) }
            let shape = style < shapes.count ? shapes[style] : .plain
            if shape == .plain { return .number(d) }
            if case .padded(let digits) = shape {
                // An id typed 7 under the format 0000 shows, and is, 0007.
                guard d == d.rounded(), abs(d) < 1e15 else { return .number(d) }
                let t = String(Int64(abs(d)))
                return .text((d < 0 ? "-" : "") + String(repeating: "0", count: max(0, digits - t.count)) + t)
            }
            if shape == .percent {
                // 0.85 shown as 85% is "85%" to the loaders, as a CSV would hold it; the rounding
                // drops binary noise (0.07 × 100 = 7.000000000000001).
                return .text(XlsxValue.numberText((d * 100 * 1e9).rounded() / 1e9) + "%")
            }
            // A year typed alone into a column formatted for dates (a ward template's) is no
            // date, though Excel shows it as one in 1905: below the floor unformatted serials
            // have (in either date system), it stays a number, which a date column refuses as a
            // CSV's "2023" is refused. No fact of a party member's falls before 1910.
            switch XlsxDate.day(serial: d, date1904: date1904) {
            case .success(let day) where day < SheetOrigin.firstDay: return .number(d)
            case .success(let day): return .date(day)
            case .failure(.phantomLeapDay): throw error(Catalog.xlsxPhantomLeapDay, hints: [Catalog.hintXlsxDate])
            case .failure(.outOfRange): throw error(Catalog.xlsxDateOutOfRange(t), hints: [Catalog.hintXlsxDate])
            }
        }
    }
}

enum Xlsx {
    /// Cell text as the rest of kd expects it: NFC (Vietnamese typed on different keyboards).
    static func clean(_ s: String) -> String {
        s.utf8.contains(where: { $0 >= 0x80 }) ? Vietnamese.composed(s) : s
    }
}
