import ArgumentParser
import Testing
@testable import kd

/// The hand-read argument lists must mean what ArgumentParser makes of them, and everything
/// else must go to ArgumentParser.
struct LaunchTests {
    @Test func quickReadingAgreesWithArgumentParser() throws {
        let lists: [[String]] = [
            [], ["a.kd"], ["-c", "quit"], ["--no-init", "--echo", "--color", "never", "x.kd", "y z.kd"],
            ["-c", "a", "-c", "b", "-q", "--lang", "vi"], ["-w", "ws.json", "-i", "s.kd", "--no-bail"],
            ["--bail", "--quiet", "--workspace", "w.json", "--color", "always", "--lang", "en"],
            ["a.kd", "-c", "list", "b.kd"],
        ]
        for args in lists {
            let quick = try #require(Launch.quick(args), "\(args)")
            #expect(quick == Launch(try kd.KD.parse(args)), "\(args)")
        }
    }

    @Test func everythingElseGoesToArgumentParser() {
        let lists: [[String]] = [
            ["--help"], ["-h"], ["--version"], ["--color=never"], ["-c"], ["-c", "-x"], ["--color", "blue"],
            ["--echo", "--echo"], ["--bail", "--no-bail"], ["--", "-x.kd"], ["-qc", "x"], ["--lang", "fr"], ["-"],
            ["--nonsense"], ["-w", "a", "--workspace", "b"],
        ]
        for args in lists { #expect(Launch.quick(args) == nil, "\(args)") }
    }
}
