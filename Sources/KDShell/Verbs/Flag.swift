import KiemDiem

extension Verbs {
    static let flag = VerbSpec(
        name: "flag", group: .domain, usage: "flag MEMBER decline|prohibited [--on DATE] [--note TEXT]",
        summary: Message(en: "record a conclusion of decline, or a breach of what members must not do (R124-DECLINE)",
                         vi: "ghi kết luận suy thoái, hoặc vi phạm điều đảng viên không được làm (R124-DECLINE)"),
        options: [
            OptionSpec("on", .date, Message(en: "date of the conclusion (default: the graded year)", vi: "ngày kết luận (mặc định: năm đánh giá)")),
            OptionSpec("note", .text, Message(en: "a note", vi: "ghi chú")),
        ],
        positionals: [.member, .choice(["decline", "prohibited"])],
        examples: ["flag P075 decline --note \"kết luận số 12-KL/ĐU\"", "flag P076 prohibited"],
        run: { inv, s in
            let w = try inv.positional(0, "MEMBER")
            let kw = try inv.positional(1, "decline or prohibited")
            try inv.noMorePositionals(than: 2)
            let ref = try s.subject(w, in: inv)
            // A cell or collective is found, but only a person declines or breaches (a body's
            // discipline is `discipline`'s): "unknown member" named an existing code.
            guard ref.cls == .member || ref.cls == .leader else { throw inv.error(ShellText.flagsPeople(ref.description), at: w) }
            let kind = try inv.choice(kw, FlagKind.self, aliases: flagWords)
            let on = try inv.value("on").map { try inv.date($0) }
            // Undated, the conclusion counts in the year graded now, not in every year to come
            // (a workspace carried into the next round).
            let d = DisciplineRecord(member: ref.id, date: on, kind: kind == .decline ? .decline : .prohibited,
                                     countedIn: on == nil ? s.workspace.settings.year : nil, note: inv.value("note")?.text)
            try recordDiscipline(inv, s, d, ref)
        })

    enum FlagKind: String, CaseIterable { case decline, prohibited }
    /// The discipline file's Vietnamese words for these two kinds.
    static let flagWords: [String: FlagKind] = VietnameseValues.disciplineKind.compactMapValues { FlagKind(rawValue: $0.rawValue) }
}

extension ShellText {
    static func flagsPeople(_ s: String) -> Message {
        m("\(s) is not a member: flag records a member's decline or breach", "\(s) không phải đảng viên: flag chỉ ghi suy thoái hoặc vi phạm của đảng viên")
    }
}
