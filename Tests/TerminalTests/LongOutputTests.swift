import Foundation
import Testing

/// A long result (a list of a big ward, a report) is written in pieces, and Ctrl-C stops it
/// between two: written at once, a million rows kept the terminal busy 20 s after Ctrl-C.
/// Deterministic here: nobody reads kd's stdout, so kd waits on the full pipe when SIGINT comes.
struct LongOutputTests {
    @Test(arguments: ["list members", "find n", "report members"])
    func ctrlCStopsALongListBetweenTwoPieces(_ command: String) throws {
        let (status, text, errors) = try interruptWhileWriting(["-q", "-c", "generate ward --members 20000 --seed 3", "-c", command])
        #expect(status == 1, "stderr: \(errors)")
        #expect(errors.contains("error: interrupted; nothing was changed"), "stderr: \(errors)")
        // Each whole list is 1.5 to 2 MB, ending in its count; what was written is a few
        // pieces of 64 KB.
        #expect(text.utf8.count < 512 * 1024, "\(text.utf8.count) bytes written")
        #expect(!text.contains("\n20000 members") && !text.contains(" matches\n"))
    }

    /// `exclude --auto` and `cap` print a line per subject after their change is made (tens of
    /// thousands in a province): Ctrl-C stops the printing, and says that the change stands and
    /// how to take it back, where it used to print on and keep the change without a word.
    @Test(arguments: [("exclude --auto", "excluded,"), ("cap", "recorded (")])
    func ctrlCWhilePrintingAChangeSaysItWasMade(_ command: String, _ summary: String) throws {
        let (status, text, errors) = try interruptWhileWriting(["-c", "generate ward --members 60000 --seed 3", "-c", command])
        #expect(status == 1, "stderr: \(errors)")
        #expect(errors.contains("error: interrupted while printing: the change was made already; undo takes it back"), "stderr: \(errors)")
        #expect(!errors.contains("nothing was changed"), "stderr: \(errors)")
        #expect(text.utf8.count < 512 * 1024, "\(text.utf8.count) bytes written")
        #expect(!text.contains(summary), "the summary after the list is not printed")
    }

    /// Runs kd with `args`, lets it fill the pipe of its stdout, then sends Ctrl-C (SIGINT) and
    /// reads the rest: the exit status, stdout and stderr.
    func interruptWhileWriting(_ args: [String]) throws -> (Int32, String, String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kd-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: PseudoTerminal.kd)
        p.arguments = ["--no-init"] + args
        p.environment = ["HOME": home.path, "XDG_STATE_HOME": home.path, "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // kd fills the pipe (64 KB) and waits on it; then Ctrl-C (a script's first one stops kd
        // after the step under way).
        let deadline = Date().addingTimeInterval(120)
        var head = Data()
        while head.count < 4096 && Date() < deadline {
            head += out.fileHandleForReading.availableData
        }
        Thread.sleep(forTimeInterval: 0.3)
        kill(p.processIdentifier, SIGINT)
        Thread.sleep(forTimeInterval: 0.3)
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: head + rest, as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (p.terminationStatus, text, errors)
    }
}
