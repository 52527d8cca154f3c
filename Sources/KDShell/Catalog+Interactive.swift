import KiemDiem

/// Messages of the interactive shell.
extension ShellText {
    public static let interruptedHere = m("interrupted before this command; the commands before it were run, it and the rest were not",
                                          "đã ngắt trước lệnh này; các lệnh trước đó đã chạy, lệnh này và các lệnh sau thì không")
}
