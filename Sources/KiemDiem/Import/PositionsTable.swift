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
            // A file repeats a handful of role names: each folded once (Position.key folds the
            // role) and stored once.
            var roleKeys: [String: String] = [:]
            var roles = StringPool()
            var memberIds = IdsAnyCase()
            func read(_ r: TableRow) throws -> (key: String, position: Position) {
                let typed = try r.required("member")
                guard let member = memberIds.id(typed, in: ws.members) else {
                    throw r.error("member", Catalog.unknownMember(typed), hints: [MangledText.lostZeros(typed, ws) ?? Catalog.hintLoadRosterFirst])
                }
                let bodyText = try r.required("body")
                guard let body = bodyCode(bodyText, ws) else {
                    throw r.error("body", Catalog.unknownBody(bodyText), hints: [Catalog.hintLoadUnitsFirst])
                }
                let role = try r.pooledName("role", &roles)
                let roleKey: String
                if let k = roleKeys[role] {
                    roleKey = k
                } else {
                    roleKey = Vietnamese.key(role)
                    roleKeys[role] = roleKey
                }
                // A merged row keeps what its file has no column for, as the roster's rows do.
                let old = mode == .merge ? ws.positions[Position.key(member: member, body: body, roleKey: roleKey)] : nil
                var p = Position(member: member, body: body, role: role,
                                 head: try r.merged("head", kept: old?.head) { try r.bool("head") },
                                 since: try r.merged("since", kept: old.map(\.since)) { try r.date("since") },
                                 managedBy: try r.merged("managed_by", kept: old?.managedBy) {
                                     try r.choice("managed_by", Position.ManagedBy.self, aliases: managedAliases) ?? .ward
                                 })
                p.extra = try r.extra() ?? old?.extra
                return (Position.key(member: p.member, body: p.body, roleKey: roleKey), p)
            }
            // The file's positions by key, built as the rows are checked: a key already in it is
            // a repeat (no separate set of seen keys, no second copy).
            var new: [String: Position] = [:]
            new.reserveCapacity(table.rows.count)
            for (n, r) in table.rows.enumerated() {
                let (key, p) = try read(r)
                if new.updateValue(p, forKey: key) != nil {
                    // The earlier row (valid, so read again without errors) for the message.
                    let first = table.rows[..<n].first { (try? read($0))?.key == key }
                    throw r.error("role", Catalog.duplicateRecord(Catalog.postRecord(p.member, p.role, p.body), first?.row ?? r.row))
                }
            }
            if mode == .replace {
                tx.replace(\.positions, with: new)
            } else {
                for (key, p) in new { tx.set(\.positions, key, p) }
            }
            return new.count
        })
}
