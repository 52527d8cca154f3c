import KiemDiem

/// Messages of the interactive shell.
extension ShellText {
    public static let interruptedHere = m("interrupted before this command; the commands before it were run, it and the rest were not",
                                          "đã ngắt trước lệnh này; các lệnh trước đó đã chạy, lệnh này và các lệnh sau thì không")
    /// The oldest undo steps were let go to bound memory.
    static func undoDropped(_ commands: [String], kept: Int) -> Message {
        let shown = commands.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (commands.count > 3 ? ", …" : "")
        return m("note: undo can no longer take back \(shown): the history keeps about as many records as the workspace holds; undo goes back \(kept) step\(kept == 1 ? "" : "s") now",
                 "lưu ý: undo không còn hoàn tác được \(shown): lịch sử hoàn tác chỉ giữ khoảng bằng số bản ghi của workspace; undo nay lùi được \(kept) bước")
    }
    /// A script run from the prompt stopped part way: its earlier changes stay.
    static func sourceStoppedKept(_ file: String, _ n: Int) -> Message {
        m("source \(file) stopped part way: the \(n) change\(n == 1 ? "" : "s") its earlier commands made \(n == 1 ? "stays" : "stay"); undo \(n) takes \(n == 1 ? "it" : "them") back",
          "source \(file) dừng giữa chừng: \(n) thay đổi do các lệnh trước đó của tệp vẫn được giữ; undo \(n) để hoàn tác")
    }
    static func sourceStoppedReplaced(_ file: String) -> Message {
        m("source \(file) stopped part way: its earlier commands replaced the workspace (open or new), which undo cannot take back",
          "source \(file) dừng giữa chừng: các lệnh trước đó của tệp đã thay workspace (open hoặc new), undo không lấy lại được")
    }
    /// The history file could not be written (path: reason); told once a session.
    public static func historyNotKept(_ why: String, vi: String) -> Message {
        m("warning: history is not kept for the next session: cannot write \(why)",
          "cảnh báo: lịch sử lệnh không được lưu cho phiên sau: không ghi được \(vi)")
    }
    public static func moreCandidates(_ n: Int) -> Message {
        m("… and \(n) more: type more letters", "… và \(n) mục nữa: gõ thêm chữ")
    }
}
