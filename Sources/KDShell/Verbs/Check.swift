import KiemDiem

extension Verbs {
    static let check = VerbSpec(
        name: "check", group: .domain, usage: "check",
        summary: Message(en: "list every finding now: rule id, subject, what is wrong, what would fix it",
                         vi: "liệt kê mọi vấn đề hiện có: mã quy tắc, đối tượng, sai ở đâu, cách sửa"),
        examples: ["check"],
        run: { inv, s in
            try inv.noMorePositionals(than: 0)
            let fs = try s.facts(inv).findings()
            for f in fs { s.say(ShellText.findingLine(f, s.workspace.displayName(f.subject))) }
            let w = fs.filter { $0.severity == .warning }.count
            s.say(ShellText.findingCount(fs.count - w, w))
        })
}
