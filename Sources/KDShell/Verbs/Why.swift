import KiemDiem

extension Verbs {
    static let why = VerbSpec(
        name: "why", group: .domain, usage: "why SUBJECT [--role member|leader]",
        summary: Message(en: "how a subject's final level comes about: facts, reviews, stages, ceilings, quota",
                         vi: "vì sao đối tượng có mức xếp loại cuối: dữ kiện, kiểm điểm, các bước, mức trần, tỷ lệ"),
        options: [OptionSpec("role", .choice(["member", "leader"]), Message(en: "the member (default) or leader grade", vi: "xếp loại đảng viên (mặc định) hoặc xếp loại cán bộ lãnh đạo, quản lý"))],
        positionals: [.subject],
        examples: ["why P031", "why P006 --role leader", "why UBND"],
        run: { inv, s in
            let w = try inv.positional(0, "SUBJECT")
            try inv.noMorePositionals(than: 1)
            var ref = try s.subject(w, in: inv)
            if let rw = inv.value("role") {
                let role = try inv.choice(rw, RoleChoice.self)
                guard ref.cls == .member || ref.cls == .leader else { throw inv.error(ShellText.roleForPeople, at: rw) }
                ref = SubjectRef(role == .leader ? .leader : .member, ref.id)
            }
            let facts = try s.facts(inv)
            let lines = facts.why(ref) {
                if let kept = s.whyCap { return kept }
                let res = facts.cap()
                // A cap stopped by Ctrl-C is not whole: not kept.
                if interruptRequested == 0 { s.whyCap = res }
                return res
            }
            try s.checkInterrupt()  // `why` runs the whole cap: stopped, it is not this subject's answer
            s.say(ShellText.whyHeader(ref.description, s.workspace.displayName(ref)))
            for l in lines {
                let cite = l.rule.map { r in " [\(r)\(l.source.map { "; \($0)" } ?? "")]" } ?? ""
                s.print("  \(s.t(l.text))\(cite)")
            }
        })
}
