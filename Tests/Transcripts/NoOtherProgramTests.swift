import Foundation
import Testing

/// commands.md §2–3: no command runs another program (no shell escape). Sources/ must not use
/// any API that starts a process; tests may (they run kd).
@Suite struct NoOtherProgramTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized

    static let forbidden = ["Process(", "Process.run", "NSTask", "posix_spawn", "system(", "popen(", "execv", "execl",
                            "execvp", "fork(", "vfork(", "dlopen(", "/bin/sh", "Subprocess"]

    @Test func sourcesStartNoProcess() throws {
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") || $0.hasSuffix(".h") || $0.hasSuffix(".c") } ?? []
        #expect(files.count > 50)
        var hits: [String] = []
        for f in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(f), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in Self.forbidden where code.contains(word) { hits.append("Sources/\(f):\(n + 1): \(word)") }
            }
        }
        #expect(hits == [], "\(hits.joined(separator: "\n"))")
    }

    /// The check itself finds what it looks for.
    @Test func theCheckSeesAProcess() {
        let line = "let p = Process(); p.launchPath = \"/bin/sh\""
        #expect(Self.forbidden.contains { line.contains($0) })
    }
}
