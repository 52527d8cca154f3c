import KiemDiem

extension Verbs {
    static let find = VerbSpec(
        name: "find", group: .reports, usage: "find TEXT",
        summary: Message(en: "find members, units and collectives by part of a name, id or code (case and diacritics ignored)",
                         vi: "tìm đảng viên, đơn vị, tập thể theo một phần họ tên, mã (không phân biệt hoa thường, dấu)"),
        positionals: [.text],
        examples: ["find \"nguyen van\"", "find CB0"],
        run: { inv, s in
            let w = try inv.positional(0, "TEXT")
            let words = inv.positionals.map(\.text).joined(separator: " ")
            let k = Vietnamese.key(words)
            guard !k.isEmpty else { throw inv.error(ShellText.missingArgument("TEXT"), at: w) }
            let ws = s.workspace
            func holds(_ text: String) -> Bool { Vietnamese.keyHolds(Vietnamese.key(text), k) }
            var rows: [[String]] = []
            var members: [Member] = []
            for (n, m) in ws.members.values.enumerated() {
                if n % 4096 == 0 { try s.checkInterrupt() }  // seconds over a national roster
                if holds(m.name) || holds(m.id) { members.append(m) }
            }
            let member = s.t(Message(en: "member", vi: "đảng viên")), collective = s.t(Message(en: "collective", vi: "tập thể"))
            for m in ws.sortedByName(members) { rows.append([member, m.id, m.name, m.unit]) }
            for u in ws.units.values.sorted(by: { $0.code < $1.code })
            where holds(u.name) || holds(u.code) {
                rows.append([s.t(Message(en: u.kind.rawValue, vi: VietnameseValues.name(u.kind))), u.code, u.name, u.parent ?? ""])
            }
            for c in ws.collectives.values.sorted(by: { $0.code < $1.code })
            where holds(c.name) || holds(c.code) {
                rows.append([collective, c.code, c.name, c.unit ?? ""])
            }
            if rows.isEmpty { s.say(ShellText.nothingFound(words)); return }
            try s.printTable([Message(en: "kind", vi: "loại"), Message(en: "id", vi: "mã"), Message(en: "name", vi: "tên"),
                              Message(en: "in", vi: "thuộc")], rows)
            s.say(ShellText.countOf(rows.count, "match", "matches", "kết quả"))
        })
}

extension ShellText {
    static func nothingFound(_ t: String) -> Message { m("nothing matches \"\(t)\"", "không tìm thấy \"\(t)\"") }
}
