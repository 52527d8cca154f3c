import Testing
@testable import KDShell
@testable import KiemDiem

/// A snapshot is the state alone: it holds no snapshots and no audit log of its own, however
/// many were taken before it (each holding the ones before would nest them a level deeper per
/// snapshot, in memory and in the saved file), and `restore` keeps the snapshots and the log.
struct ScenarioSnapshotTests {
    @Test func aSnapshotHoldsNoSnapshotsNorAuditOfItsOwn() throws {
        let s = Session(console: CapturingConsole())
        #expect(s.runScriptText("load demo\nsnapshot a\nset quota 25\nsnapshot b\nsnapshot c", file: "t"))
        for name in ["a", "b", "c"] {
            let snap = try #require(s.workspace.snapshots[name])
            #expect(snap.snapshots.count == 0, "snapshot \(name) holds \(snap.snapshots.keys.sorted())")
            #expect(snap.audit.count == 0, "snapshot \(name) holds an audit log")
        }
        #expect(s.workspace.snapshots["b"]?.settings.quota != s.workspace.snapshots["a"]?.settings.quota)
        let audit = s.workspace.audit.count
        #expect(s.runScriptText("restore a", file: "t"))
        #expect(s.workspace.snapshots.keys.sorted() == ["a", "b", "c"])
        #expect(s.workspace.audit.count == audit + 1)
    }
}
