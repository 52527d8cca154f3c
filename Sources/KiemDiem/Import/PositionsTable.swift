extension LoadKind {
    static let managedAliases: [String: Position.ManagedBy] = ["phường": .ward, "cấp phường": .ward, "cấp trên": .upper]

    public static let positions = LoadKind(
        name: "positions",
        schema: TableSchema("positions", [
            .req("member", "đảng viên", "mã đảng viên", "id"), .req("body", "tổ chức", "cơ quan", "tập thể"),
            .req("role", "chức vụ"), .opt("head", "cấp trưởng", "người đứng đầu"),
            .opt("since", "từ ngày", "ngày nhận chức"), .opt("managed_by", "cấp quản lý"),
        ]),
        noun: { Catalog.count($0, "position", "positions", "chức vụ") },
        isEmpty: { $0.positions.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            var seen = SeenIds()
            var new: [Position] = []
            for r in table.rows {
                let member = try r.required("member")
                guard ws.members[member] != nil else {
                    throw r.error("member", Catalog.unknownMember(member), hints: [Catalog.hintLoadRosterFirst])
                }
                let bodyText = try r.required("body")
                guard let body = bodyCode(bodyText, ws) else {
                    throw r.error("body", Catalog.unknownBody(bodyText), hints: [Catalog.hintLoadUnitsFirst])
                }
                let p = Position(member: member, body: body, role: collapse(try r.required("role")),
                                 head: try r.bool("head"), since: try r.date("since"),
                                 managedBy: try r.choice("managed_by", Position.ManagedBy.self, aliases: managedAliases) ?? .ward)
                try seen.add(p.key, r, column: "role")
                new.append(p)
            }
            if mode == .replace {
                tx.replace(\.positions, with: Dictionary(uniqueKeysWithValues: new.map { ($0.key, $0) }))
            } else {
                for p in new { tx.set(\.positions, p.key, p) }
            }
            return new.count
        })
}
