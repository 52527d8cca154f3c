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

    /// Where a table's storage is, without holding it.
    static func address(_ table: [String: GradeSet]) -> UInt {
        withUnsafeBytes(of: table) { $0.load(as: UInt.self) }
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
        // `restore` shares the snapshot's table again, and a copy is made after it.
        #expect(s.runScriptText("restore a", file: "t"))
        let afterRestore = ObjectIdentifier(try #require(s.gradesAhead).copy)
        let copied = Self.address(try #require(s.gradesAhead).copy.wait())
        // A change that edits no grades leaves that copy for the next one that does.
        #expect(s.runScriptText("set quota 25", file: "t"))
        #expect(Session.sameStorage(s.workspace.grades, try snapshotGrades(s, "a")))
        #expect(s.gradesAhead.map { ObjectIdentifier($0.copy) } == afterRestore)
        // The grade is written in the copy itself (held nowhere else, so not copied again).
        #expect(s.runScriptText("grade P002 HTNV", file: "t"))
        #expect(s.gradesAhead == nil)
        #expect(Self.address(s.workspace.grades) == copied)
        #expect(try snapshotGrades(s, "a")["member:P002"]?[.proposed]?.level != .HTNV)
        // Its undo edits the copy in place: the snapshot's table stays the snapshot's.
        #expect(s.runScriptText("undo; undo", file: "t"))  // the grade, the quota
        #expect(s.workspace.grades == (try snapshotGrades(s, "a")))
        #expect(s.runScriptText("undo", file: "t"))  // the restore
        #expect(s.workspace.grades["member:P001"]?[.proposed]?.level == .HTNV)
        #expect(try snapshotGrades(s, "a")["member:P001"]?[.proposed]?.level == .HTTNV)
    }

    /// An undo that edits a grades table shared with a snapshot takes the copy made for it.
    @Test func anUndoOfAGradeTakesTheCopy() throws {
        let s = Self.session()
        #expect(s.runScriptText("grade P001 HTNV; snapshot a", file: "t"))
        let copy = ObjectIdentifier(try #require(s.gradesAhead).copy)
        let copied = Self.address(try #require(s.gradesAhead).copy.wait())
        #expect(s.runScriptText("undo", file: "t"))  // the snapshot: no grade edited
        #expect(s.gradesAhead.map { ObjectIdentifier($0.copy) } == copy)
        #expect(s.runScriptText("snapshot b", file: "t"))
        #expect(s.gradesAhead.map { ObjectIdentifier($0.copy) } == copy)
        #expect(s.runScriptText("undo; undo", file: "t"))  // snapshot b, then the grade
        #expect(s.gradesAhead == nil)
        #expect(s.workspace.grades["member:P001"]?[.proposed]?.level == .HTTNV)
        #expect(Self.address(s.workspace.grades) == copied)
        // The snapshot's table, held by the undone step, kept the grade.
        #expect(s.runScriptText("redo; redo", file: "t"))
        #expect(try snapshotGrades(s, "b")["member:P001"]?[.proposed]?.level == .HTNV)
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
        #expect(s.runScriptText("grade P001 HTNV", file: "t"))
        #expect(try snapshotGrades(s, "a")["member:P001"]?[.proposed]?.level == .HTTNV)
        #expect(try snapshotGrades(s, "b")["member:P001"]?[.proposed]?.level == .HTTNV)
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
