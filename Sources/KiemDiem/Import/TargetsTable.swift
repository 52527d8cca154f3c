extension LoadKind {
    public static let targets = LoadKind(
        name: "targets",
        schema: TableSchema("targets", [
            .req("subject", "đối tượng", "mã"), .req("completed_pct", "hoàn thành", "tỷ lệ hoàn thành", "% hoàn thành"),
            .opt("exceeded_pct", "vượt", "tỷ lệ vượt", "% vượt"), .opt("late_pct", "chậm", "tỷ lệ chậm", "% chậm"),
            .opt("prior_fixed_pct", "khắc phục", "tỷ lệ khắc phục", "% khắc phục"),
            .opt("low_confidence_pct", "tín nhiệm thấp", "% tín nhiệm thấp"),
        ]),
        noun: { Catalog.count($0, "target record", "target records", "chỉ tiêu") },
        isEmpty: { $0.targets.isEmpty },
        load: { table, tx, mode in
            let ws = tx.ws
            // qd366 judges a person on their own tasks too (R366-CONDITIONS, R366-TRIGGERS).
            let personal = Rulebooks.book(for: ws.settings)?.personalTargets ?? false
            var seen = SeenIds()
            var new: [TargetRecord] = []
            // Shares written as fractions of one (0.7 for 70%) would read as under 1%: a file
            // whose every share is within 0–1, one with decimals, is refused.
            var fraction: KDError?, overOne = false
            // Codes and ids in any case, as every other load finds them (README).
            var unitIds = IdsAnyCase(), collectiveIds = IdsAnyCase(), memberIds = IdsAnyCase()
            for r in table.rows {
                let text = try r.required("subject")
                let ref: SubjectRef
                if let code = unitIds.id(text, in: ws.units), ws.units[code]!.isGraded {
                    ref = SubjectRef(.organization, code)
                } else if let code = collectiveIds.id(text, in: ws.collectives) {
                    ref = SubjectRef(.collective, code)
                } else if let k = SubjectRef(key: text), k.cls == .organization || k.cls == .collective, ws.exists(k) {
                    ref = k
                } else if let id = memberIds.id(text, in: ws.members) {
                    guard personal else { throw r.error("subject", Catalog.targetsOfMember(text), hints: [Catalog.hintTargetsLeader]) }
                    ref = SubjectRef(.member, id)
                } else if let g = partyGroup(text, in: ws) {
                    throw r.error("subject", Catalog.groupNotGraded(g), hints: [Catalog.hintTargetsOfGroup])
                } else {
                    throw r.error("subject", Catalog.unknownTargetSubject(text), hints: [Catalog.hintLoadUnitsFirst])
                }
                try seen.add(ref.key, r, column: "subject")
                let columns = ["completed_pct", "exceeded_pct", "late_pct", "prior_fixed_pct", "low_confidence_pct"]
                // A merged row keeps the shares its file has no column for, as the roster's rows do.
                let old = mode == .merge ? ws.targets[ref.key] : nil
                let kept: [Percentage?]? = old.map { [$0.completedPct, $0.exceededPct, $0.latePct, $0.priorFixedPct, $0.lowConfidencePct] }
                var shares: [Percentage?] = []
                for (i, c) in columns.enumerated() {
                    if let kept, !r.has(c) {
                        shares.append(kept[i])
                        continue
                    }
                    let p = try r.percent(c)
                    if let h = p?.hundredths {
                        if h > 100 { overOne = true } else if h % 100 != 0, fraction == nil {
                            fraction = r.error(c, Catalog.shareLooksLikeFraction(p!), hints: [Catalog.hintSharesArePercent])
                        }
                    }
                    shares.append(p)
                }
                guard let done = shares[0] else { throw r.error("completed_pct", Catalog.cellEmpty) }
                var t = TargetRecord(subject: ref, completedPct: done, exceededPct: shares[1], latePct: shares[2],
                                     priorFixedPct: shares[3], lowConfidencePct: shares[4])
                t.extra = try r.extra() ?? old?.extra
                new.append(t)
            }
            if let fraction, !overOne { throw fraction }
            if mode == .replace {
                tx.replace(\.targets, with: Dictionary(uniqueKeysWithValues: new.map { ($0.subject.key, $0) }))
            } else {
                for t in new { tx.set(\.targets, t.subject.key, t) }
            }
            return new.count
        })
}
