import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// `load workbook` against `load demo`: the same facts, field by field.
@Suite struct XlsxLoadTests {
    static func run(_ commands: String, in dir: String) -> (Session, CapturingConsole) {
        let console = CapturingConsole()
        let s = Session(console: console)
        _ = Interpreter(session: s).run(commands, file: dir + "/t.kd", bail: true)
        return (s, console)
    }

    static func facts(_ s: Session) throws -> String {
        var ws = s.workspace
        ws.audit = []
        return String(decoding: try WorkspaceFile.encode(ws), as: UTF8.self)
    }

    static func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kd-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func demoWorkbookLoadsBackAsTheDemoWard() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (demo, c1) = Self.run("load demo", in: dir)
        let (book, c2) = Self.run("generate demo --out \(dir)/demo.xlsx\nload workbook \(dir)/demo.xlsx", in: dir)
        #expect(c1.stderr == "" && c2.stderr == "")
        #expect(!demo.workspace.members.isEmpty)
        #expect(try Self.facts(book) == Self.facts(demo))
    }

    @Test func aBadSheetLoadsNothing() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var sheets = try DemoWard.workbookSheets()
        let roster = try #require(sheets.firstIndex { $0.name == "roster" })
        let unitCol = try #require(sheets[roster].header.firstIndex(of: "unit"))
        sheets[roster].rows[9][unitCol] = .text("NOWHERE")
        try XlsxWriter.write(sheets, to: dir + "/bad.xlsx")
        let (s, c) = Self.run("load workbook \(dir)/bad.xlsx", in: dir)
        #expect(c.stderr.hasPrefix("\(dir)/bad.xlsx[roster]!\(CellRef(row: 11, column: unitCol + 1)): error: "))
        #expect(s.workspace.units.isEmpty && s.workspace.members.isEmpty)
    }
}
