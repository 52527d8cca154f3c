extension LoadKind {
    /// A workplace grade is proposed or decided (data.md): a self-assessment is not the
    /// workplace's grade that R-CADRE-BASIS reads.
    enum WorkplaceStage: String, CaseIterable { case proposed, decided }
    static let workplaceStageAliases: [String: WorkplaceStage] = ["đề xuất": .proposed, "quyết định": .decided]

    public static let roster = LoadKind(
        name: "roster",
        schema: TableSchema("roster", [
            .req("id", "số thẻ đảng viên", "số thẻ", "mã", "mã đảng viên"), .req("name", "họ và tên", "họ tên", "họ và tên / tên"),
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
            let rows = table.rows
            // This file's members by id, built as the rows are checked: an id already in it is
            // a repeat (no separate set of seen ids, no second copy of the rows).
            var new: [String: Member] = [:]
            new.reserveCapacity(rows.count)
            var positions: [Position] = []
            let withPositions = table.has("positions")
            let merging = mode != .replace
            // A repeated id is refused at its second row, before anything else in that row.
            // Rows whose id could have a twin in another case (see `IdCase`).
            var lowered: [(n: Int, id: String)] = []
            func refuseRepeat(_ id: String, _ n: Int) throws {
                if IdCase.mayHaveTwin(id) { lowered.append((n, id)) }
                guard new.keys.contains(id) else { return }
                let first = rows[..<n].first { $0.text("id") == id }
                throw rows[n].error("id", Catalog.duplicateId(id, first?.row ?? rows[n].row))
            }
            // Rows in order on this thread: each checked, then kept.
            func readInOrder(_ range: Range<Int>, _ reader: inout RosterReader) throws {
                for n in range {
                    if Interrupt.stops(at: n) { throw Interrupt.stopped }
                    let r = rows[n]
                    let id = try r.idCell("id")
                    try refuseRepeat(id, n)
                    let (m, ps) = try reader.member(r, id: id, ws: ws, withPositions: withPositions, merging: merging)
                    // Moved, not copied (a retain and a release of each of its texts).
                    new[id] = consume m
                    positions += ps
                }
            }
            var reader = RosterReader(capacity: min(rows.count, 1 << 16))
            if let cut = TwoCores.cut(rows.count, forced: table.split), cut < rows.count {
                // A big roster: the second half's rows are read on the second core while this
                // half's are read and kept, then the second half's members are kept in row
                // order, so a repeat or a bad row is found where one core finds it. Measured
                // (issue 8): reading a row (cells, name, dates, choices) is most of the load and
                // keeping it one insert; 5.6M members 10.6 → 8.8 s.
                let stop = StopFlag()
                // The first half keeps its rows itself: its result is only whether it failed.
                let (first, second) = TwoCores.halves(rows.count, cut: cut) { range -> Result<RosterHalf, Error> in
                    // The first half is 0..<cut (a cut at 0 makes the second 0..<n).
                    guard range == 0..<cut else {
                        return .success(RosterHalf.read(rows, range, ws: ws, withPositions: withPositions, merging: merging, stop: stop))
                    }
                    let done = Result { try readInOrder(range, &reader) }
                    if case .failure = done { stop.raise() }
                    return done.map { RosterHalf() }
                }
                _ = try first.get()
                let half = try second.get()
                for (k, m) in half.members.enumerated() {
                    try refuseRepeat(m.id, cut + k)
                    new[m.id] = m
                }
                positions += half.positions
                if let failed = half.failure {
                    if let id = failed.id { try refuseRepeat(id, failed.row) }
                    throw failed.error
                }
            } else {
                try readInOrder(rows.indices, &reader)
            }
            try IdCase.refuseTwins(lowered, rows, column: "id", inFile: { new[$0] != nil }, existing: merging ? ws.members : [:])
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

    /// What the second core read of a big roster: its members and positions in row order, up
    /// to its first bad row (which row, its id if that was read, the error).
    struct RosterHalf {
        var members: [Member] = []
        var positions: [Position] = []
        var failure: (row: Int, id: String?, error: Error)?

        static func read(_ rows: TableRows, _ range: Range<Int>, ws: Workspace, withPositions: Bool, merging: Bool,
                         stop: StopFlag) -> RosterHalf {
            var half = RosterHalf()
            half.members.reserveCapacity(range.count)
            var reader = RosterReader(capacity: min(range.count, 1 << 16))
            for n in range {
                // The first half failed: nothing of this one will be used.
                if n & 4095 == 0 && (stop.isRaised || Interrupt.isRequested()) { break }
                let r = rows[n]
                var id: String?
                do {
                    id = try r.idCell("id")
                    let (m, ps) = try reader.member(r, id: id!, ws: ws, withPositions: withPositions, merging: merging)
                    half.members.append(consume m)
                    half.positions += ps
                } catch {
                    half.failure = (n, id, error)
                    break
                }
            }
            return half
        }
    }

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
            // As a positions file's role is read (`checkedName`).
            try row.refuseSpoiled(role, "positions")
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
    public static func bornAfterReference(_ b: String, _ limit: String) -> Message {
        m("born \(b) is after the round's reference date \(limit)", "ngày sinh \(b) sau ngày tham chiếu của đợt \(limit)")
    }
    public static func admittedBeforeBorn(_ a: String, _ b: String) -> Message {
        m("admitted \(a) is not after born \(b)", "ngày vào đảng \(a) không sau ngày sinh \(b)")
    }
}
