import Foundation
import KiemDiem

/// One word of a command, with where it starts in the source.
public struct Word: Hashable, Sendable {
    public var text: String
    public var line: Int
    public var column: Int
    /// The word begins with a quote: a quoted `"--x"` is a value, not an option.
    public var quoted: Bool
    /// Width of the word as typed, for the caret line.
    public var width: Int

    public init(text: String, line: Int, column: Int, quoted: Bool = false, width: Int? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.quoted = quoted
        self.width = width ?? max(1, text.count)
    }

    public var isOption: Bool { !quoted && text.hasPrefix("--") && text.count > 2 }
}

/// One command as written: its words and the source text it came from.
public struct CommandSyntax: Sendable {
    public var words: [Word]
    public var text: String
    public var line: Int
    /// The line it ended on: of its `;`, its line break, or the end of the text (a word
    /// continued with `\` ends on a later line than it began).
    public var endLine: Int
}

/// Splits source text into commands: `;` and newlines separate, `\` at the very end of a line
/// continues it (`\\` there is one backslash and does not; a blank after it, a plain `\`), `#` at the
/// start of a word begins a comment, `"…"` (with `\"`, `\\`) and `'…'` quote. Text is
/// NFC-normalised first. A lexical error ends the list at its position.
public enum Lexer {
    public struct Failure: Error {
        public var message: Message
        public var line: Int
        public var column: Int
        public var hints: [Message] = []
    }

    public static func split(_ source: String, firstLine: Int = 1) -> (commands: [CommandSyntax], failure: Failure?) {
        var commands: [CommandSyntax] = []
        let failure = scan(source, firstLine: firstLine) { commands.append($0); return true }
        return (commands, failure)
    }

    /// Hands each command to `each` as soon as it is read, so a script runs (and Ctrl-C stops
    /// it) without waiting for the whole file to be split; `each` returns false to stop.
    /// Returns the lexical error that ended the text, if any.
    @discardableResult
    /// `normalized`: the caller has already put the text in NFC (the interpreter reads it twice).
    public static func scan(_ source: String, firstLine: Int = 1, normalized: Bool = false,
                            _ each: (CommandSyntax) -> Bool) -> Failure? {
        let chars = Array(normalized ? source : Vietnamese.composed(source))
        var stopped = false
        var words: [Word] = []
        var line = firstLine, col = 1
        var i = 0
        var cmdText = ""
        var cmdLine = line

        var current = ""
        var inWord = false
        var quoted = false
        var wordLine = 0, wordCol = 0, wordStart = 0

        func endWord() {
            if inWord {
                words.append(Word(text: current, line: wordLine, column: wordCol, quoted: quoted,
                                  width: max(1, i - wordStart)))
            }
            current = ""
            inWord = false
            quoted = false
        }
        func endCommand() {
            endWord()
            if !words.isEmpty && !stopped {
                let text = cmdText.trimmingBlanks
                stopped = !each(CommandSyntax(words: words, text: text, line: cmdLine, endLine: line))
            }
            words = []
            cmdText = ""
        }
        func startWord() {
            if !inWord {
                inWord = true
                wordLine = line
                wordCol = col
                wordStart = i
                if words.isEmpty { cmdLine = line }
            }
        }

        while i < chars.count && !stopped {
            let c = chars[i]
            if c == "\\" {
                var j = i
                while j < chars.count && chars[j] == "\\" { j += 1 }
                if let end = lineEnd(chars, after: j) {
                    let kept = (j - i) / 2
                    if kept > 0 {
                        startWord()
                        current += String(repeating: "\\", count: kept)
                        cmdText += String(repeating: "\\", count: kept)
                    }
                    if (j - i) % 2 == 1 {
                        // A continuation: the next line goes on with this command (at the very
                        // end of the text, into nothing, as before a final newline).
                        i = end
                        if i < chars.count { i += 1; line += 1; col = 1 }
                        // The command's text (the audit log, the journal) joins the lines as
                        // the words do: `P00\` then `5` is P005, as it ran.
                        continue
                    }
                } else {
                    startWord()
                    current += String(repeating: "\\", count: j - i)
                    cmdText += String(repeating: "\\", count: j - i)
                }
                col += j - i
                i = j
                continue
            }
            if c == "\n" || c == "\r\n" || c == ";" {
                endCommand()
                i += 1
                if c == ";" { col += 1 } else { line += 1; col = 1 }
                continue
            }
            // Read as a blank, a carriage return alone (old Mac line ends) joined two lines into
            // one command, which some verbs took silently (`exclude P002⏎P003` excluded both).
            // Inside quotes it is text, as any character there.
            if let f = loneCR(chars, i, line: line, column: col) { return f }
            if isBlank(c) {
                endWord()
                cmdText.append(c)
                i += 1
                col += 1
                continue
            }
            if isInvisible(c) {
                i += 1
                col += 1
                continue
            }
            if c == "#" && !inWord {
                // A lone CR ends no comment either: a file of old Mac line ends that began with
                // one ran nothing at all.
                let hash = i
                while i < chars.count && chars[i] != "\n" && chars[i] != "\r\n" {
                    if let f = loneCR(chars, i, line: line, column: col + i - hash) { return f }
                    i += 1
                }
                continue
            }
            if c == "\"" || c == "'" {
                if !inWord { quoted = true }
                startWord()
                let openLine = line, openCol = col
                cmdText.append(c)
                i += 1
                col += 1
                var closed = false
                while i < chars.count {
                    let q = chars[i]
                    if q == c { closed = true; cmdText.append(q); i += 1; col += 1; break }
                    if q == "\\" {
                        var j = i
                        while j < chars.count && chars[j] == "\\" { j += 1 }
                        if let end = lineEnd(chars, after: j), (j - i) % 2 == 1 {
                            // A continuation inside the quote, as outside it: the `\` and the
                            // line break go, the next line goes on (a note kept "\\\n").
                            // Pairs before it are what they are in this quote.
                            let kept = c == "\"" ? (j - i) / 2 : j - i - 1
                            current += String(repeating: "\\", count: kept)
                            cmdText += String(repeating: "\\", count: c == "\"" ? j - i - 1 : kept)
                            i = end
                            if i < chars.count { i += 1; line += 1; col = 1 }
                            continue
                        }
                    }
                    if c == "\"" && q == "\\" && i + 1 < chars.count && (chars[i + 1] == "\"" || chars[i + 1] == "\\") {
                        current.append(chars[i + 1])
                        cmdText.append(q)
                        cmdText.append(chars[i + 1])
                        i += 2
                        col += 2
                        continue
                    }
                    // A quote ends on its line, as at the prompt (which reads a line at a time):
                    // an unclosed one would take the next command in as text. Only a
                    // continuation (above) goes on.
                    if q == "\n" || q == "\r\n" { break }
                    col += 1
                    current.append(q)
                    cmdText.append(q)
                    i += 1
                }
                if !closed {
                    return Failure(message: ShellText.unterminatedQuote, line: openLine, column: openCol,
                                   hints: [ShellText.hintCloseQuote(String(c))])
                }
                continue
            }
            startWord()
            current.append(c)
            cmdText.append(c)
            i += 1
            col += 1
        }
        if !stopped { endCommand() }
        return nil
    }

    /// The failure a carriage return alone at `i` is, at `line` and `column`. At the very end
    /// (blanks after it at most) it ends nothing and is none: `kd -c "$(cat file)"` keeps a CRLF
    /// file's last CR.
    private static func loneCR(_ chars: [Character], _ i: Int, line: Int, column: Int) -> Failure? {
        guard chars[i] == "\r", chars[(i + 1)...].contains(where: { !isBlank($0) }) else { return nil }
        return Failure(message: ShellText.scriptLoneCR, line: line, column: column, hints: [ShellText.hintLoneCR])
    }

    /// A blank between words, outside quotes: a space, a tab, and any Unicode space (a
    /// no-break space pasted from Word or a web page), as a stored name's spaces are.
    public static func isBlank(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 0x20 || a == 0x09 || a == 0x0D }  // "\r\n" is 0x0A
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return u.properties.generalCategory == .spaceSeparator
    }

    /// Invisible characters dropped outside quotes: zero-width spaces, a word joiner and a
    /// stray byte-order mark, which pasted text carries and which made a word unknown.
    public static func isInvisible(_ c: Character) -> Bool {
        c.asciiValue == nil && (c == "\u{200B}" || c == "\u{2060}" || c == "\u{FEFF}")
    }

    /// Where a line ends right after `from` (its newline, or the end of the text; zero-width
    /// characters and a lone carriage return between do not count), else nil. A run of `\`
    /// there reads in pairs: each `\\` is one backslash, and a `\` left over continues the line.
    /// A blank after the `\` makes it a plain backslash: continued, `echo Bước 2\ ` swallowed
    /// the next line's command into its text, silently.
    static func lineEnd(_ chars: [Character], after from: Int) -> Int? {
        var k = from
        while k < chars.count && (isInvisible(chars[k]) || chars[k] == "\r") { k += 1 }
        return k == chars.count || chars[k] == "\n" || chars[k] == "\r\n" ? k : nil
    }

    /// A typed line that continues on the next (the prompt asks before reading another): the
    /// line without its continuation `\`, or nil. The same reading as `scan`'s.
    public static func continued(_ line: String) -> String? {
        let chars = Array(line)
        var end = chars.count
        while end > 0 && (isInvisible(chars[end - 1]) || chars[end - 1] == "\r") { end -= 1 }
        var start = end
        while start > 0 && chars[start - 1] == "\\" { start -= 1 }
        guard (end - start) % 2 == 1, lineEnd(chars, after: end) != nil, !inComment(chars[..<start]) else { return nil }
        return String(chars[..<(end - 1)])
    }

    /// Whether the text ends inside a comment, as `scan` reads it: a `#` that begins a word
    /// outside quotes. A `\` there is the comment's, not a continuation.
    static func inComment(_ chars: ArraySlice<Character>) -> Bool {
        var quote: Character? = nil, inWord = false, escaped = false
        for c in chars {
            if let q = quote {
                if escaped { escaped = false } else if q == "\"" && c == "\\" { escaped = true } else if c == q { quote = nil }
                continue
            }
            if c == "\"" || c == "'" { quote = c; inWord = true; continue }
            if c == "#" && !inWord { return true }
            inWord = !(isBlank(c) || c == ";")
        }
        return false
    }
}
