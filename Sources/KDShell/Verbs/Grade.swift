import KiemDiem

extension Verbs {
    static let grade = VerbSpec(
        name: "grade", group: .domain,
        usage: "grade SUBJECT [LEVEL] [--stage self|proposed|decided] [--by ward|upper|cell|self] [--role member|leader] [--score N] [--common N --results N] [--votes N] [--note TEXT] [--override REASON]",
        summary: Message(en: "record a subject's level at a stage (default: proposed)",
                         vi: "ghi mức xếp loại của đối tượng ở một bước (mặc định: đề xuất)"),
        options: [
            OptionSpec("stage", .stage, Message(en: "self, proposed (default) or decided", vi: "self, proposed (mặc định) hoặc decided")),
            OptionSpec("by", .choice(GradingBody.allCases.map(\.rawValue)), Message(en: "the body that grades", vi: "cấp xếp loại")),
            OptionSpec("role", .choice(["member", "leader"]), Message(en: "the member grade (default) or the leader grade of a person",
                                                                      vi: "xếp loại đảng viên (mặc định) hoặc xếp loại cán bộ lãnh đạo, quản lý")),
            OptionSpec("score", .number, Message(en: "score: ranks the quota; under qd366 the total of 100, which gives the level when none is named",
                                                 vi: "điểm: xếp hạng khi áp tỷ lệ; theo qd366 là tổng điểm 100, cho ra mức khi không ghi mức")),
            OptionSpec("common", .number, Message(en: "common criteria points (qd366)", vi: "điểm tiêu chí chung (qd366)")),
            OptionSpec("results", .number, Message(en: "task results points (qd366)", vi: "điểm kết quả nhiệm vụ (qd366)")),
            OptionSpec("votes", .number, Message(en: "votes (ranks the quota after the score)", vi: "số phiếu (xếp hạng sau điểm)")),
            OptionSpec("note", .text, Message(en: "a note kept with the grade", vi: "ghi chú")),
            OptionSpec("override", .text, Message(en: "decide above a hard ceiling, for this reason (kept in the audit log)",
                                                  vi: "quyết định vượt mức trần, vì lý do này (ghi vào nhật ký)")),
        ],
        positionals: [.subject, .level],
        examples: ["grade P012 HTTNV", "grade P003 excellent --role leader --score 95 --votes 14",
                   "grade CB01 \"hoan thanh tot nhiem vu\" --stage decided --by ward", "grade P012 --common 27.5 --results 64"],
        run: { inv, s in
            let w = try inv.positional(0, "SUBJECT")
            let scored = inv.has("score") || inv.has("common") || inv.has("results")
            // Under qd366 a score alone gives the level (band, then conditions).
            let lw = scored && inv.positionals.count < 2 ? nil : try inv.positional(1, "LEVEL")
            try inv.noMorePositionals(than: 2)
            var ref = try s.subject(w, in: inv)
            let level = try lw.map { try inv.level($0) }
            let stage = try inv.value("stage").map { try inv.choice($0, Stage.self, aliases: VietnameseValues.stage) } ?? .proposed
            if let rw = inv.value("role") {
                let role = try inv.choice(rw, RoleChoice.self, aliases: VietnameseValues.role.compactMapValues(RoleChoice.init))
                guard ref.cls == .member || ref.cls == .leader else {
                    throw inv.error(ShellText.roleForPeople, at: rw)
                }
                ref = SubjectRef(role == .leader ? .leader : .member, ref.id)
            }
            func points(_ name: String) throws -> Points? {
                guard let pw = inv.value(name) else { return nil }
                guard let p = Points.parse(pw.text) else { throw inv.error(ShellText.notAScore(pw.text, name), at: pw) }
                return p
            }
            var by = try inv.value("by").map { try inv.choice($0, GradingBody.self, aliases: VietnameseValues.body) }
            if by == nil { by = stage == .self ? .self : stage == .decided ? .ward : nil }
            var rec = GradeRecord(level: level ?? .KHTNV, by: by, score: try points("score"), common: try points("common"),
                                  results: try points("results"), votes: try inv.int("votes", in: GradeRecord.votesRange),
                                  note: inv.value("note")?.text, override: inv.value("override")?.text)
            // The facts hold a copy of the workspace: let them go before the change (a scope of their
            // own), or the grades table would be copied whole (undo must cost what the command changed).
            var kept: (score: Points?, votes: Int?) = (nil, nil)
            var moves = false
            let (derived, refusal, below): ([Message], Refusal?, Ceiling?) = try {
                let facts = try s.facts(inv)
                let derived = try scoredGrade(inv, facts, ref, &rec, given: lw, stage: stage)
                // Given again at a stage: what this command leaves out is kept, and said.
                (rec, kept) = rec.restated(over: s.workspace.grades[ref.key]?[stage])
                // A hard ceiling cap will lower this level to, once it is the effective grade
                // (a decision above one is refused instead): said now, as check would. The score
                // band is `scoredGrade`'s, on the score given here. Below 50,000 members only:
                // it indexes every discipline record and post, 10 ms at 100,000 members against
                // 0.6 ms for the grade (the 5 ms target is at 5.6M); check and cap say it there.
                // At the decided stage the other ceilings refuse the grade, or its --override
                // passes them; only the band is left for cap to apply.
                let latest = Stage.allCases.last { s.workspace.grades[ref.key]?[$0] != nil }
                let effective = (latest.map { $0 <= stage } ?? true) && !(stage == .decided && rec.override != nil)
                    && s.workspace.members.count < Verbs.gradeNoteBelow
                var ceilings = !effective ? [] : facts.book.hardCeilings(facts, ref).filter { $0.rule != "R366-SCORE-BAND" }
                // The band of the score the subject will have: one kept from an earlier grade too
                // (a score given here has `scoredGrade`'s note).
                if effective, !scored {
                    var after = s.workspace.grades[ref.key] ?? GradeSet()
                    after[stage] = rec
                    if let band = facts.book.scoreBand(after) {
                        ceilings.append(band)
                    } else if let total = facts.sheetScore(ref) {
                        // No score at any stage: a complete criteria sheet's total is the score.
                        ceilings.append(QD366.sheetBand(total))
                    }
                }
                let below = ceilings.filter { $0.level < rec.level }.min { $0.level < $1.level }
                // A cell secretary's first leader grade takes the cell's limits off the member
                // grade (domain.md §6, R-HEAD-CAP): said, since the member grade may rise.
                if ref.cls == .leader, s.workspace.grades[ref.key]?.isEmpty ?? true, facts.cellLimitsOnLeaderGrade(ref.id) {
                    moves = true
                }
                return (derived, facts.refuseGrade(ref, stage: stage, rec), below)
            }()
            if let no = refusal {
                let word: Word? = no.rule == "R-AUTHORITY" ? (inv.value("by") ?? inv.value("override") ?? inv.value("role") ?? w)
                    : no.rule == "R-REVIEW-FIRST" ? w : no.rule.hasPrefix("R124") || no.rule.hasPrefix("R366") ? (lw ?? w) : w
                throw s.refusal(inv, no, at: word)
            }
            let was = s.workspace.grades[ref.key]?[stage]?.level
            try s.mutate(inv) { tx in
                tx.setGrade(ref, stage, rec)
                var line = ShellText.graded(ref.description, stage, rec.level, was)
                if let o = rec.override { line = Message(en: line.en + " override: \(o)", vi: line.vi + " lý do vượt trần: \(o)") }
                tx.say(line)
            }
            s.say(ShellText.graded(ref.description, stage, rec.level, was))
            if kept.score != nil || kept.votes != nil { s.say(ShellText.gradeKept(kept.score, kept.votes)) }
            for l in derived { s.say(l) }
            if let c = below { s.say(ShellText.aboveCeilingNote(rec.level, c)) }
            if moves { s.say(ShellText.cellLimitsMove(ref.id)) }
        })

    enum RoleChoice: String, CaseIterable { case member, leader }

    /// Rosters below this size hear at once of a ceiling a grade is above (`grade`).
    static let gradeNoteBelow = 50_000
}

extension ShellText {
    static func gradeKept(_ score: Points?, _ votes: Int?) -> Message {
        let en = [score.map { "score \($0)" }, votes.map { "votes \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let vi = [score.map { "điểm \($0)" }, votes.map { "phiếu \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return m("  kept from the grade it restates: \(en)", "  giữ từ lần xếp loại trước ở bước này: \(vi)")
    }
    static func aboveCeilingNote(_ l: Level, _ c: Ceiling) -> Message {
        m("  note: \(c.rule): \(l.rawValue) is above \(c.level.rawValue) (\(c.reason.en)); check lists it, cap lowers it",
          "  lưu ý: \(c.rule): \(l.rawValue) cao hơn \(c.level.rawValue) (\(c.reason.vi)); check sẽ nêu, cap sẽ hạ")
    }
    static func cellLimitsMove(_ id: String) -> Message {
        m("  note: R-HEAD-CAP: \(id) heads cell bodies only: the cell's results (head cap, targets) now limit this leader grade, no longer the member grade",
          "  lưu ý: R-HEAD-CAP: \(id) chỉ đứng đầu ở chi bộ: kết quả của chi bộ (trần người đứng đầu, chỉ tiêu) nay giới hạn mức cán bộ này, không còn giới hạn mức đảng viên")
    }
    static let roleForPeople = m("--role applies to a person (member or leader grade)", "--role chỉ dùng cho cá nhân (xếp loại đảng viên hoặc cán bộ)")
}
