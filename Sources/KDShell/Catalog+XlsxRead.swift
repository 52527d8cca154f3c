import KiemDiem

/// Messages of `load workbook` about the sheets it does not read.
extension ShellText {
    static func hintHiddenSkipped(_ names: [String]) -> Message {
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return m("hidden sheets not read: \(list)", "các trang ẩn không được đọc: \(list)")
    }
    static func hiddenSkipped(_ names: [String]) -> Message {
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return m("note: hidden sheets were not read: \(list)", "lưu ý: các trang ẩn không được đọc: \(list)")
    }
    static func hintEmptySkipped(_ names: [String]) -> Message {
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return m("empty sheets not read: \(list)", "các trang trống không được đọc: \(list)")
    }
    static func emptySkipped(_ names: [String]) -> Message {
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return m("note: empty sheets were not read: \(list)", "lưu ý: các trang trống không được đọc: \(list)")
    }
}
