import Testing
@testable import KDShell
@testable import KiemDiem

/// At the prompt, a grades table shared with a snapshot is copied ahead of the next change
/// (`copyGradesAhead`), and the change takes that copy only while the workspace is as it was.
struct CopyAheadTests {
    static func session(interactive: Bool = true, from: Int = 1) -> Session {
        let s = Session(console: CapturingConsole())
        s.interactive = interactive
        s.copyAheadFrom = from
        #expect(s.runScriptText("load demo", file: "t"))
        return s
    }

    func snapshotGrades(_ s: Session, _ name: String) throws -> [String: GradeSet] {
        try #require(s.workspace.snapshots[name]).grades
    }

    @Test func aSnapshotsGradesAreCopiedAheadAndTakenByTheNextGrade() throws {
        let s = Self.session()
        #expect(s.gradesAhead == nil)
        #expect(s.runScriptText("snapshot a", file: "t"))
        #expect(s.gradesAhead != nil)
        #expect(Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        let (generation, people) = (s.workspaceGeneration, s.peopleGeneration)
        s.takeCopyAhead()
        // Its own table now, equal to the snapshot's; the people caches stay.
        #expect(s.gradesAhead == nil)
        #expect(!Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.workspace.grades == (try snapshotGrades(s, "a")))
        #expect(s.workspaceGeneration != generation && s.peopleGeneration == people)

        #expect(s.runScriptText("grade P001 HTNV", file: "t"))
        #expect(s.workspace.grades["member:P001"]?[.proposed]?.level == .HTNV)
        #expect(try snapshotGrades(s, "a")["member:P001"]?[.proposed]?.level == .HTTNV)
        // `restore` shares the snapshot's table again; `undo` takes the copy made after it.
        #expect(s.runScriptText("restore a", file: "t"))
        #expect(s.gradesAhead != nil)
        // Any change takes it, one that leaves the grades alone too.
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(!Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.gradesAhead == nil)
        #expect(s.runScriptText("undo", file: "t"))  // the quota back
        #expect(s.workspace.grades["member:P001"]?[.proposed]?.level == .HTTNV)
        #expect(s.runScriptText("undo", file: "t"))
        #expect(s.workspace.grades["member:P001"]?[.proposed]?.level == .HTNV)
        #expect(try snapshotGrades(s, "a")["member:P001"]?[.proposed]?.level == .HTTNV)
        // `redo` brings back the restored state as `undo` left it: with the copy, its own.
        #expect(s.runScriptText("redo", file: "t"))
        #expect(s.gradesAhead == nil)
        #expect(!Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.workspace.grades == (try snapshotGrades(s, "a")))
    }

    @Test func anUndoOrRedoThatSharesTheTableCopiesItAhead() throws {
        // No copy ahead of the `undo` (which would take it), so that `redo` brings back a
        // snapshot that shares the table.
        let s = Self.session(from: .max)
        #expect(s.runScriptText("snapshot a; undo", file: "t"))
        s.copyAheadFrom = 1
        #expect(s.runScriptText("redo", file: "t"))
        #expect(Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.gradesAhead != nil)
        // Taken although `redo` added an audit line after it began.
        s.takeCopyAhead()
        #expect(!Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.workspace.grades == (try snapshotGrades(s, "a")))
    }

    /// Snapshots in a row share one table: the copy is made once, for the edit after them.
    @Test func snapshotsInARowShareTheTable() throws {
        let s = Self.session()
        #expect(s.runScriptText("snapshot a; snapshot b", file: "t"))
        #expect(Session.sameStorage(try snapshotGrades(s, "a"), try snapshotGrades(s, "b")))
        #expect(Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "b")))
        #expect(s.gradesAhead != nil)
    }

    @Test func aCopyOfAnEarlierWorkspaceIsNotTaken() throws {
        let s = Self.session()
        #expect(s.runScriptText("snapshot a", file: "t"))
        #expect(s.gradesAhead != nil)
        s.workspace.grades["member:P001"] = nil  // a change no command made
        s.takeCopyAhead()
        #expect(s.workspace.grades["member:P001"] == nil)
        #expect(s.gradesAhead == nil)
    }

    @Test func notInScriptsNorForSmallTablesNorWithoutSharing() throws {
        let script = Self.session(interactive: false)
        #expect(script.runScriptText("snapshot a", file: "t"))
        #expect(script.gradesAhead == nil)
        let small = Self.session(from: 1_000)
        #expect(small.runScriptText("snapshot a", file: "t"))
        #expect(small.gradesAhead == nil)
        // After a grade the tables are two: nothing to copy.
        let s = Self.session()
        #expect(s.runScriptText("snapshot a; grade P001 HTNV; set quota 25", file: "t"))
        #expect(s.gradesAhead == nil)
    }

    @Test func storageIsSharedUntilAnEdit() {
        let a = ["x": 1, "y": 2]
        var b = a
        #expect(Session.sameStorage(a, b))
        b["x"] = 1
        #expect(!Session.sameStorage(a, b) && a == b)
        #expect(!Session.sameStorage(a, ["x": 1, "y": 2]))
    }
}
