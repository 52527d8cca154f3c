extension LoadKind {
    public static let discipline = LoadKind(
        name: "discipline",
        schema: TableSchema("discipline", [
            .req("member", "đảng viên", "mã đảng viên", "id"), .req("date", "ngày", "ngày quyết định"),
            .opt("kind", "loại"), .opt("form", "hình thức"), .opt("self_discovered", "tự phát hiện"),
            .opt("counted_in", "đã tính năm", "đã tính vào năm"), .opt("note", "ghi chú"),
            .opt("duty", "công vụ", "khi thực thi công vụ"),
        ]),
        noun: { Catalog.count($0, "discipline record", "discipline records", "hồ sơ kỷ luật") },
        isEmpty: { $0.discipline.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            var seen = SeenIds()
            var new: [DisciplineRecord] = []
            var memberIds = IdsAnyCase(), unitIds = IdsAnyCase(), collectiveIds = IdsAnyCase()
            var sameDay: [String: [DisciplineRecord]]?  // the records by member and day, made once
            for r in table.rows {
                // A member, or a cell or collective disciplined as a body (R124-ORG-DISCIPLINE),
                // named by its code as `discipline` takes it; in any case, as subjects are found.
                let typed = try r.required("member")
                let found = memberIds.ids(typed, in: ws.members) + unitIds.ids(typed, in: ws.units).filter { ws.units[$0]!.isGraded }
                    + collectiveIds.ids(typed, in: ws.collectives)
                guard found.count == 1, let member = found.first else {
                    if let g = unitIds.id(typed, in: ws.units), ws.units[g]?.kind == .group { throw r.error("member", Catalog.groupNotDisciplined(g)) }
                    throw r.error("member", Catalog.unknownDisciplined(typed), hints: [MangledText.lostZeros(typed, ws) ?? Catalog.hintLoadDisciplinedFirst])
                }
                let date = try r.requiredDate("date")
                var kind = try r.choice("kind", DisciplineRecord.Kind.self, aliases: VietnameseValues.disciplineKind) ?? .discipline
                var form = try r.choice("form", DisciplineRecord.Form.self, aliases: VietnameseValues.disciplineForm)
                // A merged row keeps what its file has no column for, as the roster's rows do (the
                // member, date, kind and form name the record). A file without the kind or form
                // column names the one record of that member and day it fits, if there is one.
                if mode == .merge && !(r.has("kind") && r.has("form")) {
                    let byDay = sameDay ?? Dictionary(grouping: ws.discipline.values) { "\($0.member)|\($0.date?.description ?? "-")" }
                    sameDay = byDay
                    let fits = (byDay["\(member)|\(date.description)"] ?? []).filter {
                        (!r.has("kind") || $0.kind == kind) && (!r.has("form") || $0.form == form)
                    }
                    if fits.count > 1 { throw r.error("date", Catalog.disciplineSameDay(member, date, fits.count)) }
                    if let one = fits.first { (kind, form) = (one.kind, one.form) }
                }
                let old = mode == .merge ? ws.discipline[DisciplineRecord(member: member, date: date, kind: kind, form: form).key] : nil
                var d = DisciplineRecord(
                    member: member, date: date, kind: kind, form: form,
                    selfDiscovered: try r.merged("self_discovered", kept: old?.selfDiscovered) { try r.bool("self_discovered") },
                    countedIn: try r.merged("counted_in", kept: old.map(\.countedIn)) { try r.int("counted_in", in: 1990...2100) },
                    note: r.merged("note", kept: old.map(\.note)) { r.text("note") },
                    duty: try r.merged("duty", kept: old.map(\.duty)) { r.text("duty") == nil ? nil : try r.bool("duty") })
                d.extra = try r.extra() ?? old?.extra
                try seen.add(d.key, what: Catalog.disciplineRecord(d), r, column: "member")
                new.append(d)
            }
            if mode == .replace {
                tx.replace(\.discipline, with: Dictionary(uniqueKeysWithValues: new.map { ($0.key, $0) }))
            } else {
                for d in new { tx.set(\.discipline, d.key, d) }
            }
            return new.count
        })
}

extension Catalog {
    static func disciplineSameDay(_ member: String, _ day: Day, _ n: Int) -> Message {
        m("\(member) has \(n) discipline records on \(day): give the kind and form columns to say which this row updates",
          "\(member) có \(n) hồ sơ kỷ luật ngày \(day): thêm cột loại và hình thức để chỉ rõ dòng này cập nhật hồ sơ nào")
    }
}
