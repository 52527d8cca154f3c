import Foundation
import Testing
@testable import KDShell

/// `set timer on` prints each command's time as `String(format: "(%.4f s)")` did.
struct TimerLineTests {
    @Test(arguments: [0, 1, 49_999, 120_000, 2_345_678, 999_940_000, 1_234_567_890, 61_000_012_345, 9_999_940_001])
    func sameAsFormat(_ n: UInt64) {
        #expect(Interpreter.timerLine(nanoseconds: n) == String(format: "(%.4f s)", Double(n) / 1e9))
    }

    /// Half a tenth of a millisecond rounds up; a carry reaches the seconds.
    @Test func rounding() {
        #expect(Interpreter.timerLine(nanoseconds: 50_000) == "(0.0001 s)")
        #expect(Interpreter.timerLine(nanoseconds: 9_999_950_000) == "(10.0000 s)")
        #expect(Interpreter.timerLine(nanoseconds: 300_000_000) == "(0.3000 s)")
    }
}
