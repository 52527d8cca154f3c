import KiemDiem

extension Verbs {
    /// How many heads of an ungraded body `cap` names before it counts the rest.
    static let headlessShown = 10

    static let cap = VerbSpec(
        name: "cap", group: .domain, usage: "cap [--dry-run]",
        summary: Message(en: "apply the ceilings, the head cap and the quota; record the final levels",
                         vi: "áp mức trần, quy tắc người đứng đầu và tỷ lệ; ghi kết quả cuối"),
        options: [OptionSpec("dry-run", nil, Message(en: "show what would change, record nothing", vi: "chỉ xem thay đổi, không ghi"))],
        examples: ["cap --dry-run", "cap"],
        run: { inv, s in
            try inv.noMorePositionals(than: 0)
            let facts = try s.facts(inv)
            let res = facts.cap(keepOutcomes: false)
            // A pass stopped by Ctrl-C returns part of the result: neither shown nor recorded.
            try s.checkInterrupt()
            let ws = s.workspace
            var lines: [Message] = []
            var sets: [(String, Adjustment?)] = []
            // Subject order; with nothing recorded yet only the new adjustments can differ, and
            // they are recorded as the whole table (below).
            let fresh = ws.adjustments.isEmpty
            // Adjustments whose level and rule stand but whose reason reads otherwise now (the
            // quota group's counts, or wording of an older kd): recorded, counted, not listed as
            // lowerings (they listed "HTTNV → KHTNV" for a level already final).
            var reworded = 0
            // Records that move no final level: a lowering now made by another rule, or dropped
            // for a subject not graded now. Listed, recorded, and counted apart from the changes
            // of level, as `check` and the document count only those.
            var updates = 0
            for ref in fresh ? res.adjusted : facts.allSubjects() {
                let key = ref.key
                let new = res.adjustments[key], old = ws.adjustments[key]
                guard new != old else { continue }
                if !fresh { sets.append((key, new)) }
                let inForce = old.flatMap { o in ws.effective(ref)?.record.level == o.from ? o : nil }
                if let a = new, let o = inForce, a.from == o.from, a.to == o.to {
                    if a.rule == o.rule { reworded += 1; continue }
                    updates += 1
                    lines.append(ShellText.capRuleChanged(ref.description, ws.displayName(ref), a, was: o.rule))
                } else if let a = new {
                    lines.append(ShellText.capLine(ref.description, ws.displayName(ref), a))
                } else if let b = facts.gradeBlock(ref) {
                    // Not graded now (R-NOGRADE-*, R-EXCL-*): no level to go back to.
                    updates += 1
                    lines.append(ShellText.capDroppedNotGraded(ref.description, ws.displayName(ref), b.rule))
                } else if let l = ws.effective(ref)?.record.level, ws.finalLevel(ref) != l {
                    lines.append(ShellText.capRestored(ref.description, ws.displayName(ref), l))
                }
            }
            // Adjustments of subjects no longer graded at all are stale too.
            for k in ws.adjustments.keys.sorted() where !facts.isSubject(k) { sets.append((k, nil)) }
            var notes: [Message] = []
            for g in res.groups where !g.tied.isEmpty {
                notes.append(ShellText.capTie(g.key, g.tied.map { "\($0) \(ws.displayName($0))" }, g.slots))
            }
            // Named up to a few: a province's first cap, before the cells' grades, named 16,700
            // of them (prompt audit); check lists each as a finding.
            for (h, b) in res.headsWithoutBody.prefix(headlessShown) { notes.append(ShellText.capHeadless(h.description, b.description)) }
            if res.headsWithoutBody.count > headlessShown {
                notes.append(ShellText.capHeadlessMore(res.headsWithoutBody.count - headlessShown))
            }
            for (h, decided, c) in res.upperAboveHeadCap {
                notes.append(ShellText.capUpperKept(h.description, ws.displayName(h), RulesText.upperAbove(decided, c)))
            }
            let dry = inv.has("dry-run")
            let changes = !dry && (fresh ? !res.adjustments.isEmpty : !sets.isEmpty)
            if changes {
                try s.mutate(inv) { tx in
                    if fresh {
                        // The result's table as it is: one undo edit instead of one per subject
                        // (a national `cap` records 630K adjustments).
                        tx.replace(\.adjustments, with: res.adjustments)
                    } else {
                        tx.reserve(\.adjustments, sets.count)
                        for (k, a) in sets { tx.set(\.adjustments, k, a) }
                    }
                    tx.say(lines)
                    if reworded > 0 { tx.say(ShellText.capReworded(reworded, dry: false)) }
                }
            }
            if changes { try s.sayDone(lines + notes) } else { try s.emit((lines + notes).map { s.t($0) + "\n" }.joined()) }
            if reworded > 0 { s.say(ShellText.capReworded(reworded, dry: dry)) }
            s.say(ShellText.capSummary(lines.count - updates, updates: updates,
                                       dry ? ws.adjustments.count : s.workspace.adjustments.count, dry: dry))
        })
}
