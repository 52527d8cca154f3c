import KiemDiem

extension Verbs {
    static let exclude = VerbSpec(
        name: "exclude", group: .domain, usage: "exclude SUBJECT... --reason exempt|suspended|new-member|other [--note TEXT] | exclude --auto",
        summary: Message(en: "leave members out of review and grading, by hand or by the rules (R-EXCL-*)",
                         vi: "loại đảng viên khỏi kiểm điểm, xếp loại, thủ công hoặc theo quy định (R-EXCL-*)"),
        options: [
            OptionSpec("reason", .choice(Exclusion.Reason.allCases.map(\.rawValue)), Message(en: "why (hand exclusion)", vi: "lý do (loại thủ công)")),
            OptionSpec("note", .text, Message(en: "a note kept with the exclusion", vi: "ghi chú kèm theo")),
            OptionSpec("auto", nil, Message(en: "derive from the roster and the as-of date: exempt, suspended, admitted under 6 months",
                                            vi: "suy ra từ danh sách và ngày tham chiếu: miễn, đình chỉ, vào đảng chưa đủ 6 tháng")),
        ],
        positionals: [.member],
        lastPositionalRepeats: true,
        examples: ["exclude --auto", "exclude P042 --reason other --note \"đi lao động nước ngoài\"", "include P042"],
        run: { inv, s in
            if inv.has("auto") {
                if let p = inv.positionals.first { throw inv.error(ShellText.autoTakesNoSubjects, at: p) }
                if let r = inv.value("reason") ?? inv.value("note") { throw inv.error(ShellText.autoTakesNoReason, at: r) }
                try excludeAuto(inv, s)
                return
            }
            _ = try inv.positional(0, "SUBJECT")
            guard let rw = inv.value("reason") else {
                throw inv.error(ShellText.missingArgument("--reason"), at: inv.end, hints: [ShellText.hintExcludeReason])
            }
            let reason = try inv.choice(rw, Exclusion.Reason.self, aliases: VietnameseValues.reason)
            let ids = try memberIds(inv, s)
            var lines: [Message] = []
            try s.mutate(inv) { tx in
                for (id, _) in ids {
                    let e = Exclusion(subject: id, reason: reason, note: inv.value("note")?.text)
                    let old = tx.ws.exclusions[id]
                    if old == e { lines.append(ShellText.alreadyExcluded(id, tx.ws.members[id]!.name, describe(e))); continue }
                    tx.set(\.exclusions, id, e)
                    let line = ShellText.excluded(id, tx.ws.members[id]!.name, describe(e), old.map(describe))
                    lines.append(line)
                    tx.say(line)
                }
            }
            try s.sayDone(lines)
        })

    static let include = VerbSpec(
        name: "include", group: .domain, usage: "include SUBJECT...",
        summary: Message(en: "undo an exclusion: the member is reviewed and graded again",
                         vi: "bỏ loại trừ: đảng viên được kiểm điểm, xếp loại trở lại"),
        positionals: [.excludedMember],
        lastPositionalRepeats: true,
        examples: ["include P042"],
        run: { inv, s in
            _ = try inv.positional(0, "SUBJECT")
            let ids = try memberIds(inv, s)
            for (id, w) in ids where !s.workspace.exclusions.keys.contains(id) {
                throw inv.error(ShellText.notExcluded(id, s.workspace.displayName(SubjectRef(.member, id))), at: w)
            }
            var lines: [Message] = []
            try s.mutate(inv) { tx in
                for (id, _) in ids {
                    guard let old = tx.ws.exclusions[id] else { continue }
                    tx.set(\.exclusions, id, nil)
                    let line = ShellText.included(id, tx.ws.members[id]?.name ?? id, describe(old))
                    lines.append(line)
                    tx.say(line)
                }
            }
            try s.sayDone(lines)
            let reference = ReferenceDate(s.workspace.settings).date
            if ids.contains(where: { s.workspace.members[$0.0].flatMap { ExclusionRules.derive($0, asOf: reference) } != nil }) {
                s.say(ShellText.autoWouldReexclude)
            }
        })

    /// The member ids the positionals name (a leader subject is the same person), without repeats.
    static func memberIds(_ inv: Invocation, _ s: Session) throws -> [(String, Word)] {
        var out: [(String, Word)] = []
        var seen = Set<String>()
        for w in inv.positionals {
            let ref = try s.subject(w, in: inv)
            guard ref.cls == .member || ref.cls == .leader else {
                throw inv.error(ShellText.onlyMembers(ref.description, s.workspace.displayName(ref)), at: w)
            }
            if seen.insert(ref.id).inserted { out.append((ref.id, w)) }
        }
        return out
    }

    static func excludeAuto(_ inv: Invocation, _ s: Session) throws {
        // The rules' reference date: as-of, else the review deadline (README), as `list`,
        // `expect` and `report summary` read exclusions before this records them.
        let reference = ReferenceDate(s.workspace.settings)
        let asOf = reference.date
        var plan = ExclusionRules.plan(s.workspace, asOf: asOf)
        // Printed by name, as the reports list people, and logged in that order however kd
        // runs: a quiet run (-q, a crash replay) logged them by id, so that a recovered
        // workspace's log differed from the session's (prompt audit D6).
        func byName(_ list: [Exclusion]) -> [Exclusion] {
            let at = Dictionary(uniqueKeysWithValues: list.map { ($0.subject, $0) })
            return Reports.inNameOrder(s.workspace, list.map(\.subject)).map { at[$0]! }
        }
        plan.set = byName(plan.set)
        plan.lift = byName(plan.lift)
        var lines: [Message] = []
        try s.mutate(inv) { tx in
            // Nobody excluded yet (a round's first run): the new table set whole, one undo edit
            // instead of one per member (a national roster's first run excludes 266,712).
            let fresh = tx.ws.exclusions.isEmpty && !plan.set.isEmpty
            if fresh { tx.replace(\.exclusions, with: Dictionary(uniqueKeysWithValues: plan.set.lazy.map { ($0.subject, $0) })) }
            for e in plan.set {
                let old = fresh ? nil : tx.ws.exclusions[e.subject]
                if !fresh { tx.set(\.exclusions, e.subject, e) }
                let line = ShellText.excluded(e.subject, tx.ws.members[e.subject]?.name ?? e.subject, describe(e), old.map(describe))
                lines.append(line)
                tx.say(line)
            }
            for e in plan.lift {
                tx.set(\.exclusions, e.subject, nil)
                let line = ShellText.lifted(e.subject, tx.ws.members[e.subject]?.name ?? e.subject, describe(e))
                lines.append(line)
                tx.say(line)
            }
        }
        // Quiet runs (benchmarks, big rosters) print only the summary.
        if !s.quiet { try s.sayDone(lines) }
        s.say(ShellText.autoSummary(plan.set.count, plan.lift.count, plan.unchanged,
                                    reference.isAsOf ? Message(en: asOf.description, vi: asOf.vietnamese) : ShellText.reviewDeadlineDate(asOf)))
    }

    /// `exempt (R-EXCL-EXEMPT)`, `other: đi lao động nước ngoài`; in Vietnamese the plan's words,
    /// `miễn công tác và sinh hoạt đảng (R-EXCL-EXEMPT)`, `lý do khác: đi lao động nước ngoài`.
    static func describe(_ e: Exclusion) -> Message {
        // A switch, not a dictionary literal: this runs for each of a national roster's exclusions.
        let vi = Catalog.Reports.reasonText(e.reason).vi
        var tail = ""
        if let r = e.rule { tail += " (\(r))" }
        if let n = e.note { tail += ": \(n)" }
        return Message(en: e.reason.rawValue + tail, vi: vi + tail)
    }
}

extension ShellText {
    static let autoTakesNoSubjects = m("exclude --auto takes no subjects", "exclude --auto không nhận đối tượng")
    static let autoTakesNoReason = m("exclude --auto takes no --reason or --note: the rule gives the reason",
                                     "exclude --auto không nhận --reason hay --note: quy định cho biết lý do")
    static let hintExcludeReason = m("--reason exempt|suspended|new-member|other, or exclude --auto",
                                     "--reason exempt|suspended|new-member|other, hoặc exclude --auto")
    static func excluded(_ id: String, _ name: String, _ what: Message, _ old: Message?) -> Message {
        if let o = old { return m("excluded \(id) \(name): \(what.en) (was \(o.en))", "loại \(id) \(name): \(what.vi) (trước đó \(o.vi))") }
        return m("excluded \(id) \(name): \(what.en)", "loại \(id) \(name): \(what.vi)")
    }
    static func alreadyExcluded(_ id: String, _ name: String, _ what: Message) -> Message {
        m("\(id) \(name) is already excluded: \(what.en) (nothing changed)", "\(id) \(name) đã được loại: \(what.vi) (không thay đổi)")
    }
    static func lifted(_ id: String, _ name: String, _ what: Message) -> Message {
        m("included \(id) \(name): no longer \(what.en)", "đưa lại \(id) \(name): không còn \(what.vi)")
    }
    static func included(_ id: String, _ name: String, _ what: Message) -> Message {
        m("included \(id) \(name) (was \(what.en))", "đưa lại \(id) \(name) (trước đó \(what.vi))")
    }
    static func notExcluded(_ id: String, _ name: String) -> Message {
        m("\(id) \(name) is not excluded", "\(id) \(name) không bị loại")
    }
    static let autoWouldReexclude = m("note: the rules still exclude this member; exclude --auto would exclude them again",
                                      "lưu ý: theo quy định đảng viên này vẫn bị loại; exclude --auto sẽ loại lại")
    static func onlyMembers(_ id: String, _ name: String) -> Message {
        m("only members are excluded; \(id) \(name) is not a member", "chỉ loại được đảng viên; \(id) \(name) không phải đảng viên")
    }
    static func reviewDeadlineDate(_ d: Day) -> Message {
        m("\(d), the review deadline (as-of is not set)", "\(d.vietnamese), hạn kiểm điểm (chưa đặt as-of)")
    }
    /// `asOf`: the reference date as the sentence says it (the date, or the review deadline's).
    static func autoSummary(_ set: Int, _ lifted: Int, _ same: Int, _ asOf: Message) -> Message {
        m("exclude --auto as of \(asOf.en): \(set) excluded, \(lifted) included again, \(same) unchanged",
          "exclude --auto tính đến \(asOf.vi): loại \(set), đưa lại \(lifted), giữ nguyên \(same)")
    }
}
