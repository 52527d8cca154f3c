import KiemDiem

extension Verbs {
    static let show = VerbSpec(
        name: "show", group: .workspace, usage: "show settings | show SUBJECT",
        summary: Message(en: "show the settings, or everything known about one subject",
                         vi: "xem thiết lập, hoặc mọi thông tin về một đối tượng"),
        subwords: ["settings"],
        positionals: [.subject],
        subwordPositionals: ["settings": []],
        examples: ["show settings", "show P012", "show \"le quoc hung\"", "show CB01"],
        run: { inv, s in
            let w = try inv.positional(0, "settings or SUBJECT")
            try inv.noMorePositionals(than: 1)
            if w.text.lowercased() == "settings" && !w.quoted {
                for line in settingsLines(s) { s.print(line) }
                return
            }
            var out = ShowLines(s)
            // A party group is no subject (it is not graded), but a unit to look at all the same.
            if let g = s.workspace.units.values.first(where: { $0.kind == .group && $0.code.uppercased() == w.text.uppercased() }) {
                out.unit(g.code)
                for l in out.lines { s.print(l) }
                return
            }
            let ref = try s.subject(w, in: inv)
            switch ref.cls {
            case .member, .leader: out.member(ref.id)
            case .organization: out.unit(ref.id)
            case .collective: out.collective(ref.id)
            }
            for l in out.lines { s.print(l) }
        })
}

/// The lines of `show SUBJECT`: labelled facts, one per line.
struct ShowLines {
    let s: Session
    let ws: Workspace
    /// A heading (no label) or a labelled fact.
    private var rows: [(label: String?, value: String)] = []
    init(_ s: Session) {
        self.s = s
        self.ws = s.workspace
    }

    /// The values in one column: 18 wide, or wider for a longer label (a Vietnamese one, a
    /// file's own column), up to 28; a label longer still is followed by two blanks.
    var lines: [String] {
        let width = min(28, max(18, (rows.compactMap { $0.label?.count }.max() ?? 0) + 2))
        return rows.map { r in
            guard let l = r.label else { return r.value }
            return "  " + l + String(repeating: " ", count: max(2, width - l.count)) + r.value
        }
    }
    mutating func heading(_ text: String) { rows.append((nil, text)) }

    mutating func add(_ label: Message, _ value: String?) {
        guard let v = value, !v.isEmpty else { return }
        rows.append((s.t(label), v))
    }
    func named(_ code: String?) -> String? {
        guard let c = code else { return nil }
        if let u = ws.units[c] { return "\(c) \(u.name)" }
        if let k = ws.collectives[c] { return "\(c) \(k.name)" }
        if let m = ws.members[c] { return "\(c) \(m.name)" }
        return c
    }
    /// A date as the session's language writes it (26/11/2023 in Vietnamese).
    func day(_ d: Day) -> String { s.t(Message(en: d.description, vi: d.vietnamese)) }
    func yesNo(_ b: Bool) -> String { s.t(b ? Message(en: "yes", vi: "có") : Message(en: "no", vi: "không")) }

    mutating func member(_ id: String) {
        guard let m = ws.members[id] else { return }
        heading("\(m.id)  \(m.name)")
        add(L.unit, named(m.unit))
        add(L.group, named(m.group))
        add(L.gender, m.gender)
        add(L.born, m.born.map(day))
        add(L.admitted, m.admitted.map { a in
            // The date the rules judge R-EXCL-NEW on, set or not.
            let asOf = ReferenceDate(ws.settings).date
            let six = a.adding(months: 6)
            // Only worth saying near the 6-month line of R-EXCL-NEW.
            if six < asOf.adding(months: -6) { return day(a) }
            return day(a) + " " + s.t(ExclusionRules.isNew(admitted: a, asOf: asOf) ? L.newUntil(day(six)) : L.sixMonthsOn(day(six)))
        })
        add(L.status, s.t(Message(en: m.status.rawValue, vi: VietnameseValues.name(m.status))))
        add(L.civilServant, yesNo(m.civilServant))
        add(L.outside, yesNo(m.outside))
        add(L.workplace, m.workplaceLevel.map { "\($0.rawValue) (\(s.t(RulesText.stageName(m.workplaceStage ?? .proposed))))" })
        add(L.excluded, s.t(ws.exclusions[id].map(Verbs.describe) ?? derivedExclusion(id) ?? L.notExcluded))
        let ps = ws.positions.values.filter { $0.member == id }.sorted { ($0.body, $0.role) < ($1.body, $1.role) }
        for (i, p) in ps.enumerated() {
            var t = "\(named(p.body) ?? p.body): \(p.role)"
            if p.head { t += ", " + s.t(L.head) }
            if let since = p.since { t += ", " + s.t(L.since(day(since))) }
            if p.managedBy == .upper { t += ", " + s.t(L.managedUpper) }
            add(i == 0 ? L.positions : Message(""), t + extras(p.extra))
        }
        reviews(id, person: true)
        grades(SubjectRef(.member, id))
        if !ps.isEmpty { grades(SubjectRef(.leader, id)) }
        let ds = ws.discipline.values.filter { $0.member == id }.sorted { $0.key < $1.key }
        for (i, d) in ds.enumerated() {
            var t = "\(d.date.map(day) ?? "-") \(s.t(Message(en: d.kind.rawValue, vi: VietnameseValues.name(d.kind))))"
            if let f = d.form { t += " " + s.t(Message(en: f.rawValue, vi: VietnameseValues.name(f))) }
            if d.selfDiscovered { t += ", " + s.t(L.selfDiscovered) }
            if let y = d.countedIn { t += ", " + s.t(L.countedIn(y)) }
            if let n = d.note { t += ": \(n)" }
            add(i == 0 ? L.discipline : Message(""), t + extras(d.extra))
        }
        extra(m.extra)
    }

    mutating func unit(_ code: String) {
        guard let u = ws.units[code] else { return }
        heading("\(u.code)  \(u.name)")
        let type = u.type.map { s.t(Message(en: $0.rawValue, vi: VietnameseValues.name($0))) }
        add(L.kind, [s.t(Message(en: u.kind.rawValue, vi: VietnameseValues.name(u.kind))), type].compactMap { $0 }.joined(separator: ", "))
        add(L.parent, named(u.parent))
        add(L.liaison, named(u.liaison))
        add(L.created, u.created.map(day))
        add(L.outstanding, u.outstanding)
        // As `--unit` keeps them (list units, the reports): the committee counts its whole tree.
        let count = Reports.memberCounts(ws)[code] ?? 0
        // Excluded as the reports count them: by the rules, recorded or not (R-EXCL-*).
        let final = FinalLevels(ws)
        let excluded = ws.members.keys.filter { id in
            let ref = SubjectRef(.member, id)
            return Reports.isInUnit(ws, ref, code) && final.isExcluded(ref)
        }.count
        add(L.members, "\(count) (\(s.t(L.excludedCount(excluded))))")
        let groups = ws.units.values.filter { $0.parent == code }.map(\.code).sorted()
        add(L.subunits, groups.joined(separator: ", "))
        heads(code)
        reviews(code, cls: .organization)
        grades(SubjectRef(.organization, code))
        targets(SubjectRef(.organization, code))
        extra(u.extra)
    }

    mutating func collective(_ code: String) {
        guard let c = ws.collectives[code] else { return }
        heading("\(c.code)  \(c.name)")
        add(L.cls, s.t(Message(en: c.cls.rawValue, vi: VietnameseValues.name(c.cls))))
        add(L.collectiveUnit, named(c.unit))
        heads(code)
        reviews(code, cls: .collective)
        grades(SubjectRef(.collective, code))
        targets(SubjectRef(.collective, code))
        extra(c.extra)
    }

    /// The reviews recorded for the subject (a person's are kept once, whatever the grade),
    /// in the order held.
    mutating func reviews(_ id: String, person: Bool = false, cls: SubjectClass? = nil) {
        let rs = ws.reviews.values.filter { r in
            r.subject.id == id && (person ? r.subject.cls == .member || r.subject.cls == .leader : r.subject.cls == cls)
        }.sorted(by: Review.heldBefore)
        for (i, r) in rs.enumerated() {
            var t = named(r.venue) ?? r.venue
            if let d = r.date { t += ", " + day(d) }
            if let f = r.form { t += ", " + s.t(L.form(f)) }
            if let n = r.sessions { t += ", " + s.t(L.sessions(n)) }
            add(i == 0 ? L.reviews : Message(""), t + extras(r.extra))
        }
    }

    mutating func heads(_ body: String) {
        let ps = ws.positions.values.filter { $0.body == body }
        let ordered = ps.map { (p: $0, key: Vietnamese.nameSortKey(ws.members[$0.member]?.name ?? "")) }
            .sorted { a, b in
                if a.p.head != b.p.head { return a.p.head }
                if a.key != b.key { return Vietnamese.lessThan(a.key, b.key) }
                return a.p.key < b.p.key
            }
            .map(\.p)
        for (i, p) in ordered.enumerated() {
            var t = "\(named(p.member) ?? p.member): \(p.role)"
            if p.head { t += ", " + s.t(L.head) }
            add(i == 0 ? L.holders : Message(""), t + extras(p.extra))
        }
    }

    mutating func grades(_ ref: SubjectRef) {
        guard let g = ws.grades[ref.key], !g.isEmpty else { return }
        var parts: [String] = []
        for st in Stage.allCases {
            guard let r = g[st] else { continue }
            parts.append(s.t(RulesText.stage(st, r)) + (r.note.map { " “\($0)”" } ?? "") + extras(r.extra))  // as why says it, and its note
        }
        if let b = FinalLevels(ws).block(ref) {
            parts.append(s.t(L.final("- (\(b.rule))")))
        } else if let f = ws.finalLevel(ref) {
            var t = f.rawValue
            if let a = ws.adjustments[ref.key], a.from == ws.effective(ref)?.record.level { t += " (\(a.rule))" }
            parts.append(s.t(L.final(t)))
        }
        add(ref.cls == .leader ? L.leaderGrades : L.grades, parts.joined(separator: "; "))
    }

    mutating func targets(_ ref: SubjectRef) {
        guard let t = ws.targets[ref.key] else { return }
        let vi = s.lang == .vi
        func pct(_ p: Percentage) -> String { (vi ? p.vietnamese : p.description) + "% " }
        var parts = [pct(t.completedPct) + s.t(L.completed)]
        if let e = t.exceededPct { parts.append(pct(e) + s.t(L.exceeded)) }
        if let l = t.latePct { parts.append(pct(l) + s.t(L.late)) }
        if let p = t.priorFixedPct { parts.append(pct(p) + s.t(L.priorFixed)) }
        add(L.targets, parts.joined(separator: ", ") + extras(t.extra))
    }

    mutating func extra(_ e: [String: String]?) {
        for (k, v) in (e ?? [:]).sorted(by: { $0.key < $1.key }) { add(Message(k), v) }
    }

    /// A record's extra columns after its line: ` (Nhiệm kỳ: 2020-2025; Số QĐ: 15)`.
    func extras(_ e: [String: String]?) -> String {
        guard let e, !e.isEmpty else { return "" }
        return " (" + e.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ") + ")"
    }

    /// With no exclusion recorded, the roster's rule (R-EXCL-*) as `grade`, `cap` and the
    /// reports apply it before `exclude --auto` records it: "no" would contradict them.
    func derivedExclusion(_ id: String) -> Message? {
        guard let book = Rulebooks.book(for: ws.settings),
              let e = WardFacts(ws, book: book).exclusion(id) else { return nil }
        return L.notRecorded(e.rule, e.message)
    }

    /// Labels.
    enum L {
        static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }
        static let unit = m("unit", "chi bộ"), group = m("group", "tổ đảng"), gender = m("gender", "giới tính")
        static let born = m("born", "ngày sinh"), admitted = m("admitted", "ngày vào đảng"), status = m("status", "tình trạng")
        static let civilServant = m("civil servant", "cán bộ công chức"), outside = m("outside system", "ngoài hệ thống")
        static let workplace = m("workplace grade", "xếp loại nơi công tác"), excluded = m("excluded", "loại trừ")
        static func notRecorded(_ rule: String, _ why: Message) -> Message {
            m("not recorded, but \(rule) applies: \(why.en) (exclude --auto records it)",
              "chưa ghi, nhưng áp dụng \(rule): \(why.vi) (exclude --auto sẽ ghi)")
        }
        static let notExcluded = m("no", "không"), positions = m("positions", "chức vụ"), head = m("head", "cấp trưởng")
        static func since(_ d: String) -> Message { m("since \(d)", "từ \(d)") }
        static let reviews = m("reviews", "kiểm điểm")
        static func form(_ f: String) -> Message { m("form \(f)", "mẫu \(f)") }
        static func sessions(_ n: Int) -> Message { m("\(n) session\(n == 1 ? "" : "s")", "\(n) buổi") }
        static func final(_ t: String) -> Message { m("final: \(t)", "kết quả: \(t)") }
        static let managedUpper = m("decided by the upper level", "cấp trên quyết định")
        static let grades = m("grades", "xếp loại"), leaderGrades = m("leader grades", "xếp loại lãnh đạo")
        static let discipline = m("discipline", "kỷ luật"), selfDiscovered = m("self-discovered", "tự phát hiện")
        static func countedIn(_ y: Int) -> Message { m("counted in \(y)", "đã tính năm \(y)") }
        static let collectiveUnit = m("unit", "đơn vị")
        static let kind = m("kind", "loại"), parent = m("parent", "cấp trên"), liaison = m("liaison", "phụ trách")
        static let created = m("created", "thành lập"), outstanding = m("outstanding", "tiêu biểu"), members = m("members", "đảng viên")
        static func excludedCount(_ n: Int) -> Message { m("\(n) excluded", "\(n) bị loại") }
        static let subunits = m("contains", "trực thuộc"), holders = m("holders", "thành viên"), cls = m("class", "loại")
        static let targets = m("targets", "chỉ tiêu"), completed = m("completed", "hoàn thành"), exceeded = m("exceeded", "vượt")
        static let late = m("late", "chậm"), priorFixed = m("prior issues fixed", "đã khắc phục")
        static func newUntil(_ d: String) -> Message { m("(under 6 months at the reference date; 6 months on \(d))", "(chưa đủ 6 tháng; đủ 6 tháng vào \(d))") }
        static func sixMonthsOn(_ d: String) -> Message { m("(6 months on \(d))", "(đủ 6 tháng vào \(d))") }
    }
}
