import KiemDiem

extension Verbs {
    static let snapshot = VerbSpec(
        name: "snapshot", group: .scenarios, usage: "snapshot NAME",
        summary: Message(en: "keep the current state under a name (saved with the workspace)",
                         vi: "lưu trạng thái hiện tại dưới một tên (lưu cùng workspace)"),
        positionals: [.text],
        examples: ["snapshot before-quota", "snapshot \"phương án 1\""],
        run: { inv, s in
            let name = try inv.positional(0, "NAME")
            try inv.noMorePositionals(than: 1)
            // A blank name could not be told apart in `snapshots`, nor typed back to `restore`;
            // nor could "a " from "a", nor a tab from a blank.
            if name.text.allSatisfy(\.isWhitespace) {
                throw inv.error(Message(en: "a snapshot needs a name", vi: "trạng thái cần có tên"), at: name,
                                hints: [Message(en: "for example: snapshot before-quota", vi: "ví dụ: snapshot truoc-ty-le")])
            }
            let trimmed = name.text.trimmingCharacters(in: .whitespaces)
            if trimmed != name.text || name.text.rangeOfCharacter(from: .controlCharacters) != nil {
                let fixed = trimmed.components(separatedBy: .controlCharacters).joined(separator: " ")
                throw inv.error(Message(en: "a snapshot's name has no blank at either end, and no tab or line break",
                                        vi: "tên trạng thái không được có khoảng trắng ở đầu hay cuối, hay dấu tab, xuống dòng"), at: name,
                                hints: [Message(en: "for example: snapshot \"\(fixed)\"", vi: "ví dụ: snapshot \"\(fixed)\"")])
            }
            let replaces = s.workspace.snapshots[name.text] != nil
            try s.mutate(inv) { tx in
                tx.set(\.snapshots, name.text, tx.ws.snapshotCopy)
                tx.say(Message("snapshot \(name.text)"))
            }
            s.say(replaces
                  ? Message(en: "snapshot \"\(name.text)\" taken, in place of the earlier one (undo brings that back)",
                            vi: "đã lưu trạng thái \"\(name.text)\", thay cho trạng thái cũ cùng tên (undo để lấy lại)")
                  : Message(en: "snapshot \"\(name.text)\" taken", vi: "đã lưu trạng thái \"\(name.text)\""))
        })

    static let restore = VerbSpec(
        name: "restore", group: .scenarios, usage: "restore NAME",
        summary: Message(en: "go back to a snapshot (undoable; snapshots and the audit log are kept)",
                         vi: "trở lại một trạng thái đã lưu (hoàn tác được; giữ các trạng thái và nhật ký)"),
        positionals: [.snapshot],
        examples: ["restore before-quota"],
        run: { inv, s in
            let name = try inv.positional(0, "NAME")
            try inv.noMorePositionals(than: 1)
            let snap = try s.snapshotNamed(name, inv)
            try s.mutate(inv) { tx in
                var state = snap
                state.snapshots = tx.ws.snapshots
                state.audit = tx.ws.audit
                tx.replace(\Workspace.self, with: state)
                tx.say(Message("restore \(name.text)"))
            }
            s.say(Message(en: "restored \"\(name.text)\"", vi: "đã trở lại \"\(name.text)\""))
        })

    static let snapshots = VerbSpec(
        name: "snapshots", group: .scenarios, usage: "snapshots",
        summary: Message(en: "list the snapshots", vi: "liệt kê các trạng thái đã lưu"),
        examples: ["snapshots"],
        run: { inv, s in
            try inv.noMorePositionals(than: 0)
            let all = Vietnamese.sorted(s.workspace.snapshots.keys).map { ($0, s.workspace.snapshots[$0]!) }
            if all.isEmpty { s.say(Message(en: "no snapshots", vi: "chưa có trạng thái nào")); return }
            for (name, ws) in all {
                let graded = ws.grades.count
                s.print("\(name)  \(s.t(Message(en: "members", vi: "đảng viên"))): \(ws.members.count)  \(s.t(Message(en: "graded subjects", vi: "đối tượng đã xếp loại"))): \(graded)  \(s.t(Message(en: "cap changes", vi: "điều chỉnh"))): \(ws.adjustments.count)")
            }
        })
}

extension Session {
    func snapshotNamed(_ w: Word, _ inv: Invocation) throws -> Workspace {
        guard let snap = workspace.snapshots[w.text] else {
            let names = Vietnamese.sorted(workspace.snapshots.keys)
            throw inv.error(Message(en: "no snapshot \"\(w.text)\"", vi: "không có trạng thái \"\(w.text)\""), at: w,
                            hints: names.isEmpty ? [Message(en: "take one with: snapshot NAME", vi: "lưu bằng: snapshot NAME")]
                                : Suggest.hint(w.text, names) + [Message(en: "snapshots: \(names.joined(separator: ", "))", vi: "các trạng thái: \(names.joined(separator: ", "))")])
        }
        return snap
    }
}
