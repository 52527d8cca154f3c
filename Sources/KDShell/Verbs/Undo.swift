import KiemDiem

extension Verbs {
    static let undo = VerbSpec(
        name: "undo", group: .scenarios, usage: "undo [N]",
        summary: Message(en: "undo the last N changing commands (default 1)", vi: "hoàn tác N lệnh thay đổi gần nhất (mặc định 1)"),
        positionals: [.number],
        examples: ["undo", "undo 3"],
        run: { inv, s in try step(inv, s, undo: true) })

    static let redo = VerbSpec(
        name: "redo", group: .scenarios, usage: "redo [N]",
        summary: Message(en: "redo what undo took back", vi: "làm lại điều vừa hoàn tác"),
        positionals: [.number],
        examples: ["redo"],
        run: { inv, s in try step(inv, s, undo: false) })

    static func step(_ inv: Invocation, _ s: Session, undo: Bool) throws {
        try inv.noMorePositionals(than: 1)
        var n = 1
        if let w = inv.positionals.first {
            guard let k = Int(w.text), k >= 1 else { throw inv.error(ShellText.notACount(w.text, "N", from: 1), at: w) }
            n = k
        }
        let available = undo ? s.undoStack.count : s.redoStack.count
        guard available > 0 else { throw inv.error(undo ? ShellText.nothingToUndo : ShellText.nothingToRedo) }
        // Replaying a crash journal: steps that reached back before its base are not there
        // (an older kd's journal, or one whose copy could not be written: `rebaseJournal`). A
        // short `undo N` is a failure the recovery lists, not a note nobody sees over a state
        // that is not the session's.
        if s.replayClock != nil && (s.replaySteps ?? n) > available {
            throw inv.error(ShellText.fewerSteps(available, asked: s.replaySteps ?? n, undo: undo))
        }
        // With the steps done: `undo 5` that found 2 replays as it ran, and one that finds fewer fails.
        _ = s.journalBegin(inv.text, steps: min(n, available))
        var beyondJournal = false
        for _ in 0..<min(n, available) {
            if undo {
                if s.journalSteps.undo > 0 { s.journalSteps.undo -= 1; s.journalSteps.redo += 1 } else { beyondJournal = true }
                let st = s.undoStack.removeLast()
                s.apply(st, undo: true)
                s.redoStack.append(st)
                s.print("\(s.t(Message(en: "undone", vi: "đã hoàn tác"))): \(st.command)")
                s.audit(inv.text, ["undone: \(st.command)"], vi: ["đã hoàn tác: \(st.command)"])
            } else {
                if s.journalSteps.redo > 0 { s.journalSteps.redo -= 1; s.journalSteps.undo += 1 } else { beyondJournal = true }
                let st = s.redoStack.removeLast()
                s.apply(st, undo: false)
                s.undoStack.append(st)
                s.print("\(s.t(Message(en: "redone", vi: "đã làm lại"))): \(st.command)")
                s.audit(inv.text, ["redone: \(st.command)"], vi: ["đã làm lại: \(st.command)"])
            }
        }
        if n > available { s.say(ShellText.fewerSteps(available, asked: n, undo: undo)) }
        // Beyond what the journal replays, or back on the workspace's file: start it again.
        if beyondJournal || (!s.dirty && s.workspacePath != nil) { s.rebaseJournal() }
    }
}
