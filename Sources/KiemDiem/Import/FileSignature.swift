/// Files of another kind that people give where a CSV file, a workspace or a workbook goes (a
/// PDF of the roster, a scan, a program), told by their first bytes, so that the error says
/// what the file is instead of "invalid UTF-8" at some byte of it.
public enum FileSignature {
    static let known: [(bytes: [UInt8], en: String, vi: String)] = [
        (Array("%PDF-".utf8), "a PDF document", "tài liệu PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image", "ảnh PNG"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image", "ảnh JPEG"),
        (Array("GIF8".utf8), "a GIF image", "ảnh GIF"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF)", "chương trình (ELF)"),
        ([0x1F, 0x8B], "a gzip archive", "tệp nén gzip"),
        (Array("Rar!".utf8), "a RAR archive", "tệp nén RAR"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive", "tệp nén 7-Zip"),
        (Array("{\\rtf".utf8), "an RTF document (Word)", "tài liệu RTF (Word)"),
    ]

    /// What the bytes are, when they start like one of the kinds above.
    public static func kind(_ head: some Collection<UInt8>) -> Message? {
        if let k = known.first(where: { head.starts(with: $0.bytes) }) { return Message(en: k.en, vi: k.vi) }
        if isHTML(head) {
            return Message(en: "an HTML page (a web program's \"export to Excel\")", vi: "trang HTML (tệp do chức năng \"Xuất Excel\" của phần mềm trên web tạo ra)")
        }
        return nil
    }

    /// Whether the text starts as an HTML page or table does, after a byte-order mark and
    /// blanks: web programs "export to Excel" so, under a .xls or .xlsx name (input audit 50a).
    static func isHTML(_ head: some Collection<UInt8>) -> Bool {
        var b = head.prefix(4096).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        let start = String(decoding: b.prefix(14).map { $0 | 0x20 }, as: UTF8.self)
        return ["<!doctype html", "<html", "<table"].contains { start.hasPrefix($0) }
    }

    /// Whether the bytes read as text (no NUL, no control byte but tab and line ends, in the
    /// first 4 KiB): a hint about CSV helps only then.
    public static func isText(_ head: some Collection<UInt8>) -> Bool {
        !head.prefix(4096).contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
