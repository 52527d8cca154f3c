import Testing
@testable import KDShell
@testable import KiemDiem

/// A quiet run (-q, and a crash replay) logs `exclude --auto` as a run that prints does: the
/// recovered workspace's log differed from the session's in its order (prompt audit D6).
struct QuietAuditOrderTests {
    func excludeLog(quiet: Bool) -> [String] {
        let s = Session(console: CapturingConsole())
        s.quiet = quiet
        #expect(s.runScriptText("load demo\nexclude --auto", file: "t"))
        return s.workspace.audit.last?.changes ?? []
    }

    @Test func quietAndPrintedRunsLogTheSameOrder() {
        let printed = excludeLog(quiet: false), quiet = excludeLog(quiet: true)
        #expect(printed.count > 2)
        #expect(quiet == printed)
        // By name, as printed: not by id.
        #expect(printed != printed.sorted())
    }
}
