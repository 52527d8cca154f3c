import KiemDiem

/// Messages of `load workbook` about the sheets it does not read.
extension ShellText {
    static func hintHiddenSkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("hidden sheets not read: \(list)", "các trang ẩn không được đọc: \(list)")
    }
    static func hiddenSkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("note: hidden sheets were not read: \(list)", "lưu ý: các trang ẩn không được đọc: \(list)")
    }
    static func hintEmptySkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("sheets with no rows not read: \(list)", "các trang không có dòng dữ liệu không được đọc: \(list)")
    }
    static func emptySkipped(_ names: [String]) -> Message {
        let list = Catalog.quotedList(names)
        return m("note: sheets with no rows were not read: \(list)", "lưu ý: các trang không có dòng dữ liệu không được đọc: \(list)")
    }
}
