import Foundation
import Testing
@testable import KDShell

/// At the prompt an error underlines the offending word in terminal columns: a wide character
/// takes two, a Vietnamese letter one (NFC or not).
@Suite struct CaretTests {
    func caret(_ line: String) -> [String] {
        let console = CapturingConsole()
        let s = Session(console: console)
        _ = Interpreter(session: s).run(line, file: Interpreter.promptFile, bail: false)
        return console.stderr.split(separator: "\n").map(String.init).filter { $0.contains("^") }
    }

    @Test func wideCharactersTakeTwoColumns() {
        // "show " and the indent: 7 columns; the quoted word: 1 + 4 × 2 + 1 = 10.
        #expect(caret("show \"漢字漢字\"") == [String(repeating: " ", count: 7) + "^" + String(repeating: "~", count: 9)])
        // Decomposed (NFD) or not, each Vietnamese letter is one column: 15 in all.
        #expect(caret("show \"Nguyễn Văn Ẩn\"") == [String(repeating: " ", count: 7) + "^" + String(repeating: "~", count: 14)])
        #expect(caret("show \"Nguyễn Văn Ẩn\"".decomposedStringWithCanonicalMapping)
                == [String(repeating: " ", count: 7) + "^" + String(repeating: "~", count: 14)])
    }

    /// A tab in the line is echoed as one blank, as the caret counts it: echoed as typed, the
    /// terminal expanded it to its next stop and the caret sat left of the word.
    @Test func tabsAreEchoedAsOneBlank() {
        let console = CapturingConsole()
        let s = Session(console: console)
        _ = Interpreter(session: s).run("grade\tP001\tBAD", file: Interpreter.promptFile, bail: false)
        let lines = console.stderr.split(separator: "\n").map(String.init)
        let echo = lines.first { $0.hasPrefix("  grade") }, caret = lines.first { $0.contains("^") }
        #expect(echo == "  grade P001 BAD")
        // The empty workspace has no P001: "  grade " is 8 columns, then the 4-letter word.
        #expect(caret == String(repeating: " ", count: 8) + "^~~~")
    }
}
