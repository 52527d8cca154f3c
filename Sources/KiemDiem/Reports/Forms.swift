/// Review forms (Mẫu 01, 2A, 2B, 2C) pre-filled for one subject, laid out as boards print them:
/// header, who writes it, the contents the rulebook asks for with room to write, this year's
/// shortcomings with their causes and remedies, the previous review's shortcomings, the
/// criteria sheet with the ratings so far, the four levels to tick, the signature. Always in
/// Vietnamese: the forms are filed as they are.
extension Reports {
    static let dots = String(repeating: "…", count: 60)

    /// A criterion's cell: on a points sheet the mark over the criterion's max ("20/30"), so the
    /// paper shows what each criterion is out of; a rating there is no mark (another scale).
    static func markCell(_ mark: Mark?, _ c: Criterion, points: Bool) -> Cell {
        let outOf = c.max.map { "/\($0.vietnamese)" } ?? ""
        switch mark {
        case .points(let p)? where points: return .text(p.vietnamese + outOf)
        case .rating? where points, nil: return .text(points ? (outOf.isEmpty ? "……" : "…" + outOf) : "……")
        case let m?: return .text(m.vietnamese)
        }
    }

    public static func reviewForm(_ ws: Workspace, _ f: ReviewForm) -> Report {
        let year = ws.settings.year
        let committee = ws.units.values.filter { $0.kind == .committee }.sorted { $0.code < $1.code }.first
        let ward = committee?.name ?? ws.settings.title ?? "Đảng bộ \(blank)"
        let place = stripPrefix(ward)
        var left = [ward.uppercased()]
        let home: String?
        switch f.subject.cls {
        case .member, .leader: home = ws.members[f.subject.id]?.unit
        case .organization: home = f.subject.id
        case .collective: home = ws.collectives[f.subject.id]?.unit
        }
        if let h = home, let u = ws.units[h], u.kind != .committee { left.append(u.name.uppercased()) }
        left.append("*")
        var blocks: [Report.Block] = [
            .letterhead(left: left, right: ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                            "\(place.prefix(1).uppercased() + place.dropFirst()), ngày \(blank) tháng \(blank) năm \(year)"]),
        ]
        let person = f.kind != .collective
        blocks += identity(ws, f).map { .paragraph($0) }

        blocks.append(.heading(Message("I. Nội dung kiểm điểm")))
        blocks.append(.paragraph(Message(PlanContents.lead)))
        var n = 0
        for s in f.sections {
            blocks.append(.paragraph(Message(s.title)))
            for item in s.items {
                n += 1
                blocks.append(.paragraph(Message("\(n). \(item)")))
                blocks.append(.paragraph(Message(dots)))
            }
            if !s.sub.isEmpty {
                blocks.append(.list(s.sub.map { Message($0) }))
                blocks.append(.paragraph(Message(dots)))
            }
        }

        // Plan II.3's lead asks each review to make plain this year's shortcomings, their causes,
        // the remedies and when: room for them, apart from the previous review's (III).
        blocks.append(.heading(Message("II. Hạn chế, khuyết điểm, nguyên nhân; giải pháp và thời gian khắc phục")))
        for prompt in ["Hạn chế, khuyết điểm, yếu kém:", "Nguyên nhân:", "Giải pháp và thời gian khắc phục:"] {
            blocks.append(.paragraph(Message(prompt)))
            blocks.append(.paragraph(Message(dots)))
        }

        blocks.append(.heading(Message("III. Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước và kết quả khắc phục")))
        if f.shortcomings.isEmpty {
            blocks.append(.paragraph(Message("Không có hạn chế, khuyết điểm nào được ghi nhận ở kỳ kiểm điểm trước.")))
        } else {
            blocks.append(.list(f.shortcomings.map { s in
                let role = f.shortcomings.count > 1 ? (s.subject.cls == .leader ? " (với cương vị lãnh đạo, quản lý)" : " (với tư cách đảng viên)") : ""
                return Message("\(s.year.map { "Năm \($0)" } ?? "Kỳ trước")\(role): \(s.text)")
            }))
            blocks.append(.paragraph(Message("Kết quả khắc phục: \(dots)")))
        }

        blocks.append(.heading(Message("IV. Tự đánh giá theo tiêu chí")))
        if f.sheets.isEmpty { blocks.append(.paragraph(Message(dots))) }
        for s in f.sheets {
            let whose = f.sheets.count > 1 ? (s.subject.cls == .leader ? " — cá nhân lãnh đạo, quản lý" : " — đảng viên") : ""
            // The rulebook's scale names the sheet, not its label: a province's "07a" is rated
            // under QĐ124, and its "7" is scored under QĐ366.
            let points = f.scale == .points
            let label = s.form == QD366.criteriaSheet ? s.form : "mẫu số \(s.form)"
            let sheet = points ? "Phiếu chấm điểm tiêu chí \(label) (thang điểm 100)" : "Phiếu tiêu chí \(label)"
            if let no = s.notGraded {
                blocks.append(.paragraph(Message("\(sheet)\(whose): không áp dụng — \(no.message.vi) (\(no.rule)).")))
                continue
            }
            blocks.append(.paragraph(Message("\(sheet)\(whose)")))
            let cols = [ReportColumn("id", Message("Mã")), ReportColumn("criterion", Message("Tiêu chí")),
                        ReportColumn("part", Message("Nhóm")), ReportColumn("mark", Message(points ? "Điểm" : "Đánh giá"))]
            let rows: [[Cell]] = s.criteria.map { c in
                [.text(c.id), .text(c.text),
                 .label(code: c.part.rawValue, Message(c.part == .results ? "Kết quả thực hiện nhiệm vụ" : "Tiêu chí chung")),
                 markCell(s.marks[c.id], c, points: points)]
            }
            blocks.append(.table(ReportTable(columns: cols, rows: rows)))
            if let v = s.verdict {
                blocks.append(.paragraph(Message(v.level.map { "Các tiêu chí đã đánh giá cho phép tối đa: \($0.vietnamese) (\(v.reason.vi))." }
                                                 ?? "Chưa đánh giá đủ tiêu chí (\(v.reason.vi)).")))
            }
        }

        blocks.append(.heading(Message("V. Tự nhận mức xếp loại chất lượng năm \(year)")))
        // One set of boxes per grade the subject gets: a leader has two records (member and
        // leader grade), each with its own level. A box is ticked where the subject's self
        // grade is recorded (`review --self`, `grade --stage self`).
        let graded = f.sheets.isEmpty ? [f.subject] : f.sheets.filter { $0.notGraded == nil }.map(\.subject)
        let notGraded = f.sheets.filter { $0.notGraded != nil }
        for ref in graded {
            if graded.count > 1 {
                blocks.append(.paragraph(Message(ref.cls == .leader ? "Với cương vị cán bộ lãnh đạo, quản lý:" : "Với tư cách đảng viên:")))
            }
            let mine = ws.grades[ref.key]?[.self]?.level
            blocks += f.levels.map { .paragraph(Message("\($0 == mine ? "☒" : "□") \($0.vietnamese)")) }
        }
        if graded.isEmpty, let no = notGraded.first?.notGraded {
            blocks.append(.paragraph(Message("Không xếp loại — \(no.message.vi) (\(no.rule)).")))
        }

        let name = ws.displayName(f.subject)
        if person {
            let short = String(dots.prefix(24))
            // The cell's opinion is signed for the chi ủy (or the cell) by its secretary.
            blocks.append(.signature(left: ["Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY, CHI BỘ", short, short, short, "T/M CHI ỦY (CHI BỘ)", "BÍ THƯ"],
                                     right: ["NGƯỜI TỰ KIỂM ĐIỂM", "(Ký, ghi rõ họ tên)", "", "", name]))
        } else {
            // Signed for the body by its head, as the plan's own "T/M ĐẢNG ỦY / BÍ THƯ": the
            // head's post and name where the positions record one, else left to fill in.
            let head = ws.positions.values.filter { $0.body == f.subject.id && $0.head }.sorted { $0.member < $1.member }.first
            blocks.append(.signature(left: ["Nơi nhận:", "- Cấp ủy cấp trên,", "- Lưu."],
                                     right: ["T/M \(name.uppercased())", head.map { $0.role.uppercased() } ?? "(Ký, ghi rõ họ tên)", "", "",
                                             head.flatMap { ws.members[$0.member]?.name } ?? blank]))
        }
        var r = Report(title: Message(person ? "BẢN KIỂM ĐIỂM CÁ NHÂN" : "BÁO CÁO KIỂM ĐIỂM TẬP THỂ"), blocks: blocks, json: .null)
        r.subtitle = Message("Năm \(year) — Mẫu \(f.form) (\(kindName(f.kind)))")
        return r
    }

    static func kindName(_ k: ReviewFormKind) -> String {
        switch k {
        case .collective: return "tập thể"
        case .member: return "cá nhân không giữ chức vụ lãnh đạo, quản lý"
        case .leader: return "cá nhân giữ chức vụ lãnh đạo, quản lý"
        case .outside: return "đảng viên không công tác trong hệ thống chính trị"
        }
    }

    /// Who writes the form: name, birth date, posts, cell (a person); name and unit (a body).
    static func identity(_ ws: Workspace, _ f: ReviewForm) -> [Message] {
        var out: [Message] = []
        let venues = f.venues.map { ws.units[$0]?.name ?? ws.collectives[$0]?.name ?? $0 }
        switch f.subject.cls {
        case .member, .leader:
            guard let m = ws.members[f.subject.id] else { return [] }
            out.append(Message("Họ và tên: \(m.name) (mã \(m.id))"))
            out.append(Message("Ngày sinh: \(m.born?.vietnamese ?? blank)"))
            let posts = f.positions.map { "\($0.role) (\(ws.collectives[$0.body]?.name ?? ws.units[$0.body]?.name ?? $0.body))" }
            out.append(Message("Chức vụ: \(posts.isEmpty ? "Đảng viên" : posts.joined(separator: "; "))"))
            let cell = ws.units[m.unit]?.name ?? m.unit
            let group = m.group.map { ", \(ws.units[$0]?.name ?? $0)" } ?? ""
            out.append(Message("Sinh hoạt tại: \(cell)\(group)"))
        case .organization, .collective:
            out.append(Message("Tên tập thể: \(ws.displayName(f.subject)) (mã \(f.subject.id))"))
            if let u = Subjects.unit(ws, f.subject), u != f.subject.id { out.append(Message("Thuộc: \(ws.units[u]?.name ?? u)")) }
        }
        if !venues.isEmpty { out.append(Message("Kiểm điểm tại: \(venues.joined(separator: "; "))")) }
        return out
    }
}

/// Several pages in one printable file: each report is one page (a form, a cell's schedule).
public enum PagedRenderer {
    /// One html document, a page break between reports. Each page is the HTMLRenderer's own
    /// rendering of that report (the part inside <main>), so the pages look like single reports.
    public static func html(_ pages: [Report], title: String, lang: Language) -> String {
        var bodies: [String] = []
        var head = ""
        for (i, r) in pages.enumerated() {
            let whole = HTMLRenderer.render(r, lang: lang)
            guard let open = whole.range(of: "<main>\n"), let close = whole.range(of: "</main>", options: .backwards) else {
                bodies.append(whole)
                continue
            }
            if i == 0 { head = String(whole[..<open.lowerBound]) }
            bodies.append(String(whole[open.upperBound..<close.lowerBound]))
        }
        if head.isEmpty { head = HTMLRenderer.render(Report(title: Message(title), blocks: [], json: .null), lang: lang)
            .components(separatedBy: "<main>")[0] }
        head = retitle(head, title).replacingOccurrences(of: "</style>", with: css + "</style>")
        var out = head + "<main>\n"
        for b in bodies { out += "<section class=\"page\">\n" + b + "</section>\n" }
        return out + "</main>\n</body>\n</html>\n"
    }

    /// One page alone, with the same page CSS.
    public static func html(_ page: Report, lang: Language) -> String {
        html([page], title: page.title.text(lang), lang: lang)
    }

    /// Markdown pages separated by a rule.
    public static func markdown(_ pages: [Report], lang: Language) -> String {
        pages.map { MarkdownRenderer.render($0, lang: lang) }.joined(separator: "\n---\n\n")
    }

    static func retitle(_ head: String, _ title: String) -> String {
        guard let a = head.range(of: "<title>"), let b = head.range(of: "</title>") else { return head }
        return head.replacingCharacters(in: a.upperBound..<b.lowerBound, with: HTMLRenderer.escape(title))
    }

    static let css = """
    .page { page-break-after: always; break-after: page; }
    .page:last-child { page-break-after: auto; break-after: auto; }
    .page p, .page footer div { overflow-wrap: anywhere; }
    .page + .page { border-top: 1px dashed #999; margin-top: 2rem; padding-top: 1rem; }
    @media print { .page + .page { border-top: none; margin-top: 0; padding-top: 0; } }

    """
}
