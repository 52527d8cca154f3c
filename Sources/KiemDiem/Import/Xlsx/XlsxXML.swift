import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of an xlsx are read with Foundation's streaming XMLParser: a sheet of thousands of
/// rows is walked once, without building a tree.
enum XML {
    /// `x:row` → `row`: generators differ in the prefixes they use.
    static func local(_ q: String) -> String {
        guard let i = q.lastIndex(of: ":") else { return q }
        return String(q[q.index(after: i)...])
    }

    /// Attributes by local name (`r:id` → `id`).
    static func attributes(_ a: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in a { out[local(k)] = v }
        return out
    }

    struct Failure: Error {
        var line: Int
        var column: Int
        /// kd's own reasons in both languages; libxml2's in its English.
        var detail: Message
    }

    /// Runs a delegate over a part; a malformed part throws with its line and column.
    static func parse(_ data: Data, _ delegate: Aborting & XMLParserDelegate) throws {
        // Bytes that are not UTF-8 are refused here: XMLParser traps (a crash, not an error) on
        // an element name that is not UTF-8 (found by Scripts/fuzz FuzzXlsx). Parts Excel and
        // LibreOffice write are UTF-8.
        let bytes = [UInt8](data)
        if let bad = CSVText.firstInvalidUTF8(bytes) {
            let (line, column) = CSVText.lineColumn(bytes, bad)
            throw Failure(line: line, column: column, detail: Catalog.xmlNotUTF8)
        }
        if let pi = emptyProcessingInstruction(bytes) {
            let (line, column) = CSVText.lineColumn(bytes, pi)
            throw Failure(line: line, column: column, detail: Catalog.xmlEmptyInstruction)
        }
        let p = XMLParser(data: data)
        p.shouldProcessNamespaces = false
        p.shouldResolveExternalEntities = false
        p.delegate = delegate
        delegate.parser = p
        let ok = p.parse()
        if let e = delegate.failure { throw e }
        // libxml2 may recover from an error and still return true; kd does not read half-parsed parts.
        // One exception, measured: on Linux, XMLParser (libxml2 push parser without XML_PARSE_HUGE)
        // reports error 1 ("huge input lookup") when the input ends if a part is over 10 MB, after
        // every element was delivered. A sheet of ~25,000 rows is that big, so that error is ignored
        // when it is the only one and the root element closed.
        let hugeInputOnly = delegate.errorCodes == [1] && data.count > 10_000_000 && delegate.complete
        if (!ok || p.parserError != nil) && !hugeInputOnly {
            // The first error is the cause; the parser's own is the last, often what followed.
            let detail = (delegate.errorCodes.first ?? p.parserError.map { ($0 as NSError).code }).map(Self.describe) ?? Message("malformed XML")
            throw Failure(line: p.lineNumber, column: p.columnNumber, detail: detail)
        }
    }

    /// libxml2's commonest complaints in words (on Linux the error's own text is only
    /// "NSXMLParserErrorDomain error 76"); the others by their number.
    static func describe(_ code: Int) -> Message {
        let words: [Int: (String, String)] = [
            4: ("the part is empty", "phần này trống"),
            5: ("the document does not end where it should (cut short, or text after its end)",
                "tài liệu không kết thúc đúng chỗ (bị cắt ngắn, hoặc có nội dung sau phần kết thúc)"),
            9: ("a character XML does not allow", "ký tự XML không cho phép"),
            26: ("an unknown entity (&name;)", "thực thể không xác định (&tên;)"),
            38: ("a < inside an attribute value", "dấu < trong giá trị thuộc tính"),
            39: ("an attribute value without quotes", "giá trị thuộc tính thiếu dấu nháy"),
            40: ("an attribute value not closed", "giá trị thuộc tính chưa đóng"),
            41: ("an attribute without a value", "thuộc tính thiếu giá trị"),
            73: ("'>' expected", "thiếu '>'"),
            76: ("an end tag that does not match its start tag", "thẻ đóng không khớp thẻ mở"),
            77: ("a tag that is not closed", "thẻ chưa đóng"),
        ]
        let (en, vi) = words[code] ?? ("malformed XML", "XML sai cấu trúc")
        return Message(en: "\(en) (XML error \(code))", vi: "\(vi) (lỗi XML \(code))")
    }

    /// Where a processing instruction with a target and no content (`<?x?>`) starts. libxml2
    /// hands such an instruction's content to FoundationXML as a null pointer, which it reads
    /// (a crash, found by FuzzXlsx). Parts Excel and LibreOffice write have none; `?` is rare
    /// in XML, so the scan looks only there.
    static func emptyProcessingInstruction(_ bytes: [UInt8]) -> Int? {
        let q = UInt8(ascii: "?"), lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        guard bytes.count > 1 else { return nil }
        var i = 1
        while let found = bytes[i...].firstIndex(of: q) {
            i = found + 1
            guard bytes[found - 1] == lt else { continue }
            var end = i
            while end < bytes.count, ![q, gt, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[end]) { end += 1 }
            if end > i, end + 1 < bytes.count, bytes[end] == q, bytes[end + 1] == gt { return found - 1 }
        }
        return nil
    }

    /// Walks the `_x` of `s`: `step` is given what follows each one and says what to write in its
    /// place and how much of what follows it takes; the text between is copied.
    static func rewritingX(_ s: String, _ step: (Substring) -> (text: String, taken: Int)) -> String {
        guard s.contains("_x") else { return s }
        var out = "", rest = Substring(s)
        while let r = rest.range(of: "_x") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let (text, taken) = step(after)
            out += text
            rest = after.dropFirst(taken)
        }
        return out + rest
    }

    /// The inverse of `unescapeOOXML` for text written: an `_xHHHH_` typed in a cell (a note
    /// "so_x0041_") would be read back by Excel, and by kd, as the character it codes, so its
    /// underscore is written as `_x005F_`.
    static func escapeOOXML(_ s: String) -> String {
        rewritingX(s) { after in
            let hex = after.prefix(4)
            let codes = hex.count == 4 && hex.allSatisfy(\.isHexDigit) && after.dropFirst(4).first == "_"
            return (codes ? "_x005F_x" : "_x", 0)
        }
    }

    /// Decodes `_x000D_`-style escapes that OOXML uses for characters XML cannot carry.
    static func unescapeOOXML(_ s: String) -> String {
        rewritingX(s) { after in
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let v = UInt32(hex, radix: 16), let u = UnicodeScalar(v) {
                return (String(Character(u)), 5)
            }
            return ("_x", 0)
        }
    }
}

/// A delegate that can stop the parse with its own error.
class Aborting: NSObject {
    weak var parser: XMLParser?
    var failure: Error?
    /// Open elements; back to 0 with `sawElement` once the root element has closed.
    var depth = 0 {
        didSet { if depth > 0 { sawElement = true } }
    }
    var sawElement = false
    var complete: Bool { sawElement && depth == 0 }
    /// Every error libxml2 reported (it may recover and go on), in order.
    var errorCodes: [Int] = []
    func fail(_ e: Error) {
        if failure == nil { failure = e }
        parser?.abortParsing()
    }
}

/// Collects the start tags of a small part (rels, workbook, styles) with their attributes.
final class ElementList: Aborting, XMLParserDelegate {
    struct Element {
        var name: String
        var parent: String
        var attrs: [String: String]
        var text: String = ""
    }
    var elements: [Element] = []
    private var stack: [Int] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        let parent = stack.last.map { elements[$0].name } ?? ""
        elements.append(Element(name: XML.local(elementName), parent: parent, attrs: XML.attributes(attributeDict)))
        stack.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        stack.removeLast()
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { errorCodes.append((parseError as NSError).code) }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { elements[i].text += string }
    }

    static func read(_ data: Data) throws -> [Element] {
        let d = ElementList()
        try XML.parse(data, d)
        return d.elements
    }
}

/// sharedStrings.xml: the text of each `<si>`, rich-text runs joined, phonetic runs skipped.
final class SharedStringsReader: Aborting, XMLParserDelegate {
    var strings: [String] = []
    private var buffer = ""
    private var inT = false, inPhonetic = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        switch XML.local(elementName) {
        case "si": buffer = ""
        case "t": inT = inPhonetic == 0
        case "rPh": inPhonetic += 1
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        switch XML.local(elementName) {
        case "si": strings.append(Xlsx.clean(XML.unescapeOOXML(buffer)))
        case "t": inT = false
        case "rPh": inPhonetic -= 1
        default: break
        }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { errorCodes.append((parseError as NSError).code) }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inT { buffer += string }
    }
    /// `<t><![CDATA[…]]></t>`, as some generators write text: its text, not nothing.
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if inT { buffer += String(decoding: block, as: UTF8.self) }
    }
}
