import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// A report is not written over a file the workspace was loaded from, in the session that
/// loaded it or in a later one that opened the saved workspace (its audit log says so).
struct ReportOverInputTests {
    static let units = "code,name,kind\nDB,Đảng bộ phường,committee\nCB01,Chi bộ 1,cell\n"

    func session() -> Session {
        let s = Session(console: CapturingConsole())
        s.journal = nil
        return s
    }

    /// A fresh folder holding units.csv; the caller removes it.
    func folderWithUnits() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Self.units.write(toFile: dir + "/units.csv", atomically: true, encoding: .utf8)
        return dir
    }

    /// A later session opens DIR/ws.json and asks for a report over DIR/units.csv: the session,
    /// whether the report was written, and what it said on stderr.
    func laterReportOverUnits(_ dir: String) throws -> (written: Bool, later: Session, stderr: String) {
        let later = session()
        #expect(later.runScriptText("open \(dir)/ws.json", file: "t"))
        let written = later.runScriptText("report summary --out \(dir)/units.csv", file: "t")
        return (written, later, try #require(later.console as? CapturingConsole).stderr)
    }

    @Test func aLaterSessionDoesNotWriteOverTheLoadedFile() throws {
        let dir = try folderWithUnits()
        defer { try? FileManager.default.removeItem(atPath: dir) }

        let first = session()
        #expect(first.runScriptText("new --year 2023; load units \(dir)/units.csv; save \(dir)/ws.json", file: "t"))

        let (written, later, stderr) = try laterReportOverUnits(dir)
        #expect(!written)
        #expect(stderr.contains("units.csv holds data this workspace was loaded from (its audit log: load units"))
        #expect(try String(contentsOfFile: dir + "/units.csv", encoding: .utf8) == Self.units)
        // Any other file, a report written before included, is written.
        #expect(later.runScriptText("report summary --out \(dir)/summary.md; report summary --out \(dir)/summary.md", file: "t"))
        #expect(FileManager.default.fileExists(atPath: dir + "/summary.md"))
    }

    /// The log keeps `load units units.csv` as a script beside the file typed it; a later
    /// session run from another folder finds the file from the workspace file's folder.
    @Test func aRelativeLoadIsFoundFromTheWorkspacesFolder() throws {
        let dir = try folderWithUnits()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.currentDirectoryPath != dir)

        try "new --year 2023\nload units units.csv\nsave ws.json\n".write(toFile: dir + "/yearly.kd", atomically: true, encoding: .utf8)
        let first = session()
        #expect(first.runScript(dir + "/yearly.kd", bail: true))
        #expect(FileManager.default.fileExists(atPath: dir + "/ws.json"))

        let (written, _, stderr) = try laterReportOverUnits(dir)
        #expect(!written)
        #expect(stderr.contains("units.csv holds data this workspace was loaded from (its audit log: load units units.csv)"))
        #expect(try String(contentsOfFile: dir + "/units.csv", encoding: .utf8) == Self.units)
    }

    /// The log keeps each load's file as an absolute path too (`files`): a script in a folder of
    /// its own loads `../../data/units.csv` and saves the workspace two folders up, and a later
    /// session, run from anywhere, still finds the file none of the typed paths leads to.
    @Test func theAbsolutePathInTheLogIsFoundFromAnywhere() throws {
        let dir = try folderWithUnits()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        try fm.moveItem(atPath: dir + "/units.csv", toPath: dir + "/data/units.csv")
        try fm.createDirectory(atPath: dir + "/a/b", withIntermediateDirectories: true)
        try "new --year 2023\nload units ../../data/units.csv\nsave ../../ws.json\n".write(toFile: dir + "/a/b/yearly.kd", atomically: true, encoding: .utf8)
        #expect(session().runScript(dir + "/a/b/yearly.kd", bail: true))
        let saved = try String(contentsOfFile: dir + "/ws.json", encoding: .utf8)
        let real = URL(fileURLWithPath: dir + "/data/units.csv").standardizedFileURL.path
        #expect(saved.contains("\"files\" : [\n        \"\(real)\""))

        let later = session()
        #expect(later.runScriptText("open \(dir)/ws.json", file: "t"))
        #expect(!later.runScriptText("report summary --out \(dir)/data/units.csv", file: "t"))
        #expect(try #require(later.console as? CapturingConsole).stderr.contains("holds data this workspace was loaded from (its audit log: load units ../../data/units.csv)"))
        #expect(try String(contentsOfFile: dir + "/data/units.csv", encoding: .utf8) == Self.units)
    }

    /// A report over a file that holds anything but an earlier run of the same report keeps
    /// that file as FILE.~N~ and says so; an earlier run is rewritten with no copy.
    @Test func aReportKeepsAFileItDidNotWrite() throws {
        let dir = try folderWithUnits()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let notes = "biên bản họp chi bộ\n"
        try notes.write(toFile: dir + "/notes.md", atomically: true, encoding: .utf8)
        let s = session()
        #expect(s.runScriptText("load demo; report summary --out \(dir)/notes.md; report summary --out \(dir)/notes.md", file: "t"))
        #expect(try String(contentsOfFile: dir + "/notes.md.~1~", encoding: .utf8) == notes)
        #expect(!FileManager.default.fileExists(atPath: dir + "/notes.md.~2~"))
        let stderr = try #require(s.console as? CapturingConsole).stderr
        #expect(stderr.contains("note: \(dir)/notes.md held something other than an earlier run of this report; it is kept as \(dir)/notes.md.~1~"))
        // Another report of the same format is not an earlier run of this one.
        #expect(s.runScriptText("report members --format md --out \(dir)/notes.md", file: "t"))
        #expect(FileManager.default.fileExists(atPath: dir + "/notes.md.~2~"))
    }
}
