/// Messages about hostile or damaged input and safe writing.
extension Catalog {
    static func keyNotId(_ key: String, _ id: String) -> Message {
        m("stored under \"\(Message.shown(key))\" but its id is \"\(Message.shown(id))\"",
          "lưu dưới khóa \"\(Message.shown(key))\" nhưng mã là \"\(Message.shown(id))\"")
    }
    static func numberOutOfRange(_ t: String) -> Message {
        m("\(Message.shown(t)) is too large for any value kd reads", "\(Message.shown(t)) quá lớn, không là giá trị nào kd đọc được")
    }
    static func notWholeNumber(_ t: String) -> Message {
        m("\(Message.shown(t)) is not a whole number kd reads here (kd writes whole numbers of up to 18 digits)",
          "\(Message.shown(t)) không phải số nguyên kd đọc được ở đây (kd ghi số nguyên tối đa 18 chữ số)")
    }
    static let settingNotWhole = m("a whole number is expected", "cần một số nguyên")
    static func keyNotSubject(_ key: String, _ subject: String) -> Message {
        m("stored under \"\(Message.shown(key))\" but it is about \"\(Message.shown(subject))\": it would never be found",
          "lưu dưới khóa \"\(Message.shown(key))\" nhưng là của \"\(Message.shown(subject))\": sẽ không bao giờ được tìm thấy")
    }
    static func unknownUnitInFile(_ u: String) -> Message {
        m("unit \"\(Message.shown(u))\" is not in the file's units", "đơn vị \"\(Message.shown(u))\" không có trong danh sách đơn vị của tệp")
    }
    static func unknownSubjectInFile(_ id: String) -> Message {
        m("refers to \"\(Message.shown(id))\", which is not a member, unit or collective of the file",
          "tham chiếu đến \"\(Message.shown(id))\", không phải đảng viên, đơn vị hay tập thể nào trong tệp")
    }

    public static func saveSymlinkRefused(_ p: String) -> Message {
        m("\(p) is a symbolic link; the workspace is not saved through it",
          "\(p) là liên kết tượng trưng; không lưu workspace qua liên kết")
    }
    public static func notRegularFile(_ p: String) -> Message {
        m("\(p) is not a regular file (a device, a pipe or a socket); nothing is written over it",
          "\(p) không phải tệp thông thường (thiết bị, ống dẫn hoặc socket); không ghi đè")
    }
    public static let hintRegularFile = m("write to a file in a folder", "hãy ghi vào một tệp trong thư mục")
    public static func readOnlyTarget(_ p: String) -> Message {
        m("\(p) is read-only; it is not replaced", "\(p) chỉ cho phép đọc; không ghi đè")
    }
    public static let hintReadOnlyTarget = m("write under another name, or make the file writable first (chmod u+w)",
                                             "hãy ghi dưới tên khác, hoặc cho phép ghi tệp trước (chmod u+w)")
    public static func saveInterrupted(_ p: String) -> Message {
        m("interrupted; nothing was saved (\(p) is as it was)", "đã ngắt; chưa lưu gì (\(p) vẫn như cũ)")
    }
    public static let hintSaveRealPath = m("save to the file the link points to, or remove the link first",
                                           "hãy lưu vào tệp mà liên kết trỏ tới, hoặc xóa liên kết trước")
    public static func csvCellTooLong(_ limit: Int) -> Message {
        m("a cell longer than \(limit / 1024) KiB: not a fact table", "một ô dài hơn \(limit / 1024) KiB: không phải bảng dữ liệu")
    }
    public static func csvNoRows(_ kind: String) -> Message {
        m("no \(kind) rows under the header: nothing to load", "không có dòng \(kind) nào dưới dòng tiêu đề: không có gì để nạp")
    }
    /// A message about a key, with the JSON path of its object.
    public static func atPath(_ what: Message, _ path: String) -> Message {
        m("\(what.en) (in \(path))", "\(what.vi) (trong \(path))")
    }
    public static func jsonDuplicateKey(_ k: String) -> Message {
        m("key \"\(Message.shown(k))\" appears twice in one object", "khóa \"\(Message.shown(k))\" xuất hiện hai lần trong một đối tượng")
    }
    public static func jsonTooDeep(_ limit: Int) -> Message {
        m("nested more than \(limit) levels deep: not a kd workspace", "lồng sâu quá \(limit) cấp: không phải workspace kd")
    }
    public static func numberTooLarge(_ s: String) -> Message {
        m("number \(s) is out of range", "số \(s) vượt quá giới hạn")
    }
}

extension Message {
    /// A word from the input as shown inside a message: long words are cut so that an error line
    /// stays readable (a 1 MB word would otherwise be printed whole).
    public static func shown(_ s: String, limit: Int = 60) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…(\(s.count) characters)"
    }

    /// A whole message, cut in its middle when longer than `limit`: its end says why (a path
    /// past the system's limit lost its "the name is too long" when cut at the end).
    public static func cutInMiddle(_ s: String, limit: Int) -> String {
        // Cut only where the cut saves more than its own mark.
        guard s.count > limit + 40 else { return s }
        let head = limit * 2 / 3, tail = limit - head
        return String(s.prefix(head)) + "…(\(s.count - head - tail) characters)…" + String(s.suffix(tail))
    }
}
