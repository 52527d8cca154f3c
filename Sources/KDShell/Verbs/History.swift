import KiemDiem

extension Verbs {
    static let history = VerbSpec(
        name: "history", group: .shell, usage: "history [N]",
        summary: Message(en: "list the commands typed at the prompt (the last N)",
                         vi: "liệt kê các lệnh đã gõ (N lệnh cuối)"),
        positionals: [.number],
        examples: ["history 20"],
        run: { inv, s in
            var n = s.history.count
            if let w = inv.positionals.first {
                guard let k = Int(w.text), k >= 0 else { throw inv.error(ShellText.notACount(w.text, "N", from: 0), at: w) }
                n = min(k, n)
            }
            try inv.noMorePositionals(than: 1)
            let start = s.history.count - n
            for (i, line) in s.history.enumerated().dropFirst(start) {
                s.print("\(String(repeating: " ", count: max(0, 5 - String(i + 1).count)))\(i + 1)  \(line)")
            }
        })
}
