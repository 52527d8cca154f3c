import KiemDiem

extension Verbs {
    static let discipline = VerbSpec(
        name: "discipline", group: .domain,
        usage: "discipline MEMBER --on DATE --form khien-trach|canh-cao|cach-chuc|khai-tru [--self-discovered] [--counted-in YEAR] [--duty yes|no] [--note TEXT]",
        summary: Message(en: "record a discipline (of a member, or of a cell or collective as a body)",
                         vi: "ghi một quyết định kỷ luật (đảng viên, hoặc chi bộ, tập thể)"),
        options: [
            OptionSpec("on", .date, Message(en: "date of the decision", vi: "ngày quyết định")),
            OptionSpec("form", .choice(DisciplineRecord.Form.allCases.map(\.rawValue)), Message(en: "form of discipline", vi: "hình thức kỷ luật")),
            OptionSpec("self-discovered", nil, Message(en: "found by the member and remedied (R124-DISCIPLINE)",
                                                       vi: "tự phát hiện và khắc phục hậu quả (R124-DISCIPLINE)")),
            OptionSpec("counted-in", .number, Message(en: "the year it was already counted in (counts once)", vi: "năm đã tính (chỉ tính một lần)")),
            OptionSpec("duty", .choice(["yes", "no"]), Message(en: "the violation was in official duties (qd366: R366-TRIGGERS)",
                                                               vi: "vi phạm khi thực thi công vụ (qd366: R366-TRIGGERS)")),
            OptionSpec("note", .text, Message(en: "a note", vi: "ghi chú")),
        ],
        positionals: [.subject],
        examples: ["discipline P016 --on 2023-06-10 --form khien-trach", "discipline P044 --on 2023-03-01 --form canh-cao --counted-in 2022",
                   "discipline P045 --on 2023-05-02 --form khien-trach --self-discovered"],
        run: { inv, s in
            let w = try inv.positional(0, "MEMBER")
            try inv.noMorePositionals(than: 1)
            let ref = try s.subject(w, in: inv)
            guard let on = inv.value("on") else { throw inv.error(ShellText.missingArgument("--on DATE"), at: inv.end, hints: [ShellText.usage(inv.spec.usage)]) }
            guard let fw = inv.value("form") else { throw inv.error(ShellText.missingArgument("--form"), at: inv.end, hints: [ShellText.usage(inv.spec.usage)]) }
            let d = DisciplineRecord(member: ref.id, date: try inv.date(on), kind: .discipline, form: try inv.choice(fw, DisciplineRecord.Form.self, aliases: VietnameseValues.disciplineForm),
                                     selfDiscovered: inv.has("self-discovered"), countedIn: try inv.int("counted-in", in: 1990...2100),
                                     note: inv.value("note")?.text,
                                     duty: try inv.value("duty").map { try inv.choice($0, YesNo.self) == .yes })
            try recordDiscipline(inv, s, d, ref)
        })

    enum YesNo: String, CaseIterable { case yes, no }

    static func recordDiscipline(_ inv: Invocation, _ s: Session, _ d: DisciplineRecord, _ ref: SubjectRef) throws {
        guard s.workspace.discipline[d.key] == nil else { throw inv.error(ShellText.duplicateRecord) }
        let what = RulesText.disciplineWhat(d)
        try s.mutate(inv) { tx in
            tx.set(\.discipline, d.key, d)
            tx.say(ShellText.disciplined(ref.id, what))
        }
        s.say(ShellText.disciplined(ref.id, what))
    }
}
