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

    @Test func saveRefusesAFileAnotherSessionSaved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
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
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (s, out) = session()
        #expect(s.runScriptText("load demo; save \(dir)/ws.json; set quota 25; save; open \(dir)/ws.json; grade P005 KHTNV; save; save", file: "-c"),
                "\(out.stderr)")
    }
}
