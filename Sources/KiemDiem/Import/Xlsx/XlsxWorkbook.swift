import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An .xlsx workbook opened in memory: its sheet names (in workbook order) and what is needed
/// to read any sheet. Sheets are parsed on demand.
public final class XlsxWorkbook {
    public let file: String
    public let sheetNames: [String]
    /// Sheets a user does not see in Excel (`state="hidden"` or `"veryHidden"`): often a stale
    /// copy or a list behind a drop-down, so only a sheet named with `--sheet` reads one.
    public let hiddenSheets: Set<String>
    public let date1904: Bool
    private let archive: ZipReader
    private let sheetPaths: [String]
    private let shared: [String]
    private let shapes: [XlsxDate.Shape]

    /// Largest part kd will inflate (a guard against zip bombs; real rosters are far smaller).
    static let maxPartSize: UInt64 = 512 << 20

    /// Reads a file; `display` is the name used in messages (what the user typed).
    public static func read(path: String, display: String) throws -> XlsxWorkbook {
        if isFolder(path) { throw KDError(Catalog.xlsxIsFolder, place: display) }
        // The signature first, so that a large file of another kind is not read whole.
        guard let handle = FileHandle(forReadingAtPath: path), let head = try? handle.read(upToCount: 8) ?? Data() else {
            if let e = readDenied(path, display: display) { throw e }
            throw KDError(Catalog.xlsxCannotOpen, place: display, hints: [Catalog.hintCheckPath])
        }
        try? handle.close()
        try checkSignature(head, file: display) { FileBytes.read(path) ?? [] }
        guard let bytes = FileBytes.read(path) else {
            throw KDError(Catalog.xlsxCannotOpen, place: display, hints: [Catalog.hintCheckPath])
        }
        return try XlsxWorkbook(zip: bytes, file: display)
    }

    public convenience init(data: Data, file: String) throws {
        try Self.checkSignature(data.prefix(8), file: file) { [UInt8](data) }
        try self.init(zip: [UInt8](data), file: file)
    }

    /// Bytes whose signature was checked.
    private convenience init(zip bytes: [UInt8], file: String) throws {
        let archive: ZipReader
        do { archive = try ZipReader(bytes) } catch {
            throw KDError(Catalog.xlsxBrokenZip, place: file, hints: [Catalog.hintSaveAsXlsx])
        }
        try self.init(archive: archive, file: file)
    }

    /// An .xlsx is a zip; an old .xls and anything else are refused before unzipping.
    /// `whole`: the file's bytes, read only for a compound file (to tell a password from .xls).
    static func checkSignature(_ head: Data, file: String, whole: () -> [UInt8]) throws {
        let head = [UInt8](head)
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            if head.starts(with: compoundFileSignature) { throw compoundFileError(whole(), file: file) }
            if let k = FileSignature.kind(head) {
                throw KDError(Catalog.fileIsOther(k, Catalog.anXlsxWorkbook), place: file,
                              hints: [FileSignature.isHTML(head) ? Catalog.hintHTMLToXlsx : Catalog.hintOtherKind])
            }
            // The CSV hint only for text: random bytes are no CSV file either.
            let text = !head.isEmpty && FileSignature.isText(head)
            throw KDError(Catalog.xlsxNotZip, place: file, hints: [text ? Catalog.hintCSVLoad : Catalog.hintSaveAsXlsx])
        }
    }

    /// The first bytes of a compound file, the container of Excel 97-2003 workbooks.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    /// What a compound file given as a workbook or a CSV file is said to be. A workbook with a
    /// password to open is kept in the same container as an old .xls, its zip as a stream
    /// "EncryptedPackage": saving it again as .xlsx keeps the password, so that advice would
    /// not help.
    static func compoundFileError(_ bytes: [UInt8], file: String) -> KDError {
        isEncrypted(bytes) ? KDError(Catalog.xlsxEncrypted, place: file, hints: [Catalog.hintXlsxPassword])
            : KDError(Catalog.xlsxOldXls, place: file, hints: [Catalog.hintSaveAsXlsx])
    }

    /// Whether a compound file names the stream of an encrypted Office package (its directory
    /// holds the name in UTF-16).
    static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return bytes.count >= name.count && (0...(bytes.count - name.count)).contains { i in bytes[i..<(i + name.count)].elementsEqual(name) }
    }

    private init(archive: ZipReader, file: String) throws {
        self.file = file
        self.archive = archive

        // The workbook part is named by the package relationships (usually xl/workbook.xml).
        var workbookPath = "xl/workbook.xml"
        if let rels = try Self.part(archive, "_rels/.rels", file),
           let office = try ElementList.read(rels).first(where: { $0.name == "Relationship" && ($0.attrs["Type"] ?? "").hasSuffix("/officeDocument") }),
           let target = office.attrs["Target"] {
            workbookPath = Self.join("", target)
        }
        guard let workbookData = try Self.part(archive, workbookPath, file) else {
            // An OpenDocument sheet named .xlsx says what it is in its `mimetype` entry.
            let mime = (try? Self.part(archive, "mimetype", file)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
            if mime?.hasPrefix("application/vnd.oasis.opendocument") == true {
                throw KDError(Catalog.xlsxIsOpenDocument, place: file, hints: [Catalog.hintSaveAsXlsx])
            }
            throw KDError(Catalog.xlsxNoWorkbook, place: file, hints: [Catalog.hintSaveAsXlsx])
        }
        let workbook = try Self.elements(workbookData, file, workbookPath)
        let base = workbookPath.contains("/") ? String(workbookPath[..<workbookPath.lastIndex(of: "/")!]) : ""
        let relsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        var targets: [String: String] = [:]
        var sharedPath = Self.join(base, "sharedStrings.xml"), stylesPath = Self.join(base, "styles.xml")
        if let rels = try Self.part(archive, relsPath, file) {
            for r in try Self.elements(rels, file, relsPath) where r.name == "Relationship" {
                guard let id = r.attrs["Id"], let t = r.attrs["Target"] else { continue }
                let path = Self.join(base, t)
                targets[id] = path
                let type = r.attrs["Type"] ?? ""
                if type.hasSuffix("/sharedStrings") { sharedPath = path }
                if type.hasSuffix("/styles") { stylesPath = path }
            }
        }

        var names: [String] = [], paths: [String] = []
        var hidden = Set<String>()
        var date1904 = false
        for e in workbook {
            if e.name == "workbookPr", let v = e.attrs["date1904"] { date1904 = v == "1" || v == "true" }
            guard e.name == "sheet", let name = e.attrs["name"] else { continue }
            guard let id = e.attrs["id"], let path = targets[id] else {
                throw KDError(Catalog.xlsxSheetMissing(name), place: file, hints: [Catalog.hintSaveAsXlsx])
            }
            names.append(Xlsx.clean(name))
            paths.append(path)
            if let state = e.attrs["state"], state == "hidden" || state == "veryHidden" { hidden.insert(names[names.count - 1]) }
        }
        guard !names.isEmpty else { throw KDError(Catalog.xlsxNoSheets, place: file) }
        sheetNames = names
        hiddenSheets = hidden
        sheetPaths = paths
        self.date1904 = date1904

        if let data = try Self.part(archive, sharedPath, file) {
            let r = SharedStringsReader()
            try Self.run(data, r, file, sharedPath)
            shared = r.strings
        } else {
            shared = []
        }
        shapes = try Self.shapes(Self.part(archive, stylesPath, file).map { try Self.elements($0, file, stylesPath) } ?? [])
    }

    /// The sheets a user sees, in workbook order.
    public var visibleSheets: [String] { sheetNames.filter { !hiddenSheets.contains($0) } }

    /// The sheet whose name matches exactly, or else ignoring case and diacritics.
    public func sheetName(matching wanted: String) -> String? {
        if sheetNames.contains(wanted) { return wanted }
        let k = Vietnamese.key(wanted)
        return sheetNames.first { Vietnamese.key($0) == k }
    }

    public func sheet(_ wanted: String) throws -> XlsxSheet {
        guard let name = sheetName(matching: wanted), let i = sheetNames.firstIndex(of: name) else {
            throw KDError(Catalog.xlsxNoSheet(wanted, sheetNames), place: file,
                          hints: [Catalog.hintSheets(sheetNames)])
        }
        guard let data = try Self.part(archive, sheetPaths[i], file) else {
            throw KDError(Catalog.xlsxSheetMissing(name), place: file, hints: [Catalog.hintSaveAsXlsx])
        }
        let r = SheetReader(sheet: name, file: file, shared: shared, shapes: shapes, date1904: date1904)
        try Self.run(data, r, "\(file)[\(name)]", sheetPaths[i])
        return XlsxSheet(file: file, name: name, rows: r.rows, merges: r.merges)
    }

    // MARK: parts

    private static func part(_ archive: ZipReader, _ path: String, _ file: String) throws -> Data? {
        do {
            return try archive.read(path, limit: maxPartSize).map { Data($0) }
        } catch ZipReader.Failure.tooBig {
            throw KDError(Catalog.xlsxTooBig(path), place: file)
        } catch {
            throw KDError(Catalog.xlsxBrokenPart(path), place: file, hints: [Catalog.hintSaveAsXlsx])
        }
    }

    private static func run(_ data: Data, _ d: Aborting & XMLParserDelegate, _ place: String, _ path: String) throws {
        do {
            try XML.parse(data, d)
        } catch let f as XML.Failure {
            throw KDError(Catalog.xlsxBadXML(path, f.line, f.column, f.detail), place: place, hints: [Catalog.hintSaveAsXlsx])
        }
    }

    private static func elements(_ data: Data, _ file: String, _ path: String) throws -> [ElementList.Element] {
        let d = ElementList()
        try run(data, d, file, path)
        return d.elements
    }

    /// A relationship target relative to the part's folder (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`).
    static func join(_ base: String, _ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    /// For each cell style (`s` index), how its number format shows a number.
    static func shapes(_ styles: [ElementList.Element]) -> [XlsxDate.Shape] {
        var codes: [Int: String] = [:]
        for e in styles where e.name == "numFmt" {
            if let id = e.attrs["numFmtId"].flatMap({ Int($0) }), let code = e.attrs["formatCode"] { codes[id] = code }
        }
        return styles.filter { $0.name == "xf" && $0.parent == "cellXfs" }.map { xf in
            let id = xf.attrs["numFmtId"].flatMap { Int($0) } ?? 0
            return XlsxDate.shape(id: id, code: codes[id])
        }
    }
}
