import KiemDiem

/// Messages about scripts that are not text.
extension ShellText {
    public static let scriptNotUTF8 = m("invalid UTF-8 text in a script", "tệp lệnh có văn bản không đúng mã UTF-8")
    public static let scriptBinary = m("a NUL byte: binary data, not a script", "byte NUL: dữ liệu nhị phân, không phải tệp lệnh")
    public static let hintScriptUTF8 = m("save the script as UTF-8 text", "hãy lưu tệp lệnh dạng văn bản UTF-8")
    public static let hintCommandUTF8 = m("give the command as UTF-8 text (check the terminal's or the calling script's encoding)",
                                          "hãy đưa lệnh dạng văn bản UTF-8 (kiểm tra bảng mã của cửa sổ lệnh hoặc của tệp gọi kd)")
    public static func outputFailed(_ reason: String) -> Message {
        m("cannot write the output to stdout: \(reason)", "không ghi được kết quả ra stdout: \(reason)")
    }
    public static let stdinClosed = m("no commands to read: standard input is closed", "không có lệnh để đọc: đầu vào chuẩn (stdin) đã đóng")
    public static func scriptTooLarge(_ p: String, _ mb: Int) -> Message {
        m("\(p) is larger than \(mb) MB: not a script", "\(p) lớn hơn \(mb) MB: không phải tệp lệnh")
    }
}
