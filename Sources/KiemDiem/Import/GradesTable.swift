extension LoadKind {
    /// grades: the same checks as `grade` (excluded and not-graded subjects, R-AUTHORITY,
    /// R-REVIEW-FIRST and hard ceilings at the decided stage). Grades of one file do not depend
    /// on each other, so every row is checked against the workspace as it was.
    public static let grades = LoadKind(
        name: "grades",
        schema: TableSchema("grades", [
            .req("subject", "đối tượng", "mã"), .req("level", "mức", "xếp loại", "mức xếp loại"), .opt("stage", "bước"),
            .opt("by", "cấp", "cấp xếp loại"), .opt("score", "điểm"), .opt("common", "điểm chung"), .opt("results", "điểm kết quả"),
            .opt("votes", "số phiếu", "phiếu"), .opt("role", "vai trò"), .opt("note", "ghi chú"), .opt("override", "lý do vượt trần"),
        ]),
        noun: { Catalog.count($0, "grade", "grades", "mức xếp loại") },
        isEmpty: { $0.grades.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            let facts = try facts(ws, table.file)
            let rows = table.rows
            // This file's grades by subject key, built as the rows are kept: a row that finds
            // its stage already filled repeats an earlier row (no separate set of seen keys).
            var local: [String: GradeSet] = [:]
            local.reserveCapacity(rows.count)
            let find = SubjectFinder(ws)
            func keep(_ n: Int, _ g: GradeRow) throws {
                let added = { (gs: inout GradeSet) -> Bool in
                    guard gs[g.stage] == nil else { return false }
                    gs[g.stage] = g.record
                    return true
                }(&local[g.ref.key, default: GradeSet()])
                if !added {
                    // The earlier row (valid, so read again without errors) for the message.
                    let first = rows[..<n].first { (try? target($0, find)) == g.ref && (try? stageOf($0)) == g.stage }
                    throw rows[n].error("subject", Catalog.duplicateId("\(g.ref.key)|\(g.stage.rawValue)", first?.row ?? rows[n].row))
                }
            }
            if let cut = TwoCores.cut(rows.count, forced: table.split), cut < rows.count {
                // A big file: the second half's rows are checked on the second core while this
                // half's are checked and kept, then the second half's are kept in row order, so
                // a repeat or a bad row is found where one core finds it (as `load roster`).
                // Measured (issue 8): finding the subject and the rules' checks are most of a row.
                _ = facts.reviewsByID  // read by R-REVIEW-FIRST; `onTwoCores` builds the others
                let other = find.forked()
                let stop = StopFlag()
                let (first, second) = facts.onTwoCores(rows.count, cut: cut) { range -> Result<GradesHalf, Error> in
                    // The first half is 0..<cut (a cut at 0 makes the second 0..<n).
                    guard range == 0..<cut else { return .success(GradesHalf.read(rows, range, facts, other, stop)) }
                    let done = Result { for n in range { try keep(n, gradeRow(rows[n], facts, find)) } }
                    if case .failure = done { stop.raise() }
                    return done.map { GradesHalf() }
                }
                _ = try first.get()
                let half = try second.get()
                for (k, g) in half.rows.enumerated() { try keep(cut + k, g) }
                if let failed = half.failure { throw failed }
            } else {
                for n in rows.indices { try keep(n, gradeRow(rows[n], facts, find)) }
            }
            if mode == .replace {
                // The table replaced whole: one undo edit, not one per row (millions of rows).
                tx.replace(\.grades, with: local)
                // A new grade makes the subject's cap adjustment stale.
                if !tx.ws.adjustments.isEmpty {
                    for k in local.keys where tx.ws.adjustments.keys.contains(k) { tx.set(\.adjustments, k, nil) }
                }
                return table.rows.count
            }
            for (key, gs) in local {
                var merged = tx.ws.grades[key] ?? GradeSet()
                for stage in Stage.allCases { if let g = gs[stage] { merged[stage] = g } }
                tx.set(\.grades, key, merged)
                // A new grade makes the subject's cap adjustment stale.
                if tx.ws.adjustments.keys.contains(key) { tx.set(\.adjustments, key, nil) }
            }
            return table.rows.count
        })

    enum RoleColumn: String, CaseIterable { case member, leader }

    /// The subject a row is for (grades, assessments, shortcomings), its `role` applied.
    static func target(_ r: TableRow, _ find: SubjectFinder) throws -> SubjectRef {
        let ref = try subject(r, find)
        guard let role = try r.choice("role", RoleColumn.self) else { return ref }
        guard ref.cls == .member || ref.cls == .leader else { throw r.error("role", RulesText.roleForPeople) }
        return SubjectRef(role == .leader ? .leader : .member, ref.id)
    }

    static func stageOf(_ r: TableRow) throws -> Stage { try r.choice("stage", Stage.self) ?? .proposed }

    /// A grades row checked: whom it grades, at which stage, and the grade.
    struct GradeRow {
        let ref: SubjectRef
        let stage: Stage
        let record: GradeRecord
    }

    /// A grades row read and checked as `grade` checks it, against the workspace as it was.
    static func gradeRow(_ r: TableRow, _ facts: WardFacts, _ find: SubjectFinder) throws -> GradeRow {
        let ref = try target(r, find)
        let given = try r.level("level")
        let stage = try stageOf(r)
        let by = try r.choice("by", GradingBody.self) ?? (stage == .self ? .self : stage == .decided ? .ward : nil)
        var g = GradeRecord(level: given ?? .KHTNV, by: by, score: try r.points("score"), common: try r.points("common"),
                            results: try r.points("results"), votes: try r.int("votes", in: GradeRecord.votesRange),
                            note: r.text("note"), override: r.text("override"))
        // qd366 scores: checked, and without a level the level is derived (band, conditions).
        if let p = facts.book.scoreProblem(g) { throw r.error(p.field, p.message) }
        if given == nil {
            guard let d = facts.book.derive(facts, ref, g) else { throw r.error("level", Catalog.cellEmpty) }
            g.level = d.level
        }
        if let no = facts.refuseGrade(ref, stage: stage, g) {
            let col = no.rule == "R-AUTHORITY" ? (r.text("by") != nil ? "by" : "stage") : no.rule.hasPrefix("R124") || no.rule.hasPrefix("R366") ? "level" : "subject"
            throw r.error(col, RulesText.refusedRow(no.rule, no.message), hints: no.hint.map { [$0] } ?? [])
        }
        return GradeRow(ref: ref, stage: stage, record: g)
    }

    /// What the second core checked of a big grades file: its rows in order, up to its first
    /// bad row, whose error ends it.
    struct GradesHalf {
        var rows: [GradeRow] = []
        var failure: Error?

        static func read(_ rows: TableRows, _ range: Range<Int>, _ facts: WardFacts, _ find: SubjectFinder,
                         _ stop: StopFlag) -> GradesHalf {
            var half = GradesHalf()
            half.rows.reserveCapacity(range.count)
            for n in range {
                // The first half failed: nothing of this one will be used.
                if n & 4095 == 0 && stop.isRaised { break }
                do {
                    half.rows.append(try gradeRow(rows[n], facts, find))
                } catch {
                    half.failure = error
                    break
                }
            }
            return half
        }
    }
}

extension RulesText {
    public static let roleForPeople = m("a role applies to a person (member or leader grade)",
                                        "vai trò chỉ dùng cho cá nhân (xếp loại đảng viên hoặc cán bộ)")
}
