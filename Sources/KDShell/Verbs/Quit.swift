import KiemDiem

extension Verbs {
    static let quit = VerbSpec(
        name: "quit", aliases: ["exit", "quit!", "exit!"], group: .shell, usage: "quit | quit!",
        summary: Message(en: "leave kd; with unsaved changes at the prompt, asks once (quit! leaves at once)",
                         vi: "thoát kd; nếu còn thay đổi chưa lưu thì nhắc một lần (quit! thoát ngay)"),
        examples: ["quit", "quit!"],
        run: { inv, s in
            try inv.noMorePositionals(than: 0)
            let force = inv.verbWord.text.hasSuffix("!")
            if s.interactive && s.dirty && !force && !s.quitWarned {
                s.quitWarned = true
                s.tellUser(ShellText.unsavedQuit)
                return
            }
            s.quitRequested = true
        })
}
