import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// The undo history holds what each step replaced, so that a day of reloading a province's
/// roster grew it without end. It keeps about as many records as the workspace holds, drops the
/// oldest steps (never the last) and says which.
struct UndoBoundTests {
    /// A session whose bound is the workspace's own size (the floor of a million set aside).
    static func session() -> (Session, CapturingConsole) {
        let console = CapturingConsole()
        let s = Session(console: console)
        s.undoFloor = 0
        return (s, console)
    }

    @Test func theOldestWholeReplacementsAreDroppedAndSaid() throws {
        let (s, console) = Self.session()
        #expect(s.runScriptText("generate ward --members 300 --seed 1", file: "t"))
        let first = s.workspace
        // A bigger ward: the one it replaced weighs less than the workspace now, and stays.
        #expect(s.runScriptText("generate ward --members 400 --seed 2 --replace", file: "t"))
        #expect(s.undoStack.count == 2, "\(console.stderr)")
        let second = s.workspace
        #expect(s.runScriptText("generate ward --members 300 --seed 3 --replace", file: "t"))
        // Wards 1 and 2 held weigh more than the workspace: the oldest steps go, not the last.
        #expect(s.undoStack.map(\.command) == ["generate ward --members 300 --seed 3 --replace"])
        #expect(console.stderr.contains("""
            note: undo can no longer take back "generate ward --members 300 --seed 1", "generate ward --members 400 --seed 2 --replace": \
            the history keeps about as many records as the workspace holds; undo goes back 1 step now
            """), "\(console.stderr)")
        #expect(s.runScriptText("undo", file: "t"))
        #expect(s.workspace.members == second.members && s.workspace.members != first.members)
        #expect(!s.runScriptText("undo", file: "t"), "nothing further back")
    }

    @Test func smallStepsAreAllKept() throws {
        let (s, console) = Self.session()
        #expect(s.runScriptText("load demo", file: "t"))
        for level in ["HTNV", "HTTNV", "HTNV", "HTTNV", "HTNV"] {
            #expect(s.runScriptText("grade P001 \(level)", file: "t"))
        }
        #expect(s.undoStack.count == 6, "\(s.undoStack.map { ($0.command, $0.weight) })")
        #expect(!console.stderr.contains("undo can no longer"), "\(console.stderr)")
    }

    /// A table replaced whole weighs the records it held: a roster reloaded with --replace
    /// counts its 300 members, not one field.
    @Test func aReplacedTableWeighsItsRecords() throws {
        let (s, console) = Self.session()
        let dir = NSTemporaryDirectory() + "kd-undo-bound-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(s.runScriptText("generate ward --members 300 --seed 1 --out \(dir)", file: "t"), "\(console.stderr)")
        #expect(s.runScriptText("load units \(dir)/units.csv\nload collectives \(dir)/collectives.csv\nload roster \(dir)/roster.csv", file: "t"))
        // The roster less its last member: a change, whose undo holds the 300 replaced.
        let rows = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8).split(separator: "\n")
        try (rows.dropLast().joined(separator: "\n") + "\n").write(toFile: dir + "/roster2.csv", atomically: true, encoding: .utf8)
        #expect(s.runScriptText("load roster \(dir)/roster2.csv --replace", file: "t"), "\(console.stderr)")
        #expect(s.undoStack.last?.weight ?? 0 >= 300, "\(s.undoStack.map { ($0.command, $0.weight) })")
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(s.undoStack.last?.weight == 1)
    }
}
