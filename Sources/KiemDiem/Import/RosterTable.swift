extension LoadKind {
    public static let statusAliases: [String: Member.Status] = [
        "đang sinh hoạt": .active, "sinh hoạt": .active, "miễn": .exempt, "miễn sinh hoạt": .exempt,
        "miễn công tác và sinh hoạt": .exempt, "đình chỉ": .suspended, "đình chỉ sinh hoạt": .suspended,
    ]
    static let stageAliases: [String: Stage] = ["tự đánh giá": .self, "đề xuất": .proposed, "quyết định": .decided]

    public static let roster = LoadKind(
        name: "roster",
        schema: TableSchema("roster", [
            .req("id", "số thẻ đảng viên", "số thẻ", "mã", "mã đảng viên"), .req("name", "họ và tên", "họ tên"),
            .req("unit", "chi bộ", "đơn vị"), .opt("group", "tổ đảng"), .opt("gender", "giới tính"),
            .opt("born", "ngày sinh"), .opt("admitted", "ngày vào đảng"), .opt("status", "tình trạng"),
            .opt("civil_servant", "cán bộ công chức", "cbcc"), .opt("outside", "ngoài hệ thống chính trị"),
            .opt("workplace_level", "xếp loại nơi công tác"), .opt("workplace_stage", "giai đoạn xếp loại nơi công tác"),
            .opt("positions", "chức vụ"),
        ]),
        noun: { Catalog.count($0, "member", "members", "đảng viên") },
        isEmpty: { $0.members.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            // This file's members by id, built as the rows are checked: an id already in it is
            // a repeat (no separate set of seen ids, no second copy of the rows).
            var new: [String: Member] = [:]
            new.reserveCapacity(table.rows.count)
            var positions: [Position] = []
            let withPositions = table.has("positions")
            // What each distinct unit or group code is, looked up once: a roster names a few
            // thousand codes a million times, and a lookup copies the whole unit out.
            typealias Facts = (kind: Unit.Kind, parent: String?)
            var units: [String: Facts?] = [:]
            func unitOf(_ code: String) -> Facts? {
                if let known = units[code] { return known }
                let u = ws.units[code].map { ($0.kind, $0.parent) }
                units[code] = .some(u)
                return u
            }
            // And the last unit and group, as a roster lists a cell's members together.
            var lastUnit: (code: String, unit: Facts?)?, lastGroup: (code: String, unit: Facts?)?
            func unitOf(_ code: String, last: inout (code: String, unit: Facts?)?) -> Facts? {
                if let l = last, l.code == code { return l.unit }
                let u = unitOf(code)
                last = (code, u)
                return u
            }
            // Sized for a ward's roster at once; a bigger roster repeats its names, and grows it.
            var names = StringPool(capacity: min(table.rows.count, 1 << 16))
            for (n, r) in table.rows.enumerated() {
                let id = try r.required("id")
                if new.keys.contains(id) {
                    let first = table.rows[..<n].first { $0.text("id") == id }
                    throw r.error("id", Catalog.duplicateId(id, first?.row ?? r.row))
                }
                let unit = try r.required("unit")
                guard let u = unitOf(unit, last: &lastUnit), u.kind != .group else {
                    throw r.error("unit", Catalog.unknownUnit(unit), hints: [Catalog.hintLoadUnitsFirst])
                }
                let group = r.text("group")
                if let g = group {
                    guard let gu = unitOf(g, last: &lastGroup), gu.kind == .group else {
                        throw r.error("group", Catalog.unknownGroup(g), hints: [Catalog.hintLoadUnitsFirst])
                    }
                    if gu.parent != unit { throw r.error("group", Catalog.groupNotInUnit(g, unit)) }
                }
                let born = try r.date("born"), admitted = try r.date("admitted")
                if let b = born, let a = admitted, a <= b {
                    throw r.error("admitted", Catalog.admittedBeforeBorn(a.description, b.description))
                }
                var m = Member(id: id, name: try r.pooledName("name", &names), unit: unit, group: group,
                               gender: r.text("gender"), born: born, admitted: admitted,
                               status: try r.choice("status", Member.Status.self, aliases: statusAliases) ?? .active,
                               civilServant: try r.bool("civil_servant"), outside: try r.bool("outside"),
                               workplaceLevel: try r.level("workplace_level"),
                               workplaceStage: try r.choice("workplace_stage", Stage.self, aliases: stageAliases))
                if m.workplaceStage != nil && m.workplaceLevel == nil {
                    throw r.error("workplace_level", Catalog.cellEmpty)
                }
                if m.workplaceLevel != nil && m.workplaceStage == nil { m.workplaceStage = .proposed }
                m.extra = r.extra
                if withPositions, let text = r.text("positions") {
                    positions += try parsePositions(text, member: id, row: r, ws: ws)
                }
                new[id] = m
            }
            if mode == .replace {
                tx.replace(\.members, with: new)
            } else {
                for (id, m) in new { tx.set(\.members, id, m) }
            }
            if withPositions {
                // The roster's column states these members' positions; positions of members no
                // longer on a replaced roster go too.
                let members = tx.ws.members
                var kept = tx.ws.positions.filter { !new.keys.contains($0.value.member) && members.keys.contains($0.value.member) }
                for p in positions { kept[p.key] = p }
                tx.replace(\.positions, with: kept)
            }
            return new.count
        })

    /// `btv:Bí thư*;bch:Ủy viên` → positions; `*` marks the head.
    static func parsePositions(_ text: String, member: String, row: TableRow, ws: Workspace) throws -> [Position] {
        var out: [Position] = []
        for item in text.split(separator: ";") {
            let t = item.trimmingBlanks
            if t.isEmpty { continue }
            guard let colon = t.firstIndex(of: ":") else {
                throw row.error("positions", Catalog.badPositionItem(t), hints: [Catalog.hintPositions])
            }
            let body = t[..<colon].trimmingBlanks
            var role = t[t.index(after: colon)...].trimmingBlanks
            let head = role.hasSuffix("*")
            if head { role = role.dropLast().trimmingBlanks }
            guard !body.isEmpty, !role.isEmpty else {
                throw row.error("positions", Catalog.badPositionItem(t), hints: [Catalog.hintPositions])
            }
            guard let code = bodyCode(body, ws) else { throw row.error("positions", Catalog.unknownBody(body)) }
            out.append(Position(member: member, body: code, role: role, head: head))
        }
        return out
    }

    /// A body code as written, or matched ignoring case (`btv` for `BTV`).
    static func bodyCode(_ text: String, _ ws: Workspace) -> String? {
        if ws.units.keys.contains(text) || ws.collectives.keys.contains(text) { return text }
        let u = text.uppercased()
        let hits = ws.units.keys.filter { $0.uppercased() == u } + ws.collectives.keys.filter { $0.uppercased() == u }
        return hits.count == 1 ? hits[0] : nil
    }
}

extension Catalog {
    public static func admittedBeforeBorn(_ a: String, _ b: String) -> Message {
        m("admitted \(a) is not after born \(b)", "ngày vào đảng \(a) không sau ngày sinh \(b)")
    }
}
