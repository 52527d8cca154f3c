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
            // Ctrl-C while the findings were worked out: the pass stopped early, so no list of them.
            try s.checkInterrupt()
            for f in fs { s.say(ShellText.findingLine(f, s.workspace.displayName(f.subject))) }
            // Not a rule of the round but a fact of the data: an id or code alone is refused
            // wherever it names two subjects (a load says so once; an opened workspace never did).
            let groups = s.workspace.codeClashGroups()
            let clashes = Workspace.clashCodes(groups)
            for code in clashes { s.say(ShellText.idClashLine(code, groups[code.uppercased()]!.map(\.key))) }
            // Nor is a reference date kept from another round (`set year` keeps as-of).
            let ref = ReferenceDate(s.workspace.settings)
            if ref.outsideYear { s.say(ShellText.referenceDateLine(ref)) }
            let deadlines = DeadlineChecks.problems(s.workspace.settings)
            for p in deadlines { s.say(ShellText.deadlineLine(p)) }
            let others = clashes.count + (ref.outsideYear ? 1 : 0) + deadlines.count
            let w = fs.filter { $0.severity == .warning }.count + others
            s.say(ShellText.findingCount(fs.count + others - w, w))
        })
}
