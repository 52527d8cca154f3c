import Foundation
import KiemDiem

/// The interactive loop: prompt, read (with `\` continuation), run, record history.
public final class Repl {
    let session: Session
    let reader: LineReader
    let interpreter: Interpreter

    public init(session: Session, reader: LineReader) {
        self.session = session
        self.reader = reader
        self.interpreter = Interpreter(session: session)
    }

    /// Runs until quit or end of input; returns whether every command succeeded.
    public func run() -> Bool {
        var ok = true
        var lineNo = 0
        // A `quit` in the init file or the -i script asked nobody at the prompt: the first
        // `quit` or Ctrl-D here still asks (it used to leave at once, the journal deleted).
        session.quitWarned = false
        while !session.quitRequested {
            var text = ""
            var prompt = session.prompt
            var firstLine = lineNo + 1
            var abandoned = false
            var parts: [String] = []
            var broken = false  // bytes that are not text in one of its lines (`readBrokenBytes`)
            reading: while true {
                switch reader.readLine(prompt: prompt) {
                case .lost:
                    // Nobody to ask or answer: leave as a crash would, the journal kept.
                    session.inputLost = true
                    return ok
                case .end:
                    if text.isEmpty {
                        // Ctrl-D: leave, but ask once when there are unsaved changes.
                        if session.dirty && !session.quitWarned {
                            session.endUserLine()
                            session.quitWarned = true
                            session.tellUser(ShellText.unsavedQuit)
                            continue
                        }
                        session.endUserLine()
                        return ok
                    }
                    // Ctrl-D after a `\`: the command is unfinished; running its first lines
                    // would do what was not asked (`exclude P001 \` without its reason).
                    session.endUserLine()
                    session.tellUser(ShellText.continuationDropped)
                    session.quitWarned = false
                    abandoned = true
                    break reading
                case .interrupted:
                    // Ctrl-C at the prompt: drop what was typed (continuation lines too). After
                    // the unsaved-changes warning it cancels, as a command does: the next
                    // `quit` or Ctrl-D asks again, not leaves.
                    session.clearInterrupt()
                    session.quitWarned = false
                    abandoned = true
                    break reading
                case .line(let l):
                    broken = broken || reader.readBrokenBytes
                    lineNo += 1
                    if text.isEmpty { firstLine = lineNo }
                    // As a script reads it (Lexer): `\` at the end continues, `\\` does not.
                    if let head = Lexer.continued(l) {
                        parts.append(head)
                        session.continuedText = parts.joined()
                        text += l + "\n"
                        prompt = "...> "
                        continue
                    }
                    text += l
                    parts.append(l)
                    break reading
                }
            }
            session.continuedText = ""
            if abandoned { continue }
            // History holds one line per command that runs as the typed lines did: each part
            // goes on where the `\` was, as the lexer joins them (`echo ab\` then `cd` is
            // `echo abcd`; with one blank between, recalled, it printed "ab cd").
            let entry = Repl.joined(parts)
            if entry.isEmpty { continue }
            // A line refused for its broken bytes (`Interpreter.run`) is not recalled garbled.
            if session.history.last != entry && !broken {
                session.history.append(entry)
                reader.addHistory(entry)
            }
            session.clearInterrupt()
            if !interpreter.run(text, file: Interpreter.promptFile, firstLine: firstLine, bail: session.bail ?? false, brokenBytes: broken) {
                ok = false
            }
            if !entry.lowercased().hasPrefix("quit") && !entry.lowercased().hasPrefix("exit") {
                session.quitWarned = false
            }
            session.clearInterrupt()
        }
        return ok
    }

    /// A continued command's lines as one: where blanks (`Lexer.isBlank`) meet the `\` the words
    /// break at one blank (`echo a \` then `  b` is `echo a b`), else the word goes on (`ab\`
    /// then `cd`).
    static func joined(_ parts: [String]) -> String {
        var out = ""
        for p in parts {
            var head = Substring(out)
            while let last = head.last, Lexer.isBlank(last) { head.removeLast() }
            let tail = p.drop(while: Lexer.isBlank)
            out = head.count != out.count || tail.count != p.count ? head + " " + tail : out + p
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
