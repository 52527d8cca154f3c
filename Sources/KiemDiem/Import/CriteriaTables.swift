extension LoadKind {
    /// criteria: a province's own criteria list (class, form, id, text, part, max). It replaces
    /// the rulebook's default sheets of every class it lists; classes it does not list keep theirs.
    public static let criteria = LoadKind(
        name: "criteria",
        schema: TableSchema("criteria", [
            .req("class", "đối tượng", "loại"), .req("form", "mẫu", "mẫu số"), .req("id", "mã", "mã tiêu chí", "criterion"),
            .req("text", "tiêu chí", "nội dung"), .opt("part", "nhóm"), .opt("max", "điểm tối đa", "tối đa"),
        ]),
        noun: { Catalog.count($0, "criterion", "criteria", "tiêu chí") },
        isEmpty: { $0.criteria.isEmpty },
        load: { table, tx, mode in
            var firstId: [String: (Int, String)] = [:]
            var keptIds: [String: String] = [:]
            if mode == .merge { for c in tx.ws.criteria.values { keptIds["\(c.cls.rawValue)|\(c.id.lowercased())"] = c.id } }
            var new: [Criterion] = []
            var firstRow: [String: TableRow] = [:]
            var lastRow: [String: TableRow] = [:]  // of each sheet, and of each part of a sheet
            var rowOf: [String: TableRow] = [:]
            let parts: [String: Criterion.Part] = ["chung": .common, "tiêu chí chung": .common, "kết quả": .results,
                                                   "kết quả thực hiện nhiệm vụ": .results]
            for r in table.rows {
                guard let cls = try r.choice("class", SubjectClass.self, aliases: classAliases) else {
                    throw r.error("class", Catalog.cellEmpty, hints: [Catalog.Criteria.badClass])
                }
                let form = try r.required("form")
                let id = try r.required("id")
                // One id per class, found without regard to case (as `assess` finds it): "a1"
                // beside "A1" is the same criterion twice. Said with the id as typed.
                let folded = "\(cls.rawValue)|\(id.lowercased())"
                if let (row, twin) = firstId[folded] {
                    throw r.error("id", twin == id ? Catalog.duplicateId(id, row) : Catalog.caseTwin(id, twin, row))
                }
                firstId[folded] = (r.row, id)
                if mode == .merge, let twin = keptIds[folded], twin != id { throw r.error("id", Catalog.caseTwin(id, twin, nil)) }
                if firstRow["\(cls.rawValue) \(form)"] == nil { firstRow["\(cls.rawValue) \(form)"] = r }
                let c = Criterion(cls, form: form, id: id, text: try r.required("text"),
                                  part: try r.choice("part", Criterion.Part.self, aliases: parts) ?? .common, max: try r.points("max"))
                lastRow["\(cls.rawValue) \(form)"] = r
                lastRow["\(cls.rawValue) \(form) \(c.part.rawValue)"] = r
                rowOf[c.key] = r
                new.append(c)
            }
            var all = mode == .replace ? [:] : tx.ws.criteria
            for c in new { all[c.key] = c }
            // Every sheet needs its task-results criterion: QĐ124 Đ12 grades on it.
            var hasResults: [String: Bool] = [:]
            for c in all.values { hasResults["\(c.cls.rawValue) \(c.form)", default: false] = hasResults["\(c.cls.rawValue) \(c.form)", default: false] || c.part == .results }
            if let bad = hasResults.filter({ !$0.value }).keys.sorted().first {
                let p = bad.split(separator: " ").map(String.init)
                let m = Catalog.Criteria.sheetNoResults(p[0], p[1])
                if let r = firstRow[bad] { throw r.error("part", m) }
                throw KDError(m, at: SourceLocation(file: table.file, line: 1, column: 1))
            }
            // The round's own structure (QĐ366: each criterion's max, 30 common + 70 results).
            if let book = Rulebooks.book(for: tx.ws.settings), let p = book.criteriaListProblem(Array(all.values)) {
                let header = SourceLocation(file: table.file, line: 1, column: 1)
                if p.criterion != nil && !table.has("max") { throw KDError(RulesText.criteriaNoMaxColumn, at: header) }
                let row: TableRow? = if let id = p.criterion { rowOf["\(p.cls.rawValue)|\(id)"] } else {
                    lastRow["\(p.cls.rawValue) \(p.form) \(p.part?.rawValue ?? "")"] ?? lastRow["\(p.cls.rawValue) \(p.form)"]
                }
                guard let row else { throw KDError(p.message, at: header) }
                throw row.error("max", p.message)
            }
            // Marks already recorded must still name a criterion of their class: on this list,
            // or on the rulebook's default sheet of a class the list no longer gives.
            let before = tx.ws
            tx.replace(\.criteria, with: all)
            if let book = Rulebooks.book(for: tx.ws.settings) {
                let unused = CriteriaSheets.newlyUnusedMarks(before: before, after: tx.ws, book)
                if !unused.isEmpty {
                    throw KDError(Catalog.Criteria.criteriaInUse(unused), at: SourceLocation(file: table.file, line: 1, column: 1),
                                  hints: [Catalog.Criteria.hintCriteriaInUse])
                }
                // Nor may a max fall below a mark recorded: counted in full, it raised the sheet.
                let over = CriteriaSheets.newlyAboveMax(before: before, after: tx.ws, book)
                if let first = over.first {
                    let at = rowOf["\(first.subject.cls.rawValue)|\(first.criterion)"].map { $0.location("max") }
                        ?? SourceLocation(file: table.file, line: 1, column: 1)
                    throw KDError(Catalog.Criteria.marksOverNewMax(over), at: at, hints: [Catalog.Criteria.hintMarksOverNewMax])
                }
            }
            return new.count
        })

    static let classAliases: [String: SubjectClass] = [
        "tổ chức đảng": .organization, "tập thể": .collective, "tập thể lãnh đạo, quản lý": .collective,
        "cán bộ lãnh đạo": .leader, "cá nhân lãnh đạo, quản lý": .leader, "đảng viên": .member,
    ]

    /// assessments: criteria marks, with the same checks as `assess`.
    public static let assessments = LoadKind(
        name: "assessments",
        schema: TableSchema("assessments", [
            .req("subject", "đối tượng", "mã"), .req("criterion", "tiêu chí", "mã tiêu chí"),
            .req("rating", "points", "mức", "đánh giá", "mức đánh giá", "điểm"), .opt("role", "vai trò"), .opt("note", "ghi chú"),
        ]),
        noun: { Catalog.count($0, "assessment", "assessments", "đánh giá tiêu chí") },
        isEmpty: { $0.assessments.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            let facts = try facts(ws, table.file)
            let sheets = facts.criteriaSheets
            var seen = SeenIds()
            var new: [Assessment] = []
            let find = SubjectFinder(ws)
            for r in table.rows {
                let ref = try target(r, find)
                let a: Assessment
                do {
                    a = try facts.assessment(ref, criterion: try r.required("criterion"), mark: try r.required("rating"),
                                             note: r.text("note"), sheets)
                } catch let e as AssessRefusal {
                    // The cell at fault: a leader sheet asked for by the role column is the role's.
                    let col = switch e.field {
                    case .criterion: "criterion"
                    case .mark: "rating"
                    case .role: r.text("role") != nil ? "role" : "subject"
                    case .subject: "subject"
                    }
                    let hint = col == "role" && e.refusal.hint != nil ? Catalog.Criteria.hintAssessMemberRow : e.refusal.hint
                    throw r.error(col, RulesText.refusedRow(e.refusal.rule, e.refusal.message), hints: hint.map { [$0] } ?? [])
                }
                try seen.add(a.key, shown: "\(a.subject.description) \(a.criterion)", r, column: "criterion")
                new.append(a)
            }
            // Replaced whole, so that the same file again is no change (no undo step).
            if mode == .replace {
                tx.replace(\.assessments, with: Dictionary(uniqueKeysWithValues: new.map { ($0.key, $0) }))
                return new.count
            }
            for a in new { tx.set(\.assessments, a.key, a) }
            return new.count
        })

    /// shortcomings: what the previous review pointed out, printed on each subject's form.
    public static let shortcomings = LoadKind(
        name: "shortcomings",
        schema: TableSchema("shortcomings", [
            .req("subject", "đối tượng", "mã"), .req("shortcomings", "hạn chế", "khuyết điểm", "hạn chế, khuyết điểm"),
            .opt("year", "năm"), .opt("role", "vai trò"),
        ]),
        noun: { Catalog.count($0, "shortcoming record", "shortcoming records", "hạn chế, khuyết điểm") },
        isEmpty: { $0.shortcomings.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            var seen = SeenIds()
            var new: [Shortcoming] = []
            let leaders = Set(ws.positions.values.map(\.member))
            let find = SubjectFinder(ws)
            for r in table.rows {
                let ref = try target(r, find)
                // Only `role` makes a leader of someone who holds no post: `leader:ID` in the
                // subject column is found only for a leader.
                if ref.cls == .leader && !leaders.contains(ref.id) {
                    throw r.error("role", RulesText.notALeader(ref.id))
                }
                try seen.add(ref.key, r, column: "subject")
                let year = try r.int("year", in: 1930...2200)
                // The previous review's: printed as such on the form (section III), so a year of
                // this round or later is a slip, not a previous review.
                if let y = year, y >= ws.settings.year { throw r.error("year", Catalog.shortcomingYear(y, ws.settings.year)) }
                new.append(Shortcoming(subject: ref, text: try r.required("shortcomings"), year: year))
            }
            if mode == .replace {
                tx.replace(\.shortcomings, with: Dictionary(uniqueKeysWithValues: new.map { ($0.subject.key, $0) }))
                return new.count
            }
            for s in new { tx.set(\.shortcomings, s.subject.key, s) }
            return new.count
        })
}
