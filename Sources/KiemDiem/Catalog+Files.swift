import Foundation

extension Catalog {
    /// Why a file could not be read, from errno: permission denied, or as before.
    public static func cannotRead(_ p: String, errno e: Int32) -> Message {
        e == EACCES || e == EPERM ? m("cannot read \(p): permission denied", "không đọc được \(p): không có quyền đọc") : cannotRead(p)
    }
    public static let hintReadPermission = m("check the file's permissions (ls -l): kd reads it as you",
                                             "kiểm tra quyền của tệp (ls -l): kd đọc nó với quyền của bạn")

    /// Why a write failed, from errno, in both languages for the reasons people meet.
    public static func cannotWrite(_ p: String, errno e: Int32) -> Message {
        cannotWrite(p, writeReason(e))
    }

    /// A save or report writes a new file beside `p` and renames it: the folder refused it.
    /// A new file that could not be made at `p` (`e` from open): where permission or a read-only
    /// disk refused it, the folder is named (it is the folder that refused); else the cause.
    public static func cannotCreate(_ p: String, errno e: Int32, beside: Bool = true) -> Message {
        guard e == EACCES || e == EPERM || e == EROFS else { return cannotWrite(p, errno: e) }
        let dir = (p as NSString).deletingLastPathComponent
        return cannotWriteInFolder(dir.isEmpty ? "." : dir, p, errno: e, beside: beside)
    }

    /// `beside`: the file is written under another name first (a file already there is
    /// writable, and still the write is refused).
    static func cannotWriteInFolder(_ dir: String, _ p: String, errno e: Int32, beside: Bool = true) -> Message {
        let why = writeReason(e)
        guard beside else {
            return m("cannot write \(p): the folder \(dir) does not allow a new file in it (\(why.en))",
                     "không ghi được \(p): thư mục \(dir) không cho tạo tệp mới (\(why.vi))")
        }
        return m("cannot write \(p): the folder \(dir) does not allow a new file in it (\(why.en)); kd writes the new file beside the old one, then puts it in its place",
                 "không ghi được \(p): thư mục \(dir) không cho tạo tệp mới (\(why.vi)); kd ghi tệp mới cạnh tệp cũ rồi mới thay vào")
    }

    public static func writeReason(_ e: Int32) -> Message {
        switch e {
        case EACCES, EPERM: return m("permission denied", "không có quyền ghi")
        case ENOENT: return m("the folder does not exist", "thư mục không tồn tại")
        case ENOTDIR: return m("part of the path is not a folder", "một phần của đường dẫn không phải thư mục")
        case EISDIR: return m("it is a folder", "đó là thư mục")
        case ENOSPC, EDQUOT: return m("the disk is full", "ổ đĩa đã đầy")
        case EFBIG: return m("the file would pass the file size limit (ulimit -f)", "tệp sẽ vượt giới hạn kích thước tệp (ulimit -f)")
        case EIO: return m("the disk reported an input/output error", "ổ đĩa báo lỗi vào/ra")
        case EROFS: return m("the disk is read-only", "ổ đĩa chỉ cho đọc")
        case ENAMETOOLONG: return m("the name is too long", "tên quá dài")
        case EEXIST: return m("the name is taken", "tên đã có")
        case ELOOP: return m("it is a symbolic link", "đó là liên kết tượng trưng")
        default: let t = String(cString: strerror(e)); return m(t, t)
        }
    }

    /// A system error as the system says it in English, and in Vietnamese where kd knows it.
    public static func systemReason(_ e: Int32) -> Message {
        Message(en: String(cString: strerror(e)), vi: writeReason(e).vi)
    }

    /// `save` could not keep the workspace it would replace (`WorkspaceFile.keepBackup`).
    public static func cannotKeepBackup(_ p: String, as b: String, errno e: Int32) -> Message {
        let why = writeReason(e)
        return m("cannot keep the workspace in \(p) as \(b) (\(why.en)); nothing was saved",
                 "không giữ lại được workspace trong \(p) thành \(b) (\(why.vi)); chưa lưu gì")
    }
    /// A report or `generate` could not keep the file it would replace or set aside.
    public static func cannotKeepFile(_ p: String, as b: String, errno e: Int32) -> Message {
        let why = writeReason(e)
        return m("cannot keep \(p) as \(b) (\(why.en)); nothing was written",
                 "không giữ lại được \(p) thành \(b) (\(why.vi)); chưa ghi gì")
    }
    public static let hintCannotKeepFile = m("write under another name or into another folder",
                                             "hãy ghi với tên khác hoặc vào thư mục khác")
    public static let hintCannotKeepBackup = m("save under another name, or save --force to replace it without keeping it",
                                               "lưu với tên khác, hoặc save --force để thay mà không giữ lại")
    public static func cannotTellWorkspace(_ p: String, errno e: Int32) -> Message {
        e == EACCES || e == EPERM
            ? m("cannot read \(p) to tell whether it is a kd workspace (permission denied); not overwritten",
                "không đọc được \(p) để biết có phải workspace kd không (không có quyền đọc); không ghi đè")
            : m("cannot read \(p) to tell whether it is a kd workspace; not overwritten",
                "không đọc được \(p) để biết có phải workspace kd không; không ghi đè")
    }
    public static let hintCannotTellWorkspace = m("save under another name, or save --force to replace it",
                                                  "lưu với tên khác, hoặc save --force để thay nó")
}

// A workspace file that is not JSON, or breaks its grammar (JSONSyntax).
extension Catalog {
    static func jsonSyntax(_ p: JSONSyntax.Problem, at path: String) -> Message {
        let what: Message
        switch p {
        case .endOfFile: what = m("the file ends in the middle", "tệp kết thúc giữa chừng")
        case .unexpected(let c, let e):
            let want: Message
            switch e {
            case .value: want = m("a value", "một giá trị")
            case .commaOrBrace: want = m("',' or '}'", "',' hoặc '}'")
            case .commaOrBracket: want = m("',' or ']'", "',' hoặc ']'")
            case .colon: want = m("':'", "':'")
            case .key: want = m("a key in double quotes", "một khóa trong ngoặc kép")
            }
            what = m("\(c) where \(want.en) should be", "gặp \(c) ở chỗ cần \(want.vi)")
        case .badEscape: what = m("an unknown escape (\\) in a string", "ký tự thoát (\\) không hợp lệ trong chuỗi")
        case .loneSurrogate: what = m("a \\u escape of half a character (a surrogate without its pair)",
                                      "mã thoát \\u chỉ có nửa ký tự (surrogate không có cặp)")
        case .controlCharacter: what = m("a control character inside a string", "ký tự điều khiển trong chuỗi")
        case .badNumber: what = m("a malformed number", "số viết sai")
        case .notUTF8: what = m("bytes that are not UTF-8 text", "byte không phải văn bản UTF-8")
        case .badWord: what = m("a word that is not true, false or null", "một từ không phải true, false hay null")
        case .empty: return m("the file is empty", "tệp rỗng")
        case .trailing: what = m("more text after the end of the document", "còn nội dung sau khi tài liệu đã kết thúc")
        case .tooDeep: return jsonTooDeep(JSONSyntax.maxDepth)
        }
        return m("malformed JSON at \(path): \(what.en)", "JSON sai cú pháp tại \(path): \(what.vi)")
    }
    public static let workspaceIsWorkbook = m("this is an .xlsx workbook, not a kd workspace",
                                              "đây là bảng tính .xlsx, không phải workspace của kd")
    public static let workspaceNamedWorkbook = m("named as a workbook, but neither an .xlsx workbook (a zip archive) nor a kd workspace (JSON)",
                                                 "tên là bảng tính nhưng không phải bảng tính .xlsx (tệp nén zip) cũng không phải workspace của kd (JSON)")
    public static let hintLoadWorkbook = m("a workbook loads with: load workbook FILE.xlsx",
                                           "bảng tính được nạp bằng: load workbook FILE.xlsx")
    public static let workspaceIsCSV = m("this is CSV text, not a kd workspace", "đây là văn bản CSV, không phải workspace của kd")
    public static func reportOverWorkspace(_ p: String) -> Message {
        m("\(p) is a kd workspace; a report does not overwrite it", "\(p) là workspace của kd; báo cáo không ghi đè lên nó")
    }
    public static let hintReportOverWorkspace = m("write the report under another name (a workspace is replaced only by save)",
                                                  "ghi báo cáo ra tên khác (workspace chỉ được thay bằng save)")
}
