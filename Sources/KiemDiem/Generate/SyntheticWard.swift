/// A synthetic ward of realistic shape for training, tests and benchmarks (`generate ward`).
/// Linear in the number of members; the same seed gives the same ward. Ctrl-C (`Interrupt`)
/// stops the making part-way: the caller throws such a ward away.
public struct SyntheticWard: Sendable {
    public var units: [Unit] = []
    public var collectives: [Collective] = []
    public var members: [Member] = []
    public var positions: [Position] = []
    public var discipline: [DisciplineRecord] = []
    /// Proposed member grades with a score and votes (for `load grades` and the benchmark): every
    /// member the rules grade, except about 1 in 100 left ungraded.
    public var grades: [(member: String, level: Level, score: Int, votes: Int)] = []

    static let families: [(String, Int)] = [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 20), ("Phan", 45),
        ("Vũ", 25), ("Võ", 15), ("Đặng", 20), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
        ("Lý", 5), ("Đinh", 8), ("Trịnh", 7), ("Lương", 5), ("Đào", 6), ("Cao", 5), ("Tạ", 4), ("Mai", 5),
        ("Hà", 5), ("Tô", 4), ("Lâm", 4), ("Chu", 3),
    ]
    static let familyTable: [String] = families.flatMap { Array(repeating: $0.0, count: $0.1) }
    static let middleM = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân", "Đình", "Ngọc", "Quang", "Trọng"]
    static let middleF = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng", "Bích", "Diệu", "Mai", "Phương", "Minh"]
    static let givenM = ["An", "Ân", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hòa",
                         "Hoàng", "Hùng", "Huy", "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa",
                         "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung",
                         "Tuấn", "Tú", "Việt", "Vinh", "Vũ"]
    static let givenF = ["An", "Anh", "Ánh", "Bích", "Chi", "Dung", "Giang", "Hà", "Hạ", "Hằng", "Hạnh", "Hiền", "Hoa", "Hồng",
                         "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh",
                         "Phương", "Quyên", "Tâm", "Thảo", "Thu", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến"]

    static let typeNames: [Unit.CellType: String] = [
        .residential: "Chi bộ Tổ dân phố", .agency: "Chi bộ Cơ quan", .school: "Chi bộ Trường", .police: "Chi bộ Công an",
        .military: "Chi bộ Quân sự", .enterprise: "Chi bộ Doanh nghiệp", .other: "Chi bộ Hợp tác xã",
    ]
    static let typeOrder: [Unit.CellType] = [.residential, .agency, .school, .police, .military, .enterprise, .other]
    /// Per mille of cells after the first seven (one of each type).
    static let typeWeights: [(Unit.CellType, Int)] = [
        (.residential, 550), (.agency, 120), (.school, 120), (.police, 40), (.military, 40), (.enterprise, 80), (.other, 50),
    ]

    public init(members n: Int, cells c: Int, seed: UInt64, year: Int) {
        var rng = SeededRandom(seed: seed)
        let asOf = Day(year: year, month: 11, day: 26)!
        units.append(Unit(code: "DB", name: "Đảng bộ phường Tổng hợp", kind: .committee))
        for (code, name, cls) in [("BCH", "Ban Chấp hành Đảng bộ phường", Collective.Class.partyExecutive),
                                  ("BTV", "Ban Thường vụ Đảng ủy phường", .partyStanding),
                                  ("HDND", "Thường trực HĐND phường", .councilStanding),
                                  ("UBND", "Ủy ban nhân dân phường", .peopleCommittee),
                                  ("MTTQ", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", .frontStanding),
                                  ("HND", "Ban Thường vụ Hội Nông dân phường", .massOrgStanding),
                                  ("HLHPN", "Ban Thường vụ Hội Liên hiệp Phụ nữ phường", .massOrgStanding),
                                  ("DTN", "Ban Chấp hành Đoàn TNCS Hồ Chí Minh phường", .massOrgStanding),
                                  ("CCB", "Ban Thường vụ Hội Cựu chiến binh phường", .massOrgStanding)] {
            collectives.append(Collective(code: code, name: name, cls: cls, unit: "DB"))
        }

        // Cells: one of each type first, then by weight; sizes vary, residential cells are larger.
        let width = max(2, String(c).count)
        var types: [Unit.CellType] = []
        var weights: [Int] = []
        var total = 0
        for i in 0..<c {
            var t = i < Self.typeOrder.count ? Self.typeOrder[i] : .residential
            if i >= Self.typeOrder.count {
                var r = rng.below(1000)
                for (ty, w) in Self.typeWeights { if r < w { t = ty; break }; r -= w }
            }
            types.append(t)
            let w = (t == .residential ? 150 : 100) * (60 + rng.below(81)) / 100
            weights.append(w)
            total += w
        }
        // Every cell has members (up to 3 each before the weights share the rest): drawn by weight
        // alone, small wards had empty cells.
        let least = min(3, n / c)
        var sizes = weights.map { least + (n - least * c) * $0 / total }
        var rest = n - sizes.reduce(0, +)
        var k = 0
        while rest > 0 { sizes[k % c] += 1; rest -= 1; k += 1 }

        let idWidth = max(4, String(n).count)
        members.reserveCapacity(n)
        var counter = 0
        var perType: [Unit.CellType: Int] = [:]
        var cellFirst: [Int] = []  // index in `members` of each cell's first member
        for i in 0..<c {
            let t = types[i]
            perType[t, default: 0] += 1
            let code = "CB" + Self.pad(i + 1, width)
            var created = Day(year: 1990 + rng.below(30), month: 1 + rng.below(12), day: 1 + rng.below(28))
            if rng.chance(20) { created = Day(year: year, month: 7, day: 1) }
            units.append(Unit(code: code, name: "\(Self.typeNames[t]!) \(perType[t]!)", kind: .cell, type: t, parent: "DB",
                              created: created))
            let groups = sizes[i] >= 40 ? min(5, sizes[i] / 20) : 0
            for g in 0..<groups {
                units.append(Unit(code: "\(code)-T\(g + 1)", name: "Tổ đảng \(g + 1) \(Self.typeNames[t]!) \(perType[t]!)",
                                  kind: .group, parent: code))
            }
            if sizes[i] >= 30 {
                collectives.append(Collective(code: "CU" + Self.pad(i + 1, width), name: "Chi ủy \(Self.typeNames[t]!) \(perType[t]!)",
                                              cls: .cellCommittee, unit: code))
            }
            cellFirst.append(members.count)
            let residential = t == .residential
            let inSystem = t == .agency || t == .school || t == .police || t == .military
            for j in 0..<sizes[i] {
                counter += 1
                if Interrupt.stops(at: counter) { return }
                let female = rng.below(100) < (t == .police || t == .military ? 15 : t == .school ? 70 : 45)
                let name = "\(Self.familyTable[rng.below(Self.familyTable.count)]) \(rng.pick(female ? Self.middleF : Self.middleM)) \(rng.pick(female ? Self.givenF : Self.givenM))"
                let bornYear = residential ? 1938 + rng.below(60) : 1963 + rng.below(38)
                let born = Day(year: bornYear, month: 1 + rng.below(12), day: 1 + rng.below(28))!
                var admitted = Day(year: min(year - 1, bornYear + 18 + rng.below(22)), month: 1 + rng.below(12), day: 1 + rng.below(28))!
                if admitted < born.adding(months: 18 * 12) { admitted = born.adding(months: 18 * 12) }  // admitted at 18 at the youngest
                var status = Member.Status.active
                if rng.chance(15) {
                    // Recently admitted: some under, some over 6 months before the as-of date.
                    admitted = asOf.adding(months: -(3 + rng.below(6)))
                    if admitted <= born { admitted = born.adding(months: 18 * 12) }
                } else if residential && bornYear < 1950 && rng.chance(300) {
                    status = .exempt
                } else if rng.chance(2) {
                    status = .suspended
                }
                var m = Member(id: "G" + Self.pad(counter, idWidth), name: name, unit: code,
                               group: groups > 0 ? "\(code)-T\(j % groups + 1)" : nil, gender: female ? "Nữ" : "Nam",
                               born: born, admitted: admitted, status: status, civilServant: inSystem,
                               outside: !inSystem && (bornYear < 1963 || t == .enterprise || t == .other))
                if inSystem && rng.chance(100) {
                    m.workplaceLevel = rng.chance(200) ? .HTXSNV : .HTTNV
                    m.workplaceStage = rng.chance(500) ? .decided : .proposed
                }
                members.append(m)
                if rng.chance(3) {
                    let kind: DisciplineRecord.Kind = rng.chance(100) ? .decline : .discipline
                    discipline.append(DisciplineRecord(
                        member: m.id, date: Day(year: year - (rng.chance(100) ? 1 : 0), month: 1 + rng.below(10), day: 1 + rng.below(28)),
                        kind: kind, form: kind == .discipline ? rng.pick(Array(DisciplineRecord.Form.allCases.prefix(2))) : nil,
                        selfDiscovered: kind == .discipline && rng.chance(200)))
                }
            }
        }
        ensureEveryCase(asOf: asOf)
        for d in discipline.indices where discipline[d].date!.year < year { discipline[d].countedIn = year - 1 }

        // Positions: cell secretaries (and chi ủy), then the ward's leaders drawn from cells in
        // order, skipping the secretaries.
        // Posts go to active members who were in the Party when the term began: a post held
        // before admission, or by an exempt or suspended member, is not a ward's.
        let since = Day(year: year - 3, month: 10, day: 1)!
        let roster = members
        let canHold = { (k: Int) in roster[k].status == .active && (roster[k].admitted.map { $0 <= since } ?? true) }
        var holders = Set<Int>()
        for (i, first) in cellFirst.enumerated() where sizes[i] > 0 {
            let code = "CB" + Self.pad(i + 1, width)
            let recent = rng.chance(30)
            let s = recent ? Day(year: year, month: 8, day: 15)! : since
            // The cell's first members who may hold a post; in a cell of none (a tiny ward), its
            // first active full member (admitted a year or more before), from admission; a cell
            // of none has no secretary.
            let range = first..<(first + sizes[i])
            let chosen = Array(range.filter(canHold).prefix(3))
            let full = { (k: Int) in roster[k].status == .active && (roster[k].admitted.map { $0 <= asOf.adding(months: -12) } ?? true) }
            guard let fallback = chosen.first ?? range.first(where: full) else { continue }
            let cell = chosen.isEmpty ? [fallback] : chosen
            holders.insert(cell[0])
            positions.append(Position(member: members[cell[0]].id, body: code, role: "Bí thư Chi bộ", head: true,
                                      since: max(s, members[cell[0]].admitted ?? s)))
            if sizes[i] >= 30 && cell.count == 3 {
                let cu = "CU" + Self.pad(i + 1, width)
                positions.append(Position(member: members[cell[0]].id, body: cu, role: "Bí thư Chi bộ", head: true, since: s))
                positions.append(Position(member: members[cell[1]].id, body: cu, role: "Phó Bí thư Chi bộ", since: since))
                positions.append(Position(member: members[cell[2]].id, body: cu, role: "Chi ủy viên", since: since))
                holders.formUnion(cell)
            }
        }
        var pool: [Int] = []
        for (i, t) in types.enumerated() where t == .agency {
            for j in 1..<max(1, min(sizes[i], 40)) where !holders.contains(cellFirst[i] + j) && canHold(cellFirst[i] + j) {
                pool.append(cellFirst[i] + j)
            }
        }
        var next = 0
        while pool.count < 40 && next < members.count {
            if !holders.contains(next) && !pool.contains(next) && canHold(next) { pool.append(next) }
            next += 1
        }
        let plan: [[(String, String, Bool, Position.ManagedBy)]] = [
            [("BTV", "Bí thư Đảng ủy", true, .upper), ("BCH", "Bí thư Đảng ủy", true, .upper)],
            [("BTV", "Phó Bí thư Thường trực Đảng ủy", false, .upper), ("BCH", "Phó Bí thư Thường trực", false, .upper)],
            [("BTV", "Phó Bí thư Đảng ủy", false, .ward), ("BCH", "Ủy viên", false, .ward), ("UBND", "Chủ tịch UBND phường", true, .upper)],
            [("BTV", "Ủy viên Ban Thường vụ", false, .ward), ("BCH", "Ủy viên", false, .ward), ("HDND", "Chủ tịch HĐND phường", true, .upper)],
            [("BTV", "Ủy viên Ban Thường vụ", false, .ward), ("BCH", "Ủy viên", false, .ward), ("MTTQ", "Chủ tịch Ủy ban MTTQ phường", true, .ward)],
            [("BTV", "Ủy viên Ban Thường vụ", false, .ward), ("BCH", "Ủy viên", false, .ward), ("UBND", "Ủy viên UBND", false, .ward)],
            [("BTV", "Ủy viên Ban Thường vụ", false, .ward), ("BCH", "Ủy viên", false, .ward), ("UBND", "Ủy viên UBND", false, .ward)],
            [("UBND", "Phó Chủ tịch UBND phường", false, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("UBND", "Phó Chủ tịch UBND phường", false, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("HDND", "Phó Chủ tịch HĐND phường", false, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("HND", "Chủ tịch Hội Nông dân phường", true, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("HLHPN", "Chủ tịch Hội LHPN phường", true, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("DTN", "Bí thư Đoàn phường", true, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("CCB", "Chủ tịch Hội Cựu chiến binh phường", true, .ward), ("BCH", "Ủy viên", false, .ward)],
            [("MTTQ", "Phó Chủ tịch Ủy ban MTTQ phường", false, .ward)],
            [("HND", "Phó Chủ tịch Hội Nông dân phường", false, .ward)],
            [("HLHPN", "Phó Chủ tịch Hội LHPN phường", false, .ward)],
            [("DTN", "Phó Bí thư Đoàn phường", false, .ward)],
            [("CCB", "Phó Chủ tịch Hội Cựu chiến binh phường", false, .ward)],
            [("HDND", "Trưởng Ban Pháp chế HĐND", false, .ward)],
        ]
        // Who fits a post: a woman at the women's union, someone under 36 at the youth union, a
        // member over 45 at the veterans' association: the first in the pool who does, else the
        // first in the ward who may hold a post; a post nobody fits stays empty (a tiny ward).
        let fits = { (body: String, m: Member) -> Bool in
            switch body {
            case "HLHPN": return m.gender == "Nữ"
            case "DTN": return m.born.map { $0.year > year - 36 } ?? true
            case "CCB": return m.born.map { $0.year <= year - 45 } ?? true
            default: return true
            }
        }
        var btv: [String] = []
        var used = Set<Int>()
        for roles in plan {
            let body = roles[0].0
            let open = { (k: Int) in !used.contains(k) && fits(body, roster[k]) }
            let fitted = ["HLHPN", "DTN", "CCB"].contains(body)
                ? pool.first(where: open) ?? roster.indices.first { open($0) && canHold($0) && !holders.contains($0) }
                : pool.first(where: open)
            guard let k = fitted else {
                if pool.allSatisfy(used.contains) { break }  // nobody left for any post
                continue  // nobody fits this one
            }
            used.insert(k)
            let m = members[k]
            for (body, role, head, by) in roles {
                positions.append(Position(member: m.id, body: body, role: role, head: head, since: since, managedBy: by))
                if body == "BTV" { btv.append(m.id) }
            }
        }
        if !btv.isEmpty {
            for i in units.indices where units[i].kind == .cell { units[i].liaison = btv[i % btv.count] }
        }

        // Grades draw from their own stream, so the ward itself is the same as before they existed.
        var g = SeededRandom(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
        grades.reserveCapacity(n)
        var cellSize: [String: Int] = [:]
        for m in members { cellSize[m.unit, default: 0] += 1 }
        for (k, m) in members.enumerated() where ExclusionRules.derive(m, asOf: asOf) == nil {
            if Interrupt.stops(at: k) { return }
            let r = g.below(1000)
            if r < 10 { continue }
            let level: Level = r < 260 ? .HTXSNV : r < 860 ? .HTTNV : r < 975 ? .HTNV : .KHTNV
            // A score in the level's band (qd366: ≥ 90, 70–89, 50–69, below 50), and votes from at
            // most the cell's members: drawn from fixed ranges, both contradicted the level and the cell.
            let (low, span) = level == .HTXSNV ? (90, 11) : level == .HTTNV ? (70, 20) : level == .HTNV ? (50, 20) : (30, 20)
            let size = cellSize[m.unit] ?? 1
            grades.append((m.id, level, low + g.below(span), (size + 1) / 2 + g.below(size - (size + 1) / 2 + 1)))
        }
    }

    static func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }
}

extension SyntheticWard {
    /// commands.md promises exempt, suspended and new members and discipline cases; drawn by
    /// chance, a ward of a few dozen members had none of some. Each missing case is given to a
    /// member from the end of the roster (cells' first members hold their posts), no random
    /// draw spent, so a ward that has them all is as before.
    mutating func ensureEveryCase(asOf: Day) {
        guard members.count >= 10 else { return }
        func isNew(_ m: Member) -> Bool { m.admitted.map { ExclusionRules.isNew(admitted: $0, asOf: asOf) } ?? false }
        // The next member from the end who is active and not new: each case goes to its own.
        var next = members.count
        func take() -> Int {
            repeat { next -= 1 } while next > 0 && (members[next].status != .active || isNew(members[next]))
            return next
        }
        if !members.contains(where: { $0.status == .exempt }) { members[take()].status = .exempt }
        if !members.contains(where: { $0.status == .suspended }) { members[take()].status = .suspended }
        if !members.contains(where: { $0.status == .active && isNew($0) }) { members[take()].admitted = asOf.adding(months: -4) }
        if discipline.isEmpty {
            let m = members[take()]
            discipline.append(DisciplineRecord(member: m.id, date: Day(year: asOf.year, month: 3, day: 15), kind: .discipline,
                                               form: DisciplineRecord.Form.allCases.first))
        }
    }
}
