import KiemDiem

extension Verbs {
    /// After `set rules` on a graded workspace: the findings that appear and disappear, and the
    /// levels `cap` would now give differently (RulebookSwitch compares both rulebooks' results).
    static func rulesSwitched(_ s: Session, from old: Workspace) {
        guard old.settings.rules != s.workspace.settings.rules, !s.workspace.grades.isEmpty,
            let a = Rulebooks.book(for: old.settings), let b = Rulebooks.book(for: s.workspace.settings)
        else { return }
        let sw = RulebookSwitch.compare(WardFacts(old, book: a), WardFacts(s.workspace, book: b))
        // Ctrl-C stops the comparison's passes early: the rules are switched, the list is not whole.
        guard interruptRequested == 0 else { return s.say(ShellText.switchInterrupted) }
        s.say(ShellText.switched(old.settings.rules, s.workspace.settings.rules, sw))
        func name(_ r: SubjectRef) -> String { s.workspace.displayName(r) }
        for f in sw.disappeared { s.say(ShellText.switchLine("-", f, name(f.subject))) }
        for f in sw.appeared { s.say(ShellText.switchLine("+", f, name(f.subject))) }
        for l in sw.levels {
            s.say(ShellText.switchLevel(l.subject.description, name(l.subject), l.before, l.after))
        }
    }
}

extension ShellText {
    static let switchInterrupted = m("rules switched; the comparison of findings and levels was interrupted (check and cap --dry-run show them)",
                                     "đã đổi quy định; việc so sánh vấn đề và mức xếp loại bị ngắt (xem bằng check và cap --dry-run)")
    static func notAScore(_ t: String, _ opt: String) -> Message {
        m("--\(opt) needs a number of points from 0 (no sign) with at most 2 decimals, not \"\(t)\"",
          "--\(opt) cần một số điểm từ 0 trở lên (không có dấu), tối đa 2 chữ số thập phân, không phải \"\(t)\"")
    }
    static func switched(_ a: String, _ b: String, _ sw: RulebookSwitch) -> Message {
        sw.isEmpty ? m("rules \(a) → \(b): no finding or level changes", "quy tắc \(a) → \(b): không thay đổi vấn đề hay mức nào")
            : m("rules \(a) → \(b): \(n(sw.appeared.count, "finding")) \(sw.appeared.count == 1 ? "appears" : "appear"), \(sw.disappeared.count) \(sw.disappeared.count == 1 ? "disappears" : "disappear"), \(n(sw.levels.count, "level")) would change at cap",
                "quy tắc \(a) → \(b): \(sw.appeared.count) vấn đề mới, \(sw.disappeared.count) vấn đề hết, \(sw.levels.count) mức sẽ đổi khi cap")
    }
    static func switchLine(_ sign: String, _ f: Finding, _ name: String) -> Message {
        let l = findingLine(f, name)
        return m("  \(sign) \(l.en)", "  \(sign) \(l.vi)")
    }
    static func switchLevel(_ s: String, _ name: String, _ a: Level?, _ b: Level?) -> Message {
        m("  \(s) \(name): final \(a?.rawValue ?? "-") → \(b?.rawValue ?? "-")", "  \(s) \(name): kết quả \(a?.rawValue ?? "-") → \(b?.rawValue ?? "-")")
    }
}

extension ShellText {
    static func rulesCriteriaMisfit(_ r: String, _ why: Message) -> Message {
        m("the criteria list loaded does not fit rules \(r), which mark criteria in points: \(why.en)",
          "danh sách tiêu chí đã nạp không phù hợp quy tắc \(r) (chấm điểm tiêu chí): \(why.vi)")
    }
    static func hintRulesCriteria(_ r: String) -> Message {
        m("load criteria FILE --replace with a max for each criterion (common 30 + task results 70 on each sheet), then set rules \(r)",
          "hãy load criteria TỆP --replace có điểm tối đa cho từng tiêu chí (mỗi phiếu: tiêu chí chung 30 + kết quả 70), rồi set rules \(r)")
    }
}
