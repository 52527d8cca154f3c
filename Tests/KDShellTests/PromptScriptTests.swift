import Foundation
import Testing
@testable import KDShell

/// commands.md §1: the same line means the same thing typed at the prompt or read from a script.
@Suite struct PromptScriptTests {
    func typed(_ lines: [String]) -> String {
        let console = CapturingConsole()
        let s = Session(console: console)
        s.interactive = true
        _ = Repl(session: s, reader: ScriptedReader(lines.map { .line($0) })).run()
        return console.stdout
    }

    func script(_ lines: [String]) -> String {
        let console = CapturingConsole()
        _ = Session(console: console).runScriptText(lines.joined(separator: "\n") + "\n", file: "t.kd")
        return console.stdout
    }

    @Test(arguments: [
        ["echo a\\\\", "echo b"],            // `\\` at the end: a backslash, no continuation
        ["echo a\\\\\\", "b"],               // then a `\` left over: continues
        ["echo a \\ ", "b"],                 // a blank after the `\`: still continues
        ["echo a \\\u{00A0}\t", "b"],
        ["echo x\u{00A0}y\u{200B}z"],        // a no-break space parts words, a zero-width one goes
    ])
    func aLineMeansTheSameTypedOrInAScript(_ lines: [String]) {
        // The prompt ends with the newline it prints at Ctrl-D.
        #expect(typed(lines) == script(lines) + "\n")
    }

    /// Ctrl-D after a `\` leaves the command unfinished: nothing of it runs.
    @Test func endOfInputOnAContinuationLineRunsNothing() {
        let out = typed(["echo ran \\"])
        #expect(!out.contains("ran\n"))
        #expect(out.contains("that command was not run"))
    }

    /// A script sourced at the prompt that fails before changing anything: its error is all
    /// there is to say (no "the 0 changes … stay; undo 0"). One change before the failure is said.
    @Test func aSourcedScriptThatChangedNothingSaysNoChanges() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "frobnicate\n".write(to: dir.appendingPathComponent("none.kd"), atomically: true, encoding: .utf8)
        try "set quota 25\nfrobnicate\n".write(to: dir.appendingPathComponent("one.kd"), atomically: true, encoding: .utf8)
        let console = CapturingConsole()
        let s = Session(console: console)
        s.interactive = true
        _ = Repl(session: s, reader: ScriptedReader([.line("source \(dir.path)/none.kd"), .line("source \(dir.path)/one.kd")])).run()
        #expect(!console.stderr.contains("none.kd stopped part way"), "saw: \(console.stderr)")
        #expect(console.stderr.contains("one.kd stopped part way: the 1 change its earlier commands made stays; undo 1 takes it back"),
                "saw: \(console.stderr)")
    }

    /// An error in a line typed at the prompt is shown with a caret under the line, without a
    /// `<prompt>:LINE:COL:` place (the line is on the screen).
    @Test func aTypedErrorHasNoPlace() {
        let console = CapturingConsole()
        let s = Session(console: console)
        s.interactive = true
        _ = Repl(session: s, reader: ScriptedReader([.line("frobnicate")])).run()
        #expect(console.stderr.hasPrefix("error: unknown command \"frobnicate\"\n  frobnicate\n  ^"), "saw: \(console.stderr)")
    }
}
