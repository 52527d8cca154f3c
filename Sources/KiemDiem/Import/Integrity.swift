/// After a `--replace` load: refuses a workspace whose members or collectives would sit in
/// units that no longer exist, and drops records that referred to what the new file left out,
/// saying what went (all inside the load's transaction, so undo brings them back).
public enum LoadIntegrity {
    public static func settle(_ tx: Transaction) throws -> [Message] {
        // Only the roster, units, collectives and positions are referred to by other tables; a
        // load that replaced none of them cannot leave anything dangling (measured need: the
        // scans below cost seconds at national size after a grades file).
        guard tx.touched.contains(where: { !unreferenced.contains($0) }) else { return [] }
        let ws = tx.ws
        // New positions change only who leads: members, units and collectives are as the last
        // settle left them, the loader checked each position's member and body, and a leader's
        // grades stay with the member (below). So only leader-class records can dangle, and the
        // whole-roster scans are skipped (seconds at national size).
        let positionsOnly = tx.touched.allSatisfy { unreferenced.contains($0) || $0 == \Workspace.positions }
        var missing: [String: Int] = [:]
        if !positionsOnly {
            missing = missingUnits(ws)
            for c in ws.collectives.values { if let u = c.unit, !ws.units.keys.contains(u) { missing[u, default: 0] += 1 } }
        }
        if !missing.isEmpty {
            let list = missing.sorted { $0.key < $1.key }.prefix(8).map { "\($0.key) (\($0.value))" }
            throw KDError(Catalog.unitsStillUsed(list.joined(separator: ", ")), hints: [Catalog.hintUnitsStillUsed])
        }

        func isBody(_ c: String) -> Bool { ws.units.keys.contains(c) || ws.collectives.keys.contains(c) }
        // ws.exists(.leader) scans every position: find the leaders once.
        let leaders = ws.leaderIDs
        func exists(_ ref: SubjectRef) -> Bool { (positionsOnly && ref.cls != .leader) || ws.exists(ref, leaders: leaders) }
        var dropped: [Message] = []
        func drop<V>(_ table: WritableKeyPath<Workspace, [String: V]>, _ one: String, _ many: String, _ vi: String, _ gone: (V) -> Bool) {
            var n = 0
            for (k, v) in tx.ws[keyPath: table] where gone(v) { tx.set(table, k, nil); n += 1 }
            if n > 0 { dropped.append(Catalog.count(n, one, many, vi)) }
        }
        if !positionsOnly {
            drop(\.positions, "position", "positions", "chức vụ") { !ws.members.keys.contains($0.member) || !isBody($0.body) }
            drop(\.exclusions, "exclusion", "exclusions", "loại trừ") { !ws.members.keys.contains($0.subject) }
            // A discipline names a member, or a cell or collective disciplined as a body.
            drop(\.discipline, "discipline record", "discipline records", "hồ sơ kỷ luật") { !ws.holdsDisciplined($0.member) }
        }
        drop(\.reviews, "review", "reviews", "kiểm điểm") { !exists($0.subject) }
        drop(\.targets, "target record", "target records", "chỉ tiêu") { !exists($0.subject) }
        drop(\.adjustments, "adjustment", "adjustments", "điều chỉnh") { !exists($0.subject) }
        drop(\.assessments, "assessment", "assessments", "đánh giá tiêu chí") { !exists($0.subject) }
        drop(\.shortcomings, "shortcoming record", "shortcoming records", "hạn chế, khuyết điểm") { !exists($0.subject) }
        var grades = 0
        if !positionsOnly {
            for k in ws.grades.keys {
                if let ref = SubjectRef(key: k), !(ref.cls == .leader ? ws.members.keys.contains(ref.id) : exists(ref)) {
                    tx.set(\.grades, k, nil); grades += 1
                }
            }
        }
        if grades > 0 { dropped.append(Catalog.count(grades, "grade set", "grade sets", "bộ xếp loại")) }
        if dropped.isEmpty { return [] }
        return [Catalog.droppedDangling(dropped.map(\.en).joined(separator: ", "), dropped.map(\.vi).joined(separator: ", "))]
    }

    /// The unit codes members name that are not units, with how many name each. A national
    /// roster is 5.6M lookups in the units table, a cache miss each: on two cores from
    /// `TwoCores.from` members (counts added, so the same whatever the cut; `split` for tests).
    static func missingUnits(_ ws: Workspace, split: Int? = nil) -> [String: Int] {
        let members = ws.members, units = ws.units
        func scan(_ range: Range<Int>) -> [String: Int] {
            var missing: [String: Int] = [:]
            var i = members.index(members.startIndex, offsetBy: range.lowerBound)
            for _ in range {
                let unit = members.values[i].unit, group = members.values[i].group
                if !units.keys.contains(unit) { missing[unit, default: 0] += 1 }
                if let g = group, !units.keys.contains(g) { missing[g, default: 0] += 1 }
                members.formIndex(after: &i)
            }
            return missing
        }
        guard let cut = TwoCores.cut(members.count, forced: split) else { return scan(0..<members.count) }
        let (first, second) = TwoCores.halves(members.count, cut: cut, scan)
        return first.merging(second, uniquingKeysWith: +)
    }

    /// After a load that changed the roster, units or collectives: the ids and codes that name
    /// more than one subject (`Workspace.codeClashes`) and were not in `old`, the workspace's
    /// before the load, said once with the keys that name each one. `old` is taken by the
    /// caller before the transaction starts: holding the earlier workspace itself would make
    /// the load copy its tables instead of editing them in place.
    public static func newClashes(_ tx: Transaction, old: Set<String>) -> Message? {
        guard tx.touched.contains(where: { named.contains($0) }) else { return nil }
        let groups = tx.ws.codeClashGroups()
        let new = Workspace.clashCodes(groups).filter { !old.contains($0) }
        guard !new.isEmpty else { return nil }
        let shown = new.prefix(8).map { code in "\(code) = " + groups[IdCase.upper(code)]!.map(\.key).joined(separator: ", ") }
        var list = shown.joined(separator: "; ")
        if new.count > shown.count { list += "; …(+\(new.count - shown.count))" }
        return Catalog.newClashes(list)
    }

    /// The tables whose ids and codes name subjects.
    static let named: Set<AnyKeyPath> = [\Workspace.members, \Workspace.units, \Workspace.collectives, \Workspace.self]

    /// Tables no other table refers to.
    static let unreferenced: Set<AnyKeyPath> = [
        \Workspace.grades, \Workspace.adjustments, \Workspace.exclusions, \Workspace.discipline, \Workspace.reviews,
        \Workspace.targets, \Workspace.assessments, \Workspace.shortcomings, \Workspace.criteria,
    ]
}

extension Catalog {
    public static func unitsStillUsed(_ list: String) -> Message {
        m("members or collectives would be left in units that are no longer loaded: \(list)",
          "đảng viên hoặc tập thể sẽ thuộc đơn vị không còn trong dữ liệu: \(list)")
    }
    public static let hintUnitsStillUsed = m("add new units with --merge, load the new roster, then replace the units",
                                             "thêm đơn vị mới bằng --merge, nạp danh sách đảng viên mới, rồi mới thay đơn vị")
    public static func newClashes(_ list: String) -> Message {
        m("ids or codes that now name more than one subject (alone they are refused; use a key): \(list)",
          "mã nay dùng chung cho nhiều đối tượng (chỉ gõ mã sẽ bị từ chối; hãy dùng khóa): \(list)")
    }
    public static func droppedDangling(_ en: String, _ vi: String) -> Message {
        m("removed what referred to rows no longer loaded: \(en)", "đã xóa dữ liệu tham chiếu đến dòng không còn: \(vi)")
    }
}
