import KiemDiem

extension Verbs {
    static let assess = VerbSpec(
        name: "assess", group: .domain,
        usage: "assess SUBJECT CRITERION RATING|none [--role member|leader] [--note TEXT]",
        summary: Message(en: "rate a subject on one criterion of its criteria sheet (Xuất sắc/Tốt/Trung bình/Kém; points under qd366)",
                         vi: "đánh giá đối tượng theo một tiêu chí trong phiếu tiêu chí (Xuất sắc/Tốt/Trung bình/Kém; chấm điểm theo qd366)"),
        options: [
            OptionSpec("role", .choice(["member", "leader"]), Message(en: "the member sheet (default) or the leader sheet of a person",
                                                                      vi: "phiếu đảng viên (mặc định) hoặc phiếu cán bộ lãnh đạo, quản lý")),
            OptionSpec("note", .text, Message(en: "a note kept with the rating (the concrete products)", vi: "ghi chú (sản phẩm cụ thể)")),
        ],
        positionals: [.subject, .text, .text],
        examples: ["assess P040 7.1 Tốt", "assess P040 7.5 \"xuat sac\" --note \"3 sáng kiến được công nhận\"",
                   "assess P006 10.7 tot --role leader", "assess CB01 4.5 \"trung binh\"", "assess P040 7.1 none"],
        run: { inv, s in
            let w = try inv.positional(0, "SUBJECT")
            let cw = try inv.positional(1, "CRITERION")
            let mw = try inv.positional(2, "RATING")
            try inv.noMorePositionals(than: 3)
            var ref = try s.subject(w, in: inv)
            if let rw = inv.value("role") {
                let role = try inv.choice(rw, RoleChoice.self)
                guard ref.cls == .member || ref.cls == .leader else { throw inv.error(ShellText.roleForPeople, at: rw) }
                ref = SubjectRef(role == .leader ? .leader : .member, ref.id)
            }
            // `none` removes a recorded mark, on the subject's sheet or not (one left by a change
            // of rules or form): a file with no rows may not empty the table (load's rule).
            if ["none", "-"].contains(mw.text.lowercased()) || ["khong", "xoa"].contains(Vietnamese.key(mw.text)) {
                let mine = s.workspace.assessments.values.filter { $0.subject == ref }
                guard let old = mine.first(where: { $0.criterion == cw.text })
                        ?? mine.first(where: { Vietnamese.key($0.criterion) == Vietnamese.key(cw.text) }) else {
                    throw inv.error(Catalog.Criteria.noMarkToRemove(ref.description, cw.text), at: cw,
                                    hints: [Catalog.Criteria.hintMarked(mine.map(\.criterion).sorted(by: CriteriaSheets.numericLess))])
                }
                let said = Catalog.Criteria.markRemoved(ref.description, old.criterion, old.mark)
                try s.mutate(inv) { tx in
                    tx.set(\.assessments, old.key, nil)
                    tx.say(said)
                }
                return s.say(said)
            }
            let facts = try s.facts(inv)
            let a: Assessment
            do {
                a = try facts.assessment(ref, criterion: cw.text, mark: mw.text, note: inv.value("note")?.text, facts.criteriaSheets)
            } catch let e as AssessRefusal {
                let word = switch e.field {
                case .criterion: cw
                case .mark: mw
                case .role, .subject: inv.value("role") ?? w
                }
                throw s.refusal(inv, e.refusal, at: word)
            }
            let said = Catalog.Criteria.assessed(ref.description, a.criterion, a.mark!, s.workspace.assessments[a.key]?.mark)
            // The same mark (and note) again changes nothing: no step for undo, no unsaved change.
            if s.workspace.assessments[a.key] == a { return s.say(said) }
            try s.mutate(inv) { tx in
                tx.set(\.assessments, a.key, a)
                tx.say(said)
            }
            s.say(said)
        })
}
