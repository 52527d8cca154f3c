import Foundation
import Testing

/// Crash safety at the prompt (issue 6): kd is killed with SIGKILL in the middle of an
/// interactive session; the next interactive kd offers to recover the session from its journal
/// and replays it to exactly the state the user had, compared as saved workspace files.
@Suite(.serialized) struct RecoveryTests {
    static let enter = "\r"
    static let ask = "Recover it? [y/n, Enter: ask next time] "
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
    func expected(in dir: URL, commands: [String] = commands) throws -> Data {
        let script = dir.appendingPathComponent("expected.kd")
        try (commands + ["save expected.json"]).joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
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
        // The last command is named: one that itself ended kd would run again on recovery.
        #expect(second.waitFor("The last of them, possibly unfinished when kd stopped: \(Self.commands.last!)\n"), "saw: \(second.all)")
        #expect(second.waitFor(Self.ask))
        let got = try recoverAndSave(second, replayed: Self.commands.count, in: dir)
        #expect(got == want, "the recovered workspace is byte for byte the one the commands give")
        // A clean exit leaves no journal behind, so the next start offers nothing.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("state/kd").path)
            .filter { $0.hasPrefix("journal-") }
        #expect(left.isEmpty, "journals left: \(left)")
    }

    /// What `-c` commands and scripts did before `-i` and the prompt is journaled too: it was
    /// silently lost, the journal starting only at the prompt from the state before them.
    @Test func commandsBeforeThePromptAreRecovered() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let want = try expected(in: dir, commands: ["load demo", "grade P005 KHTNV", "set quota 25", "grade P006 HTNV"])
        try "set quota 25\n".write(to: dir.appendingPathComponent("t.kd"), atomically: true, encoding: .utf8)

        let first = try PseudoTerminal(arguments: ["--no-init", "-c", "load demo; grade P005 KHTNV", "-i", "t.kd"], home: dir)
        #expect(first.waitFor("kd 2023 qd124*> "), "saw: \(first.all)")
        first.send("grade P006 HTNV" + Self.enter)
        #expect(first.waitFor("kd 2023 qd124*> "), "saw: \(first.screen)")
        first.crash()
        _ = first.waitForExit()

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        let got = try recoverAndSave(second, replayed: 4, in: dir)
        #expect(got == want, "the recovered workspace holds the -c commands' changes too")
    }

    /// Recovery is offered before the -c commands run; one that fails there ends kd before
    /// the prompt, and the recovered changes, unsaved, are kept for the next start.
    @Test func failureBeforeThePromptKeepsARecoveredSession() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crashWithOneChange(home: dir)
        try "".write(to: dir.appendingPathComponent("t.kd"), atomically: true, encoding: .utf8)

        let second = try PseudoTerminal(arguments: ["--no-init", "-c", "new", "-i", "t.kd"], home: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("there are unsaved changes"), "new refuses; saw: \(second.all)")
        #expect(second.waitFor("the unsaved changes are kept"), "saw: \(second.all)")
        #expect(second.waitForExit() == 1)

        let third = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(third.waitFor("An unsaved session was found (1 change since"), "still offered; saw: \(third.all)")
        third.send(Self.enter)
        #expect(third.waitFor("kd 2023 qd124> "))
        third.send("quit" + Self.enter)
        _ = third.waitForExit()
    }

    /// Answers yes at the recovery question `t` shows, saves what `n` replayed commands made as
    /// recovered.json, leaves, and gives the file's bytes.
    /// A damaged journal is not replayed as if whole (persistence audit): a damaged line stops
    /// the replay there, said before and after; a damaged first line (the base) is replayed
    /// onto nothing, but set aside with a warning. A crash's own cut-off last line is a command
    /// that never ran, and no damage.
    @Test func aDamagedJournalIsSaidAndNotReplayedPastTheDamage() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let steps = [("load demo", "qd124*> "), ("set quota 25", "qd124*> "), ("set quota 30", "qd124*> ")]
        let state = dir.appendingPathComponent("state/kd")
        func damage(line: Int) throws {
            let j = try journal(in: state)
            var lines = try String(contentsOf: j, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[line - 1] = String(lines[line - 1].prefix(12))
            try (lines.joined(separator: "\n") + "\n").write(to: j, atomically: false, encoding: .utf8)
        }
        // Line 3 (set quota 25) damaged: only load demo replays.
        try crash(after: steps, in: dir)
        try damage(line: 3)
        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor("Note: the journal is damaged at line 3: only the 1 change before it can be replayed."), "saw: \(second.all)")
        #expect(second.waitFor(Self.ask))
        // load demo finished (a command followed it): not named as possibly unfinished.
        #expect(!second.all.contains("possibly unfinished"), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered only in part: 1 command replayed; the journal is damaged at line 3, and what came after it is lost"), "saw: \(second.all)")
        #expect(second.waitFor("qd124*> "))
        second.send("show settings" + Self.enter)
        #expect(second.waitFor("quota = 20"), "saw: \(second.all)")
        // The adopted journal dropped the damaged line: a second crash offers what was replayed
        // and what came after, with no damage to stop at.
        try crashAgain(second, thenOffered: 2, in: dir)
        // The base line damaged: set aside, and no replay onto an empty workspace.
        try crash(after: steps, in: dir)
        try damage(line: 1)
        let fourth = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(fourth.waitFor("warning: a crash journal is damaged at line 1, before any change it could replay; kept as "), "saw: \(fourth.all)")
        #expect(fourth.waitFor("kd 2023 qd124> "), "saw: \(fourth.all)")
        #expect(!fourth.all.contains("Recover it?"))
        fourth.send("quit" + Self.enter)
        _ = fourth.waitForExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).contains { $0.hasSuffix(".jsonl.damaged") })
    }

    /// A last line the crash cut off is a command that never ran; the journal taken over after
    /// recovery drops it, or the next command was glued to it and a second crash lost every
    /// command of the recovered session (code review).
    @Test func aSecondCrashAfterACutOffLineLosesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state/kd")
        try crash(after: [("load demo", "qd124*> "), ("set quota 25", "qd124*> ")], in: dir)
        let j = try FileHandle(forWritingTo: try journal(in: state))
        j.seekToEndOfFile()
        j.write(Data(#"{"kind":"cmd","text":"set quo"#.utf8))  // cut off by the crash
        try j.close()
        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered: 2 commands replayed"), "saw: \(second.all)")
        try crashAgain(second, thenOffered: 3, in: dir)
    }

    /// The one journal in the state folder `state`.
    func journal(in state: URL) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: state.path).filter { $0.hasPrefix("journal-") && $0.hasSuffix(".jsonl") }
        return state.appendingPathComponent(try #require(names.first))
    }

    /// In a recovered session `t`: one change more, then a crash; the next start offers
    /// `changes` changes and finds no damage, and the offer is discarded.
    func crashAgain(_ t: PseudoTerminal, thenOffered changes: Int, in dir: URL) throws {
        t.send("set quota 35" + Self.enter)
        t.send("show settings" + Self.enter)
        #expect(t.waitFor("quota = 35"), "saw: \(t.all)")
        t.crash()
        _ = t.waitForExit()
        let next = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(next.waitFor("An unsaved session was found (\(changes) changes"), "saw: \(next.all)")
        #expect(!next.all.contains("damaged"))
        next.send("n" + Self.enter)
        #expect(next.waitFor("discarded"))
        next.send("quit" + Self.enter)
        _ = next.waitForExit()
    }

    func recoverAndSave(_ t: PseudoTerminal, replayed n: Int, in dir: URL) throws -> Data {
        t.send("y" + Self.enter)
        #expect(t.waitFor("recovered: \(n) commands replayed"), "saw: \(t.all)")
        #expect(t.waitFor("qd124*> "))
        t.send("save recovered.json" + Self.enter)
        #expect(t.waitFor("saved recovered.json"))
        t.send("quit" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
        return try Data(contentsOf: dir.appendingPathComponent("recovered.json"))
    }

    /// Starts kd in `dir`, types each command and waits for what it shows, then kills kd.
    func crash(after steps: [(command: String, shows: String)], in dir: URL) throws {
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor("kd 2023 qd124> "))
        for (c, shows) in steps {
            t.send(c + Self.enter)
            #expect(t.waitFor(shows), "after \(c); saw: \(t.all)")
        }
        t.crash()
        _ = t.waitForExit()
    }

    /// The next kd in `dir` offers nothing to recover, and leaves at once.
    func expectNothingToRecover(in dir: URL) throws {
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor("kd 2023 qd124> "), "saw: \(t.all)")
        #expect(!t.all.contains("unsaved session"), "saw: \(t.all)")
        t.send("quit" + Self.enter)
        #expect(t.waitForExit() == 0)
    }

    /// A session that made one change (`set year 2030`) and was then killed.
    func crashWithOneChange(home dir: URL) throws {
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("set year 2030" + Self.enter)
        #expect(first.waitFor("kd 2030 qd124*> "))
        first.crash()
        _ = first.waitForExit()
    }

    /// Two crashed sessions: the newest is offered, and the other is said to wait its turn.
    @Test func olderCrashedSessionsAreSaidToWait() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state/kd")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        for (n, time) in [(1, "2023-11-20T08:00:00Z"), (2, "2023-11-21T08:00:00Z")] {
            let cmd = "{\"dir\":\"\(dir.path)\",\"kind\":\"cmd\",\"text\":\"set quota 2\(n)\",\"time\":\"\(time)\"}"
            try ("{\"kind\":\"base\"}\n" + cmd + "\n").write(to: state.appendingPathComponent("journal-\(n).jsonl"), atomically: false, encoding: .utf8)
        }
        let kd = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(kd.waitFor("last at 2023-11-21T08:00:00Z"), "the newest; saw: \(kd.all)")
        #expect(kd.waitFor("1 older unsaved session(s) are kept too"), "saw: \(kd.all)")
        #expect(kd.waitFor(Self.ask))
        kd.send(Self.enter)
        #expect(kd.waitFor("kd 2023 qd124> "))
        kd.send("quit" + Self.enter)
        #expect(kd.waitForExit() == 0)
    }

    @Test func declinedRecoveryDiscardsTheJournal() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crashWithOneChange(home: dir)

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
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

    /// The question takes Vietnamese "c" (có) for yes, as its Vietnamese form offers.
    @Test func aVietnameseYesRecovers() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crashWithOneChange(home: dir)
        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send("c" + Self.enter)
        #expect(second.waitFor("recovered: 1 command replayed"), "saw: \(second.all)")
        #expect(second.waitFor("kd 2030 qd124*> "), "saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
    }

    /// Declining a session that had undone past a save discards the journal's copy of the
    /// workspace (personal data) with the journal: the state folder keeps only the history.
    @Test func declinedRecoveryDiscardsTheJournalsCopy() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crash(after: [("load demo", "qd124*> "), ("save w.json", "w 2023 qd124> "), ("set year 2025", "w 2025 qd124*> "),
                          ("undo 2", "w 2023 qd124*> ")], in: dir)
        let state = dir.appendingPathComponent("state/kd")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).contains { $0.hasSuffix(".state.json") })
        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send("n" + Self.enter)
        #expect(second.waitFor("discarded"))
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: state.path)
        #expect(left == ["history"], "saw: \(left)")
    }

    /// A second kd started while the first still runs does not take the first's journal for a
    /// crashed session's (nor discard it): when the first is then killed, its changes are offered.
    @Test func aRunningSessionsJournalIsNotOffered() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("set year 2030" + Self.enter)
        #expect(first.waitFor("kd 2030 qd124*> "), "saw: \(first.all)")
        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor("kd 2023 qd124> "), "saw: \(second.all)")
        #expect(!second.all.contains("unsaved session"), "the running session's journal is not offered; saw: \(second.all)")
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0)
        first.crash()
        _ = first.waitForExit()
        let third = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(third.waitFor("An unsaved session was found (1 change"), "saw: \(third.all)")
        third.send("n" + Self.enter)
        #expect(third.waitFor("discarded"))
        third.send("quit" + Self.enter)
        _ = third.waitForExit()
    }

    /// Only the word n (no, k, không) discards: a command typed at the question, such as `new`,
    /// keeps the session for the next start.
    @Test(arguments: ["new", "năm 2024", "kiểm tra"])
    func aWordThatIsNotNoKeepsTheJournal(_ answer: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crashWithOneChange(home: dir)

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send(answer + Self.enter)
        #expect(second.waitFor("kept: kd asks again at the next start"), "saw: \(second.all)")
        #expect(second.waitFor("kd 2023 qd124> "))
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0)

        let third = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(third.waitFor(Self.ask), "still there to recover; saw: \(third.all)")
        third.send("n" + Self.enter)
        #expect(third.waitFor("discarded"))
        third.send("quit" + Self.enter)
        #expect(third.waitForExit() == 0)
    }

    /// A terminal closed under `nohup` (SIGHUP ignored) is not the user's Ctrl-D: kd read the
    /// end of its input twice and left as after the warning, deleting the journal of unsaved work.
    @Test func hungUpTerminalKeepsTheJournal() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, ignoringHangup: true)
        #expect(first.waitFor("kd 2023 qd124> "), "saw: \(first.all)")
        first.send("load demo" + Self.enter)
        #expect(first.waitFor("qd124*> "), "saw: \(first.screen)")
        #expect(first.hangUp(), "the terminal was hung up")
        #expect(first.waitForExit() != nil, "kd left once its terminal was gone")

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(second.waitFor("An unsaved session was found (1 change"), "saw: \(second.all)")
        #expect(second.waitFor(Self.ask))
        second.send("n" + Self.enter)
        #expect(second.waitFor("kd 2023 qd124> "))
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0)
    }

    /// Enter (or Ctrl-C) at the question is not a "no": the crashed session is kept and offered
    /// again at the next start.
    @Test func enterKeepsTheJournalForNextTime() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crashWithOneChange(home: dir)

        for answer in [Self.enter, "\u{03}", "\u{04}"] {
            let again = try PseudoTerminal(arguments: ["--no-init"], home: dir)
            #expect(again.waitFor(Self.ask), "saw: \(again.all)")
            again.send(answer)
            // On a line of its own, whatever the key echoed (`^Dkept` was one line).
            #expect(again.waitFor("\nkept: kd asks again at the next start"), "saw: \(again.all.debugDescription)")
            #expect(again.waitFor("kd 2023 qd124> "))
            again.send("quit" + Self.enter)
            #expect(again.waitForExit() == 0)
        }
        let last = try PseudoTerminal(arguments: ["--no-init"], home: dir)
        #expect(last.waitFor("An unsaved session was found (1 change since"), "still offered; saw: \(last.all)")
        last.send("y" + Self.enter)
        #expect(last.waitFor("kd 2030 qd124*> "), "saw: \(last.all)")
        last.send("quit!" + Self.enter)
        _ = last.waitForExit()
    }

    /// Ctrl-C while an undo past a save writes the journal's copy of the workspace: the copy is
    /// written whole (only the `save` command stops for Ctrl-C), so a crash afterwards recovers
    /// the undone state. The copy was thrown away, and recovery gave the state before the undo.
    @Test func ctrlCDuringAnUndosCopyKeepsRecoveryRight() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A big workspace, saved as expected.json by a script run.
        _ = try expected(in: dir, commands: ["generate ward --members 200000 --seed 4", "set year 2023"])

        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("open expected.json" + Self.enter)
        #expect(first.waitFor("expected 2023 qd124> ", timeout: 60), "saw: \(first.all)")
        for (c, prompt) in [("set year 2024", "expected 2024 qd124*> "), ("save", "expected 2024 qd124> ")] {
            first.send(c + Self.enter)
            #expect(first.waitFor(prompt, timeout: 60), "after \(c); saw: \(first.screen)")
        }
        first.send("undo" + Self.enter)
        // The copy is being written once its temporary file is in the journal's folder.
        let state = dir.appendingPathComponent("state/kd").path
        var writing = false
        for _ in 0..<15000 where !writing {
            writing = ((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).contains { $0.contains(".state.json.tmp-") }
            if !writing { usleep(2_000) }
        }
        #expect(writing, "the undo wrote a copy")
        first.send("\u{03}")
        #expect(first.waitFor("expected 2023 qd124*> ", timeout: 60), "saw: \(first.screen)")
        #expect(!first.all.contains("crash recovery cannot follow"), "saw: \(first.all)")
        first.crash()
        _ = first.waitForExit()

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor(Self.ask, timeout: 30), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("2023 qd124*> ", timeout: 60), "the undone state; saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
    }

    /// The folder kd started in, deleted under it: a save to `../w.json` went into the journal
    /// as `/../w.json`, and recovery then could not read the file that was there.
    @Test func aDeletedWorkingFolderStillRecovers() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gone = dir.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: gone, withIntermediateDirectories: true)
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: gone)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("set year 2053" + Self.enter)
        #expect(first.waitFor("kd 2053 qd124*> "), "saw: \(first.all)")
        try FileManager.default.removeItem(at: gone)
        first.send("save ../w.json" + Self.enter)
        #expect(first.waitFor("saved ../w.json"), "saw: \(first.all)")
        first.send("set year 2054" + Self.enter)
        #expect(first.waitFor("w 2054 qd124*> "), "saw: \(first.screen)")
        first.crash()
        _ = first.waitForExit()

        try recoverTheYear(home: dir, in: dir)
    }

    /// A kd started in `folder` finds the session whose one change since w.json set the year
    /// 2054, recovers it, and quits.
    func recoverTheYear(home: URL, in folder: URL) throws {
        let second = try PseudoTerminal(arguments: ["--no-init"], home: home, directory: folder)
        #expect(second.waitFor("An unsaved session was found (1 change since w.json,"), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered: 1 command replayed"), "saw: \(second.all)")
        #expect(second.waitFor("w 2054 qd124*> "), "saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
    }

    /// `count` folders of names `length` long, one in the other, made under `dir`.
    func deepFolder(in dir: URL, count: Int, length: Int) throws -> URL {
        let deep = (1...count).reduce(dir) { url, k in url.appendingPathComponent(String(repeating: "\(k)", count: length)) }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        return deep
    }

    /// A working folder whose path is over 1024 bytes (five nested names of 225): Foundation's
    /// `currentDirectoryPath` gives "" there, kd took it for a deleted folder, and the journal
    /// named `/w.json`: recovery said "cannot read /w.json" and replayed nothing.
    @Test func aWorkingFolderOverAKilobyteRecovers() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = try deepFolder(in: dir, count: 5, length: 225)
        #expect(deep.path.utf8.count > 1024)
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: deep)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("save w.json" + Self.enter)
        #expect(first.waitFor("saved w.json"), "saw: \(first.all)")
        first.send("set year 2054" + Self.enter)
        #expect(first.waitFor("w 2054 qd124*> "), "saw: \(first.screen)")
        first.crash()
        _ = first.waitForExit()

        try recoverTheYear(home: dir, in: deep)
    }

    /// A journal line cut short (a file size limit standing in for a full disk) is taken off
    /// again: the undo that follows starts the journal over from a copy, and a crash then
    /// recovers it. Left in, the half line stopped the recovery there, at the saved file, and
    /// the next start offered nothing (data-safety audit, J12). The lengths are set by the
    /// folder's: its path, about 1,550 bytes, is in every line, twice in the load's (the file
    /// it read); base and load pass 4,096 bytes, base and the undo's new base do not.
    @Test func aLineCutShortIsTakenOffAgain() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = try deepFolder(in: dir, count: 7, length: 213)
        try "code,name,kind\nCB01,Chi bộ 1,cell\n".write(to: deep.appendingPathComponent("u.csv"), atomically: true, encoding: .utf8)
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: deep, fileSizeLimit: 8)
        #expect(first.waitFor("kd 2023 qd124> "))
        first.send("set quota 25" + Self.enter)
        #expect(first.waitFor("kd 2023 qd124*> "), "saw: \(first.all)")
        first.send("save ws.json" + Self.enter)
        #expect(first.waitFor("ws 2023 qd124> "), "saw: \(first.all)")
        first.send("load units u.csv" + Self.enter)
        #expect(first.waitFor("warning: crash recovery is off from this command on: the journal cannot be written (the file would pass the file size limit (ulimit -f))"), "saw: \(first.all)")
        #expect(first.waitFor("ws 2023 qd124*> "), "saw: \(first.all)")
        first.send("undo 2" + Self.enter)
        #expect(first.waitFor("undone: set quota 25"), "saw: \(first.all)")
        #expect(first.waitFor("ws 2023 qd124*> "), "saw: \(first.all)")
        first.crash()
        _ = first.waitForExit()

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: deep)
        #expect(second.waitFor("An unsaved session was found (undone to before ws.json was saved, then 0 changes"), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered: 0 commands replayed"), "saw: \(second.all)")
        #expect(second.waitFor("ws 2023 qd124*> "), "saw: \(second.all)")
        second.send("show settings" + Self.enter)
        #expect(second.waitFor("quota = 20%"), "the state after the undo; saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
    }

    /// A session that started from a file named relatively is recovered from another folder; a
    /// replayed command that fails (its file moved) is reported, not counted as recovered.
    @Test func recoveryFromAnotherFolderReportsWhatFailed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "code,name,kind\nDB,Đảng bộ,committee\nCB01,Chi bộ 1,cell\n".write(to: dir.appendingPathComponent("u.csv"), atomically: true, encoding: .utf8)
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        for (c, done) in [("set quota 25", "kd 2023 qd124*> "), ("save base.json", "saved base.json"), ("set year 2030", "base 2030 qd124*> "),
                          ("load units u.csv", "loaded 2 units")] {
            first.send(c + Self.enter)
            #expect(first.waitFor(done), "after \(c); saw: \(first.all)")
        }
        #expect(first.waitFor("base 2030 qd124*> "))
        first.crash()
        _ = first.waitForExit()
        try FileManager.default.moveItem(at: dir.appendingPathComponent("u.csv"), to: dir.appendingPathComponent("u.gone"))

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: sub)
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        #expect(!second.all.contains("has changed since"), "the base did not change; saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered only in part: 1 of 2 commands failed"), "saw: \(second.all)")
        #expect(second.waitFor("load units u.csv"))
        #expect(second.waitFor("base 2030 qd124*> "), "the other command is replayed on the saved base; saw: \(second.all)")
        second.send("show settings" + Self.enter)
        #expect(second.waitFor("quota = 25%"), "saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
    }

    /// Undo or redo reaching back before a save: the journal starts at each save, so it starts
    /// again from its own copy of the state then, and the session is recovered exactly.
    /// So is an `undo N` that found fewer steps (the journal keeps the steps done).
    @Test(arguments: [["grade P003 HTNV"], ["redo 2"], ["redo 2", "undo", "undo"], ["undo 5", "redo"], nil])
    func undoBeforeASaveIsRecoveredExactly(_ after: [String]?) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = after != nil
        let commands = saved ? ["load demo", "grade P001 HTNV", "save w.json", "grade P002 HTNV", "undo 2"] + after!
            : ["load demo", "grade P001 HTNV", "undo 5", "load demo", "grade P002 HTNV"]
        let want = try expected(in: dir, commands: commands)
        if saved { try FileManager.default.removeItem(at: dir.appendingPathComponent("w.json")) }
        let first = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(first.waitFor("kd 2023 qd124> "))
        for c in commands {
            first.send(c + Self.enter)
            #expect(first.waitFor("> "), "after \(c); saw: \(first.all)")
        }
        // Output the typed line does not hold: every command before it has run.
        first.send("echo \"synced\"\"-7\"" + Self.enter)
        #expect(first.waitFor("synced-7"), "saw: \(first.all)")
        first.crash()
        _ = first.waitForExit()

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        if saved { #expect(second.waitFor("undone to before w.json was saved"), "saw: \(second.all)") }
        #expect(second.waitFor(Self.ask), "saw: \(second.all)")
        second.send("y" + Self.enter)
        #expect(second.waitFor("recovered: "), "saw: \(second.all)")
        #expect(second.waitFor(saved ? "w 2023 qd124*> " : "kd 2023 qd124*> "), "the workspace's file is kept; saw: \(second.all)")
        second.send("save --as recovered.json" + Self.enter)
        #expect(second.waitFor("saved recovered.json"))
        second.send("quit" + Self.enter)
        #expect(second.waitForExit() == 0, "saw: \(second.all)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("recovered.json")) == want)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("state/kd").path)
        #expect(left.filter { $0.hasPrefix("journal-") }.isEmpty, "the journal and its copy are gone: \(left)")
    }

    /// A journal that still replays an `undo N` short (an older kd's, which started at each save
    /// with no copy) lists it as failed: silently short, it recovered an undone grade as standing.
    @Test func shortUndoInAnOldJournalIsReported() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try expected(in: dir, commands: ["load demo", "grade P001 HTNV"])  // expected.json: the base
        let state = dir.appendingPathComponent("state/kd")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let base = dir.appendingPathComponent("expected.json").path
        let lines = [#"{"changesOnly":true,"kind":"base","path":"\#(base)"}"#,
                     #"{"dir":"\#(dir.path)","kind":"cmd","text":"grade P002 HTNV","time":"2023-11-25T00:00:00Z"}"#,
                     #"{"dir":"\#(dir.path)","kind":"cmd","text":"undo 2","time":"2023-11-25T00:00:01Z"}"#]
        try (lines.joined(separator: "\n") + "\n").write(to: state.appendingPathComponent("journal-1.jsonl"), atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor(Self.ask), "saw: \(t.all)")
        t.send("y" + Self.enter)
        #expect(t.waitFor("recovered only in part: 1 of 2 commands failed"), "saw: \(t.all)")
        #expect(t.waitFor("asked for 2, but only 1 could be undone"), "saw: \(t.all)")
        #expect(t.waitFor("an undo or redo that reached back before a save cannot be replayed"), "saw: \(t.all)")
        t.send("quit!" + Self.enter)
        _ = t.waitForExit()
    }

    /// A session whose only change was `new` had nothing unsaved (its prompt showed no `*`, and
    /// `quit` left at once): a kill leaves nothing to offer.
    @Test func onlyNewIsNothingToRecover() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crash(after: [("new --title \"Phường A\" --year 2024", "kd 2024 qd124> ")], in: dir)  // no unsaved mark
        try expectNothingToRecover(in: dir)
    }

    /// The recovered audit log says `new` as it was typed: the journal wrote it with `--force`
    /// (so that the replay would not refuse it), and the audit took that for what was typed.
    @Test func recoveredNewIsAuditedAsTyped() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crash(after: [("new --title \"Phường A\" --year 2024", "kd 2024 qd124> "),
                          ("set as-of 2024-11-20", "kd 2024 qd124*> ")], in: dir)
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor(Self.ask), "saw: \(t.all)")
        t.send("y" + Self.enter)
        #expect(t.waitFor("recovered: 2 commands replayed"), "saw: \(t.all)")
        t.send("report audit" + Self.enter)
        #expect(t.waitFor("set as-of 2024-11-20"), "saw: \(t.all)")
        #expect(t.all.contains("new --title \"Phường A\" --year 2024"), "saw: \(t.all)")
        #expect(!t.all.contains("--force"), "saw: \(t.all)")
        t.send("quit!" + Self.enter)
        _ = t.waitForExit()
    }

    /// Undo or redo back onto the state of the workspace's file: the journal starts again from
    /// the file, so a kill then leaves nothing to recover (the prompt showed no `*`).
    @Test func backOnTheSavedStateIsNothingToRecover() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crash(after: [("load demo", "qd124*> "), ("grade P001 HTNV", "qd124*> "), ("save w.json", "w 2023 qd124> "),
                          ("grade P002 HTNV", "w 2023 qd124*> "), ("undo 2", "w 2023 qd124*> "), ("redo", "w 2023 qd124> ")], in: dir)
        try expectNothingToRecover(in: dir)
    }

    /// Undo back onto the state of the file just opened: nothing is unsaved (the prompt shows
    /// no `*`), so a kill leaves nothing to offer. A journal not started again offered "2 changes".
    @Test func undoBackOntoTheOpenedFileIsNothingToRecover() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try expected(in: dir, commands: ["new --year 2023"])
        try crash(after: [("open expected.json", "expected 2023 qd124> "), ("set year 2024", "expected 2024 qd124*> "),
                          ("undo", "expected 2023 qd124> ")], in: dir)
        try expectNothingToRecover(in: dir)
    }

    /// A clean quit after an undo back past a save (the journal then holds a copy of the
    /// workspace, personal data) leaves nothing in the state folder but the history.
    @Test func aCleanQuitLeavesNoCopyBehind() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor("kd 2023 qd124> "))
        for (c, shows) in [("load demo", "qd124*> "), ("save w.json", "w 2023 qd124> "), ("set year 2025", "w 2025 qd124*> "),
                           ("undo 2", "w 2023 qd124*> ")] {
            t.send(c + Self.enter)
            #expect(t.waitFor(shows), "after \(c); saw: \(t.all)")
        }
        let state = dir.appendingPathComponent("state/kd")
        let during = try FileManager.default.contentsOfDirectory(atPath: state.path)
        #expect(during.contains { $0.hasSuffix(".state.json") }, "the undo past the save kept a copy; saw: \(during)")
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
        let after = try FileManager.default.contentsOfDirectory(atPath: state.path)
        #expect(after == ["history"], "saw: \(after)")
    }

    /// A session recovered from the journal's copy, whose file another session saved since:
    /// kd says so, and `save` does not write over that save.
    @Test func copyRecoveryKeepsAnotherSessionsSave() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try crash(after: [("load demo", "qd124*> "), ("save f1.json", "f1 2023 qd124> "), ("grade P001 HTNV", "f1 2023 qd124*> "),
                          ("save", "f1 2023 qd124> "), ("undo", "f1 2023 qd124*> ")], in: dir)
        let other = Process()
        other.executableURL = URL(fileURLWithPath: PseudoTerminal.kd)
        other.arguments = ["--no-init", "-q", "-c", "open f1.json", "-c", "grade P050 KHTNV", "-c", "save"]
        other.currentDirectoryURL = dir
        other.environment = ["LANG": "C.UTF-8", "HOME": dir.path, "XDG_STATE_HOME": dir.appendingPathComponent("other-state").path]
        other.standardOutput = FileHandle.nullDevice
        try other.run()
        other.waitUntilExit()
        let saved = try Data(contentsOf: dir.appendingPathComponent("f1.json"))

        let second = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(second.waitFor("f1.json has changed since (saved by another session?)"), "saw: \(second.all)")
        #expect(second.waitFor(Self.ask))
        second.send("y" + Self.enter)
        #expect(second.waitFor("f1 2023 qd124*> "), "saw: \(second.all)")
        second.send("save" + Self.enter)
        #expect(second.waitFor("changed on disk"), "saw: \(second.all)")
        second.send("quit!" + Self.enter)
        _ = second.waitForExit()
        #expect(try Data(contentsOf: dir.appendingPathComponent("f1.json")) == saved, "the other session's save is kept")
    }

    /// A copy of a state that no journal names (left by a kill while it was being written) is
    /// removed at the next start once a minute old; a fresh one, and one a journal names, stay.
    @Test func strayCopiesAreSwept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state/kd")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let hourAgo = Date().addingTimeInterval(-3600)
        for name in ["journal-7-aaaaaaaa.state.json", ".journal-7-aaaaaaaa.state.json.tmp-7", "journal-8-bbbbbbbb.state.json"] {
            let url = state.appendingPathComponent(name)
            try "{}".write(to: url, atomically: false, encoding: .utf8)
            if name.contains("-7-") { try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: url.path) }
        }
        let named = state.appendingPathComponent("journal-9-cccccccc.state.json")
        try "{}".write(to: named, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: named.path)
        let line = #"{"changesOnly":true,"copy":true,"kind":"base","path":"\#(named.path)"}"#
        try (line + "\n" + #"{"dir":"/","kind":"cmd","text":"set quota 25"}"# + "\n")
            .write(to: state.appendingPathComponent("journal-9.jsonl"), atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: ["--no-init"], home: dir, directory: dir)
        #expect(t.waitFor(Self.ask), "saw: \(t.all)")
        t.send(Self.enter)
        #expect(t.waitFor("> "))
        t.send("quit" + Self.enter)
        _ = t.waitForExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: state.path).filter { $0.contains("journal") }.sorted()
        #expect(left == ["journal-8-bbbbbbbb.state.json", "journal-9-cccccccc.state.json", "journal-9.jsonl"], "left: \(left)")
    }
}
