import KiemDiem

/// Messages of the workbook side of `load` and of xlsx output.
extension ShellText {
    static let sheetNeedsWorkbook = m("--sheet is for .xlsx workbooks; this file is read as CSV",
                                      "--sheet chỉ dùng cho bảng tính .xlsx; tệp này được đọc như CSV")
    static func workbookNeedsXlsx(_ f: String) -> Message {
        m("\(f) is not an .xlsx workbook; load workbook reads .xlsx files", "\(f) không phải bảng tính .xlsx; load workbook đọc tệp .xlsx")
    }
    static func workbookNoKinds(_ f: String) -> Message {
        m("\(f) has no sheet named like a kind", "\(f) không có trang nào mang tên loại dữ liệu")
    }
    /// Sheets named like kinds were found, but none holds a row under its header.
    static func workbookNoRows(_ f: String, _ sheets: [String]) -> Message {
        let list = Catalog.quotedList(sheets)
        return m("nothing to load: \(f)'s sheets named like a kind hold no rows (\(list))",
                 "không có gì để nạp: các trang mang tên loại dữ liệu của \(f) không có dòng dữ liệu nào (\(list))")
    }
    static func hintWorkbookSheets(_ kinds: [String]) -> Message {
        m("name the sheets \(kinds.joined(separator: ", ")) (or in Vietnamese: chi bộ, đảng viên, chức vụ, kỷ luật…)",
          "đặt tên trang là \(kinds.joined(separator: ", ")) (hoặc tiếng Việt: chi bộ, đảng viên, chức vụ, kỷ luật…)")
    }
    static func hintSheetsSkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("sheets not read, as not named like a kind: \(list)", "các trang không được đọc vì tên không phải loại dữ liệu: \(list)")
    }
    static func sheetsSkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("note: sheets not named like a kind were not read: \(list)", "lưu ý: các trang không mang tên loại dữ liệu không được đọc: \(list)")
    }
}

extension ShellText {
    static func wroteWorkbook(_ n: Int, _ f: String) -> Message {
        m("wrote a workbook of \(n) sheets to \(f)", "đã ghi bảng tính \(n) trang vào \(f)")
    }
}

extension ShellText {
    static let xlsxNeedsOut = m("--format xlsx writes a workbook file: add --out FILE.xlsx",
                                "--format xlsx ghi ra tệp bảng tính: thêm --out FILE.xlsx")
    static let hintXlsxOut = m("report members --format xlsx --out members.xlsx", "report members --format xlsx --out dang-vien.xlsx")
    static func reportWorkbookWritten(_ f: String, _ sheets: Int) -> Message {
        m("wrote \(f) (\(sheets) \(sheets == 1 ? "sheet" : "sheets"))", "đã ghi \(f) (\(sheets) trang)")
    }
}
