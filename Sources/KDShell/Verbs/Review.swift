import KiemDiem

extension Verbs {
    static let review = VerbSpec(
        name: "review", group: .domain,
        usage: "review SUBJECT --at VENUE [--on DATE] [--form F] [--sessions N] [--attended ID,…] [--suggested] [--feedback] [--self LEVEL] | review plan [--unit U] [--format table|md|html] [--out FILE]",
        summary: Message(en: "record a review (kiểm điểm) of a subject at a venue, or list the review plan",
                         vi: "ghi một lượt kiểm điểm của đối tượng tại nơi kiểm điểm, hoặc xem kế hoạch kiểm điểm"),
        options: [
            OptionSpec("at", .body, Message(en: "the venue: a cell, party group or collective (its code or whole name)", vi: "nơi kiểm điểm: chi bộ, tổ đảng hoặc tập thể (mã hoặc tên đầy đủ)")),
            OptionSpec("on", .date, Message(en: "the date of the review", vi: "ngày kiểm điểm")),
            OptionSpec("form", .form, Message(en: "the review form (01, 2A, 2B; qd366 adds 2C)", vi: "mẫu kiểm điểm (01, 2A, 2B; qd366 thêm 2C)")),
            OptionSpec("sessions", .number, Message(en: "how many sessions (buổi) it took", vi: "số buổi kiểm điểm")),
            OptionSpec("attended", .memberIds, Message(en: "member ids present, separated by commas", vi: "mã đảng viên dự, cách nhau bởi dấu phẩy")),
            OptionSpec("suggested", nil, Message(en: "the BTV issued review suggestions (gợi ý kiểm điểm)", vi: "có gợi ý kiểm điểm của BTV")),
            OptionSpec("feedback", nil, Message(en: "the draft report was sent for comments first", vi: "dự thảo đã gửi lấy ý kiến góp ý")),
            OptionSpec("self", .level, Message(en: "the level the subject assessed itself at: its self grade (stage self)",
                                             vi: "mức tự đánh giá: ghi là xếp loại ở bước tự đánh giá (self)")),
            OptionSpec("unit", .unit, Message(en: "with plan: only this unit", vi: "với plan: chỉ đơn vị này")),
            OptionSpec("format", .choice(ShellText.planFormats), Message(en: "with plan: md or html prints a schedule per venue",
                                                                         vi: "với plan: md hoặc html in lịch kiểm điểm từng nơi")),
            OptionSpec("out", .file, Message(en: "with plan: write the schedule to this file (md or html: without --format its extension decides, .htm is html, .txt or none md, another is refused)",
                                             vi: "với plan: ghi lịch ra tệp này (md hoặc html: không có --format thì đuôi tệp quyết định, .htm là html, .txt hoặc không đuôi là md, đuôi khác bị từ chối)")),
        ],
        subwords: ["plan"],
        positionals: [.subject],
        subwordOptions: ["plan": ["unit", "format", "out"]],
        examples: ["review P040 --at CB01-T1 --on 2023-11-11 --form 2A", "review P016 --at CB02 --form 2B --attended P003",
                   "review HDND --at HDND --form 01 --sessions 2 --suggested", "review MTTQ --at MTTQ --form 01 --feedback",
                   "review plan --unit CB01", "review plan --format html --out lich-kiem-diem.html"],
        run: { inv, s in
            let w = try inv.positional(0, "SUBJECT or plan")
            if w.text.lowercased() == "plan" && !w.quoted { return try reviewPlan(inv, s) }
            try inv.noMorePositionals(than: 1)
            for opt in ["format", "out"] { if let o = inv.value(opt) { throw inv.error(ShellText.planOnly(opt), at: o) } }
            guard let at = inv.value("at") else {
                throw inv.error(ShellText.missingArgument("--at VENUE"), at: inv.end, hints: [ShellText.usage("review SUBJECT --at VENUE")])
            }
            var ref = try s.subject(w, in: inv)
            if ref.cls == .leader { ref = SubjectRef(.member, ref.id) }  // a person's reviews are kept once
            let ws = s.workspace
            // A code in any case, as subjects are found (`--at cb01`), or a whole name as --unit
            // takes one (`--at "chi bo to dan pho 1"`).
            let codes = Array(ws.units.keys) + Array(ws.collectives.keys)
            var venue = codes.contains(at.text) ? at.text : codes.first(where: { $0.uppercased() == at.text.uppercased() })
            if venue == nil {
                let key = Vietnamese.key(at.text)
                let named = (ws.units.values.filter { Vietnamese.key($0.name) == key }.map(\.code)
                    + ws.collectives.values.filter { Vietnamese.key($0.name) == key }.map(\.code)).sorted()
                if named.count > 1 { throw inv.error(ShellText.venueNamesMany(at.text, named), at: at, hints: [ShellText.hintVenueCode(named)]) }
                venue = named.first
            }
            guard let venue else { throw inv.error(ShellText.unknownVenue(at.text), at: at, hints: Suggest.hint(at.text, codes)) }
            var attended: [String] = [], memberIds = IdsAnyCase()
            for wd in inv.values("attended") {
                for id in wd.text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ $0.trimmingCharacters(in: .whitespaces) })
                    where !id.isEmpty {
                    guard let found = memberIds.id(id, in: ws.members) else { throw inv.error(ShellText.unknownMemberId(id), at: wd) }
                    attended.append(found)
                }
            }
            // Restating a review (the fix `check` gives: `--sessions 2`, `--feedback`) keeps
            // what the command leaves out, as `grade` and `load --merge` do: retyping one option
            // dropped the review's date, form and attendance.
            let old = ws.reviews[Review(subject: ref, venue: venue).key]
            let on = try inv.value("on").map { try inv.date($0) }
            // Held on another day: who attended the earlier day's review was not at this one.
            let sameDay = on == nil || on == old?.date
            var r = Review(subject: ref, venue: venue, date: on ?? old?.date,
                           form: inv.value("form").map { Review.formName($0.text) } ?? old?.form, sessions: try sessions(inv) ?? old?.sessions,
                           attended: inv.values("attended").isEmpty && sameDay ? old?.attended ?? [] : attended,
                           suggested: inv.has("suggested") || old?.suggested == true,
                           selfLevel: try inv.value("self").map { try inv.level($0) } ?? old?.selfLevel,
                           feedback: inv.has("feedback") ? true : old?.feedback)
            r.extra = old?.extra
            let kept = old.flatMap { ShellText.reviewKept($0, r, inv) }
            let facts = try s.facts(inv)
            if let on = inv.value("on"), let d = r.date, let p = facts.reviewDateProblem(d) { throw inv.error(p, at: on) }
            if let no = facts.refuseReview(r) {
                let word: Word? = no.rule == "R-FORM" ? inv.value("form") : no.rule == "R-REVIEW-SESSIONS" ? inv.value("sessions")
                    : no.rule.hasPrefix("R-VENUE") ? at : w
                throw s.refusal(inv, no, at: word)
            }
            // --self is the subject's self grade (stage self), recorded with the review.
            // A subject reviewed but not graded (R-NOGRADE-*) is still reviewed: its self level
            // stays with the review only, and that is said.
            // Only a self level given now: one kept from the review would put back a self
            // grade changed since with `grade --stage self`.
            let selfGrade = inv.has("self") ? facts.selfGrade(of: r) : nil
            let selfRefused = selfGrade?.refusal
            // Recorded where it may be and changes the level already there.
            let was = selfGrade.flatMap { s.workspace.grades[$0.ref.key]?[.self]?.level }
            let newSelf = selfGrade.flatMap { g in selfRefused == nil && was != g.record.level ? g : nil }
            let selfLine = newSelf.map { ShellText.graded($0.ref.description, .self, $0.record.level, was) }
            try s.mutate(inv) { tx in
                tx.set(\.reviews, r.key, r)
                tx.say(ShellText.reviewed(ref.description, r.venue))
                if let g = newSelf, let line = selfLine {
                    tx.setGrade(g.ref, .self, g.record)
                    tx.say(line)
                }
            }
            s.say(ShellText.reviewed(ref.description, r.venue))
            if let kept { s.say(kept) }
            if let no = selfRefused { s.say(ShellText.selfNotGraded(no.rule, no.message)) }
            if let line = selfLine { s.say(line) }
            // What happened is recorded; what falls short of the plan is shown at once.
            let after = try s.facts(inv)
            for f in after.recordFindings(r, subject: ref) {
                s.say(ShellText.findingLine(f, s.workspace.displayName(f.subject)))
            }
        })

    /// --sessions: below 1 is left to R-REVIEW-SESSIONS, which refuses it naming the rule (as
    /// for 0), so that the range said otherwise is the one taken.
    static func sessions(_ inv: Invocation) throws -> Int? {
        if let w = inv.value("sessions"), let n = Int(w.text), n < 1 { return n }
        return try inv.int("sessions", in: Review.sessionsRange)
    }

    static func reviewPlan(_ inv: Invocation, _ s: Session) throws {
        try inv.noMorePositionals(than: 1)
        let ws = s.workspace
        let unit = try inv.value("unit").map { try unitCode($0, inv, ws) }
        if (inv.value("format").map { $0.text.lowercased() != "table" } ?? false) || inv.value("out") != nil {
            return try reviewSchedule(inv, s, unit: unit)
        }
        let plan = try s.facts(inv).reviewPlan(unit: unit)
        for (i, o) in plan.enumerated() {
            if i % 4096 == 0 { try s.checkInterrupt() }  // a national plan is millions of lines
            s.say(ShellText.planLine(o.subject.description, ws.displayName(o.subject), o))
        }
        s.say(ShellText.planSummary(plan.count, plan.filter { $0.done != nil }.count))
    }
}

extension ShellText {
    static func venueNamesMany(_ t: String, _ codes: [String]) -> Message {
        m("\"\(t)\" names \(codes.count) venues", "\"\(t)\" trùng với \(codes.count) nơi kiểm điểm")
    }
    static func hintVenueCode(_ codes: [String]) -> Message {
        m("use the code: \(codes.joined(separator: ", "))", "hãy dùng mã: \(codes.joined(separator: ", "))")
    }
    /// What a restated review keeps from the one recorded (the options the command left out),
    /// and the attendance it replaced; nil when it keeps and replaces nothing.
    static func reviewKept(_ old: Review, _ new: Review, _ inv: Invocation) -> Message? {
        var en: [String] = [], vi: [String] = []
        func kept(_ option: String, _ value: String?, _ e: String, _ v: String) {
            guard !inv.has(option), let value else { return }
            en.append(value.isEmpty ? e : "\(e) \(value)")  // a flag is its name alone
            vi.append(value.isEmpty ? v : "\(v) \(value)")
        }
        kept("on", old.date?.description, "date", "ngày")
        kept("form", old.form, "form", "mẫu")
        kept("sessions", old.sessions.map(String.init), "sessions", "số buổi")
        kept("attended", old.attended.isEmpty || old.date != new.date ? nil : old.attended.joined(separator: ","), "attended", "người dự")
        kept("suggested", old.suggested ? "" : nil, "suggested", "có gợi ý")
        kept("feedback", old.feedback == true ? "" : nil, "feedback", "lấy ý kiến")
        kept("self", old.selfLevel?.rawValue, "self level", "tự đánh giá")
        var lines: [Message] = []
        if !en.isEmpty {
            lines.append(m("  kept from the review it restates: \(en.joined(separator: ", "))",
                           "  giữ từ lần ghi trước của buổi này: \(vi.joined(separator: ", "))"))
        }
        if case let dropped = old.attended.filter({ !new.attended.contains($0) }), !dropped.isEmpty {
            let list = dropped.joined(separator: ",")
            lines.append(old.date != new.date
                ? m("  not kept: who attended on \(old.date?.description ?? "the earlier day") (\(list)); --attended lists those present now",
                    "  không giữ người dự ngày \(old.date?.description ?? "trước") (\(list)); --attended ghi người dự lần này")
                : m("  no longer recorded as present: \(list) (--attended lists everyone present)",
                    "  không còn ghi là có mặt: \(list) (--attended ghi đủ mọi người dự)"))
        }
        guard !lines.isEmpty else { return nil }
        return Message(en: lines.map(\.en).joined(separator: "\n"), vi: lines.map(\.vi).joined(separator: "\n"))
    }
    static func selfNotGraded(_ rule: String, _ why: Message) -> Message {
        m("  the self level stays with the review, not as a grade: \(rule): \(why.en)",
          "  mức tự đánh giá chỉ ghi cùng buổi kiểm điểm, không thành xếp loại: \(rule): \(why.vi)")
    }
}
