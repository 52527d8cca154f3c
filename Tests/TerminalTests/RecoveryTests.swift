import Foundation
import Testing

/// Crash safety at the prompt (issue 6): kd is killed with SIGKILL in the middle of an
/// interactive session; the next interactive kd offers to recover the session from its journal
/// and replays it to exactly the state the user had, compared as saved workspace files.
@Suite(.serialized) struct RecoveryTests {
    static let enter = "\r"
    /// Changing commands of every sort: loads, exclusions, settings, cap, grades, snapshots, undo.
    static let commands = [
        "load demo", "exclude --auto", "set quota-group member by unit", "snapshot before", "cap",
        "grade P040 HTNV --note \"đã nhắc nhở\"", "grade P041 HTXSNV", "undo", "set quota 25", "cap",
    ]

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-recovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The state the commands give, saved by a plain script run.
    func expected(in dir: URL) throws -> Data {
        let script = dir.appendingPathComponent("expected.kd")
        try (Self.commands + ["save expected.json"]).joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: PseudoTerminal.kd)
        p.arguments = ["--no-init", "-q", script.path]
        p.currentDirectoryURL = dir
        p.environment = ["LANG": "C.UTF-8", "HOME": dir.path, "SOURCE_DATE_EPOCH": "1700870400",
                         "XDG_STATE_HOME": dir.appendingPathComponent("other-state").path]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return try Data(contentsOf: dir.appendingPathComponent("expected.json"))
    }

    @Test func killedSessionIsRecoveredExactly() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let want = try expected(in: dir)

        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(first.waitFor("kd 2023 qd124> "), "first prompt; saw: \(first.all)")
        for c in Self.commands {
            first.send(c + Self.enter)
            #expect(first.waitFor("qd124*> "), "after \(c); saw: \(first.screen)")
        }
        let journals = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("state/kd").path)
            .filter { $0.hasPrefix("journal-") }
        #expect(journals.count == 1, "one journal while the session runs")
        first.crash()
        #expect(first.waitForExit() != 0)

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor("An unsaved session was found (\(Self.commands.count) changes"), "saw: \(second.all)")
        #expect(second.waitFor("Recover it? [y/N] "))
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered: \(Self.commands.count) commands replayed"), "saw: \(second.all)")
        #expect(second.waitFor("qd124*> "))
        second.send("save recovered.json" + Self.enter)
        #expect(second.waitFor("saved recovered.json"))
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0, "saw: \(second.all)")

        let got = try Data(contentsOf: dir.appendingPathComponent("recovered.json"))
        #expect(got == want, "the recovered workspace is byte for byte the one the commands give")
        // A clean exit leaves no journal behind, so the next start offers nothing.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("state/kd").path)
            .filter { $0.hasPrefix("journal-") }
        #expect(left.isEmpty, "journals left: \(left)")
    }

    @Test func declinedRecoveryDiscardsTheJournal() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("set year 2030" + Self.enter)
        #expect(first.waitFor("kd 2030 qd124*> "))
        first.crash()
        _ = first.waitForExit()

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor("Recover it? [y/N] "), "saw: \(second.all)")
        second.send("n" + Self.enter)
        #expect(second.waitFor("discarded"))
        #expect(second.waitFor("kd 2023 qd124> "), "the session starts empty; saw: \(second.all)")
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0)

        let third = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(third.waitFor("kd 2023 qd124> "))
        #expect(!third.all.contains("unsaved session"), "nothing left to recover; saw: \(third.all)")
        third.send("quit" + Self.enter)
        #expect(third.waitForExit() == 0)
    }
}
