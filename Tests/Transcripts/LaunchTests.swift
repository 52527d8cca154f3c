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
            #expect(quick == Launch(try kd.KD.parse(args), args: args), "\(args)")
        }
        #expect(Launch.quick(["a.kd", "-c", "list", "b.kd"])?.steps == [.file("a.kd"), .command("list"), .file("b.kd")])
    }

    /// Scripts and commands run in the order typed, also when ArgumentParser reads the list.
    /// The Vietnamese --help, written by hand, names the options ArgumentParser's does.
    @Test func vietnameseHelpNamesEveryOption() {
        func options(_ text: String) -> Set<String> {
            Set(text.split(separator: "\n").compactMap { line -> String? in
                let t = line.drop { $0 == " " }
                guard line.hasPrefix("  "), t.hasPrefix("-") else { return nil }
                return t.split(separator: " ").first.map(String.init)
            })
        }
        let en = options(kd.KD.helpMessage()), vi = options(kd.KD.vietnameseHelp)
        #expect(en.count > 8)
        #expect(en == vi)
    }

    /// Two -i or two -w are refused; one each, and -i after -c, are not.
    @Test func aRepeatedScriptOrWorkspaceOptionIsFound() {
        #expect(Launch.repeated(["-i", "a.kd", "-i", "b.kd"]) == "-i")
        #expect(Launch.repeated(["-w", "a.json", "--workspace=b.json"]) == "-w")
        #expect(Launch.repeated(["-qi", "a.kd", "-i", "b.kd"]) == "-i")
        #expect(Launch.repeated(["-i", "a.kd", "-w", "w.json", "-c", "echo hi"]) == nil)
        #expect(Launch.repeated(["-i", "a.kd", "--", "-i"]) == nil)
    }

    @Test func argumentParserListsKeepTheTypedOrder() throws {
        let cases: [([String], [Launch.Step])] = [
            (["--color=never", "a.kd", "-c", "x", "b.kd"], [.file("a.kd"), .command("x"), .file("b.kd")]),
            (["a.kd", "-qc", "x"], [.file("a.kd"), .command("x")]),
            (["-c", "x", "--lang=vi", "--", "-y.kd"], [.command("x"), .file("-y.kd")]),
            (["a.kd", "--color", "never", "-c", "x", "--lang=en"], [.file("a.kd"), .command("x")]),
        ]
        for (args, steps) in cases {
            #expect(Launch.quick(args) == nil || Launch.quick(args)?.steps == steps, "\(args)")
            #expect(Launch(try kd.KD.parse(args), args: args).steps == steps, "\(args)")
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
