/// The printable review schedule (`review plan --format html|md`): one page per venue — who is
/// reviewed there, on which form, how many sessions at least, whether it is done — headed by the
/// BTV member who must attend a cell's reviews. In Vietnamese, like the other printed papers.
extension Reports {
    public static func reviewSchedule(_ ws: Workspace, _ venues: [ScheduleVenue]) -> [Report] {
        venues.map { v in
            let name = ws.units[v.venue]?.name ?? ws.collectives[v.venue]?.name ?? v.venue
            var blocks: [Report.Block] = []
            if v.isCell {
                let who = v.liaison.map { "\(ws.members[$0]?.name ?? $0) (\($0))" } ?? "chưa phân công"
                blocks.append(.paragraph(Message("Đồng chí Ủy viên Ban Thường vụ phụ trách, phải tham dự kiểm điểm: \(who).")))
                for f in v.absences { blocks.append(.paragraph(Message("\(f.rule): \(f.problem.vi)."))) }
            }
            let cols = [ReportColumn("n", Message("STT")), ReportColumn("subject", Message("Mã")), ReportColumn("name", Message("Họ và tên / Tên")),
                        ReportColumn("class", Message("Đối tượng")), ReportColumn("form", Message("Mẫu")),
                        ReportColumn("sessions", Message("Số buổi tối thiểu")), ReportColumn("status", Message("Tình trạng")),
                        ReportColumn("note", Message("Ghi chú"))]
            var rows: [[Cell]] = []
            var done = 0
            for (i, r) in v.rows.enumerated() {
                let o = r.review
                if o.done != nil { done += 1 }
                // Held at the party group rather than the cell: the schedule says where, as the
                // text plan and the form do.
                let status = o.done.map { d in
                    "Đã kiểm điểm" + (d.date.map { " \($0.vietnamese)" } ?? "") + (d.venue != o.venue ? " tại \(ws.units[d.venue]?.name ?? d.venue)" : "")
                } ?? "Chưa kiểm điểm"
                let alt = o.alternatives.map { ws.units[$0]?.name ?? $0 }
                // Ghi chú: where else it may be held (until it is), and a breach of the sessions rule, as the
                // cell's page heads with an absent liaison (both as `check` reports them).
                var notes: [String] = []
                if o.done == nil, !alt.isEmpty { notes.append("hoặc tại \(alt.joined(separator: ", "))") }
                if let p = r.sessionsProblem { notes.append("R-REVIEW-SESSIONS: \(p.vi)") }
                rows.append([.number(i + 1), .text(o.subject.id), .text(ws.displayName(o.subject)),
                             .label(code: o.subject.cls.rawValue, Message(ReportText.classTitle(o.subject.cls).vi)), .text(o.form),
                             r.minSessions.map { .text($0 > 1 ? "trên 01 buổi (có gợi ý)" : "01 buổi") } ?? .empty,
                             .label(code: o.done == nil ? "owed" : "done", Message(status)),
                             notes.isEmpty ? .empty : .text(notes.joined(separator: "; "))])
            }
            blocks.append(.table(ReportTable(columns: cols, rows: rows,
                                             notes: [Message("Đã kiểm điểm \(done)/\(rows.count) lượt. Kiểm điểm tập thể lãnh đạo, quản lý, cá nhân thành viên lãnh đạo, quản lý tối thiểu 01 buổi; nơi có gợi ý kiểm điểm của Ban Thường vụ thì trên 01 buổi (KH 79 VI).")])))
            var r = Report(title: Message("LỊCH KIỂM ĐIỂM"), blocks: blocks, json: .null)
            r.subtitle = Message("\(name) (\(v.venue)) — năm \(ws.settings.year)")
            return r
        }
    }
}
