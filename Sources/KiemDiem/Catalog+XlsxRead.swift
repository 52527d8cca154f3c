/// Messages of the workbook reader: which sheet fits a kind, and what a cell holds.
extension Catalog {
    public static func xlsxSheetsFitOneKind(_ kind: String, _ sheets: [String]) -> Message {
        let list = sheets.map { "\"\($0)\"" }
        let en = list.count == 2 ? "\(list[0]) and \(list[1])" : list.joined(separator: ", ")
        let vi = list.count == 2 ? "\(list[0]) và \(list[1])" : list.joined(separator: ", ")
        return m("\(sheets.count) sheets fit \(kind): \(en); kd does not pick one",
                 "\(sheets.count) trang cùng ứng với \(kind): \(vi); kd không tự chọn một trang")
    }
    public static func hintPickSheet(_ kind: String, _ file: String) -> Message {
        let f = CommandWord.typed(file)
        return m("read one with: load \(kind) \(f) --sheet NAME; for load workbook, rename or hide the sheet not to read",
                 "đọc một trang bằng: load \(kind) \(f) --sheet NAME; với load workbook, đổi tên hoặc ẩn trang không cần đọc")
    }
    public static func xlsxKindSheetHidden(_ sheets: [String]) -> Message {
        let list = quotedList(sheets)
        let en = sheets.count == 1 ? "the sheet \(list) is hidden" : "the sheets \(list) are hidden"
        return m("\(en), and hidden sheets are read only when named", "trang \(list) đang ẩn; trang ẩn chỉ được đọc khi chỉ rõ tên")
    }
    public static func hintReadHidden(_ kind: String, _ file: String, _ sheet: String) -> Message {
        let line = "load \(kind) \(CommandWord.typed(file)) --sheet \(CommandWord.typed(sheet))"
        return m("read it with: \(line); or unhide it in Excel", "đọc bằng: \(line); hoặc bỏ ẩn trang trong Excel")
    }
    public static func hintHiddenSheets(_ sheets: [String]) -> Message {
        let list = quotedList(sheets)
        return m("hidden sheets are not read unless named with --sheet: \(list)",
                 "trang ẩn không được đọc trừ khi chỉ rõ bằng --sheet: \(list)")
    }

    public static func xlsxMergesOverlap(_ a: String, _ b: String) -> Message {
        m("merged ranges \(a) and \(b) overlap, which Excel does not allow: the sheet is damaged",
          "hai vùng gộp ô \(a) và \(b) chồng lên nhau, Excel không cho phép: trang bị hỏng")
    }
    public static func xlsxMergesTooBig(_ r: String) -> Message {
        m("merged ranges below the header, up to \(r), would fill more cells than the sheet holds",
          "các vùng gộp ô dưới dòng tiêu đề, đến \(r), sẽ điền nhiều ô hơn số ô trang có")
    }
    public static let hintUnmergeData = m("unmerge the cells below the header (Excel: Home > Merge & Center > Unmerge Cells) and fill in each row",
                                          "bỏ gộp các ô dưới dòng tiêu đề (Excel: Trang đầu > Hợp nhất và Căn giữa > Bỏ hợp nhất ô) rồi điền từng dòng")
    public static func xlsxErrorValue(_ e: String) -> Message {
        m("the cell holds the Excel error \(e)", "ô chứa lỗi Excel \(e)")
    }
    public static func xlsxHugeNumber(_ shown: String) -> Message {
        m("the cell holds a number of 16 digits or more (\(shown)): Excel keeps 15, so its last digits are lost",
          "ô chứa một số từ 16 chữ số trở lên (\(shown)): Excel chỉ giữ 15 chữ số, các chữ số cuối đã mất")
    }
    public static let hintXlsxHugeNumber = m("format the column as Text (Excel: Format Cells > Text), type the value again, then save and load again",
                                             "định dạng cột là Văn bản (Excel: Định dạng ô > Văn bản), nhập lại giá trị, rồi lưu và nạp lại")
    public static let hintXlsxErrorValue = m("correct the formula or the value in the spreadsheet, or clear the cell, then save and load again",
                                             "sửa công thức hoặc giá trị trong bảng tính, hoặc xóa ô, rồi lưu và nạp lại")
}
