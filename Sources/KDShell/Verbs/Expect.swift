import KiemDiem

extension Verbs {
    static let expect = VerbSpec(
        name: "expect", group: .shell,
        usage: "expect count CLASS [FILTER...] OP N | expect level SUBJECT [STAGE] OP LEVEL",
        summary: Message(en: "a self-check for scripts: fails like an error when false (FILTER: final=L, proposed=L, decided=L, self=L, unit=U, excluded[=REASON], graded, not-graded; OP: = != < <= > >=; STAGE: final (default), effective, decided, proposed, self; LEVEL may be none)",
                         vi: "tự kiểm tra trong tệp lệnh: sai thì báo lỗi (BỘ LỌC: final=L, proposed=L, decided=L, self=L, unit=U, excluded[=LÝ DO], graded, not-graded; PHÉP SO: = != < <= > >=; GIAI ĐOẠN: final (mặc định), effective, decided, proposed, self; MỨC có thể là none)"),
        subwords: ["count", "level"],
        positionals: [.text],
        examples: ["expect count member final=HTXSNV <= 28", "expect level P012 final = HTTNV",
                   "expect count member excluded=new-member = 2", "expect level leader:P003 decided = none",
                   "expect level P012 \"đề xuất\" = HTTNV"],
        notes: [Message(en: "excluded, graded and not-graded count as report summary does: not-graded is its Not graded (no level yet, or reviewed but not graded by rule, R-NOGRADE-*), and the three add up to the class's total.",
                        vi: "excluded, graded và not-graded đếm như report summary: not-graded là cột Chưa xếp loại (chưa có mức, hoặc kiểm điểm nhưng không xếp loại theo quy định, R-NOGRADE-*), và tổng ba số bằng tổng số của loại đối tượng.")],
        run: { inv, s in
            let what = try inv.positional(0, "count or level")
            switch what.text.lowercased() {
            case "count": try expectCount(inv, s)
            case "level": try expectLevel(inv, s)
            default:
                throw inv.error(ShellText.badChoice(what.text, ["count", "level"]), at: what, hints: [ShellText.usage(inv.spec.usage)])
            }
        })

    enum Comparison: String, CaseIterable {
        case eq = "=", eq2 = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
        func holds(_ a: Int, _ b: Int) -> Bool {
            switch self {
            case .eq, .eq2: return a == b
            case .ne: return a != b
            case .lt: return a < b
            case .le: return a <= b
            case .gt: return a > b
            case .ge: return a >= b
            }
        }
    }

    static func comparison(_ w: Word, _ inv: Invocation) throws -> Comparison {
        guard let c = Comparison(rawValue: w.text) else {
            throw inv.error(ShellText.badChoice(w.text, ["=", "!=", "<", "<=", ">", ">="]), at: w)
        }
        return c
    }

    static let stages = ["final", "effective", "self", "proposed", "decided"]

    /// A stage as typed, English or Vietnamese (`đề xuất`, `kết quả`), folded to its name.
    static func stageName(_ typed: String) -> String? {
        let k = Vietnamese.key(typed)
        if let s = stages.first(where: { $0 == k }) { return s }
        if ["ket qua", "cuoi cung", "chinh thuc"].contains(k) { return "final" }
        if k == "hieu luc" { return "effective" }
        return VietnameseValues.stage.first { Vietnamese.key($0.key) == k }?.value.rawValue
    }

    /// The word with blanks around its last run of operator signs (`final=HTTNV>=100` →
    /// `final=HTTNV >= 100`), when that is an operator and a count follows it: what the user
    /// meant, for the message. nil for anything else (`final!=HTXSNV`, `=>2`), whose rewriting
    /// would fail again.
    static func unglued(_ text: String) -> String? {
        let chars = Array(text), sign: (Character) -> Bool = { "<>=!".contains($0) }
        guard let end = chars.lastIndex(where: sign) else { return nil }
        var start = end
        while start > 0 && sign(chars[start - 1]) { start -= 1 }
        let before = String(chars[..<start]), op = String(chars[start...end]), after = String(chars[(end + 1)...])
        guard Comparison(rawValue: op) != nil, Int(after) != nil else { return nil }
        return [before, op, after].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A word typed as an operator glued to its number (`=148`, `<=12`): said as such.
    static func gluedComparison(_ w: Word) -> Bool {
        let ops = Comparison.allCases.map(\.rawValue).sorted { $0.count > $1.count }
        guard let op = ops.first(where: { w.text.hasPrefix($0) }) else { return false }
        return !w.text.dropFirst(op.count).isEmpty
    }

    /// "No level", as typed: `none`, or the words kd prints for it in Vietnamese.
    static func isNone(_ typed: String) -> Bool {
        ["none", "chua xep loai", "khong co"].contains(Vietnamese.key(typed))
    }

    /// The level of a subject at a stage (`final`, `effective`, `self`, `proposed`, `decided`).
    static func level(of ref: SubjectRef, stage: String, in ws: Workspace, _ final: FinalLevels) -> Level? {
        switch stage {
        case "final": return final(ref)
        case "effective": return ws.effective(ref)?.record.level
        default: return Stage(rawValue: stage).flatMap { ws.grades[ref.key]?[$0]?.level }
        }
    }

    static func expectCount(_ inv: Invocation, _ s: Session) throws {
        let p = inv.positionals
        // An operator glued to its number or to a filter's level reads as one word.
        // A word of operator signs alone (`=<`) is a wrong operator, which `comparison` names.
        if let g = p.dropFirst(2).first(where: { w in
            Comparison(rawValue: w.text) == nil && !w.text.allSatisfy({ "<>=!".contains($0) })
                && (gluedComparison(w) || ["<", ">", "!="].contains { w.text.contains($0) })
        }) {
            throw inv.error(ShellText.expectGlued(g.text, unglued(g.text)), at: g, hints: [ShellText.usage(inv.spec.usage)])
        }
        guard p.count >= 4 else {
            let last = p.count > 2 ? p[p.count - 1] : nil
            let missing = p.count < 2 ? "CLASS, OP and N" : last.map { Comparison(rawValue: $0.text) != nil } == true ? "N"
                : last.map { Int($0.text) != nil } == true ? "OP" : "OP and N"
            // Before the number it is missing from: pointed at.
            throw inv.error(ShellText.missingArgument(missing), at: missing == "OP" ? last : inv.end, hints: [ShellText.usage(inv.spec.usage)])
        }
        let cls = try inv.choice(p[1], SubjectClass.self, aliases: VietnameseValues.cls)
        // `final = HTXSNV <= 12`: a filter written with blanks around its "=".
        if let k = p.indices.dropFirst(3).first(where: { p[$0].text == "=" || p[$0].text == "==" }), k + 2 < p.count,
           p.dropFirst(k + 2).contains(where: { Comparison(rawValue: $0.text) != nil }) {
            throw inv.error(ShellText.expectFilterBlanks(p[k - 1].text, p[k + 1].text), at: p[k], hints: [ShellText.usage(inv.spec.usage)])
        }
        // OP N ends the expression: a word after them is extra, not a wrong OP.
        if let k = p.indices.dropFirst(2).first(where: { Comparison(rawValue: p[$0].text) != nil }), p.count > k + 2 {
            if Int(p[k + 1].text) == nil { throw inv.error(ShellText.notACount(p[k + 1].text, "N", from: 0), at: p[k + 1]) }
            try inv.noMorePositionals(than: k + 2)
        }
        let op = try comparison(p[p.count - 2], inv)
        guard let n = Int(p[p.count - 1].text), n >= 0 else { throw inv.error(ShellText.notACount(p[p.count - 1].text, "N", from: 0), at: p[p.count - 1]) }
        let ws = s.workspace
        let final = FinalLevels(ws)
        var tests: [(SubjectRef) -> Bool] = []
        var readsFinal = false
        for f in p[2..<(p.count - 2)] {
            // Empty pieces kept: "=" or "" is an unknown filter, not a crash; "excluded=" is
            // refused as an empty reason, not read as "excluded".
            let parts = f.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let key = parts[0].lowercased(), value = parts.count > 1 ? parts[1] : nil
            switch (key, value) {
            // excluded, graded and not-graded split the class as `report summary` does, so
            // that the three counts add up to its total: not-graded is its "Not graded" — no
            // level yet, or reviewed but not graded by rule (R-NOGRADE-*).
            case ("excluded", nil): tests.append { final.isExcluded($0) }
            case ("excluded", let v?):
                let reason = try inv.choice(Word(text: v, line: f.line, column: f.column + 9), Exclusion.Reason.self, aliases: VietnameseValues.reason)
                tests.append { final.exclusionReason(of: $0) == reason }
            case ("graded", nil): tests.append { final($0) != nil }; readsFinal = true
            case ("not-graded", nil): tests.append { !final.isExcluded($0) && final($0) == nil }; readsFinal = true
            case ("unit", let typed?):
                // Found without regard to case, as every code is; a code that names no unit
                // would make the check pass without testing anything.
                let v = try unitCode(Word(text: typed, line: f.line, column: f.column + 5), inv, ws)
                // As `list` and `report --unit` read it: a party group's members, a cell's
                // members and groups, a committee's whole tree.
                tests.append { Reports.isInUnit(ws, $0, v) }
            case (let typed, let v?) where stageName(typed) != nil:
                let stage = stageName(typed)!
                if stage == "final" { readsFinal = true }
                let want: Level? = isNone(v) ? nil
                    : try inv.level(Word(text: v, line: f.line, column: f.column + typed.count + 1))
                tests.append { level(of: $0, stage: stage, in: ws, final) == want }
            default:
                throw inv.error(Message(en: "unknown filter \"\(f.text)\"", vi: "không có bộ lọc \"\(f.text)\""), at: f,
                                hints: [ShellText.usage(inv.spec.usage)])
            }
        }
        let count = ws.allSubjects(cls).filter { r in tests.allSatisfy { $0(r) } }.count
        if readsFinal { s.noteCapOutOfDate(ShellText.readsExpect) }
        if !op.holds(count, n) {
            let expr = p[1...].map(\.text).joined(separator: " ")
            throw inv.error(Message(en: "expectation failed: \(expr) (the count is \(count))",
                                    vi: "kỳ vọng không đúng: \(expr) (số đếm được là \(count))"))
        }
    }

    static func expectLevel(_ inv: Invocation, _ s: Session) throws {
        let p = inv.positionals
        guard p.count >= 4 else {
            // Only what is missing: `expect level P001 =` lacks the level.
            let missing = p.count < 2 ? "SUBJECT, OP and LEVEL" : p.count == 2 ? "OP and LEVEL"
                : Comparison(rawValue: p[2].text) != nil ? "LEVEL" : "OP and LEVEL"
            throw inv.error(ShellText.missingArgument(missing), at: inv.end, hints: [ShellText.usage(inv.spec.usage)])
        }
        // SUBJECT OP LEVEL ends the expression: a word after them is extra, not a wrong STAGE.
        if Comparison(rawValue: p[2].text) != nil { try inv.noMorePositionals(than: 4) }
        try inv.noMorePositionals(than: 5)
        // SUBJECT STAGE LEVEL: the operator is missing, not a wrong one; SUBJECT STAGE OP: the level.
        if p.count == 4, Comparison(rawValue: p[2].text) == nil, stageName(p[2].text) != nil {
            if Comparison(rawValue: p[3].text) != nil {
                throw inv.error(ShellText.missingArgument("LEVEL"), at: inv.end, hints: [ShellText.usage(inv.spec.usage)])
            }
            throw inv.error(ShellText.missingArgument("OP"), at: p[3], hints: [ShellText.usage(inv.spec.usage)])
        }
        let ref = try s.subject(p[1], in: inv)
        let stageWord: Word? = p.count == 5 ? p[2] : nil
        guard let stage = stageWord.map({ stageName($0.text) }) ?? "final" else {
            throw inv.error(ShellText.badChoice(stageWord!.text, ["final", "effective", "decided", "proposed", "self"]), at: stageWord)
        }
        let op = try comparison(p[p.count - 2], inv)
        let lw = p[p.count - 1]
        let want: Level? = isNone(lw.text) ? nil : try inv.level(lw)
        let actual = level(of: ref, stage: stage, in: s.workspace, FinalLevels(s.workspace))
        if stage == "final" { s.noteCapOutOfDate(ShellText.readsExpect) }
        let holds: Bool
        switch op {
        case .eq, .eq2: holds = actual == want
        case .ne: holds = actual != want
        default:
            guard let a = actual, let w = want else { holds = false; break }
            holds = op.holds(a.rank, w.rank)
        }
        if !holds {
            let expr = p[1...].map(\.text).joined(separator: " ")
            throw inv.error(Message(en: "expectation failed: level \(expr) (it is \(actual?.rawValue ?? "none"))",
                                    vi: "kỳ vọng không đúng: level \(expr) (thực tế là \(actual?.rawValue ?? "chưa xếp loại"))"))
        }
    }
}

extension ShellText {
    static func expectGlued(_ w: String, _ unglued: String?) -> Message {
        let example = unglued ?? "FILTER… OP N"
        return m("\"\(w)\" joins an operator to what is beside it: write blanks around the operator (\(example))",
                 "\"\(w)\" viết liền phép so với phần bên cạnh: hãy để khoảng trắng quanh phép so (\(example))")
    }
    static func expectFilterBlanks(_ key: String, _ value: String) -> Message {
        m("a filter is one word: write \(key)=\(value), without blanks around its \"=\"",
          "bộ lọc viết liền một từ: hãy viết \(key)=\(value), không có khoảng trắng quanh dấu \"=\"")
    }
}
