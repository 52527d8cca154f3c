import Foundation
import KiemDiem
import Testing

/// The interactive shell as a user meets it: the real `kd` on a pseudo-terminal, keys typed,
/// the screen read back. Each wait has a timeout so that a broken shell fails instead of hanging.
@Suite(.serialized) struct TerminalTests {
    static let up = "\u{1B}[A", ctrlC = "\u{03}", ctrlD = "\u{04}", tab = "\t", enter = "\r"

    /// A private home (history, init file) that the test removes.
    func home() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func start(_ home: URL, _ args: [String] = ["--no-init"]) throws -> PseudoTerminal {
        let t = try PseudoTerminal(arguments: args, home: home)
        #expect(t.waitFor("kd 2023 qd124> "), "first prompt; saw: \(t.all)")
        return t
    }

    /// Leaves with `quit!`; the status is 1 when a command failed (commands.md §1).
    func quit(_ t: PseudoTerminal, status: Int32 = 0) {
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == status, "kd leaves on quit!; saw: \(t.all)")
    }

    @Test func tabCompletesVerbAndSubword() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        // `se` Tab → `set `, `ye` Tab → `year `: the prompt then shows the new year.
        t.send("se" + Self.tab)
        #expect(t.waitFor("set "))
        t.send("ye" + Self.tab)
        #expect(t.waitFor("year "))
        t.send("2031" + Self.enter)
        #expect(t.waitFor("kd 2031 qd124*> "), "saw: \(t.all)")
        // Several candidates: Tab lists them under the line and redraws it.
        t.send("set qu" + Self.tab)
        #expect(t.waitFor("quota"))
        t.send(Self.tab)
        #expect(t.waitFor("quota-base"), "the list; saw: \(t.all)")
        #expect(t.waitFor("quota-group"))
        t.send("\u{15}" + "echo done-listing" + Self.enter)  // Ctrl-U clears the line
        #expect(t.waitFor("\ndone-listing"))
        quit(t)
    }

    /// A Tab with thousands of candidates lists 200 and says how many more, counting those it
    /// did not gather (a Tab gathers at most `Completion.idLimit` ids, 5,000).
    @Test func aLongListSaysHowManyMore() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("generate ward --members 6000 --seed 1" + Self.enter)
        #expect(t.waitFor("generated 6000 members"), "saw: \(t.all)")
        #expect(t.waitFor("*> "), "saw: \(t.all)")
        // `--attended` takes ids only: the 6,000 member ids.
        t.send("review G0001 --attended G" + Self.tab + Self.tab)
        #expect(t.waitFor("… and 5800 more: type more letters"), "saw: \(t.all)")
        t.send("\u{15}" + "echo done-listing" + Self.enter)
        #expect(t.waitFor("\ndone-listing"))
        quit(t)
    }

    /// The history cannot be written (a file stands where the state folder should be): the first
    /// command says so once, on the screen, and the shell goes on.
    @Test func historyThatCannotBeWrittenIsSaidOnce() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        try "not a folder".write(to: h.appendingPathComponent("state"), atomically: true, encoding: .utf8)
        let t = try start(h)
        t.send("echo one" + Self.enter)
        #expect(t.waitFor("\none"), "saw: \(t.all)")
        t.send("echo two" + Self.enter)
        #expect(t.waitFor("\ntwo"), "saw: \(t.all)")
        let said = "warning: history is not kept for the next session: cannot write \(h.path)/state/kd: Not a directory"
        #expect(t.all.components(separatedBy: said).count == 2, "once; saw: \(t.all)")
        quit(t)
    }

    @Test func upArrowRecallsThePreviousCommand() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 2040" + Self.enter)
        #expect(t.waitFor("kd 2040 qd124*> "))
        t.send("set year 2041" + Self.enter)
        #expect(t.waitFor("kd 2041 qd124*> "))
        t.send(Self.up + Self.up + Self.enter)
        #expect(t.waitFor("kd 2040 qd124*> "), "Up Up recalled `set year 2040`; saw: \(t.all)")
        quit(t)
    }

    @Test func historySurvivesARestart() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        var t = try start(h)
        t.send("set year 2042" + Self.enter)
        #expect(t.waitFor("kd 2042 qd124*> "))
        t.send("set year 2042" + Self.enter)  // a consecutive duplicate is kept once
        #expect(t.waitFor("kd 2042 qd124*> "))
        t.send("echo a \\" + Self.enter)    // a continued command is one entry
        #expect(t.waitFor("...> "))
        t.send("b" + Self.enter)
        #expect(t.waitFor("\na b\n"))
        quit(t)

        let file = h.appendingPathComponent("state/kd/history")
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(stored == "set year 2042\necho a b\nquit!\n")
        let fileMode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: file.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600 && dirMode == 0o700)

        t = try start(h)
        t.send(Self.up + Self.up + Self.up + Self.enter)
        #expect(t.waitFor("kd 2042 qd124*> "), "recalled from the last session; saw: \(t.all)")
        t.send("history" + Self.enter)
        #expect(t.waitFor("1  set year 2042"))
        #expect(t.waitFor("2  echo a b"))
        #expect(t.waitFor("3  quit!"))
        #expect(t.waitFor("4  set year 2042"))
        quit(t)
    }

    @Test func ctrlCAtThePromptAbandonsTheLine() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 2050")
        #expect(t.waitFor("set year 2050"))
        t.send(Self.ctrlC)
        #expect(t.waitFor("^C\nkd 2023 qd124> "), "a fresh prompt, nothing changed; saw: \(t.all)")
        t.send("set year 2051" + Self.enter)
        #expect(t.waitFor("kd 2051 qd124*> "), "the shell is alive; saw: \(t.all)")
        #expect(!t.all.contains("kd 2050"), "the abandoned line did not run")
        // Twice more: each Ctrl-C is one fresh prompt, never an exit.
        t.send(Self.ctrlC)
        #expect(t.waitFor("^C\nkd 2051 qd124*> "))
        t.send(Self.ctrlC)
        #expect(t.waitFor("^C\nkd 2051 qd124*> "))
        quit(t)
    }

    /// Ctrl-C the moment a prompt appears. A SIGINT that landed after the prompt was drawn but
    /// before the read began did not end that read: the Ctrl-C was lost and the prompt waited
    /// for a key (about one in 300 to 1,000 on a loaded machine; the test above failed so).
    @Test func ctrlCTheMomentThePromptAppears() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        for press in 1...200 {
            t.send(Self.ctrlC)
            guard t.waitFor("^C\nkd 2023 qd124> ", timeout: 5) else {
                Issue.record("Ctrl-C \(press) gave no fresh prompt; saw: \(t.screen.suffix(300))")
                break
            }
        }
        quit(t)
    }

    @Test func ctrlCInterruptsALongSource() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let lines = 200_000
        let script = "set as-of 2023-11-20\n" + (1...lines).map { "echo line \($0)" }.joined(separator: "\n") + "\n"
        try script.write(to: h.appendingPathComponent("long.kd"), atomically: true, encoding: .utf8)
        let t = try start(h)
        t.send("source long.kd" + Self.enter)
        #expect(t.waitFor("\nline 2000\n", timeout: 60), "the script runs; saw: \(t.screen.suffix(300))")
        t.send(Self.ctrlC)
        #expect(t.waitFor("long.kd:", timeout: 30), "saw: \(t.screen.suffix(300))")
        #expect(t.waitFor(": error: interrupted before this command"), "where it stopped; saw: \(t.screen.suffix(300))")
        // What the script's first line changed stays, and kd says so with the undo for it.
        #expect(t.waitFor("source long.kd stopped part way: the 1 change its earlier commands made stays; undo 1 takes it back"),
                "saw: \(t.screen.suffix(300))")
        #expect(t.waitFor("kd 2023 qd124*> ", timeout: 30))
        #expect(!t.all.contains("line \(lines)\n"), "the script stopped before its end")
        t.send("set year 2052" + Self.enter)
        #expect(t.waitFor("kd 2052 qd124*> "), "the shell is alive; saw: \(t.screen.suffix(300))")
        quit(t, status: 1)
    }

    /// A script run at the prompt that fails part way: the error names its line, and a note
    /// says that the changes its earlier lines made stay, and the undo that takes them back.
    @Test func aScriptThatFailsAtThePromptSaysWhatItsEarlierLinesKept() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        try "set as-of 2023-11-26\nload demo\nset as-of 2023-02-30\necho not reached\n"
            .write(to: h.appendingPathComponent("part.kd"), atomically: true, encoding: .utf8)
        let t = try start(h)
        t.send("source part.kd" + Self.enter)
        #expect(t.waitFor("part.kd:3:"), "saw: \(t.screen.suffix(400))")
        #expect(t.waitFor("source part.kd stopped part way: the 2 changes its earlier commands made stay; undo 2 takes them back"),
                "saw: \(t.screen.suffix(400))")
        #expect(t.waitFor("kd 2023 qd124*> "), "saw: \(t.screen.suffix(300))")
        #expect(!t.all.contains("not reached"))
        t.send("undo 2" + Self.enter)
        #expect(t.waitFor("kd 2023 qd124> "), "undo 2 comes back to the state before; saw: \(t.screen.suffix(300))")
        // A script that replaced the workspace: no undo to offer, and kd says why.
        try "load demo\nnew --force\nset as-of 2023-02-30\n".write(to: h.appendingPathComponent("new.kd"), atomically: true, encoding: .utf8)
        t.send("source new.kd" + Self.enter)
        #expect(t.waitFor("source new.kd stopped part way: its earlier commands replaced the workspace (open or new), which undo cannot take back"),
                "saw: \(t.screen.suffix(400))")
        quit(t, status: 1)
    }

    /// Ctrl-C by the tens of thousands, at the prompt and through a long `source`: each lands
    /// somewhere else in kd's loop. The handler used to store a Swift global, and a debug kd
    /// aborted ("Simultaneous accesses") when one landed while the loop read the flag. It is C's
    /// now (Sources/CSignals). A storm only sometimes hits that window: run against the old
    /// handler, this test failed 2 of 11 times (the long-source test above, once in the suite).
    @Test func ctrlCStormNeverKillsTheShell() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let script = (1...50_000).map { "echo line \($0)" }.joined(separator: "\n") + "\n"
        try script.write(to: h.appendingPathComponent("long.kd"), atomically: true, encoding: .utf8)
        let t = try start(h)
        t.interrupt(times: 20_000, gap: 0)
        // The storm's last Ctrl-C may reach kd after a key typed at once (it then abandons that
        // line, as it should): type once it has settled.
        usleep(300_000)
        t.send("set year 2053" + Self.enter)
        #expect(t.waitFor("kd 2053 qd124*> "), "alive after Ctrl-C at the prompt; saw: \(t.screen.suffix(300))")
        for round in 1...3 {
            t.send("source long.kd" + Self.enter)
            #expect(t.waitFor("\nline 500\n", timeout: 60), "round \(round): the script runs; saw: \(t.screen.suffix(300))")
            t.interrupt(times: 20_000, gap: 0)
            #expect(t.waitFor(": error: interrupted before this command", timeout: 30), "round \(round); saw: \(t.screen.suffix(300))")
            usleep(300_000)
            t.send("set year \(2060 + round)" + Self.enter)
            #expect(t.waitFor("kd \(2060 + round) qd124*> ", timeout: 30), "round \(round): alive; saw: \(t.screen.suffix(300))")
        }
        #expect(!t.all.contains("Simultaneous accesses") && !t.all.contains("crashed"), "saw: \(t.all.suffix(2000))")
        quit(t, status: 1)
    }

    /// A window resize (SIGWINCH) and a stop and `fg` (SIGSTOP, SIGCONT) while a line is being
    /// typed: kd redraws the line, keeps what was typed, and goes on reading.
    @Test func resizeAndContinueRedrawTheLine() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 207")
        #expect(t.waitFor("set year 207"))
        t.resize(rows: 24, columns: 60)
        #expect(t.waitFor("kd 2023 qd124> set year 207"), "redrawn after the resize; saw: \(t.screen.suffix(300))")
        t.signal(SIGSTOP)
        usleep(100_000)
        t.signal(SIGCONT)
        #expect(t.waitFor("kd 2023 qd124> set year 207"), "redrawn after fg; saw: \(t.screen.suffix(300))")
        t.send("3" + Self.enter)
        #expect(t.waitFor("kd 2073 qd124*> "), "the line kept its text; saw: \(t.screen.suffix(300))")
        quit(t)
    }

    @Test func quitWithUnsavedChangesAsksOnce() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 2045" + Self.enter)
        #expect(t.waitFor("kd 2045 qd124*> "))
        t.send("quit" + Self.enter)
        #expect(t.waitFor("unsaved changes"))
        #expect(t.waitFor("kd 2045 qd124*> "), "still running after the first quit")
        #expect(t.process.isRunning)
        t.send("quit" + Self.enter)
        #expect(t.waitForExit() == 0, "the second quit leaves; saw: \(t.all)")
        #expect(t.all.components(separatedBy: "unsaved changes").count == 2, "asked once")
    }

    /// A change after the warning, on the same line as `quit` (a command, or a redo), asks
    /// again at the next `quit`.
    @Test(arguments: [
        ([("set year 2047", "kd 2047 qd124*> ")], "quit; set year 2048", "kd 2048 qd124*> "),
        ([("set year 2047", "kd 2047 qd124*> "), ("set year 2049", "kd 2049 qd124*> "), ("undo", "kd 2047 qd124*> ")],
         "quit; redo", "kd 2049 qd124*> "),
    ])
    func quitAsksAgainAfterAChangeOnItsLine(_ before: [(String, String)], _ line: String, _ after: String) throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        for (c, prompt) in before {
            t.send(c + Self.enter)
            #expect(t.waitFor(prompt), "after \(c); saw: \(t.all)")
        }
        t.send(line + Self.enter)
        #expect(t.waitFor(after), "saw: \(t.all)")
        t.send("quit" + Self.enter)
        #expect(t.waitFor(after), "still running: the change is unsaved; saw: \(t.all)")
        #expect(t.all.components(separatedBy: "unsaved changes").count == 3, "asked twice; saw: \(t.all)")
        #expect(t.process.isRunning)
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
    }

    @Test func ctrlDWithUnsavedChangesAsksOnce() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 2046" + Self.enter)
        #expect(t.waitFor("kd 2046 qd124*> "))
        t.send(Self.ctrlD)
        #expect(t.waitFor("unsaved changes"))
        #expect(t.waitFor("kd 2046 qd124*> "))
        t.send(Self.ctrlD)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
    }

    /// The `*` marks a workspace that differs from its file: undo or redo back to the save
    /// clears it (and `quit` then leaves at once), undo past the save sets it, and a command
    /// that changes nothing sets nothing and is no step to undo.
    @Test func unsavedMarkFollowsTheSavedState() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        let saved = "t 2023 qd124> ", unsaved = "t 2023 qd124*> "
        for (command, seen) in [
            ("set quota 25", "kd 2023 qd124*> "), ("save t.json", saved),
            ("set year 2023", saved), ("set head-cap on", saved), ("set lang en", saved),
            ("set quota 30", unsaved), ("undo", "undone: set quota 30"), ("undo", "undone: set quota 25"), ("", unsaved),
            ("redo", saved), ("redo", unsaved), ("undo", saved),
        ] {
            t.send(command + Self.enter)
            #expect(t.waitFor(seen), "after \(command); saw: \(t.screen)")
        }
        t.send("quit" + Self.enter)
        #expect(t.waitForExit() == 0, "the workspace is the saved one: quit leaves at once; saw: \(t.all)")
        #expect(!t.all.contains("unsaved"))
    }

    /// A `quit` in the -i script (or the init file) asked nobody at the prompt: the first
    /// Ctrl-D there still asks. It used to leave at once and delete the journal.
    @Test func aScriptsQuitDoesNotAnswerThePromptsQuestion() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let script = h.appendingPathComponent("s.kd")
        try "set year 2051\nquit\n".write(to: script, atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: ["--no-init", "-i", script.path], home: h)
        #expect(t.waitFor("kd 2051 qd124*> "), "saw: \(t.all)")
        t.send(Self.ctrlD)
        #expect(t.waitFor("unsaved changes"), "saw: \(t.all)")
        #expect(t.waitFor("kd 2051 qd124*> "), "saw: \(t.all)")
        #expect(t.process.isRunning, "asked, not left")
        #expect(t.all.components(separatedBy: "unsaved changes").count == 3, "the script's quit and the prompt's each asked; saw: \(t.all)")
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
    }

    /// Ctrl-C after the unsaved-changes warning cancels it, as a command does: a line begun
    /// (`sav`) and abandoned is no answer to it.
    @Test func ctrlCAfterTheQuitWarningCancelsIt() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set year 2052" + Self.enter)
        #expect(t.waitFor("kd 2052 qd124*> "))
        t.send("quit" + Self.enter)
        #expect(t.waitFor("unsaved changes"))
        #expect(t.waitFor("kd 2052 qd124*> "))
        t.send("sav" + Self.ctrlC)
        #expect(t.waitFor("kd 2052 qd124*> "), "saw: \(t.all)")
        t.send(Self.ctrlD)
        #expect(t.waitFor("unsaved changes"), "asked again; saw: \(t.all)")
        #expect(t.waitFor("kd 2052 qd124*> "))
        #expect(t.process.isRunning, "asked, not left")
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
    }

    /// `kd | tee log` at a terminal: the prompt and the line are drawn on the terminal (stderr),
    /// the results go down the pipe, and the terminal is given back as it was. kd drew nothing,
    /// echoed nothing, completed nothing, and left the terminal without echo for the shell.
    @Test func aPipedOutputKeepsEditingAndGivesTheTerminalBack() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let out = Pipe()
        let t = try PseudoTerminal(arguments: ["--no-init"], home: h, stdout: out)
        #expect(t.waitFor("kd 2023 qd124> "), "the prompt, on the terminal; saw: \(t.all)")
        t.send("echo piped" + Self.enter)
        #expect(t.waitFor("echo piped"), "what is typed is shown; saw: \(t.all)")
        t.send("sho" + Self.tab)
        #expect(t.waitFor("show "), "Tab completes; saw: \(t.all)")
        // The unsaved-changes question is asked where the line is edited, not down the pipe.
        t.send("\u{15}set year 2055" + Self.enter)
        #expect(t.waitFor("kd 2055 qd124*> "), "saw: \(t.all)")
        t.send(Self.ctrlD)
        #expect(t.waitFor("unsaved changes"), "asked at the terminal; saw: \(t.all)")
        #expect(t.waitFor("kd 2055 qd124*> "), "saw: \(t.all)")
        // Ctrl-D after a `\`: the dropped command is said at the terminal too.
        t.send("echo never \\" + Self.enter)
        #expect(t.waitFor("...> "), "the continuation prompt; saw: \(t.all)")
        t.send(Self.ctrlD)
        #expect(t.waitFor("that command was not run"), "saw: \(t.all)")
        #expect(t.waitFor("kd 2055 qd124*> "), "saw: \(t.all)")
        t.send("quit!" + Self.enter)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
        var mode = termios()
        #expect(tcgetattr(t.master, &mode) == 0)
        #expect(mode.c_lflag & tcflag_t(ECHO) != 0 && mode.c_lflag & tcflag_t(ICANON) != 0, "the terminal echoes again")
        let piped = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(piped == "piped\n", "results down the pipe, nothing said to the person; saw: \(piped)")
    }

    /// A terminal set to Latin-1 sends é as the byte 0xE9: the line is refused with a caret at
    /// it, runs nothing and is not kept in the history. It ran as `caf�A`, the blank after the
    /// é swallowed, and the garbled text was stored.
    @Test func bytesThatAreNotTextRefuseTheLine() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send(bytes: Array("echo caf".utf8) + [0xE9] + Array(" A".utf8) + [0x0D])
        #expect(t.waitFor("error: the line holds bytes that are not UTF-8 text (shown as \u{FFFD}): nothing was run"), "saw: \(t.all)")
        #expect(t.waitFor("  echo caf\u{FFFD} A\n          ^\n"), "the caret under it, the blank kept; saw: \(t.all)")
        #expect(t.waitFor("hint: set the terminal"), "saw: \(t.all)")
        #expect(t.waitFor("kd 2023 qd124> "), "saw: \(t.all)")
        #expect(!t.all.contains("caf\u{FFFD} A\r\n\u{FFFD}") && !t.all.contains("\ncaf"), "nothing was echoed")
        t.send("set year 2042" + Self.enter)
        #expect(t.waitFor("kd 2042 qd124*> "))
        // U+FFFD pasted as text (a document converted badly) is text: it runs, as from a script.
        t.send("echo pasted\u{FFFD}" + Self.enter)
        #expect(t.waitFor("\npasted\u{FFFD}\n"), "saw: \(t.all)")
        #expect(t.waitFor("kd 2042 qd124*> "))
        quit(t, status: 1)
        let stored = try String(contentsOf: h.appendingPathComponent("state/kd/history"), encoding: .utf8)
        #expect(stored == "set year 2042\necho pasted\u{FFFD}\nquit!\n", "saw: \(stored)")
    }

    /// Typing at a terminal with both outputs redirected (`kd >out 2>&1`): the terminal's own
    /// line reading. One Ctrl-D with unsaved changes asks, as everywhere; through stdio it left
    /// at once (the end of input stayed set after the question) and the journal was deleted.
    @Test func bothOutputsRedirectedStillAskBeforeLeaving() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let out = Pipe()
        let t = try PseudoTerminal(arguments: ["--no-init"], home: h, stdout: out, stderr: out)
        t.send("set year 2050" + Self.enter + Self.ctrlD)
        Thread.sleep(forTimeInterval: 1.5)
        #expect(t.process.isRunning, "asked, not left")
        t.send(Self.ctrlD)
        #expect(t.waitForExit() == 0)
        var mode = termios()
        #expect(tcgetattr(t.master, &mode) == 0)
        #expect(mode.c_lflag & tcflag_t(ECHO) != 0 && mode.c_lflag & tcflag_t(ICANON) != 0, "the terminal echoes")
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.components(separatedBy: "unsaved changes").count == 2, "asked once; saw: \(said)")
    }

    @Test func ctrlDWithoutChangesLeaves() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send(Self.ctrlD)
        #expect(t.waitForExit() == 0, "saw: \(t.all)")
        #expect(!t.all.contains("unsaved"))
    }

    @Test func vietnameseInputIsEditedByCharacter() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        // One Backspace removes all of "ễ" (three bytes in UTF-8), not one byte.
        t.send("echo Nguyễ\u{7F}en Văn Ấn" + Self.enter)
        #expect(t.waitFor("\nNguyen Văn Ấn\n"), "saw: \(t.all)")
        quit(t)
        let stored = try String(contentsOf: h.appendingPathComponent("state/kd/history"), encoding: .utf8)
        #expect(stored.hasPrefix("echo Nguyen Văn Ấn\n"))
    }

    /// Text typed or pasted decomposed (a letter, then its marks, as Unikey's "Unicode tổ hợp"
    /// sends it) is edited as the letters it shows: one Backspace removes "ệ" whole, and the
    /// command and the history hold it composed. libedit drew the marks apart and Backspace
    /// removed only the last one ("Hẹ" was left).
    @Test func decomposedInputIsComposedAsItArrives() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        let nfd = "echo Nguye\u{0302}\u{0303}n Thi\u{0323} He\u{0323}\u{0302}"
        t.send(nfd + "\u{7F}" + Self.enter)
        #expect(t.waitFor("\nNguyễn Thị H\n"), "saw: \(t.all)")
        quit(t)
        let stored = try String(contentsOf: h.appendingPathComponent("state/kd/history"), encoding: .utf8)
        let first = try #require(stored.split(separator: "\n").first)
        #expect(Array(first.unicodeScalars) == Array("echo Nguyễn Thị H".unicodeScalars))
    }

    /// A three-step tour with a `pause` between steps.
    func tourScript(_ h: URL) throws -> URL {
        let tour = h.appendingPathComponent("tour.kd")
        try "echo step-one\npause\necho step-two\npause\necho step-three\n".write(to: tour, atomically: true, encoding: .utf8)
        return tour
    }

    /// Through the tour's first pause with Enter, then `key` at the second, which stops it.
    func stopAtTheSecondPause(_ t: PseudoTerminal, with key: String) {
        #expect(t.waitFor("step-one"), "saw: \(t.all)")
        #expect(t.waitFor("Enter"), "the pause waits; saw: \(t.all)")
        #expect(!t.all.contains("step-two"), "saw: \(t.all)")
        t.send(Self.enter)
        #expect(t.waitFor("step-two"), "Enter goes on; saw: \(t.all)")
        #expect(t.waitFor("Enter"))
        t.send(key)
        #expect(t.waitFor("stopped at pause"), "saw: \(t.all)")
    }

    /// A tour run with -i waits at each `pause`; Enter goes on, Ctrl-C or Ctrl-D stops the tour
    /// there and leaves the trainer at the prompt (they used to go on to the next step).
    @Test func ctrlCOrCtrlDAtAPauseStopsTheTour() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let tour = try tourScript(h)
        for key in [Self.ctrlC, Self.ctrlD] {
            let t = try PseudoTerminal(arguments: ["--no-init", "-i", tour.path], home: h)
            stopAtTheSecondPause(t, with: key)
            #expect(t.waitFor("kd 2023 qd124> "), "the shell stays; saw: \(t.all)")
            #expect(!t.all.contains("step-three"), "the tour stopped; saw: \(t.all)")
            // The script's stopped pause is a failed command: status 1 (commands.md §1).
            quit(t, status: 1)
        }
    }

    /// `kd tour.kd` at a terminal waits at each `pause` too (commands.md §3: at a terminal, for
    /// trainers' tours); Enter goes on, and Ctrl-C stops the script with status 1.
    @Test func aScriptRunAtATerminalWaitsAtPause() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try PseudoTerminal(arguments: ["--no-init", tourScript(h).path], home: h)
        stopAtTheSecondPause(t, with: Self.ctrlC)
        #expect(t.waitForExit() == 1, "saw: \(t.all)")
        #expect(!t.all.contains("step-three"), "the tour stopped; saw: \(t.all)")
        // The terminal's `^C` ends its line: the error was written after it on the same one.
        #expect(t.all.contains("^C\n\(h.path)/tour.kd:4:1: error: stopped at pause"), "saw: \(t.all.debugDescription)")
    }

    /// With one output sent to a file (`kd tour.kd >out.log`, `2>err.log`), the line break
    /// after the echoed `^C` is written at the terminal: it went into the file with stdout (the
    /// terminal then showed `^C/…/tour.kd:4:1: error` on one line), or as a blank first line of
    /// the errors' file.
    @Test(arguments: [true, false])
    func theLineBreakAfterCtrlCGoesToTheTerminal(pipingStdout: Bool) throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let file = Pipe()
        // A file saved between the pauses says, with the output elsewhere, that kd is at the second.
        let tour = h.appendingPathComponent("tour.kd"), mark = h.appendingPathComponent("between.json")
        try "echo step-one\npause\nsave between.json\npause\necho step-three\n".write(to: tour, atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: ["--no-init", tour.path], home: h,
                                   stdout: pipingStdout ? file : nil, stderr: pipingStdout ? nil : file)
        t.send(Self.enter)  // through the first pause, typed ahead
        var between = false
        for _ in 0..<3000 where !between {
            between = FileManager.default.fileExists(atPath: mark.path)
            if !between { usleep(10_000) }
        }
        #expect(between, "saw: \(t.all)")
        usleep(200_000)  // the pause's reader is waiting
        t.send(Self.ctrlC)  // the second
        #expect(t.waitForExit() == 1, "saw: \(t.all)")
        let logged = String(decoding: file.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = "\(h.path)/tour.kd:4:1: error: stopped at pause\n"
        if pipingStdout {
            #expect(t.all.hasSuffix("^C\n" + error), "saw: \(t.all.debugDescription)")
            #expect(logged.hasSuffix("(press Enter to go on) "), "no line break in the file; saw: \(logged.debugDescription)")
        } else {
            #expect(t.all.hasSuffix("^C\n"), "saw: \(t.all.debugDescription)")
            #expect(logged == error, "saw: \(logged.debugDescription)")
        }
    }

    /// At the prompt, Ctrl-C at a `pause` stops the rest of its `;` line, as Ctrl-C during any
    /// other command does: the pause's reader cleared the flag, and `echo after` ran.
    @Test func ctrlCAtAPauseStopsTheRestOfTheLine() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("pause; echo after-the-pause" + Self.enter)
        #expect(t.waitFor("Enter"), "the pause waits; saw: \(t.all)")
        t.send(Self.ctrlC)
        #expect(t.waitFor("stopped at pause"), "saw: \(t.all)")
        #expect(t.waitFor("kd 2023 qd124> "), "the shell stays; saw: \(t.all)")
        #expect(!t.all.contains("\nafter-the-pause"), "the rest of the line did not run; saw: \(t.all)")
        quit(t, status: 1)
    }

    /// A command continued with `\`: Tab on the next line knows the words before it, the
    /// history entry runs as the lines did (`echo ab\` then `cd` printed "abcd", recalled
    /// "ab cd"), and a `\` in a comment is the comment's (the prompt asked for another line).
    @Test func continuedCommandsCompleteAndRecallAsTyped() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let t = try start(h)
        t.send("set \\" + Self.enter)
        #expect(t.waitFor("...> "))
        t.send("ye" + Self.tab)
        #expect(t.waitFor("year "), "Tab knew the verb on the line before; saw: \(t.screen.suffix(300))")
        t.send("2044" + Self.enter)
        #expect(t.waitFor("kd 2044 qd124*> "), "saw: \(t.screen.suffix(300))")
        t.send("echo ab\\" + Self.enter)
        #expect(t.waitFor("...> "))
        t.send("cd" + Self.enter)
        #expect(t.waitFor("\nabcd\n"), "saw: \(t.screen.suffix(300))")
        t.send(Self.up + Self.enter)
        #expect(t.waitFor("\nabcd\n"), "recalled, it runs as typed; saw: \(t.screen.suffix(300))")
        t.send("echo x # a note \\" + Self.enter)
        #expect(t.waitFor("\nx\nkd 2044 qd124*> "), "no continuation in a comment; saw: \(t.screen.suffix(300))")
        quit(t)
        let stored = try String(contentsOf: h.appendingPathComponent("state/kd/history"), encoding: .utf8)
        #expect(stored.contains("echo abcd\n") && stored.contains("set year 2044\n"), "saw: \(stored)")
    }

    @Test func initFileRunsUnlessNoInit() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let config = h.appendingPathComponent("config/kd")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "echo from-the-init-file\nset year 2039\n".write(to: config.appendingPathComponent("init.kd"), atomically: true, encoding: .utf8)
        var t = try PseudoTerminal(arguments: [], home: h)
        #expect(t.waitFor("from-the-init-file"))
        #expect(t.waitFor("kd 2039 qd124*> "), "saw: \(t.all)")
        quit(t)
        t = try start(h, ["--no-init"])
        #expect(!t.all.contains("from-the-init-file"))
        quit(t)
    }

    /// The init file starts the interactive shell (README): after the -c commands and script
    /// files, before the -i script and the prompt. README said "first", and the environment
    /// audit took the order for a bug; run first, its `set year` made `-c 'open ws.json'` refuse.
    @Test func initFileStartsTheInteractiveShell() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let config = h.appendingPathComponent("config/kd")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "echo INIT\nset year 2041\n".write(to: config.appendingPathComponent("init.kd"), atomically: true, encoding: .utf8)
        try "echo FILE\n".write(to: h.appendingPathComponent("f.kd"), atomically: true, encoding: .utf8)
        try "echo ISCRIPT\n".write(to: h.appendingPathComponent("s.kd"), atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: ["-c", "echo DASH-C; show settings", "f.kd", "-i", "s.kd"], home: h)
        #expect(t.waitFor("kd 2041 qd124*> "), "saw: \(t.all)")
        let order = ["DASH-C", "year = 2023", "FILE", "INIT", "ISCRIPT"].map { t.all.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.map { $0! } == order.map { $0! }.sorted(), "saw: \(t.all)")
        quit(t)
    }

    /// A failing command in init.kd counts in the exit status, and its `quit` leaves the
    /// prompt still to come (as the -i script's).
    @Test func initFileFailureCountsAndItsQuitDoesNotEndKd() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        let config = h.appendingPathComponent("config/kd")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "set year 1800\nquit\n".write(to: config.appendingPathComponent("init.kd"), atomically: true, encoding: .utf8)
        let t = try PseudoTerminal(arguments: [], home: h)
        #expect(t.waitFor("kd 2023 qd124> "), "saw: \(t.all)")
        quit(t, status: 1)
    }

    @Test func tabCompletesNamesAndFilesWithDiacritics() throws {
        let h = try home()
        defer { try? FileManager.default.removeItem(at: h) }
        var ws = Workspace()
        for m in [Member(id: "M001", name: "Nguyễn Văn An", unit: "CB01"), Member(id: "M002", name: "Nguyễn Thị Bình", unit: "CB01")] {
            ws.members[m.id] = m
        }
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ Khu phố 1", kind: .cell)
        try WorkspaceFile.save(ws, to: h.appendingPathComponent("Phường Mẫu.json").path)
        let t = try start(h)
        // A file whose name has a blank and diacritics is quoted.
        t.send("open Ph" + Self.tab)
        #expect(t.waitFor("\"Phường Mẫu.json\" "), "saw: \(t.all)")
        t.send(Self.enter)
        #expect(t.waitFor("Phường Mẫu 2023 qd124> "), "the prompt names the workspace; saw: \(t.all)")
        // `nguy` without diacritics: both names share "Nguyễn ", a second Tab lists them.
        t.send("show nguy" + Self.tab)
        #expect(t.waitFor("\"Nguyễn "), "saw: \(t.all)")
        t.send(Self.tab)
        #expect(t.waitFor("Nguyễn Văn An"), "the list; saw: \(t.all)")
        #expect(t.waitFor("Nguyễn Thị Bình"))
        // Complete the name, then make the line a comment (Ctrl-A, `#`): only the text matters here.
        t.send("Vă" + Self.tab)
        #expect(t.waitFor("Văn An\" "), "saw: \(t.all)")
        t.send("\u{01}# " + Self.enter)
        #expect(t.waitFor("Phường Mẫu 2023 qd124> "))
        quit(t)
        let stored = try String(contentsOf: h.appendingPathComponent("state/kd/history"), encoding: .utf8)
        #expect(stored == "open \"Phường Mẫu.json\"\n# show \"Nguyễn Văn An\"\nquit!\n")
    }
}
