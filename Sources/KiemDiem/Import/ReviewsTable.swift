extension LoadKind {
    /// The rulebook facts of the workspace being loaded into, or an error naming the file.
    static func facts(_ ws: Workspace, _ file: String) throws -> WardFacts {
        guard let book = Rulebooks.book(for: ws.settings) else {
            throw KDError(RulesText.rulesMissing(ws.settings.rules), at: SourceLocation(file: file, line: 1, column: 1))
        }
        return WardFacts(ws, book: book)
    }

    /// A subject cell: an id, a code, `leader:ID`, or a full name matching exactly one subject.
    /// `find`: one per load, made of the workspace as it was (`SubjectFinder`).
    static func subject(_ r: TableRow, _ find: SubjectFinder) throws -> SubjectRef {
        let t = try r.required("subject")
        switch find.lookup(t) {
        case .found(let ref): return ref
        case .ambiguous(let refs): throw r.error("subject", RulesText.ambiguousSubject(t, SubjectRef.shown(refs)))
        case .notFound:
            // A party group is a unit, but no subject: named as such, as `grade` names it.
            if let g = partyGroup(t, in: find.ws) { throw r.error("subject", Catalog.groupNotGraded(g)) }
            throw r.error("subject", RulesText.unknownSubject(t), hints: MangledText.lostZeros(t, find.ws).map { [$0] } ?? [])
        }
    }

    /// The code of the party group `text` names in any case, if it names one (error paths only).
    public static func partyGroup(_ text: String, in ws: Workspace) -> String? {
        var ids = IdsAnyCase()
        guard let code = ids.id(text, in: ws.units), ws.units[code]?.kind == .group else { return nil }
        return code
    }

    /// A review's sessions: below 1 is left to R-REVIEW-SESSIONS, which refuses it naming the
    /// rule (as `review --sessions` does), so that the range said otherwise is the one taken.
    static func sessions(_ r: TableRow) throws -> Int? {
        if let n = r.text("sessions").flatMap({ Int($0) }), n < 1 { return n }
        return try r.int("sessions", in: Review.sessionsRange)
    }

    /// reviews: the same checks as `review` (R-EXCL-*, R-VENUE-*, R-FORM, R-REVIEW-SESSIONS).
    public static let reviews = LoadKind(
        name: "reviews",
        schema: TableSchema("reviews", [
            .req("subject", "đối tượng", "mã"), .req("venue", "nơi kiểm điểm"), .opt("date", "ngày"), .opt("form", "mẫu"),
            .opt("sessions", "số buổi"), .opt("attended", "người dự"), .opt("suggested", "gợi ý", "có gợi ý"),
            .opt("self_level", "tự đánh giá", "tự xếp loại"), .opt("feedback", "lấy ý kiến", "góp ý"),
        ]),
        noun: { Catalog.count($0, "review", "reviews", "lượt kiểm điểm") },
        isEmpty: { $0.reviews.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            let facts = try facts(ws, table.file)
            var seen = SeenIds()
            var new: [Review] = []
            var selfGrades: [(SubjectRef, GradeRecord)] = []
            let find = SubjectFinder(ws)
            var memberIds = IdsAnyCase()
            var venues: [String: String] = [:]  // as typed → code: a file repeats a few venues
            for r in table.rows {
                var ref = try subject(r, find)
                if ref.cls == .leader { ref = SubjectRef(.member, ref.id) }
                let venueText = try r.required("venue")
                // In any case, as `review --at` and the positions file take a body (`cb01`).
                guard let venue = venues[venueText] ?? bodyCode(venueText, ws) else {
                    throw r.error("venue", Catalog.unknownBody(venueText), hints: [Catalog.hintLoadUnitsFirst])
                }
                venues[venueText] = venue
                // A merged row keeps what its file has no column for, as the roster's rows do.
                let old = mode == .merge ? ws.reviews[Review(subject: ref, venue: venue).key] : nil
                let date = try r.merged("date", kept: old.map(\.date)) { try r.date("date") }
                // Held on another day: who attended the earlier day's review was not at this one.
                let attended = try r.merged("attended", kept: date == old?.date ? old?.attended : []) {
                    var ids: [String] = []
                    for id in (r.text("attended") ?? "").split(whereSeparator: { $0 == ";" || $0 == "," })
                        .map(\.trimmingBlanks) where !id.isEmpty {
                        guard let found = memberIds.id(id, in: ws.members) else { throw r.error("attended", Catalog.unknownMember(id)) }
                        ids.append(found)
                    }
                    return ids
                }
                if r.has("date"), let d = date, let p = facts.reviewDateProblem(d) { throw r.error("date", p) }
                var rv = Review(subject: ref, venue: venue, date: date, form: r.merged("form", kept: old.map(\.form)) { r.text("form").map(Review.formName) },
                                sessions: try r.merged("sessions", kept: old.map(\.sessions)) { try sessions(r) }, attended: attended,
                                suggested: try r.merged("suggested", kept: old?.suggested) { try r.bool("suggested") },
                                selfLevel: try r.merged("self_level", kept: old.map(\.selfLevel)) { try r.level("self_level") },
                                feedback: try r.merged("feedback", kept: old.map(\.feedback)) { r.text("feedback") == nil ? nil : try r.bool("feedback") })
                rv.extra = try r.extra() ?? old?.extra
                if let no = facts.refuseReview(rv) {
                    let col = no.rule == "R-FORM" ? "form" : no.rule == "R-REVIEW-SESSIONS" ? "sessions"
                        : no.rule.hasPrefix("R-VENUE") ? "venue" : "subject"
                    throw r.error(col, RulesText.refusedRow(no.rule, no.message), hints: (no.rowHint ?? no.hint).map { [$0] } ?? [])
                }
                try seen.add(rv.key, what: Catalog.reviewRecord(rv.subject.description, rv.venue), r, column: "venue")
                // Reviewed but not graded (R-NOGRADE-*): the level stays with the review only.
                // Only from the file's self_level column: a level a merged row kept would put back
                // a self grade changed since.
                if r.has("self_level"), let g = facts.selfGrade(of: rv), g.refusal == nil { selfGrades.append((g.ref, g.record)) }
                new.append(rv)
            }
            if mode == .replace {
                tx.replace(\.reviews, with: Dictionary(uniqueKeysWithValues: new.map { ($0.key, $0) }))
            } else {
                for rv in new { tx.set(\.reviews, rv.key, rv) }
            }
            // A self level is the subject's self grade, as `review --self` records it.
            for (ref, rec) in selfGrades where tx.ws.grades[ref.key]?[.self]?.level != rec.level { tx.setGrade(ref, .self, rec) }
            return new.count
        })
}

extension RulesText {
    public static func rulesMissing(_ r: String) -> Message {
        m("the rules of \(r) are not available in this kd yet", "kd này chưa có bộ quy tắc \(r)")
    }
    public static func ambiguousSubject(_ t: String, _ c: [String]) -> Message {
        m("\"\(t)\" names several subjects: \(c.joined(separator: ", "))", "\"\(t)\" trùng nhiều đối tượng: \(c.joined(separator: ", "))")
    }
    public static func unknownSubject(_ t: String) -> Message { m("unknown subject \"\(t)\"", "không có đối tượng \"\(t)\"") }
    public static func refusedRow(_ rule: String, _ msg: Message) -> Message {
        rule.isEmpty ? msg : m("\(rule): \(msg.en)", "\(rule): \(msg.vi)")
    }
}
