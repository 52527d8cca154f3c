import Foundation
import Testing
@testable import KDShell

/// The crash journal holds the commands of a session (names, grades): mode 0600 in a 0700 folder.
@Suite struct JournalModeTests {
    @Test func journalIsPrivate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let j = try #require(Journal(folder: dir.path))
        j.reset(base: nil)
        _ = j.append("grade P001 HTXSNV", dir: "/", time: "t")
        let fm = FileManager.default
        #expect(try fm.attributesOfItem(atPath: j.path)[.posixPermissions] as? Int == 0o600)
        #expect(try fm.attributesOfItem(atPath: dir.path)[.posixPermissions] as? Int == 0o700)
        j.remove()
    }

    /// A journal that cannot be written (a full disk) is said once, at the command that found
    /// it, and takes no command until the next base: a replay after a crash never skips one and
    /// goes on (persistence audit: it went unsaid, and recovery said "recovered" of a part).
    @Test func aFullDiskIsSaidOnceAndStopsTheJournal() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let console = CapturingConsole()
        let s = Session(console: console)
        s.journal = Journal(path: "/dev/full", fd: fd)
        // The base written at start, `open` or `save` failed first: the first command says it.
        s.journal?.reset(base: nil)
        #expect(Interpreter(session: s).run("set quota 25", file: Interpreter.promptFile, bail: false))
        #expect(Interpreter(session: s).run("set quota 30", file: Interpreter.promptFile, bail: false))
        #expect(s.journal?.brokenBy == ENOSPC)
        let warnings = console.stderr.split(separator: "\n").filter { $0.contains("crash recovery is off from this command on") }
        #expect(warnings.count == 1, "\(console.stderr)")
        #expect(console.stderr.contains("the journal cannot be written (the disk is full)"), "\(console.stderr)")
    }

    /// Once the disk has room again, the next base (a `save`) makes the journal whole: the
    /// commands after it are journaled again. They went unjournaled, unsaid, and a crash lost them.
    @Test func aSaveAfterAFullDiskStartsTheJournalAgain() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-journal-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("journal.jsonl").path
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let console = CapturingConsole()
        let s = Session(console: console)
        s.journal = Journal(path: file, fd: fd)
        s.journal?.reset(base: nil)
        #expect(Interpreter(session: s).run("set quota 25", file: Interpreter.promptFile, bail: false))
        #expect(s.journal?.brokenBy == ENOSPC)
        // Room again: the journal's descriptor now writes to a file.
        let room = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(room >= 0 && dup2(room, fd) == fd)
        close(room)
        // Until the next base, nothing is journaled: a journal with a gap would replay to a
        // state the session never had.
        #expect(Interpreter(session: s).run("set quota 30", file: Interpreter.promptFile, bail: false))
        #expect(try String(contentsOfFile: file, encoding: .utf8).isEmpty)
        #expect(Interpreter(session: s).run("save \(dir.path)/ws.json", file: Interpreter.promptFile, bail: false), "\(console.stderr)")
        #expect(s.journal?.brokenBy == nil)
        #expect(Interpreter(session: s).run("set quota 35", file: Interpreter.promptFile, bail: false))
        let journaled = try String(contentsOfFile: file, encoding: .utf8)
        #expect(journaled.contains("set quota 35"), "saw: \(journaled)")
    }
}
