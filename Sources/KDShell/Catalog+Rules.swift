import KiemDiem

/// The review and grading verbs' messages, and the helpers they share.
extension ShellText {
    static func rulesUnavailable(_ r: String) -> Message {
        m("the rules of \(r) are not available in this kd yet", "kd này chưa có bộ quy tắc \(r)")
    }
    static let hintRules = m("set rules qd124", "set rules qd124")
    static func refused(_ rule: String, _ msg: Message) -> Message {
        rule.isEmpty ? msg : m("\(rule): \(msg.en)", "\(rule): \(msg.vi)")
    }
    static func unknownVenue(_ v: String) -> Message {
        m("unknown venue \"\(v)\": not a unit's or collective's code or name", "không có nơi kiểm điểm \"\(v)\": không phải mã hay tên đơn vị, tập thể")
    }
    static func unknownMemberId(_ v: String) -> Message { m("unknown member \"\(v)\"", "không có đảng viên \"\(v)\"") }
    static func reviewed(_ s: String, _ v: String) -> Message { m("reviewed \(s) at \(v)", "đã ghi kiểm điểm \(s) tại \(v)") }
    static func graded(_ s: String, _ st: Stage, _ l: Level, _ was: Level?) -> Message {
        // The same level given again (with votes, a score, a note) is not a change of level.
        let w = was.map { $0 == l ? " (level unchanged)" : " (was \($0.rawValue))" } ?? ""
        let wv = was.map { $0 == l ? " (mức không đổi)" : " (trước: \($0.rawValue))" } ?? ""
        return m("\(s) \(st.rawValue): \(l.rawValue)\(w)", "\(s) \(RulesText.stageName(st).vi): \(l.rawValue)\(wv)")
    }
    static func findingLine(_ f: Finding, _ name: String) -> Message {
        let sev = f.severity == .warning ? "warning " : ""
        return m("\(sev)\(f.rule) \(f.subject) \(name): \(f.problem.en); fix: \(f.fix.en)",
                 "\(f.severity == .warning ? "cảnh báo " : "")\(f.rule) \(f.subject) \(name): \(f.problem.vi); cách sửa: \(f.fix.vi)")
    }
    /// `check`'s line for an id or code that names more than one subject (ID-CLASH).
    static func idClashLine(_ code: String, _ keys: [String]) -> Message {
        let list = keys.joined(separator: ", ")
        return m("warning ID-CLASH \(code): names \(list), so the id alone is refused; fix: use a key (\(list)), or give one of them another id",
                 "cảnh báo ID-CLASH \(code): mã dùng chung cho \(list) nên chỉ gõ mã sẽ bị từ chối; cách sửa: dùng khóa (\(list)), hoặc đổi mã của một đối tượng")
    }
    static func referenceDateLine(_ r: ReferenceDate) -> Message {
        let p = RulesText.referenceOutsideYear(r), f = RulesText.fixReferenceOutsideYear(r)
        return m("warning AS-OF-YEAR: \(p.en); fix: \(f.en)", "cảnh báo AS-OF-YEAR: \(p.vi); cách sửa: \(f.vi)")
    }
    static func referenceOutsideYear(_ r: ReferenceDate) -> Message {
        let p = RulesText.referenceOutsideYear(r), f = RulesText.fixReferenceOutsideYear(r)
        return m("warning: \(p.en); type: \(f.en)", "cảnh báo: \(p.vi); hãy gõ: \(f.vi)")
    }
    static func findingCount(_ e: Int, _ w: Int) -> Message {
        e + w == 0 ? m("no findings", "không có vấn đề nào")
            : m("\(n(e + w, "finding")) (\(n(e, "error")), \(n(w, "warning")))", "\(e + w) vấn đề (\(e) lỗi, \(w) cảnh báo)")
    }
    static func capLine(_ s: String, _ name: String, _ a: Adjustment) -> Message {
        m("\(s) \(name): \(a.from.rawValue) → \(a.to.rawValue) \(a.rule): \(a.reason.en)",
          "\(s) \(name): \(a.from.rawValue) → \(a.to.rawValue) \(a.rule): \(a.reason.vi)")
    }
    static func capRestored(_ s: String, _ name: String, _ l: Level) -> Message {
        m("\(s) \(name): back to \(l.rawValue) (no rule lowers it now)", "\(s) \(name): trở lại \(l.rawValue) (không còn quy tắc hạ mức)")
    }
    static func capDroppedNotGraded(_ s: String, _ name: String, _ rule: String) -> Message {
        m("\(s) \(name): cap's change dropped: not graded now (\(rule))", "\(s) \(name): bỏ điều chỉnh của cap: nay không xếp loại (\(rule))")
    }
    static func capTie(_ g: String, _ names: [String], _ slots: Int) -> Message {
        m("R-QUOTA tie in group \(g): \(names.joined(separator: ", ")) rank equal across the cut; \(slots) of \(names.count) may stay HTXSNV: the committee decides, kd lowers none of them",
          "R-QUOTA đồng hạng trong nhóm \(RulesText.quotaGroupVi(g)): \(names.joined(separator: ", ")) bằng nhau tại ngưỡng; chỉ \(slots)/\(names.count) được giữ HTXSNV: cấp ủy quyết định, kd không hạ ai trong số này")
    }
    static func capUpperKept(_ h: String, _ name: String, _ why: Message) -> Message {
        m("R-HEAD-CAP \(h) \(name): \(why.en)", "R-HEAD-CAP \(h) \(name): \(why.vi)")
    }
    static func capHeadless(_ h: String, _ b: String) -> Message {
        m("R-HEAD-CAP \(h): heads \(b), which has no grade yet: not capped", "R-HEAD-CAP \(h): đứng đầu \(b) chưa xếp loại: chưa áp trần")
    }
    static func capHeadlessMore(_ n: Int) -> Message {
        m("R-HEAD-CAP: \(n) more head\(n == 1 ? "" : "s") of a body with no grade yet: not capped (check lists each)",
          "R-HEAD-CAP: thêm \(n) người đứng đầu của tập thể/tổ chức chưa xếp loại: chưa áp trần (check liệt kê từng trường hợp)")
    }
    /// Adjustments recorded again with another reason, their levels and rule unchanged.
    static func capReworded(_ n: Int, dry: Bool) -> Message {
        dry ? m("\(ShellText.n(n, "adjustment")) would keep \(n == 1 ? "its" : "their") level with the reason reworded",
                "\(n) điều chỉnh sẽ giữ nguyên mức, chỉ ghi lại lý do")
            : m("\(ShellText.n(n, "adjustment")) kept \(n == 1 ? "its" : "their") level, the reason reworded",
                "\(n) điều chỉnh giữ nguyên mức, đã ghi lại lý do")
    }
    static func capSummary(_ n: Int, updates u: Int = 0, _ total: Int, dry: Bool) -> Message {
        let inForce = ShellText.n(total, "adjustment")
        let levels = n == 0 ? "no change of level" : "\(ShellText.n(n, "change")) of level"
        let en = u == 0 ? ShellText.n(n, "change") : "\(levels) and \(ShellText.n(u, "record update"))"
        let vi = u == 0 ? "\(n) thay đổi" : "\(n == 0 ? "không thay đổi mức" : "\(n) thay đổi mức") và \(u) cập nhật hồ sơ"
        if dry {
            // Worded as `cap` words the same case.
            return n + u == 0 ? m("dry run: nothing to change, nothing recorded", "chạy thử: không có gì thay đổi, không ghi gì")
                : m("dry run: \(en), nothing recorded", "chạy thử: \(vi), không ghi gì")
        }
        return n + u == 0 ? m("cap: nothing to change (\(inForce) in force)", "cap: không có gì thay đổi (\(total) điều chỉnh đang áp dụng)")
            : m("cap: \(en) recorded (\(inForce) in force)", "cap: đã ghi \(vi) (\(total) điều chỉnh đang áp dụng)")
    }
    /// A lowering in force whose level stands, now made by another rule (R-QUOTA before, the
    /// head cap now): not a change of level.
    static func capRuleChanged(_ s: String, _ name: String, _ a: Adjustment, was: String) -> Message {
        m("\(s) \(name): stays \(a.to.rawValue), now by \(a.rule) (was \(was)): \(a.reason.en)",
          "\(s) \(name): giữ \(a.to.rawValue), nay theo \(a.rule) (trước theo \(was)): \(a.reason.vi)")
    }
    static func planLine(_ s: String, _ name: String, _ o: OwedReview) -> Message {
        // Where it was held, when that is the other venue (the party group).
        let held = o.done.map { $0.venue == o.venue ? "" : " at \($0.venue)" } ?? ""
        let heldVi = o.done.map { $0.venue == o.venue ? "" : " tại \($0.venue)" } ?? ""
        let st = o.done.map { "done" + ($0.date.map { " \($0)" } ?? "") + held } ?? "pending"
        let sv = o.done.map { "đã xong" + ($0.date.map { " \($0.vietnamese)" } ?? "") + heldVi } ?? "chưa"
        return m("\(s) \(name): at \(o.venue)\(o.alternatives.isEmpty ? "" : " (or \(o.alternatives.joined(separator: ", ")))"), form \(o.form), \(o.rule): \(st)",
                 "\(s) \(name): tại \(o.venue)\(o.alternatives.isEmpty ? "" : " (hoặc \(o.alternatives.joined(separator: ", ")))"), mẫu \(o.form), \(o.rule): \(sv)")
    }
    static func planSummary(_ n: Int, _ d: Int) -> Message {
        m("\(n) reviews owed, \(d) done, \(n - d) pending", "\(n) lượt kiểm điểm, \(d) đã xong, \(n - d) chưa")
    }
    static func disciplined(_ s: String, _ what: Message) -> Message { m("recorded \(what.en) for \(s)", "đã ghi \(what.vi) cho \(s)") }
    static let duplicateRecord = m("this record already exists", "hồ sơ này đã có")
    static func whyHeader(_ s: String, _ name: String) -> Message { m("why \(s) \(name)", "vì sao \(s) \(name)") }
}

extension ShellText {
    /// "1 change", "2 changes".
    static func n(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
}

extension Session {
    /// The workspace's rule facts, or an error when its rulebook is not written yet.
    func facts(_ inv: Invocation) throws -> WardFacts {
        guard let book = Rulebooks.book(for: workspace.settings) else {
            throw inv.error(ShellText.rulesUnavailable(workspace.settings.rules), hints: [ShellText.hintRules])
        }
        return WardFacts(workspace, book: book, peopleOrder: peopleOrder(), subjects: subjectIndexes())
    }

    /// Same as above for use inside a transaction (on its copy).
    func facts(_ ws: Workspace, _ inv: Invocation) throws -> WardFacts {
        guard let book = Rulebooks.book(for: ws.settings) else {
            throw inv.error(ShellText.rulesUnavailable(ws.settings.rules), hints: [ShellText.hintRules])
        }
        return WardFacts(ws, book: book)
    }

    func refusal(_ inv: Invocation, _ r: Refusal, at w: Word? = nil) -> KDError {
        inv.error(ShellText.refused(r.rule, r.message), at: w, hints: r.hint.map { [$0] } ?? [])
    }
}
