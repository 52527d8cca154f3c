/// The domain's messages, English and Vietnamese side by side.
public enum Catalog {
    static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }
    /// Names as a message lists them: each in quotes, separated by commas.
    public static func quotedList(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }

    // Files
    public static func cannotRead(_ p: String) -> Message {
        m("cannot read \(p)", "không đọc được \(p)")
    }
    public static func workspaceIsFolder(_ p: String) -> Message {
        m("\(p) is a folder, not a workspace file", "\(p) là thư mục, không phải tệp workspace")
    }
    public static func workspaceNotRegular(_ p: String, socket: Bool = false) -> Message {
        socket ? m("\(p) is a socket, not a workspace file", "\(p) là socket, không phải tệp workspace")
               : m("\(p) is a device, not a workspace file", "\(p) là thiết bị, không phải tệp workspace")
    }
    public static func cannotWrite(_ p: String, _ why: String) -> Message {
        m("cannot write \(p): \(why)", "không ghi được \(p): \(why)")
    }
    public static func cannotWrite(_ p: String, _ why: Message) -> Message {
        m("cannot write \(p): \(why.en)", "không ghi được \(p): \(why.vi)")
    }
    public static let notWorkspace = m("not a kd workspace file", "không phải tệp workspace của kd")
    public static let notWorkspaceNoFormat = m("not a kd workspace: a JSON file without kd's \"format\": \"kd-workspace\"",
                                               "không phải workspace của kd: tệp JSON không có \"format\": \"kd-workspace\" của kd")
    public static func otherFormat(_ f: String) -> Message {
        m("not a kd workspace: format is \"\(f)\", expected \"kd-workspace\"",
          "không phải workspace của kd: format là \"\(f)\", cần \"kd-workspace\"")
    }
    public static func newerVersion(_ v: Int, _ mine: Int) -> Message {
        m("workspace version \(v) is newer than this kd understands (\(mine))",
          "workspace phiên bản \(v) mới hơn phiên bản kd này hiểu (\(mine))")
    }
    public static let hintUpgrade = m("open it with a newer kd; nothing was changed",
                                      "mở bằng kd mới hơn; không có gì bị thay đổi")
    public static let malformedJSON = m("malformed JSON", "JSON sai cú pháp")
    public static func malformedJSONDetail(_ d: String) -> Message {
        m("malformed JSON: \(d)", "JSON sai cú pháp: \(d)")
    }
    public static func badValue(_ d: Message) -> Message { m("bad value: \(d.en)", "giá trị sai: \(d.vi)") }
    /// A setting in a file outside what `set` takes.
    public static func settingOutOfRange(_ k: String, _ v: Int, _ r: ClosedRange<Int>) -> Message {
        m("\(k) \(v) is outside \(r.lowerBound)–\(r.upperBound), what set \(k) takes",
          "\(k) \(v) nằm ngoài \(r.lowerBound)–\(r.upperBound), khoảng set \(k) nhận")
    }
    public static func weightTwice(_ c: String) -> Message {
        m("criterion \"\(Message.shown(c))\" is weighted twice", "tiêu chí \"\(Message.shown(c))\" có trọng số hai lần")
    }
    public static func unknownKey(_ k: String) -> Message {
        m("unknown key \"\(Message.shown(k))\" (kd would drop it on the next save)",
          "khóa lạ \"\(Message.shown(k))\" (lần lưu sau kd sẽ bỏ mất nó)")
    }
    public static func versionTooLow(_ v: Int) -> Message {
        m("workspace version \(v) does not exist: versions start at 1", "workspace phiên bản \(v) không tồn tại: phiên bản bắt đầu từ 1")
    }
    public static func missingKey(_ k: String) -> Message {
        m("missing key \"\(k)\"", "thiếu khóa \"\(k)\"")
    }
    /// `t` is the Swift type the decoder wanted; users are told what to write in the file.
    static func expected(_ t: String) -> Message {
        switch t {
        case "Int", "Int32", "Int64", "UInt32", "UInt64": return m("a whole number", "một số nguyên")
        case "Double", "Float", "Decimal": return m("a number", "một số")
        case "String": return m("text in double quotes", "chuỗi trong ngoặc kép")
        case "Bool": return m("true or false", "true hoặc false")
        case _ where t.hasPrefix("Dictionary"): return m("an object { … }", "một đối tượng { … }")
        case _ where t.hasPrefix("Array"): return m("a list [ … ]", "một danh sách [ … ]")
        default: return m("a value of type \(t)", "một giá trị kiểu \(t)")
        }
    }
    public static func wrongType(_ t: String) -> Message {
        let w = expected(t)
        return m("wrong type, expected \(w.en)", "sai kiểu, cần \(w.vi)")
    }
    /// A null where the file must give a value.
    public static func nullValue(_ t: String) -> Message {
        let w = expected(t)
        return m("null where \(w.en) is needed", "null ở chỗ cần \(w.vi)")
    }
}
