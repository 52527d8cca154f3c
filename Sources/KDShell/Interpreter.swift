import Foundation
import KiemDiem

/// Runs source text (a script, a `-c` argument, a typed line) command by command.
public final class Interpreter {
    public let session: Session
    /// Lines of the text being run, for the caret under an offending word.
    private var sourceLines: [String] = []
    private var firstLine = 1
    /// The command being run came after a `;` on the line where the one before it ended.
    private var followsSemicolon = false
    public init(session: Session) { self.session = session }

    /// Runs every command of the text; returns false when any failed. With bail, stops at the
    /// first failure. `bail` is the mode's default: the session's setting (`--bail`,
    /// `--no-bail`, `set bail`, even one the text itself runs) decides where there is one,
    /// unless `fixed` (a crash replay runs every command).
    @discardableResult
    /// `brokenBytes`: the prompt's reader made U+FFFD of bytes that are not text in these lines.
    public func run(_ source: String, file: String, firstLine: Int = 1, bail: Bool, fixed: Bool = false, brokenBytes: Bool = false) -> Bool {
        let savedLines = sourceLines, savedFirst = self.firstLine
        let text = Vietnamese.composed(source)
        sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.firstLine = firstLine
        defer { sourceLines = savedLines; self.firstLine = savedFirst }
        // Bytes a terminal set to another encoding sends (Latin-1, TCVN3) reach the prompt as
        // U+FFFD: the line is refused, as a script's bytes that are not text are, rather than
        // run with its letters lost (a note or a name stored garbled). A U+FFFD pasted as text
        // runs, as it does from a script.
        if brokenBytes, let (line, column) = Interpreter.replacementCharacter(in: sourceLines) {
            report(KDError(ShellText.promptNotUTF8, at: SourceLocation(file: file, line: firstLine + line, column: column),
                           hints: [ShellText.hintTerminalUTF8]), command: nil, file: file)
            return false
        }
        // A script that does not lex runs nothing: its first commands must not change the
        // workspace when the text as a whole is refused. The check reads every command once
        // (Ctrl-C stops it between commands); the run then reads them again as it goes.
        let failure = Lexer.scan(text, firstLine: firstLine, normalized: true) { _ in interruptRequested == 0 }
        if let f = failure {
            report(KDError(f.message, at: SourceLocation(file: file, line: f.line, column: f.column), hints: f.hints),
                   command: nil, file: file)
            return false
        }
        var ok = true
        var previousEnd: Int?
        Lexer.scan(text, firstLine: firstLine, normalized: true) { cmd in
            followsSemicolon = previousEnd == cmd.words[0].line
            previousEnd = cmd.endLine
            if session.quitRequested { return false }
            if interruptRequested != 0 {
                // Ctrl-C: stop here (a long `source` too), saying once where it stopped.
                if !session.interruptReported {
                    session.interruptReported = true
                    endEchoedControlLine()
                    report(KDError(ShellText.interruptedHere, at: SourceLocation(file: file, line: cmd.line, column: cmd.words[0].column)),
                           command: cmd, file: file)
                }
                ok = false
                return false
            }
            if !execute(cmd, file: file) {
                ok = false
                if fixed ? bail : session.bail ?? bail { return false }
            }
            return true
        }
        return ok
    }

    /// Runs one command; reports its error; returns whether it succeeded.
    public func execute(_ cmd: CommandSyntax, file: String) -> Bool {
        if session.echo { session.print("kd> " + cmd.text) }
        let start = DispatchTime.now()
        defer {
            if session.timer {
                session.print(Interpreter.timerLine(nanoseconds: DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds))
            }
        }
        do {
            let verbWord = cmd.words[0]
            guard let spec = Registry.find(verbWord.text) else {
                // `--attended P001;P017`: data files list ids with `;`, which on a command line
                // ended the command (it ran) and began another.
                var hints = Suggest.hint(verbWord.text, Registry.names)
                let names: Bool
                if case .notFound = session.workspace.lookup(verbWord.text) { names = false } else { names = true }
                if followsSemicolon && names { hints.insert(ShellText.hintSemicolonList(verbWord.text), at: 0) }
                throw KDError(ShellText.unknownVerb(verbWord.text), at: SourceLocation(file: file, line: verbWord.line, column: verbWord.column),
                              hints: hints.isEmpty ? [ShellText.seeHelpAll] : hints)
            }
            let inv = try Binder.bind(spec, cmd, file: file)
            try spec.run(inv, session)
            return true
        } catch is SilentFailure {
            // already reported where it happened
        } catch let e as KDError {
            if interruptRequested != 0 { endEchoedControlLine() }
            report(e, command: cmd, file: file)
        } catch {
            report(KDError(Message("\(error)")), command: cmd, file: file)
        }
        // A command stopped by Ctrl-C has said so: the script stops without saying it again.
        if interruptRequested != 0 { session.interruptReported = true }
        return false
    }

    /// A terminal echoes Ctrl-C as `^C` where the cursor is, with no line break: the message
    /// that follows starts on a line of its own (`^Cerror: interrupted` was one line).
    /// Not when a reader of kd's has ended that line itself (`lineEndedAtCtrlC`).
    func endEchoedControlLine() {
        if isatty(0) == 1 && !lineEndedAtCtrlC { endTerminalLine() }
        lineEndedAtCtrlC = false
    }

    /// Prints an error: `FILE:LINE:COL: error: …` and hints; at the prompt, the line with a caret.
    func report(_ e: KDError, command: CommandSyntax?, file: String) {
        let s = session
        let red = s.errColor ? "\u{1B}[1;31m" : "", cyan = s.errColor ? "\u{1B}[1;36m" : "", reset = s.errColor ? "\u{1B}[0m" : ""
        var text = ""
        let errWord = s.t(Message(en: "error", vi: "lỗi"))
        let hintWord = s.t(Message(en: "hint", vi: "gợi ý"))
        let atPrompt = file == Interpreter.promptFile
        // A message quoting a pasted megabyte stays one readable line.
        let message = Message.cutInMiddle(s.t(e.message), limit: 1000)
        let loc = e.location ?? command.map { SourceLocation(file: file, line: $0.line, column: $0.words[0].column) }
        if let place = e.place {
            text += "\(place): \(red)\(errWord):\(reset) \(message)\n"
        } else if let l = loc, !(atPrompt && l.file == file) {
            // `-w FILE` runs an `open` the user never typed: no line and column in it.
            let at = l.file == Interpreter.workspaceOption ? l.file : l.description
            text += "\(at): \(red)\(errWord):\(reset) \(message)\n"
        } else {
            text += "\(red)\(errWord):\(reset) \(message)\n"
        }
        // An error with a place of its own (a JSON path, a file that cannot be read or written)
        // is in that file, as one with a location in another file is: the note says which
        // command met it, as it does for a CSV row.
        let elsewhere = e.place != nil || loc.map { $0.file != file } ?? false
        if atPrompt, !elsewhere, let l = loc, l.line - firstLine < sourceLines.count, l.line >= firstLine {
            // Underline the offending word under the typed line.
            let word = command?.words.first { $0.line == l.line && $0.column == l.column }
            let lineText = sourceLines[l.line - firstLine]
            let offset = l.column - 1
            if offset <= lineText.count {
                // In terminal columns: a wide character (漢) takes two.
                let before = lineText.prefix(offset), typed = lineText.dropFirst(offset).prefix(word?.width ?? 1)
                let lead = DisplayWidth.of(String(before)), span = max(1, DisplayWidth.of(String(typed)))
                // A tab is echoed as one blank: the terminal would expand it to its next stop,
                // and the caret, counted in characters, would sit left of the word.
                let echoed = lineText.replacingOccurrences(of: "\t", with: " ")
                text += "  \(echoed)\n  \(String(repeating: " ", count: lead))\(red)^\(String(repeating: "~", count: span - 1))\(reset)\n"
            }
        }
        for h in e.hints {
            // Outside any script (-c, -w, the prompt) a path is relative to the current folder.
            let h = h == Catalog.hintCheckPath && s.sourceStack.isEmpty ? Catalog.hintCheckPathHere : h
            text += "\(cyan)\(hintWord):\(reset) \(Message.cutInMiddle(s.t(h), limit: 1000))\n"
        }
        // The error is in a data file: say which command read it, after the error's own hints
        // (below the note, a hint read as the note's).
        if elsewhere, let cmd = command, file != Interpreter.workspaceOption {
            let where_ = atPrompt ? "" : "\(file):\(cmd.line):\(cmd.words[0].column): "
            text += "\(where_)\(s.t(ShellText.whileRunning)) \"\(cmd.text)\"\n"
        }
        s.console.err(text)
    }

    public static let promptFile = "<prompt>"

    /// The first U+FFFD in `lines`: its line (from 0) and column (in characters, from 1).
    static func replacementCharacter(in lines: [String]) -> (Int, Int)? {
        for (n, l) in lines.enumerated() where l.unicodeScalars.contains("\u{FFFD}") {
            let i = l.firstIndex { $0.unicodeScalars.contains("\u{FFFD}") }!
            return (n, l.distance(from: l.startIndex, to: i) + 1)
        }
        return nil
    }
    /// The name of the `open` that `-w FILE` runs.
    public static let workspaceOption = "-w"
}

extension Interpreter {
    /// `(0.0123 s)`: the time to the nearest 0.1 ms. Integer arithmetic, not `String(format:)`,
    /// whose first use cost a run-time conformance lookup in every script run with a timer.
    static func timerLine(nanoseconds n: UInt64) -> String {
        let tenths = (n + 50_000) / 100_000  // of a millisecond
        let frac = String(tenths % 10_000)
        return "(\(tenths / 10_000).\(String(repeating: "0", count: 4 - frac.count))\(frac) s)"
    }
}
