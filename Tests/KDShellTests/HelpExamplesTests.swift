import Foundation
import Testing
@testable import KDShell

/// `help VERB` shows examples a trainer types at the demo ward: each one that needs no file of
/// its own must name subjects, units and levels the demo has. (It may still fail for a reason
/// of the ward's state, which is the example's point, e.g. a refusal.)
@Suite struct HelpExamplesTests {
    static let needsFiles = [".csv", ".xlsx", ".json", ".kd", ".html", ".md", "--out", "~"]
    static let skippedVerbs: Set<String> = ["open", "save", "source", "new", "quit", "generate", "load", "restore", "diff"]

    static var examples: [String] {
        Registry.all.flatMap { spec in spec.examples.filter { ex in
            !skippedVerbs.contains(spec.name) && !needsFiles.contains { ex.contains($0) }
        } }
    }

    @Test(arguments: examples)
    func namesWhatTheDemoHas(_ example: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-help-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let console = CapturingConsole()
        let s = Session(console: console)
        _ = Interpreter(session: s).run("load demo\n" + example, file: dir + "/t.kd", bail: true)
        // A self-check shown as an example holds on the demo: one that fails reads as a bug.
        if example.hasPrefix("expect ") { #expect(console.stderr == "", "\(example): \(console.stderr)") }
        for wrong in ["unknown subject", "unknown level", "unknown unit", "unknown venue", "names 2 subjects", "unknown command", "unknown option"] {
            #expect(!console.stderr.contains(wrong), "\(example): \(console.stderr)")
        }
    }
}
