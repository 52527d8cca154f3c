import KiemDiem

extension Verbs {
    static let help = VerbSpec(
        name: "help", aliases: ["?"], group: .shell, usage: "help [VERB]",
        summary: Message(en: "list the commands, or explain one with its options and examples",
                         vi: "liệt kê các lệnh, hoặc giải thích một lệnh với tùy chọn và ví dụ"),
        positionals: [.verb],
        examples: ["help", "help grade"],
        run: { inv, s in
            try inv.noMorePositionals(than: 1)
            if let w = inv.positionals.first {
                guard let spec = Registry.find(w.text) else {
                    throw inv.error(ShellText.unknownVerb(w.text), at: w, hints: Suggest.hint(w.text, Registry.names))
                }
                s.print(helpText(spec, s))
                return
            }
            var out = s.t(ShellText.helpHeader()) + "\n"
            let width = Registry.all.map(\.name.count).max() ?? 8
            for g in HelpGroup.allCases {
                let verbs = Registry.all.filter { $0.group == g }
                if verbs.isEmpty { continue }
                out += "\n\(s.t(g.title)):\n"
                for v in verbs {
                    out += "  \(v.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(s.t(v.summary))\n"
                }
            }
            s.console.out(out)
        })

    static func helpText(_ spec: VerbSpec, _ s: Session) -> String {
        var out = "\(spec.usage)\n  \(s.t(spec.summary))\n"
        if !spec.aliases.isEmpty { out += "  (\(spec.aliases.joined(separator: ", ")))\n" }
        for n in spec.notes { out += "  \(s.t(n))\n" }
        if spec.name == "set" {
            // Its sub-words are keys, each with its own values: listed with them.
            out += "\n\(s.t(ShellText.settingKeysHeader))\n"
            for k in settingKeys { out += "  \(settingUsages[k]!)\n" }
        } else if !spec.subwords.isEmpty {
            out += "\n\(s.t(ShellText.subwords)) \(spec.subwords.joined(separator: ", "))\n"
        }
        if !spec.options.isEmpty {
            out += "\n\(s.t(ShellText.options))\n"
            let names = spec.options.map { o in "--\(o.name)" + (o.value.map { " " + (o.placeholder ?? placeholder($0)) } ?? "") }
            let w = names.map(\.count).max() ?? 0
            for (o, n) in zip(spec.options, names) {
                out += "  \(n.padding(toLength: w + 2, withPad: " ", startingAt: 0))\(s.t(o.summary))\n"
            }
        }
        if !spec.examples.isEmpty {
            out += "\n\(s.t(ShellText.examples))\n"
            for e in spec.examples { out += "  \(e)\n" }
        }
        return String(out.dropLast())
    }

    static func placeholder(_ k: ValueKind) -> String {
        switch k {
        case .text: return "TEXT"
        case .number: return "N"
        case .date: return "DATE"
        case .file: return "FILE"
        case .level: return "LEVEL"
        case .stage: return "STAGE"
        case .body: return "BODY"
        case .form: return "FORM"
        case .subject: return "SUBJECT"
        case .member, .excludedMember: return "MEMBER"
        case .unit: return "UNIT"
        case .collective: return "COLLECTIVE"
        case .choice(let c): return c.joined(separator: "|")
        case .settingKey: return "KEY"
        case .snapshot: return "NAME"
        case .verb: return "VERB"
        case .memberField: return "FIELD=VALUE"
        case .memberIds: return "ID,…"
        }
    }
}
