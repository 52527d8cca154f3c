import Foundation
import KiemDiem

/// Messages about scripts that are not text.
extension ShellText {
    public static let scriptNotUTF8 = m("invalid UTF-8 text in a script", "tệp lệnh có văn bản không đúng mã UTF-8")
    public static let scriptBinary = m("a NUL byte: binary data, not a script", "byte NUL: dữ liệu nhị phân, không phải tệp lệnh")
    public static let scriptLoneCR = m("a carriage return alone (old Mac line ends): one command per line, and lines end with LF or CR LF",
                                       "ký tự CR đứng riêng (kiểu xuống dòng Mac cũ): mỗi dòng một lệnh, dòng kết thúc bằng LF hoặc CR LF")
    public static let hintLoneCR = m("end lines with LF or CR LF (save a script with Unix or Windows line ends), or separate commands with ;",
                                     "kết thúc dòng bằng LF hoặc CR LF (lưu tệp lệnh với kiểu xuống dòng Unix hoặc Windows), hoặc ngăn các lệnh bằng dấu ;")
    public static let scriptUTF16 = m("UTF-16 text (Notepad's \"Unicode\"): kd reads scripts in UTF-8",
                                      "văn bản UTF-16 (\"Unicode\" của Notepad): kd đọc tệp lệnh dạng UTF-8")
    public static let scriptIsWorkspace = m("this is a saved kd workspace, not a script", "đây là workspace đã lưu của kd, không phải tệp lệnh")
    public static let scriptIsJSON = m("this is JSON, not a script", "đây là JSON, không phải tệp lệnh")
    public static let hintOpenWorkspace = m("open a workspace with: kd -w FILE (or \"open FILE\" in a script)",
                                            "mở workspace bằng: kd -w TỆP (hoặc \"open TỆP\" trong tệp lệnh)")
    public static let scriptIsCSV = m("this is a CSV file, not a script", "đây là tệp CSV, không phải tệp lệnh")
    public static let scriptIsWorkbook = m("this is an .xlsx workbook, not a script", "đây là bảng tính .xlsx, không phải tệp lệnh")
    public static func cannotReadScript(_ p: String, errno e: Int32, looked: String?) -> Message {
        let why: Message
        switch e {
        case ENOENT: why = m("no such file", "không có tệp này")
        case ENOTDIR: why = m("part of the path is not a folder", "một phần của đường dẫn không phải thư mục")
        case EACCES, EPERM: why = m(String(cString: strerror(e)), "không có quyền đọc")
        case EISDIR: why = m(String(cString: strerror(e)), "đó là thư mục")
        default: why = m(String(cString: strerror(e)), String(cString: strerror(e)))
        }
        let at = looked.map { m(" (looked for \($0))", " (đã tìm \($0))") } ?? m("", "")
        return m("cannot read script \(p): \(why.en)\(at.en)", "không đọc được tệp lệnh \(p): \(why.vi)\(at.vi)")
    }
    public static let promptNotUTF8 = m("the line holds bytes that are not UTF-8 text (shown as �): nothing was run",
                                        "dòng lệnh có byte không đúng mã UTF-8 (hiện thành �): không chạy gì")
    public static let hintTerminalUTF8 = m("set the terminal (or the Vietnamese input method) to Unicode UTF-8, then type the line again",
                                           "hãy đặt cửa sổ lệnh (hoặc bộ gõ tiếng Việt) về Unicode UTF-8, rồi gõ lại dòng lệnh")
    public static let hintScriptUTF8 = m("save the script as UTF-8 text", "hãy lưu tệp lệnh dạng văn bản UTF-8")
    public static let hintCommandUTF8 = m("give the command as UTF-8 text (check the terminal's or the calling script's encoding)",
                                          "hãy đưa lệnh dạng văn bản UTF-8 (kiểm tra bảng mã của cửa sổ lệnh hoặc của tệp gọi kd)")
    public static func outputFailed(_ e: Int32) -> Message {
        let r = Catalog.systemReason(e)
        return m("cannot write the output to stdout: \(r.en)", "không ghi được kết quả ra stdout: \(r.vi)")
    }
    public static let unsavedKeptInJournal = m("the unsaved changes are kept: the next interactive kd offers to recover them",
                                               "các thay đổi chưa lưu được giữ lại: lần chạy kd tương tác sau sẽ đề nghị khôi phục")
    public static let stdinClosed = m("no commands to read: standard input is closed", "không có lệnh để đọc: đầu vào chuẩn (stdin) đã đóng")
    /// `-w` opens its file through the command language, which has no way to write a line break.
    public static let workspaceNameLineBreak = m("-w: the file name holds a line break, which kd's commands cannot name (nor save to); rename the file",
                                                 "-w: tên tệp có dấu xuống dòng, lệnh của kd không gọi được tên này (cũng không lưu vào được); hãy đổi tên tệp")
    public static func scriptTooLarge(_ p: String, _ mb: Int) -> Message {
        m("\(p) is larger than \(mb) MB: not a script", "\(p) lớn hơn \(mb) MB: không phải tệp lệnh")
    }
}
