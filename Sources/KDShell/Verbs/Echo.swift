import KiemDiem

extension Verbs {
    static let echo = VerbSpec(
        name: "echo", group: .shell, usage: "echo TEXT...",
        summary: Message(en: "print text (for narrated scripts)", vi: "in ra dòng chữ (cho tệp lệnh có lời dẫn)"),
        positionals: [.text],
        onlyText: true,
        examples: ["echo \"Bước 1: nạp danh sách đảng viên\"", "echo --- Bước 2: nạp dữ liệu ---"],
        run: { inv, s in s.print(inv.positionals.map(\.text).joined(separator: " ")) })

    static let pause = VerbSpec(
        name: "pause", group: .shell, usage: "pause [TEXT]",
        summary: Message(en: "wait for Enter at a terminal (trainers' tours); nothing when stdin is a pipe or file",
                         vi: "chờ nhấn Enter ở màn hình (cho buổi hướng dẫn); bỏ qua khi đầu vào là ống dẫn hay tệp"),
        positionals: [.text],
        onlyText: true,
        examples: ["pause \"Tiếp theo: xếp loại\""],
        run: { inv, s in
            guard let read = s.pauseReader else { return }
            let text = inv.positionals.map(\.text).joined(separator: " ")
            s.console.out((text.isEmpty ? s.t(ShellText.pressEnter) : text + " " + s.t(ShellText.pressEnter)) + " ")
            // Ctrl-C or Ctrl-D ends the tour (the script stops here), as a trainer expects.
            if read() == nil {
                throw inv.error(Message(en: "stopped at pause", vi: "đã dừng ở lệnh pause"))
            }
        })
}
