import Testing
@testable import KDShell

@Suite struct LexerTests {
    func words(_ s: String) -> [[String]] { Lexer.split(s).commands.map { $0.words.map(\.text) } }

    /// `\` at the very end of a script (no last newline) continues into nothing, as it does
    /// before a final newline: the two files run alike.
    @Test func aBackslashAtTheEndOfTheTextIsAContinuation() {
        #expect(words("echo x \\") == [["echo", "x"]])
        #expect(words("echo x \\\n") == [["echo", "x"]])
        #expect(words("echo \"x \\\\\"") == [["echo", "x \\"]])  // a quoted, escaped one stays
    }

    /// A run of `\\` ending a line reads in pairs: `\\\\` is one backslash and does not continue
    /// (as the prompt read it); a `\\` left over continues. A blank after it makes it a plain
    /// backslash, and the next line a command of its own (continued, it was swallowed).
    @Test func backslashesAtTheEndOfALine() {
        #expect(words("echo a\\\\\necho b\n") == [["echo", "a\\"], ["echo", "b"]])
        #expect(words("echo a\\\\") == [["echo", "a\\"]])
        #expect(words("echo a\\\\\\\nb\n") == [["echo", "a\\b"]])
        #expect(words("grade P001 HTNV \\ \t\n  --note x") == [["grade", "P001", "HTNV", "\\"], ["--note", "x"]])
        #expect(words("echo Buoc 2\\ \ngrade P012 HTNV\n") == [["echo", "Buoc", "2\\"], ["grade", "P012", "HTNV"]])
        #expect(words("echo a\\\\b c\\") == [["echo", "a\\\\b", "c"]])  // inside a line, as typed
    }

    /// The prompt asks the lexer whether a typed line goes on: the two never disagree.
    @Test func thePromptContinuesWhereTheLexerDoes() {
        let cases: [(String, Bool)] = [("echo a \\", true), ("echo a\\\\", false), ("echo a\\\\\\", true), ("echo a \\  ", false),
                                       ("echo a \\\u{00A0}", false), ("echo a \\\u{200B}", true), ("echo \\ x", false), ("echo a", false),
                                       // A comment ends its line: a `\` in it continues nothing; `#` inside a word is no comment.
                                       ("echo a # note \\", false), ("echo a#b \\", true)]
        for (line, continues) in cases {
            #expect((Lexer.continued(line) != nil) == continues, "\(line)")
            #expect(words(line + "\nb").count == (continues ? 1 : 2), "\(line)")
        }
        #expect(Lexer.continued("grade P001 \\") == "grade P001 ")
        #expect(Lexer.continued("grade P001 \\ ") == nil)
        #expect(Lexer.continued("# all a comment \\") == nil)
    }

    /// Outside quotes a no-break or other Unicode space is a blank and a zero-width space is
    /// dropped (pasted text carries them); inside quotes the text stays as typed. Columns
    /// count every character typed, so that they point where the editor shows it.
    @Test func unicodeSpacesOutsideQuotes() {
        #expect(words("why P001\u{00A0}") == [["why", "P001"]])
        #expect(words("grade\u{00A0}P001\u{202F}HTNV\u{2007}x") == [["grade", "P001", "HTNV", "x"]])
        #expect(words("why P0\u{200B}01\u{FEFF} \u{2060}x") == [["why", "P001", "x"]])
        #expect(words("echo \"a\u{00A0}b\u{200B}\"") == [["echo", "a\u{00A0}b\u{200B}"]])
        let w = Lexer.split("a\u{200B}\u{00A0}b c").commands[0].words
        #expect(w.map(\.column) == [1, 4, 6])
    }

    @Test func splitsCommandsAndWords() {
        #expect(words("a b; c\nd   e") == [["a", "b"], ["c"], ["d", "e"]])
        #expect(words("a \\\n b") == [["a", "b"]])
        #expect(words("# only a comment\n\n;;") == [])
        #expect(words("x #c\ny") == [["x"], ["y"]])
    }

    @Test func quotes() {
        #expect(words(#"echo "a \"b\" \\" 'c \d'"#) == [["echo", #"a "b" \"#, #"c \d"#]])
        #expect(words(#"--note="x y""#) == [["--note=x y"]])
        #expect(words(#""a;b" 'c#d'"#) == [["a;b", "c#d"]])
    }

    @Test func positionsAreOneBased() {
        let c = Lexer.split("first\n  second  third").commands
        #expect(c[1].words[1].line == 2 && c[1].words[1].column == 11)
    }

    @Test func unterminatedQuoteIsReportedAtTheQuote() {
        let r = Lexer.split("echo ok\necho \"open")
        #expect(r.commands.count == 1)
        #expect(r.failure?.line == 2 && r.failure?.column == 6)
    }

    @Test func quotedDashesAreNotOptions() {
        let w = Lexer.split(#"x --a "--b""#).commands[0].words
        #expect(w[1].isOption && !w[2].isOption)
    }
}

@Suite struct BinderTests {
    func bind(_ line: String) throws -> Invocation {
        let c = Lexer.split(line).commands[0]
        return try Binder.bind(Registry.find(c.words[0].text)!, c, file: "t")
    }

    @Test func bindsBothOptionForms() throws {
        let a = try bind("new --year 2024 --title=\"T x\" --force")
        #expect(a.value("year")?.text == "2024" && a.value("title")?.text == "T x" && a.has("force"))
    }

    @Test func unknownOptionSuggestsTheNearest() {
        #expect(throws: (any Error).self) { try bind("new --yaer 2024") }
        do { _ = try bind("new --yaer 2024") } catch let e as KiemDiemError {
            #expect(e.hints.first?.en.contains("--year") == true)
            #expect(e.location?.column == 5)
        } catch {}
    }

    /// `echo` and `pause` have no options: every word is text, `--` and `--x` too.
    @Test func echoTakesEveryWordAsText() throws {
        #expect(try bind("echo --- Bước 2 -- x --y=z").positionals.map(\.text) == ["---", "Bước", "2", "--", "x", "--y=z"])
        #expect(try bind("pause -- --").positionals.map(\.text) == ["--", "--"])
    }

    @Test func missingValue() {
        #expect(throws: (any Error).self) { try bind("new --year") }
    }

    @Test func suggestsNearestVerb() {
        #expect(Suggest.nearest("hlep", Registry.names) == ["help"])
        #expect(Suggest.nearest("zzzzzzzzzz", Registry.names).isEmpty)
    }
}

import KiemDiem
typealias KiemDiemError = KDError
