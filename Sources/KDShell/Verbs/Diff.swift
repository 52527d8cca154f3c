import KiemDiem

extension Verbs {
    static let diff = VerbSpec(
        name: "diff", group: .scenarios, usage: "diff NAME",
        summary: Message(en: "what differs between now and a snapshot: final levels, exclusions, records, counts per level",
                         vi: "khác biệt giữa hiện tại và một trạng thái đã lưu: mức xếp loại, loại trừ, hồ sơ, số lượng theo mức"),
        positionals: [.snapshot],
        examples: ["diff before-quota"],
        run: { inv, s in
            let name = try inv.positional(0, "NAME")
            try inv.noMorePositionals(than: 1)
            let old = try s.snapshotNamed(name, inv)
            let d = ScenarioDiff(from: old, to: s.workspace)
            try s.checkInterrupt()  // a stopped diff is part of one
            let ws = s.workspace
            s.print("\(s.t(Message(en: "diff", vi: "so sánh"))) \(name.text) → \(s.t(Message(en: "now", vi: "hiện tại")))")
            if d.isEmpty { s.say(Message(en: "nothing differs", vi: "không có gì khác")) }
            if !d.settings.isEmpty {
                s.say(Message(en: "Settings:", vi: "Thiết lập:"))
                for c in d.settings {
                    let (name, before, after) = Verbs.settingAsTyped(c.key, c.before, c.after)
                    s.print("  \(name)  \(before) → \(after)")
                }
            }
            if !d.levels.isEmpty {
                s.say(Message(en: "Final levels:", vi: "Mức xếp loại cuối cùng:"))
                for c in d.levels {
                    let who = c.subject.cls == .member ? c.subject.id : c.subject.key
                    // A subject gone since (a roster replaced) is named as the snapshot knew it.
                    let now = ws.displayName(c.subject), name = now == c.subject.id ? old.displayName(c.subject) : now
                    s.print("  \(who)  \(name)  \(c.before?.rawValue ?? "-") → \(c.after?.rawValue ?? "-")")
                }
            }
            if !d.exclusions.isEmpty {
                s.say(Message(en: "Exclusions:", vi: "Không kiểm điểm, xếp loại:"))
                for c in d.exclusions {
                    func reason(_ r: Exclusion.Reason?) -> String { r.map { s.t(Catalog.Reports.reasonText($0)) } ?? "-" }
                    s.print("  \(c.member)  \(ws.members[c.member]?.name ?? old.members[c.member]?.name ?? "")  \(reason(c.before)) → \(reason(c.after))")
                }
            }
            if !d.records.isEmpty {
                let list = d.records.joined(separator: ", ")
                s.say(Message(en: "Records that differ (restore takes them back too): \(list)",
                              vi: "Hồ sơ có khác biệt (restore cũng đưa về như cũ): \(d.records.map { r in tableNameVi[r].map { "\($0) (\(r))" } ?? r }.joined(separator: ", "))"))
            }
            s.say(Message(en: "Counts per final level (snapshot → now):", vi: "Số lượng theo mức cuối cùng (đã lưu → hiện tại):"))
            let keys: [Level?] = Level.allCases.map { Optional($0) } + [nil]
            for c in d.counts {
                let cells = keys.map { k -> String in
                    let a = c.before[k] ?? 0, b = c.after[k] ?? 0
                    let label = k?.rawValue ?? s.t(Message(en: "not graded", vi: "chưa xếp loại"))
                    return a == b ? "\(label) \(a)" : "\(label) \(a) → \(b)"
                }
                s.print("  \(s.t(Message(en: c.cls.rawValue, vi: VietnameseValues.name(c.cls)))): \(cells.joined(separator: ", "))")
            }
        })
}

extension Verbs {
    /// The workspace's tables (data.md §3's names) in a Vietnamese sentence.
    static let tableNameVi = [
        "units": "đơn vị", "collectives": "tập thể", "members": "đảng viên", "positions": "chức vụ",
        "exclusions": "loại trừ", "reviews": "kiểm điểm", "grades": "xếp loại", "discipline": "kỷ luật",
        "targets": "chỉ tiêu nhiệm vụ", "adjustments": "điều chỉnh", "criteria": "tiêu chí",
        "assessments": "đánh giá tiêu chí", "shortcomings": "hạn chế, khuyết điểm",
    ]

    /// A changed setting as `set` spells it (`as-of`, `quota-group member`, on/off), not by the
    /// workspace file's keys (`asOf`, `quotaGroups.member`); "-" is the default.
    static func settingAsTyped(_ key: String, _ before: String, _ after: String) -> (String, String, String) {
        func plain(_ v: String) -> String { v.count >= 2 && v.hasPrefix("\"") && v.hasSuffix("\"") ? String(v.dropFirst().dropLast()) : v }
        var name = key, b = plain(before), a = plain(after)
        switch key {
        case "asOf": name = "as-of"
        case "quotaBase": name = "quota-base"
        case "headCap":
            name = "head-cap"
            (b, a) = (b == "true" ? "on" : b == "false" ? "off" : b, a == "true" ? "on" : a == "false" ? "off" : a)
        default:
            if key.hasPrefix("quotaGroups.") {
                name = "quota-group " + key.dropFirst("quotaGroups.".count)
                (b, a) = ("by " + (b == "-" ? "class" : b), "by " + (a == "-" ? "class" : a))
            } else if key.hasPrefix("deadlines.") {
                name = "deadline " + key.dropFirst("deadlines.".count)
                (b, a) = (b == "-" ? "default" : b, a == "-" ? "default" : a)
            }
        }
        return (name, b, a)
    }
}
