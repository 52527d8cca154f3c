/// The ward's result report, "Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm …",
/// laid out as an organisation board files it: header block, synthesis table per class, the
/// excluded, the lists by level, what the quota and the head cap changed, the subjects proposed
/// to the upper level, the deadlines. Always in Vietnamese. What the workspace does not know
/// (the upper body's name, the document number) is left as dots to fill in by hand.
extension Reports {
    static let blank = "……"

    static func rulebookReference(_ rules: String) -> String {
        switch rules {
        case "qd366": return "Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương"
        default: return "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị và Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương"
        }
    }

    public static func document(_ ctx: ReportContext) -> Report {
        // Ctrl-C is looked for between sections and in their long passes: a national document
        // is seconds of work, and the caller throws a stopped one away.
        let stopped = Report(title: Message("BÁO CÁO"), blocks: [], json: .null)
        let ws = ctx.workspace
        let year = ws.settings.year
        let committee = ws.units.values.filter { $0.kind == .committee }.sorted { $0.code < $1.code }.first
        let wardName = committee?.name ?? ws.settings.title ?? "Đảng bộ \(blank)"
        let place = stripPrefix(wardName)
        let Place = place.prefix(1).uppercased() + place.dropFirst()
        // A reference date in another year (a 2023 workspace moved to 2025) would date the
        // report before its round: the day is left to fill in.
        let dateLine: String = ws.settings.asOf.flatMap { $0.year == year ? $0 : nil }.map {
            "\(Place), ngày \($0.day) tháng \($0.month) năm \($0.year)"
        } ?? "\(Place), ngày \(blank) tháng \(blank) năm \(year)"
        var blocks: [Report.Block] = [
            .letterhead(left: ["ĐẢNG BỘ \(blank)", "ĐẢNG ỦY \(place.uppercased())", "*", "Số: \(blank)-BC/ĐU"],
                        right: ["ĐẢNG CỘNG SẢN VIỆT NAM", dateLine]),
            .paragraph(Message("Thực hiện \(rulebookReference(ws.settings.rules)) về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị, Đảng ủy \(place) báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm \(year) như sau:")),
        ]

        // I. Synthesis
        var all = ctx
        all.filter = ReportFilter()
        let sums = summaries(all)
        blocks.append(.heading(Message("I. Kết quả tổng hợp")))
        var table = summaryTable(sums, vietnameseLevels: true)
        table.notes = table.notes.map { Message($0.vi) }
        table.rows = table.rows.map { row in row.map { cell in
            if case .label(let code, let m) = cell { return .label(code: code, Message(m.vi)) }
            return cell
        } }
        blocks.append(.table(vietnamese(table)))
        // A tie across the quota cut is the committee's to decide (R-QUOTA): the tally above
        // still counts every tied subject as HTXSNV, and says so.
        for g in ctx.quotaTies {
            blocks.append(.paragraph(Message(ReportText.documentQuotaTie(RulesText.quotaGroupVi(g.key), g.tied.map(ws.displayName), g.slots))))
        }
        // Written before `cap` (or after a change of rules): the document itself says so, not
        // only the note on stderr, which does not travel with the file.
        if ctx.pendingCapCount > 0 {
            blocks.append(.paragraph(Message(ReportText.documentPendingCap(ctx.pendingCapCount))))
        }
        blocks.append(.chart(BarChart(title: Message(ReportText.chartByClass.vi),
                                      bars: sums.map { BarChart.Bar(label: Message(ReportText.classTitle($0.cls).vi), counts: $0.levels) })))
        blocks += cellChart(all).map { b in
            if case .chart(var c) = b { c.title = Message(c.title.vi); return .chart(c) }
            return b
        }

        if Interrupt.isRequested() { return stopped }

        // II. Excluded
        blocks.append(.heading(Message("II. Những trường hợp không kiểm điểm, xếp loại")))
        let ex = exclusions(all).tables[0]
        if ex.rows.isEmpty {
            blocks.append(.paragraph(Message("Không có.")))
        } else {
            // id, name, unit, reason and the note, found by name (the list has more columns).
            let keep = ["id", "name", "unit", "reason", "note"].compactMap { k in ex.columns.firstIndex { $0.key == k } }
            let unitAt = ex.columns.firstIndex { $0.key == "unit" }
            // The unit by its name, as section III shows it.
            func named(_ c: Cell, _ i: Int) -> Cell { i == unitAt ? .text(ws.units[c.plain]?.name ?? c.plain) : c }
            blocks.append(.table(numbered(vietnamese(ReportTable(columns: keep.map { ex.columns[$0] },
                                                           rows: ex.rows.map { r in keep.map { named(r[$0], $0) } })))))
        }

        if Interrupt.isRequested() { return stopped }

        // III. Lists by level
        blocks.append(.heading(Message("III. Danh sách theo mức xếp loại")))
        // Every subject in report order, sorted once for the three lists below.
        let everyone = classOrder.flatMap { c in Subjects.all(ctx, c) }
        let graded = everyone.filter { all.block($0) == nil }
        // Each graded subject's level looked up once, for the four lists and the waiting.
        var byLevel: [Level: [SubjectRef]] = [:], waiting: [SubjectRef] = []
        for (n, r) in graded.enumerated() {
            if Interrupt.stops(at: n) { break }  // the caller throws a stopped report away
            if let l = ws.finalLevel(r) { byLevel[l, default: []].append(r) } else { waiting.append(r) }
        }
        for (i, l) in Level.allCases.enumerated() {
            if Interrupt.isRequested() { return stopped }
            let refs = byLevel[l] ?? []
            blocks.append(.paragraph(Message("\(i + 1). \(l.vietnamese): \(refs.count)")))
            if refs.isEmpty { continue }
            let cols = [ReportColumn("class", ReportText.cls), ReportColumn("id", ReportText.id), ReportColumn("name", ReportText.name),
                        ReportColumn("unit", ReportText.unit)]
            let rows: [[Cell]] = refs.map { r in
                [.label(code: r.cls.rawValue, Message(ReportText.classTitle(r.cls).vi)), .text(r.id), .text(ws.displayName(r)),
                 Subjects.unit(ws, r).map { .text(ws.units[$0]?.name ?? $0) } ?? .empty]
            }
            blocks.append(.table(numbered(vietnamese(ReportTable(columns: cols, rows: rows)))))
        }
        // The synthesis table's "Chưa xếp loại" counts both kinds below: each is named here.
        func names(_ refs: [SubjectRef], _ extra: (SubjectRef) -> String = { _ in "" }) -> String {
            refs.prefix(20).map { "\(ws.displayName($0)) (\(ReportText.className($0.cls).vi)\(extra($0)))" }.joined(separator: ", ")
                + (refs.count > 20 ? ", …" : "")
        }
        let byRule = everyone.filter { all.block($0).map { $0.reason == nil } ?? false }
        if !byRule.isEmpty {
            blocks.append(.paragraph(Message("Kiểm điểm nhưng không xếp loại: \(byRule.count) (\(names(byRule) { ", \(all.block($0)!.rule)" })).")))
        }
        if !waiting.isEmpty {
            blocks.append(.paragraph(Message("Chưa có mức xếp loại: \(waiting.count) (\(names(waiting))).")))
        }

        if Interrupt.isRequested() { return stopped }

        // IV. Adjustments
        // Under qd366 the table also holds the score bands', conditions' and triggers' changes.
        blocks.append(.heading(Message(ws.settings.rules == RulebookID.qd366.rawValue
            ? "IV. Điều chỉnh theo khung điểm, điều kiện, tỷ lệ và quy định đối với người đứng đầu"
            : "IV. Điều chỉnh theo tỷ lệ và quy định đối với người đứng đầu")))
        // A subject excluded since `cap` lowered it is listed in II, not here.
        var adj = adjustments(all).tables[0]
        adj.rows = adj.rows.filter { r in SubjectRef(key: r[0].plain).map { all.block($0) == nil } ?? true }
        // Which grade: a person's leader grade and member grade are two subjects.
        func classLabel(_ key: String) -> Cell {
            SubjectRef(key: key).map { .label(code: $0.cls.rawValue, Message(ReportText.classTitle($0.cls).vi)) } ?? .empty
        }
        let pending = everyone.filter { ctx.pendingChanges[$0.key] != nil }
        if adj.rows.isEmpty && pending.isEmpty {
            blocks.append(.paragraph(Message("Không có trường hợp phải điều chỉnh.")))
        }
        if !adj.rows.isEmpty {
            let rows: [[Cell]] = adj.rows.map { r in
                [classLabel(r[0].plain), r[1], vietnameseLevel(r[2]), vietnameseLevel(r[3]), r[4], r[5]]
            }
            let cols = [ReportColumn("class", ReportText.cls), adj.columns[1], adj.columns[2], adj.columns[3], adj.columns[4], adj.columns[5]]
            blocks.append(.table(numbered(vietnamese(ReportTable(columns: cols, rows: rows)))))
        }
        // Made before `cap`: what it would still change, so that section I's note names them.
        if !pending.isEmpty {
            blocks.append(.paragraph(Message("Chưa điều chỉnh: \(pending.count) trường hợp sẽ được điều chỉnh như sau:")))
            let rows: [[Cell]] = pending.map { ref in
                let p = ctx.pendingChanges[ref.key]!
                return [classLabel(ref.key), .text(ws.displayName(ref)), all.final(ref).map { .text($0.vietnamese) } ?? .empty,
                        .text(p.level.vietnamese), .text(p.rule ?? "")]
            }
            let cols = [ReportColumn("class", ReportText.cls), ReportColumn("name", ReportText.name), ReportColumn("from", ReportText.from),
                        ReportColumn("to", ReportText.to), ReportColumn("rule", ReportText.rule)]
            blocks.append(.table(numbered(vietnamese(ReportTable(columns: cols, rows: rows)))))
        }

        if Interrupt.isRequested() { return stopped }

        // V. Proposed to the upper level
        blocks.append(.heading(Message("V. Đề nghị cấp trên xem xét, quyết định")))
        let up = upper(all).tables[0]
        let upRefs = upperSubjects(all)
        if up.rows.isEmpty {
            blocks.append(.paragraph(Message("Không có.")))
        } else {
            let rows: [[Cell]] = zip(up.rows, upRefs).map { r, ref in
                let (level, note) = upperProposal(all, ref)
                return [r[1], r[2], vietnameseLevel(r[4]), level.map { .text($0.vietnamese) } ?? .empty, note.map { .text($0) } ?? .empty]
            }
            let cols = [up.columns[1], up.columns[2], ReportColumn("self", Message("Tự đánh giá")), ReportColumn("proposed", Message("Đảng ủy đề xuất")),
                        ReportColumn("note", Message("Ghi chú"))]
            blocks.append(.table(numbered(vietnamese(ReportTable(columns: cols, rows: rows)))))
        }

        // VI. Deadlines
        blocks.append(.heading(Message("VI. Thời hạn")))
        let dl = deadlines(all).tables[0]
        blocks.append(.table(vietnamese(ReportTable(columns: [dl.columns[1], dl.columns[2], dl.columns[5]],
                                              rows: dl.rows.map { r in
                                                  [r[1], .text(Day.parse(r[2].plain)?.vietnamese ?? r[2].plain), r[5]]
                                              }))))

        blocks.append(.signature(left: ["Nơi nhận:", "- Ban Thường vụ cấp trên,", "- Ban Tổ chức cấp trên,", "- Các đồng chí Đảng ủy viên,", "- Lưu Văn phòng Đảng ủy."],
                                 right: ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", blank]))
        var report = Report(title: Message("BÁO CÁO"), blocks: blocks, json: .null)
        report.subtitle = Message("Kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm \(year)")
        return report
    }

    /// What the ward proposes for an upper-level subject, and why it is not simply the recorded
    /// `proposed` stage. The proposal is the level after `cap`: a rule that lowered it (R-HEAD-CAP,
    /// R124-TARGETS…) binds the proposal too, so the recorded pre-cap level is not what is filed.
    /// Once the upper level has decided, the recorded proposal stands and the decision is noted.
    static func upperProposal(_ ctx: ReportContext, _ ref: SubjectRef) -> (Level?, String?) {
        let ws = ctx.workspace
        if ctx.block(ref) != nil { return (nil, "Không xếp loại (mục II)") }
        if let decided = stageLevel(ws, ref, .decided) {
            return (stageLevel(ws, ref, .proposed), "Cấp trên đã quyết định: \(decided.vietnamese)")
        }
        guard let level = ctx.final(ref) else { return (nil, "Chưa xếp loại") }
        var notes: [String] = []
        if let adj = ws.adjustments[ref.key], adj.to == level, adj.from != level, ws.effective(ref)?.record.level == adj.from {
            notes.append("Hạ từ \(adj.from.vietnamese) theo \(adj.rule) (mục IV)")
        }
        // A rule `cap` has not applied yet makes the proposal wrong: the row says so.
        if let p = ctx.pendingCap[ref.key] {
            notes.append(p.rule.map { "Chưa điều chỉnh: theo \($0) chỉ được \(p.level.vietnamese)" }
                         ?? "Chưa điều chỉnh: mức sau điều chỉnh là \(p.level.vietnamese)")
        }
        return (level, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// "Đảng bộ phường Nguyễn Nghiêm" → "phường Nguyễn Nghiêm". The prefix in any case and
    /// spelling (ĐẢNG BỘ, đảng uỷ, Ð for Đ), as names are matched; a name in capitals is given
    /// its words' capitals back ("ĐẢNG BỘ PHƯỜNG BÌNH MINH" → "phường Bình Minh"), as the
    /// letterhead and the sentences around it expect.
    static func stripPrefix(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 2)
        guard words.count == 3, ["dang bo", "dang uy"].contains(Vietnamese.fold(words[0] + " " + words[1])) else { return name }
        let rest = String(words[2])
        guard rest.contains(where: \.isLetter), !rest.contains(where: \.isLowercase) else { return rest }
        // A place in capitals ("PHƯỜNG BÌNH MINH"): its kind in lower case, its name's words
        // capitalised. Anything else in capitals (an acronym, "CÔNG AN TP HCM") is kept.
        let titled = rest.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        for k in ["phuong", "xa", "thi tran", "thi xa", "dac khu"] {
            let n = k.split(separator: " ").count
            if titled.count > n, Vietnamese.fold(titled.prefix(n).joined(separator: " ")) == k {
                return (titled.prefix(n).map { $0.lowercased() } + titled.dropFirst(n)).joined(separator: " ")
            }
        }
        return rest
    }

    /// Headers and labels in Vietnamese whatever the shell's language: the document is filed as is.
    static func vietnamese(_ t: ReportTable) -> ReportTable {
        var out = t
        out.columns = t.columns.map { ReportColumn($0.key, Message($0.header.vi)) }
        out.rows = t.rows.map { $0.map { if case .label(let c, let m) = $0 { return .label(code: c, Message(m.vi)) }; return $0 } }
        out.notes = t.notes.map { Message($0.vi) }
        return out
    }

    static func vietnameseLevel(_ c: Cell) -> Cell {
        if case .level(let l?) = c { return .text(l.vietnamese) }
        return c
    }

    /// A first column "STT" counting the rows.
    static func numbered(_ t: ReportTable) -> ReportTable {
        ReportTable(columns: [ReportColumn("n", Message("STT"))] + t.columns,
              rows: t.rows.enumerated().map { [.number($0.offset + 1)] + $0.element }, notes: t.notes)
    }
}
