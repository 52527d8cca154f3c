import KiemDiem

extension Verbs {
    static let list = VerbSpec(
        name: "list", group: .reports, usage: "list members|units|collectives [--unit U] [--level L] [--where FIELD=VALUE]",
        summary: Message(en: "list members (in Vietnamese name order), units or collectives",
                         vi: "liệt kê đảng viên (theo thứ tự tên tiếng Việt), đơn vị hoặc tập thể"),
        options: [
            OptionSpec("unit", .unit, Message(en: "only those in this unit (and its groups or cells)", vi: "chỉ trong đơn vị này (kể cả tổ đảng, chi bộ trực thuộc)")),
            OptionSpec("level", .level, Message(en: "only those whose final level is L", vi: "chỉ những đối tượng có mức xếp loại cuối là L")),
            OptionSpec("where", .memberField, Message(en: "only those whose FIELD equals VALUE (case and diacritics ignored)",
                                               vi: "chỉ những đối tượng có TRƯỜNG bằng GIÁ-TRỊ (không phân biệt hoa thường, dấu)"), repeatable: true),
        ],
        subwords: ["members", "units", "collectives"],
        positionals: [.choice(["members", "units", "collectives"])],
        examples: ["list members --unit CB01", "list members --where status=exempt", "list units"],
        run: { inv, s in
            let w = try inv.positional(0, "members, units or collectives")
            try inv.noMorePositionals(than: 1)
            let ws = s.workspace
            let final = FinalLevels(ws)
            var unitFilter: String?
            if let u = inv.value("unit") { unitFilter = try unitCode(u, inv, ws) }
            let level = try inv.value("level").map { try inv.level($0) }
            // `any`: excluded=yes keeps every excluded member, whatever the reason.
            var wheres: [(Word, String, String, typed: String, any: Bool)] = []
            for wd in inv.values("where") {
                guard let eq = wd.text.firstIndex(of: "=") else { throw inv.error(ShellText.whereForm(wd.text), at: wd) }
                let name = String(wd.text[..<eq])
                let field = LoadKind.roster.schema.canonical(name) ?? MemberFields.viHeaders[Vietnamese.key(name)] ?? MemberFields.key(name)
                var value = Vietnamese.key(String(wd.text[wd.text.index(after: eq)...]))
                // Fixed values may be written as a file's cells write them, in Vietnamese too
                // (status=miễn, level=tốt… or good, civil_servant=có, excluded=miễn).
                let typed = String(wd.text[wd.text.index(after: eq)...])
                var any = false
                // A fixed field's value that is none of its values matches nobody: said, not
                // listed as "0 members" (excluded=yes looked like no one was excluded).
                func refuse(_ values: [String]) throws -> Never {
                    throw inv.error(ShellText.notAWhereValue(name, typed, values), at: wd)
                }
                let blank = typed.allSatisfy(\.isWhitespace)
                switch field {
                case "status":
                    if let st = VietnameseValues.match(typed, Member.Status.self, VietnameseValues.status) { value = st.rawValue }
                    else if !blank { try refuse(Member.Status.allCases.map(\.rawValue)) }
                case "level", "workplace_level":
                    if let l = Level.parse(typed) { value = Vietnamese.key(l.rawValue) }
                    else if !blank { try refuse(Level.allCases.map(\.rawValue)) }
                case "workplace_stage":
                    if let st = VietnameseValues.match(typed, Stage.self, VietnameseValues.stage) { value = st.rawValue }
                    else if !blank { try refuse(Stage.allCases.map(\.rawValue)) }
                case "excluded":
                    if let r = VietnameseValues.match(typed, Exclusion.Reason.self, VietnameseValues.reason) { value = Vietnamese.key(r.rawValue) }
                    else if let b = VietnameseValues.bool(typed) { value = ""; any = b }  // excluded=no: not excluded
                    else if !blank { try refuse(Exclusion.Reason.allCases.map(\.rawValue) + ["yes", "no"]) }
                case "civil_servant", "outside":
                    if let b = VietnameseValues.bool(typed) { value = b ? "yes" : "no" }
                    else if !blank { try refuse(["yes", "no"]) }
                default: break
                }
                wheres.append((wd, field, value, name, any))
            }
            func matches(_ fields: [String: String], _ known: [String]) throws -> Bool {
                for (wd, f, v, typed, any) in wheres {
                    guard let have = fields[f] else {
                        if known.contains(f) { if !v.isEmpty || any { return false } else { continue } }
                        // Named as typed (not as folded into a key), with the headers that work.
                        throw inv.error(ShellText.unknownField(typed, known.sorted()), at: wd,
                                        hints: Suggest.hint(f, known) + [ShellText.hintWhereHeaders])
                    }
                    if any ? have.isEmpty : Vietnamese.key(have) != v { return false }
                }
                return true
            }
            var rows: [[String]] = []
            switch w.text.lowercased() {
            case "members":
                let known = MemberFields.names + Array(Set(ws.members.values.flatMap { $0.extra.map { Array($0.keys) } ?? [] }))
                    .map(MemberFields.key)
                var picked: [(Member, Level?)] = []
                func pick(_ m: Member) throws {
                    if let u = unitFilter, !ws.isWithin(m, u) { return }
                    let lvl = final(SubjectRef(.member, m.id))
                    if let l = level, lvl != l { return }
                    if !wheres.isEmpty, try !matches(MemberFields.of(m, ws, final), known) { return }
                    picked.append((m, lvl))
                }
                // In the name order the shell keeps between commands where it has it: sorting
                // a province's roster again took seconds that Ctrl-C could not cut short.
                if let order = s.peopleOrder()?(ws) {
                    for (n, id) in order.enumerated() {
                        if n % 4096 == 0 { try s.checkInterrupt() }
                        if let m = ws.members[id] { try pick(m) }
                    }
                } else {
                    for (n, m) in ws.members.values.enumerated() {
                        if n % 4096 == 0 { try s.checkInterrupt() }
                        try pick(m)
                    }
                    let byID = Dictionary(uniqueKeysWithValues: picked.map { ($0.0.id, $0) })
                    picked = ws.sortedByName(picked.map(\.0)).map { byID[$0.id]! }
                }
                try s.checkInterrupt()
                for (n, (m, lvl)) in picked.enumerated() {
                    if n % 4096 == 0 { try s.checkInterrupt() }
                    rows.append([m.id, m.name, m.unit, m.group ?? "", s.t(Message(en: m.status.rawValue, vi: VietnameseValues.name(m.status))),
                                 final.exclusionReason(m.id).map { s.lang == .vi ? Catalog.Reports.reasonText($0).vi : $0.rawValue } ?? "",
                                 lvl?.rawValue ?? ""])
                }
                try s.printTable([L.id, L.name, L.unit, L.group, L.status, L.excluded, L.level], rows)
                s.say(ShellText.countOf(rows.count, "member", "members", "đảng viên"))
            case "units":
                let known = ["code", "name", "kind", "type", "parent", "liaison", "created"]
                // As `--unit` reads a unit everywhere: the committee counts its whole tree.
                let counts = Reports.memberCounts(ws)
                let order: [Unit.Kind: Int] = [.committee: 0, .cell: 1, .group: 2]
                let units = ws.units.values.sorted { (order[$0.kind]!, $0.code) < (order[$1.kind]!, $1.code) }
                for u in units {
                    if let f = unitFilter, u.code != f, !ws.isAncestor(f, of: u.code) { continue }
                    let lvl = u.isGraded ? final(SubjectRef(.organization, u.code)) : nil
                    if let l = level, lvl != l { continue }
                    let fields = ["code": u.code, "name": u.name, "kind": u.kind.rawValue, "type": u.type?.rawValue ?? "",
                                  "parent": u.parent ?? "", "liaison": u.liaison ?? "", "created": u.created?.description ?? ""]
                    if !wheres.isEmpty, try !matches(fields, known) { continue }
                    rows.append([u.code, u.name, s.t(Message(en: u.kind.rawValue, vi: VietnameseValues.name(u.kind))),
                                 u.type.map { s.t(Message(en: $0.rawValue, vi: VietnameseValues.name($0))) } ?? "", u.parent ?? "",
                                 String(counts[u.code] ?? 0), lvl?.rawValue ?? ""])
                }
                try s.printTable([L.code, L.title, L.kind, L.type, L.parent, L.members, L.level], rows)
                s.say(ShellText.countOf(rows.count, "unit", "units", "đơn vị"))
            case "collectives":
                let known = ["code", "name", "class", "unit"]
                for c in ws.collectives.values.sorted(by: { $0.code < $1.code }) {
                    if let f = unitFilter, c.unit != f, !(c.unit.map { ws.isAncestor(f, of: $0) } ?? false) { continue }
                    let lvl = final(SubjectRef(.collective, c.code))
                    if let l = level, lvl != l { continue }
                    let fields = ["code": c.code, "name": c.name, "class": c.cls.rawValue, "unit": c.unit ?? ""]
                    if !wheres.isEmpty, try !matches(fields, known) { continue }
                    let heads = ws.positions.values.filter { $0.body == c.code }.count
                    rows.append([c.code, c.name, s.t(Message(en: c.cls.rawValue, vi: VietnameseValues.name(c.cls))), c.unit ?? "",
                                 String(heads), lvl?.rawValue ?? ""])
                }
                try s.printTable([L.code, L.title, L.cls, L.unit, L.positions, L.level], rows)
                s.say(ShellText.countOf(rows.count, "collective", "collectives", "tập thể"))
            default:
                let all = ["members", "units", "collectives"]
                throw inv.error(ShellText.badChoice(w.text, all), at: w, hints: Suggest.hint(w.text, all))
            }
        })
}

/// The fields `--where` can test on a member.
enum MemberFields {
    /// A roster column as `--where` names it: folded, blanks as underscores (`Quê quán` → `que_quan`).
    static func key(_ header: String) -> String { Vietnamese.key(header).replacingOccurrences(of: " ", with: "_") }

    /// `list members`'s Vietnamese headers that are not a roster file's (those `canonical` reads).
    static let viHeaders = ["khong xep loai": "excluded", "muc xep loai": "level"]
    static let names = ["id", "name", "unit", "group", "gender", "born", "admitted", "status", "civil_servant",
                        "outside", "workplace_level", "workplace_stage", "excluded", "level"]
    static func of(_ m: Member, _ ws: Workspace, _ final: FinalLevels) -> [String: String] {
        var f: [String: String] = [
            "id": m.id, "name": m.name, "unit": m.unit, "status": m.status.rawValue,
            "civil_servant": m.civilServant ? "yes" : "no", "outside": m.outside ? "yes" : "no",
        ]
        f["group"] = m.group
        f["gender"] = m.gender
        f["born"] = m.born?.description
        f["admitted"] = m.admitted?.description
        f["workplace_level"] = m.workplaceLevel?.rawValue
        f["workplace_stage"] = m.workplaceStage?.rawValue
        // As the rules have it, whether or not `exclude --auto` has recorded it yet.
        f["excluded"] = final.exclusionReason(m.id)?.rawValue
        f["level"] = final(SubjectRef(.member, m.id))?.rawValue
        for (k, v) in m.extra ?? [:] { f[key(k)] = v }
        return f
    }
}

extension Workspace {
    /// True when `code` is a strict ancestor of `unit`.
    func isAncestor(_ code: String, of unit: String) -> Bool {
        var cur = units[unit]?.parent
        var steps = 0
        while let c = cur, steps <= units.count {
            if c == code { return true }
            cur = units[c]?.parent
            steps += 1
        }
        return false
    }

    func isWithin(_ m: Member, _ code: String) -> Bool {
        m.unit == code || m.group == code || isAncestor(code, of: m.unit)
    }

    /// Members in Vietnamese name order (given, middle, family), ties by id: the roster's
    /// order (`WardFacts.peopleInNameOrder`), each distinct name keyed once.
    func sortedByName(_ ms: [Member]) -> [Member] {
        var at: [String: Int] = [:]
        at.reserveCapacity(ms.count)
        for (i, m) in ms.enumerated() { at[m.id] = i }
        return WardFacts.peopleInNameOrder(ids: ms.map(\.id), names: ms.map(\.name)).map { ms[at[$0]!] }
    }
}

extension Session {
    /// Lays out with the reports' renderer: columns aligned by display width (Vietnamese,
    /// decomposed or wide text), fitted to the terminal's width. The English headers are the
    /// names `--where` takes; `list members`'s Vietnamese ones are taken too.
    func printTable(_ header: [Message], _ rows: [[String]]) throws {
        let t = ReportTable(columns: header.map { ReportColumn($0.en, $0) }, rows: rows.map { $0.map { .text($0) } })
        let text = TextRenderer.table(t, .init(lang: lang, width: console.width, color: color, frame: false))
        try checkInterrupt()  // a stopped table is not whole
        try emit(text)
    }

    /// Writes a long result (a list, a report) in pieces of whole lines, so that Ctrl-C stops
    /// it between two ("interrupted"): written at once, a million rows kept the terminal busy
    /// for 20 s after Ctrl-C (shell audit).
    func emit(_ text: String, interrupted: Message = ShellText.interrupted) throws {
        let piece = 64 * 1024
        var start = text.utf8.startIndex
        while start < text.utf8.endIndex {
            var end = text.utf8.index(start, offsetBy: piece, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
            if end < text.utf8.endIndex {
                end = text.utf8[end...].firstIndex(of: 0x0A).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            }
            console.out(String(text[start..<end]))
            start = end
            if start < text.utf8.endIndex { try checkInterrupt(saying: interrupted) }
        }
    }

    /// Prints the lines of a change already made (an exclusion or lowering per subject: tens
    /// of thousands in a province) in pieces. Ctrl-C then stops the printing, and says that the
    /// change stands and how to take it back: it was kept without a word (prompt audit).
    func sayDone(_ lines: [Message]) throws {
        try checkInterrupt(saying: ShellText.interruptedAfterChange)
        var text = ""
        for l in lines {
            text += t(l)
            text += "\n"
        }
        try emit(text, interrupted: ShellText.interruptedAfterChange)
    }
}

/// The headers of `list` and `find`: lower case, as typed after `--where`.
private enum L {
    static let id = Message(en: "id", vi: "mã"), code = Message(en: "code", vi: "mã"), name = Message(en: "name", vi: "họ và tên")
    static let title = Message(en: "name", vi: "tên"), unit = Message(en: "unit", vi: "đơn vị"), group = Message(en: "group", vi: "tổ đảng")
    static let status = Message(en: "status", vi: "tình trạng"), excluded = Message(en: "excluded", vi: "không xếp loại")
    static let level = Message(en: "level", vi: "mức xếp loại"), kind = Message(en: "kind", vi: "loại")
    static let type = Message(en: "type", vi: "kiểu chi bộ"), parent = Message(en: "parent", vi: "cấp trên")
    static let members = Message(en: "members", vi: "số đảng viên"), cls = Message(en: "class", vi: "loại tập thể")
    static let positions = Message(en: "positions", vi: "số chức vụ")
}

extension ShellText {
    static func whereForm(_ t: String) -> Message { m("--where needs FIELD=VALUE, not \"\(t)\"", "--where cần TRƯỜNG=GIÁ-TRỊ, không phải \"\(t)\"") }
    static func notAWhereValue(_ f: String, _ v: String, _ values: [String]) -> Message {
        m("\(f)=\(v): not a value of \(f) (\(values.joined(separator: ", ")), or their Vietnamese words)",
          "\(f)=\(v): không phải giá trị của \(f) (\(values.joined(separator: ", ")), hoặc từ tiếng Việt tương ứng)")
    }
    static func unknownField(_ f: String, _ all: [String]) -> Message {
        m("unknown field \"\(f)\"; fields: \(all.joined(separator: ", "))", "không có trường \"\(f)\"; các trường: \(all.joined(separator: ", "))")
    }
    static let hintWhereHeaders = m("a roster file's header works too, in English or Vietnamese (tình trạng=miễn, chi bộ=CB01)",
                                    "tên cột của tệp danh sách cũng dùng được, tiếng Anh hoặc tiếng Việt (tình trạng=miễn, chi bộ=CB01)")
    static func countOf(_ n: Int, _ one: String, _ many: String, _ vi: String) -> Message { m("\(n) \(n == 1 ? one : many)", "\(n) \(vi)") }
}
