import KiemDiem

extension Verbs {
    static let show = VerbSpec(
        name: "show", group: .workspace, usage: "show settings | show SUBJECT",
        summary: Message(en: "show the settings, or everything known about one subject",
                         vi: "xem thiết lập, hoặc mọi thông tin về một đối tượng"),
        subwords: ["settings"],
        positionals: [.subject],
        examples: ["show settings", "show P0012", "show \"nguyen van an\""],
        run: { inv, s in
            let w = try inv.positional(0, "settings or SUBJECT")
            try inv.noMorePositionals(than: 1)
            if w.text.lowercased() == "settings" && !w.quoted {
                for line in settingsLines(s) { s.print(line) }
                return
            }
            try showSubject(inv, w, s)
        })

    /// Filled in by the workspace verbs (subjects); until then every subject is unknown.
    nonisolated(unsafe) static var showSubject: (Invocation, Word, Session) throws -> Void = { inv, w, _ in
        throw inv.error(Message(en: "unknown subject \"\(w.text)\"", vi: "không có đối tượng \"\(w.text)\""), at: w)
    }
}
