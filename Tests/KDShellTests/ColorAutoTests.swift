import Testing
@testable import KDShell

/// `--color auto`: a terminal, no NO_COLOR with a value (no-color.org), not TERM=dumb.
@Suite struct ColorAutoTests {
    @Test func noColorCountsWhenItHoldsAValue() {
        #expect(StandardConsole.colorAuto(terminal: true, ["TERM": "xterm"]))
        #expect(StandardConsole.colorAuto(terminal: true, ["TERM": "xterm", "NO_COLOR": ""]), "an empty NO_COLOR asks nothing")
        #expect(!StandardConsole.colorAuto(terminal: true, ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(!StandardConsole.colorAuto(terminal: true, ["TERM": "dumb"]))
        #expect(!StandardConsole.colorAuto(terminal: false, ["TERM": "xterm"]))
    }
}
