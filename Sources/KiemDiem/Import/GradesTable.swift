extension LoadKind {
    /// grades: the same checks as `grade` (excluded and not-graded subjects, R-AUTHORITY,
    /// R-REVIEW-FIRST and hard ceilings at the decided stage). Every row is checked against the
    /// workspace as it was, but for one thing the file itself decides: whether a cell
    /// secretary has a leader grade, on which their member grade's ceilings depend
    /// (`standsInForLeader`). Those rows are checked after the others, knowing the whole file.
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
            var facts = try facts(ws, table.file)
            // This file's grades by subject key, built as the rows are checked: a row that finds
            // its stage already filled repeats an earlier row (no separate set of seen keys).
            var local: [String: GradeSet] = [:]
            local.reserveCapacity(table.rows.count)
            var later: [(n: Int, ref: SubjectRef, stage: Stage, given: Level?)] = []
            let find = SubjectFinder(ws)
            let replacing = mode == .replace
            // Whether a person will have a leader grade once the file is in.
            func leaderGraded(in file: [String: GradeSet]) -> (String) -> Bool {
                { id in
                    let key = SubjectRef(.leader, id).key
                    return file[key] != nil || !replacing && !(ws.grades[key]?.isEmpty ?? true)
                }
            }
            // The checks put off, in row order; on a failure at a row, the put-off rows above it
            // are checked first, knowing the file's leader rows, so the first bad row is named.
            func checkLater(before end: Int, leaders: [String: GradeSet]) throws {
                facts.leaderGradedAfterLoad = leaderGraded(in: leaders)
                for (n, ref, stage, given) in later where n < end {
                    var g = local[ref.key]![stage]!
                    try check(&g, given, ref, stage, table.rows[n], facts)
                    local[ref.key]![stage] = g
                }
            }
            var row = 0
            do {
                for (n, r) in table.rows.enumerated() {
                    row = n
                    if Interrupt.stops(at: n) { throw Interrupt.stopped }
                    let ref = try target(r, find)
                    let given = try r.level("level")
                    let stage = try stageOf(r)
                    let by = try r.choice("by", GradingBody.self, aliases: VietnameseValues.body) ?? (stage == .self ? .self : stage == .decided ? .ward : nil)
                    var g = GradeRecord(level: given ?? .KHTNV, by: by, score: try r.points("score"), common: try r.points("common"),
                                        results: try r.points("results"), votes: try r.int("votes", in: GradeRecord.votesRange),
                                        note: r.text("note"), override: r.text("override"))
                    g.extra = try r.extra()
                    if let p = facts.book.scoreProblem(g) { throw r.error(p.field, p.message) }
                    // Only a derived level and the decided stage's ceilings read the leader grade.
                    if ref.cls == .member && (given == nil || stage == .decided) && facts.headsCellBodiesOnly(ref.id) {
                        later.append((n, ref, stage, given))
                    } else {
                        try check(&g, given, ref, stage, r, facts)
                    }
                    let added = { (gs: inout GradeSet) -> Bool in
                        guard gs[stage] == nil else { return false }
                        gs[stage] = g
                        return true
                    }(&local[ref.key, default: GradeSet()])
                    if !added {
                        // The earlier row (valid, so read again without errors) for the message.
                        let first = table.rows[..<n].first { (try? target($0, find)) == ref && (try? stageOf($0)) == stage }
                        throw r.error("subject", Catalog.duplicateGrade(ref.key, stage.rawValue, first?.row ?? r.row))
                    }
                }
            } catch let e as KDError where !later.isEmpty {
                // The leader rows of the whole file, read again past the bad row (error path only).
                var leaders: [String: GradeSet] = [:]
                for r in table.rows {
                    if let ref = try? target(r, find), ref.cls == .leader { leaders[ref.key] = GradeSet() }
                }
                try checkLater(before: row, leaders: leaders)
                throw e
            }
            if !later.isEmpty { try checkLater(before: Int.max, leaders: local) }
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
                // A row restating a stage keeps what its cells leave out (a score, when the
                // file gives only votes), as `grade` does.
                for stage in Stage.allCases { if let g = gs[stage] { merged[stage] = g.restated(over: merged[stage]).record } }
                tx.set(\.grades, key, merged)
                // A new grade makes the subject's cap adjustment stale.
                if tx.ws.adjustments.keys.contains(key) { tx.set(\.adjustments, key, nil) }
            }
            return table.rows.count
        })

    /// A row's rule checks: qd366 derives a level left out (band, conditions); then what
    /// `grade` refuses.
    static func check(_ g: inout GradeRecord, _ given: Level?, _ ref: SubjectRef, _ stage: Stage, _ r: TableRow, _ facts: WardFacts) throws {
        if given == nil {
            guard let d = facts.book.derive(facts, ref, g) else { throw r.error("level", Catalog.cellEmpty) }
            g.level = QD366.derivedLevel(d, stage: stage)
        }
        if let no = facts.refuseGrade(ref, stage: stage, g) {
            let col = no.rule == "R-AUTHORITY" ? (r.text("by") != nil ? "by" : "stage") : no.rule.hasPrefix("R124") || no.rule.hasPrefix("R366") ? "level" : "subject"
            throw r.error(col, RulesText.refusedRow(no.rule, no.message), hints: no.hint.map { [$0] } ?? [])
        }
    }

    enum RoleColumn: String, CaseIterable { case member, leader }
    static let roleWords = VietnameseValues.role.compactMapValues(RoleColumn.init)

    /// The subject a row is for (grades, assessments, shortcomings), its `role` applied.
    static func target(_ r: TableRow, _ find: SubjectFinder) throws -> SubjectRef {
        let ref = try subject(r, find)
        guard let role = try r.choice("role", RoleColumn.self, aliases: roleWords) else { return ref }
        // `member`, the default, written on a unit's or collective's row says nothing (a sheet
        // whose role column is filled down); `leader` there is a mistake.
        guard ref.cls == .member || ref.cls == .leader else {
            if role == .member { return ref }
            throw r.error("role", RulesText.roleForPeople)
        }
        return SubjectRef(role == .leader ? .leader : .member, ref.id)
    }

    static func stageOf(_ r: TableRow) throws -> Stage { try r.choice("stage", Stage.self, aliases: VietnameseValues.stage) ?? .proposed }
}

extension RulesText {
    public static let roleForPeople = m("a role applies to a person (member or leader grade)",
                                        "vai trò chỉ dùng cho cá nhân (xếp loại đảng viên hoặc cán bộ)")
}
