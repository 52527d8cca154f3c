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
            var new: [(String, Position)] = []
            // A file repeats a handful of role names: fold each once (Position.key folds the role).
            var roleKeys: [String: String] = [:]
            for r in table.rows {
                let member = try r.required("member")
                guard ws.members.keys.contains(member) else {
                    throw r.error("member", Catalog.unknownMember(member), hints: [Catalog.hintLoadRosterFirst])
                }
                let bodyText = try r.required("body")
                guard let body = bodyCode(bodyText, ws) else {
                    throw r.error("body", Catalog.unknownBody(bodyText), hints: [Catalog.hintLoadUnitsFirst])
                }
                let p = Position(member: member, body: body, role: collapse(try r.required("role")),
                                 head: try r.bool("head"), since: try r.date("since"),
                                 managedBy: try r.choice("managed_by", Position.ManagedBy.self, aliases: managedAliases) ?? .ward)
                let roleKey = roleKeys[p.role] ?? Vietnamese.key(p.role)
                roleKeys[p.role] = roleKey
                let key = Position.key(member: p.member, body: p.body, roleKey: roleKey)
                try seen.add(key, r, column: "role")
                new.append((key, p))
            }
            if mode == .replace {
                tx.replace(\.positions, with: Dictionary(uniqueKeysWithValues: new))
            } else {
                for (key, p) in new { tx.set(\.positions, key, p) }
            }
            return new.count
        })
}
