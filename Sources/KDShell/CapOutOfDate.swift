import KiemDiem

/// The final levels reports and `expect` read are the ones `cap` recorded. Once the workspace
/// changes after it (a setting, a grade, an exclusion), they may no longer be what the rules in
/// force give, and a board's script would file or assert them without a word; `report document`
/// already said so. The audit log tells cheaply whether anything changed since the last `cap`;
/// only then is cap worked out again (a national one takes seconds) to say how many it changes.
extension Session {
    /// Whether a command changed the workspace after the last `cap` that recorded levels.
    var changedSinceCap: Bool {
        guard let last = workspace.audit.lastIndex(where: { $0.command.split(separator: " ").first?.lowercased() == "cap" }) else {
            return false
        }
        return last < workspace.audit.count - 1
    }

    /// How many subjects' final levels `cap` would change now; 0 when nothing changed since it
    /// last ran, or when it never ran (the final levels are then the graded ones, as said).
    func levelsCapWouldChange() -> Int {
        guard changedSinceCap, let book = Rulebooks.book(for: workspace.settings) else { return 0 }
        let facts = WardFacts(workspace, book: book, peopleOrder: peopleOrder(), subjects: subjectIndexes())
        var ctx = ReportContext(workspace: workspace, filter: ReportFilter())
        ctx.blocked = facts.subjectBlocks()
        ctx.blockedByRules = true
        Verbs.pendingCap(&ctx, facts.cap(keepOutcomes: false))
        return ctx.pendingCapCount
    }

    /// The note on stderr, when there is one to give.
    func noteCapOutOfDate(_ what: Message) {
        let n = levelsCapWouldChange()
        if n > 0 { console.err(t(ShellText.capOutOfDate(n, what)) + "\n") }
    }
}

extension ShellText {
    static let readsReport = m("this report shows", "báo cáo này ghi")
    static let readsExpect = m("this expect read", "lệnh expect này đọc")
    static func capOutOfDate(_ n: Int, _ what: Message) -> Message {
        m("note: the workspace changed since cap last ran, and cap would now change the level of \(n) subject\(n == 1 ? "" : "s"); \(what.en) the levels cap recorded (run cap, or cap --dry-run to see the changes)",
          "lưu ý: workspace đã thay đổi từ lần chạy cap gần nhất, nay cap sẽ thay đổi mức của \(n) đối tượng; \(what.vi) mức cap đã ghi (hãy chạy cap, hoặc cap --dry-run để xem các thay đổi)")
    }
}
