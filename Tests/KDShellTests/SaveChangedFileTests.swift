import Foundation
import Testing
@testable import KDShell

/// Two sessions on one workspace file: the last `save` wrote over the other's saved changes
/// without a word. It is refused now, unless `--force` or `--as`.
@Suite struct SaveChangedFileTests {
    func session() -> (Session, CapturingConsole) {
        let c = CapturingConsole()
        return (Session(console: c), c)
    }

    /// A fresh folder for one test, removed by the caller.
    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func saveRefusesAFileAnotherSessionSaved() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ws = "\(dir)/ws.json"
        let (setup, _) = session()
        #expect(setup.runScriptText("load demo; save \(ws)", file: "-c"))

        let (a, out) = session()
        #expect(a.runScriptText("open \(ws); grade P005 KHTNV", file: "-c"))
        let (b, _) = session()
        #expect(b.runScriptText("open \(ws); grade P006 KHTNV; save", file: "-c"))

        #expect(!a.runScriptText("save", file: "-c"), "A's save would drop B's grade")
        #expect(out.stderr.contains("has changed on disk since this session opened or saved it"), "\(out.stderr)")
        #expect(out.stderr.contains("save --force"))
        #expect(try String(contentsOfFile: ws, encoding: .utf8).contains("P006"))

        #expect(!a.runScriptText("save \(dir)/./ws.json", file: "-c"), "named otherwise")
        #expect(a.runScriptText("save --force", file: "-c"), "--force overwrites")
        // Now B's copy is the stale one; it can keep its work under another name.
        #expect(!b.runScriptText("save", file: "-c"))
        #expect(b.runScriptText("save --as \(dir)/b.json", file: "-c"), "another name is fine")
    }

    /// The yearly script's round trip: open, change, save, change, save again.
    @Test func ownSavesDoNotCount() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (s, out) = session()
        #expect(s.runScriptText("load demo; save \(dir)/ws.json; set quota 25; save; open \(dir)/ws.json; grade P005 KHTNV; save; save", file: "-c"),
                "\(out.stderr)")
    }

    /// Saving over another workspace keeps it under the next free number, past any gap; the
    /// session's own file, an empty file and `--force` keep nothing.
    @Test func anotherWorkspaceIsKeptNumbered() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        let ws = "\(dir)/ws.json"
        let (a, _) = session()
        #expect(a.runScriptText("load demo; save \(ws); set quota 25; save \(ws)", file: "-c"))
        #expect(try fm.contentsOfDirectory(atPath: dir) == ["ws.json"], "its own file: no backup")
        let demo = try Data(contentsOf: URL(fileURLWithPath: ws))
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(ws).~3~"))
        try Data().write(to: URL(fileURLWithPath: "\(ws).~x~"))
        let (b, out) = session()
        #expect(b.runScriptText("new --force; save \(ws)", file: "-c"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(ws).~4~")) == demo)
        #expect(out.stderr.contains("kept as \(ws).~4~"), "\(out.stderr)")
        let mode = try fm.attributesOfItem(atPath: "\(ws).~4~")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let (c, _) = session()
        #expect(c.runScriptText("new --force; save --force \(ws)", file: "-c"))
        let empty = "\(dir)/empty.json"
        fm.createFile(atPath: empty, contents: Data())
        #expect(c.runScriptText("save \(empty)", file: "-c"))
        #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == ["empty.json", "ws.json", "ws.json.~3~", "ws.json.~4~", "ws.json.~x~"])
    }

    /// No backup number left: refused with what to do, the file as it was, no crash.
    @Test func noBackupNumberLeftIsRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ws = "\(dir)/ws.json"
        let (a, _) = session()
        #expect(a.runScriptText("load demo; save \(ws)", file: "-c"))
        let before = try Data(contentsOf: URL(fileURLWithPath: ws))
        FileManager.default.createFile(atPath: "\(ws).~\(Int.max)~", contents: Data())
        let (b, out) = session()
        #expect(!b.runScriptText("new --force; save \(ws)", file: "-c"))
        #expect(out.stderr.contains("cannot keep the workspace in \(ws) as \(ws).~N~ (the name is taken); nothing was saved"), "\(out.stderr)")
        #expect(out.stderr.contains("save --force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws)) == before)
    }

    /// The session's own file reached through a symlinked folder is its own: no backup.
    @Test func ownFileByAnotherPathKeepsNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: "\(dir)/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/link", withDestinationPath: "\(dir)/real")
        let (a, out) = session()
        #expect(a.runScriptText("load demo; save \(dir)/real/ws.json; set quota 25; save \(dir)/link/ws.json", file: "-c"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(dir)/real") == ["ws.json"], "\(out.stderr)")
    }
}
