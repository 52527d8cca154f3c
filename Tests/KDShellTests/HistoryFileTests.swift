import Foundation
import KiemDiem
import Testing
@testable import KDShell

@Suite struct HistoryFileTests {
    /// A history path three folders down in a fresh temporary folder (returned to be removed).
    func tempPath() -> (path: String, root: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kd-hist-\(UUID().uuidString)").path
        return (root + "/state/kd/history", root)
    }

    @Test func defaultPathFollowsXDG() throws {
        #expect(HistoryFile.defaultPath(["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/kd/history")
        #expect(HistoryFile.defaultPath(["XDG_STATE_HOME": "", "HOME": "/h"]) == "/h/.local/state/kd/history")
        #expect(HistoryFile.defaultPath(["HOME": "/h"]) == "/h/.local/state/kd/history")
        // A relative XDG folder is ignored (XDG spec); HOME unset, empty or relative is the
        // password file's home, as for the journal and the init file.
        #expect(HistoryFile.defaultPath(["XDG_STATE_HOME": "st", "HOME": "/h"]) == "/h/.local/state/kd/history")
        let own = String(cString: try #require(getpwuid(getuid()), "this user has a password entry").pointee.pw_dir)
        for env in [[:], ["HOME": ""], ["HOME": "h"]] {
            #expect(HistoryFile.defaultPath(env) == own + "/.local/state/kd/history")
            #expect(UserFolders.config(env) == own + "/.config")
        }
        #expect(HistoryFile.defaultPath(["HOME": "/"]) == "/.local/state/kd/history")
        #expect(HistoryFile.defaultPath(["HOME": "/h/", "XDG_STATE_HOME": "/s/"]) == "/s/kd/history")
    }

    /// The trim writes a new file of its own beside the history, never through a link: one
    /// planted at the old fixed name (`history.tmp`), or at this process's name, had its target
    /// overwritten with the commands and the history replaced by the link.
    @Test func trimWritesThroughNoLink() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let precious = root + "/precious.txt"
        try "precious\n".write(toFile: precious, atomically: true, encoding: .utf8)
        try (1...5).map { "echo l\($0)\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        for name in [path + ".tmp", path + ".tmp-\(getpid())"] { try fm.createSymbolicLink(atPath: name, withDestinationPath: precious) }
        let h = HistoryFile(path: path, limit: 3)
        _ = h.load()
        h.append("echo l6")  // 6 lines: twice the limit, trimmed to the last 3
        #expect(try String(contentsOfFile: precious, encoding: .utf8) == "precious\n")
        #expect(try fm.destinationOfSymbolicLink(atPath: path + ".tmp") == precious, "the old name is left alone")
        #expect((try? fm.destinationOfSymbolicLink(atPath: path)) == nil, "the history is a file, not the link")
        #expect(HistoryFile(path: path).load() == ["echo l4", "echo l5", "echo l6"])
        #expect(try fm.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted() == ["history", "history.tmp"])
    }

    /// A trim takes away the copies killed sessions left (their pid gone), not a live one's.
    @Test func trimRemovesCopiesKilledSessionsLeft() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try (1...5).map { "echo l\($0)\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
        // pid 1 runs (init); a pid past the kernel's limit never does.
        for name in [".tmp-1", ".tmp-99999999", ".tmp-x"] { try "copy\n".write(toFile: path + name, atomically: false, encoding: .utf8) }
        let h = HistoryFile(path: path, limit: 3)
        _ = h.load()
        h.append("echo l6")
        #expect(try fm.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted()
                == ["history", "history.tmp-1", "history.tmp-x"])
    }

    @Test func appendsPrivatelyAndLoads() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let h = HistoryFile(path: path)
        #expect(h.load().isEmpty)
        h.append("set year 2024")
        h.append("echo \"Nguyễn Văn An\"")
        h.append("a\nb")  // never two lines for one entry
        #expect(HistoryFile(path: path).load() == ["set year 2024", "echo \"Nguyễn Văn An\"", "a b"])
        let fm = FileManager.default
        #expect(try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try fm.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int == 0o700)
    }

    /// A file edited elsewhere: CRLF line ends are entries apart; a file made readable by others
    /// is private again at the next entry; decomposed text is kept composed (NFC).
    @Test func readsAnyLineEndKeepsPrivateAndComposed() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "echo a1\r\necho a2\r\necho a3\n".write(toFile: path, atomically: true, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(HistoryFile(path: path).load() == ["echo a1", "echo a2", "echo a3"])
        let decomposed = "echo Nguye\u{0302}\u{0303}n"
        #expect(decomposed.unicodeScalars.count == "echo Nguyễn".unicodeScalars.count + 2)
        HistoryFile(path: path).append(decomposed)
        let last = try #require(HistoryFile(path: path).load().last)
        #expect(Array(last.unicodeScalars) == Array("echo Nguyễn".unicodeScalars))
        #expect(try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    /// A state folder that cannot be made (a file stands where it should be): the entry is not
    /// kept, and the failure is new at the first entry only, so the shell warns once.
    @Test func tellsOnceWhyItCannotWrite() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "not a folder".write(toFile: root + "/state", atomically: true, encoding: .utf8)
        let h = HistoryFile(path: path)
        h.append("echo 1")
        #expect(h.failedNow)
        #expect(h.failure == root + "/state/kd: Not a directory")
        h.append("echo 2")
        #expect(!h.failedNow)
        #expect(h.failure != nil)
        let ok = HistoryFile(path: tempPath().path)
        ok.append("echo 3")
        #expect(!ok.failedNow && ok.failure == nil)
    }

    @Test func keepsTheLastEntriesOnly() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let h = HistoryFile(path: path, limit: 10)
        for i in 1...25 { h.append("echo \(i)") }
        let loaded = HistoryFile(path: path, limit: 10).load()
        #expect(loaded == (16...25).map { "echo \($0)" })
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count < 20, "the file was trimmed, not left to grow")
        #expect(lines.last == "echo 25")
    }

    @Test func replRecordsOneEntryPerCommandWithoutRepeats() {
        let console = CapturingConsole()
        let s = Session(console: console)
        s.interactive = true
        s.history = ["echo old"]
        let reader = ScriptedReader([.line("echo old"), .line("echo a \\"), .line("  b"), .line("echo a b"),
                                     .line("echo half \\"), .interrupted, .line(""), .line("history")])
        _ = Repl(session: s, reader: reader).run()
        #expect(reader.recorded == ["echo a b", "history"], "no consecutive duplicate, continuation joined, Ctrl-C drops a continued line")
        #expect(s.history == ["echo old", "echo a b", "history"])
        #expect(console.stdout.contains("    1  echo old\n    2  echo a b\n    3  history\n"))
        #expect(!console.stdout.contains("half"))
    }

    /// A history that is a symbolic link is not written through: its target (any file of the
    /// user's) got each command appended and its mode changed, and the trim replaced the link
    /// with a plain file (persistence audit). History is then not kept, said once.
    @Test func aSymlinkedHistoryIsNotWrittenThrough() throws {
        let (path, root) = tempPath()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let target = root + "/precious.txt"
        try "mine\n".write(toFile: target, atomically: true, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        try fm.createSymbolicLink(atPath: path, withDestinationPath: target)
        let h = HistoryFile(path: path, limit: 1)
        for i in 0..<5 { h.append("echo \(i)") }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        #expect(try fm.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o644)
        #expect(try fm.destinationOfSymbolicLink(atPath: path) == target)
        #expect(h.failure == path + ": it is a symbolic link")
    }
}
