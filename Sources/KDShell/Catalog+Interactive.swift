import KiemDiem

/// Messages of the interactive shell.
extension ShellText {
    public static let interruptedHere = m("interrupted before this command; the commands before it were run, it and the rest were not",
                                          "đã ngắt trước lệnh này; các lệnh trước đó đã chạy, lệnh này và các lệnh sau thì không")
    /// The history file could not be written (path: reason); told once a session.
    public static func historyNotKept(_ why: String) -> Message {
        m("warning: history is not kept for the next session: cannot write \(why)",
          "cảnh báo: lịch sử lệnh không được lưu cho phiên sau: không ghi được \(why)")
    }
    public static func moreCandidates(_ n: Int) -> Message {
        m("… and \(n) more: type more letters", "… và \(n) mục nữa: gõ thêm chữ")
    }
}
