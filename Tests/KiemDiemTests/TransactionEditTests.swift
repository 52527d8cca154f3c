import Foundation
import Testing
@testable import KiemDiem

/// Undo, redo and rollback give back exactly the workspace each was taken from, whatever mix of
/// sets (repeated keys, removals, several tables) and whole-field replacements a command made.
struct TransactionEditTests {
    func bytes(_ ws: Workspace) throws -> Data { try WorkspaceFile.referenceEncode(ws) }

    func member(_ id: String, _ name: String) -> Member { Member(id: id, name: name, unit: "CB1") }

    func start() -> Workspace {
        var ws = Workspace(settings: Settings(year: 2023))
        ws.members["A"] = member("A", "Nguyễn Văn An")
        ws.members["B"] = member("B", "Trần Thị Bình")
        ws.exclusions["B"] = Exclusion(subject: "B", reason: .exempt)
        return ws
    }

    /// Every kind of edit, keys set twice, set then removed, removed then set again.
    func change(_ tx: Transaction) {
        tx.set(\.members, "C", member("C", "Lê Văn Cường"))
        tx.set(\.members, "A", member("A", "Nguyễn Văn Anh"))
        tx.set(\.members, "A", nil)
        tx.set(\.members, "A", member("A", "Nguyễn Văn Ánh"))
        tx.set(\.exclusions, "B", nil)
        tx.set(\.members, "B", nil)
        tx.replace(\.settings.year, with: 2025)
        tx.set(\.members, "C", nil)
        tx.set(\.members, "D", member("D", "Phạm Thị Dung"))
        tx.replace(\.exclusions, with: ["D": Exclusion(subject: "D", reason: .newMember)])
        tx.set(\.exclusions, "A", Exclusion(subject: "A", reason: .other, note: "x"))
    }

    @Test func undoRedoAndRollbackRestoreExactly() throws {
        let before = start()
        let tx = Transaction(before)
        change(tx)
        let (after, step) = tx.commit(command: "c")
        #expect(after.members.keys.sorted() == ["A", "D"])
        #expect(after.members["A"]?.name == "Nguyễn Văn Ánh")
        #expect(after.settings.year == 2025)
        #expect(after.exclusions.keys.sorted() == ["A", "D"])

        var ws = after
        for _ in 0..<3 {
            step.undo(&ws)
            #expect(try bytes(ws) == bytes(before))
            step.redo(&ws)
            #expect(try bytes(ws) == bytes(after))
        }

        let failing = Transaction(before)
        change(failing)
        #expect(try bytes(failing.rollback()) == bytes(before))
    }

    @Test func anEmptyCommandIsEmpty() {
        let tx = Transaction(start())
        #expect(tx.isEmpty)
        // Edits that store what is there change nothing (no undo step, nothing unsaved), but
        // still roll back and undo as edits.
        tx.set(\.members, "Z", nil)
        tx.set(\.members, "A", member("A", "Nguyễn Văn An"))
        tx.replace(\.settings.year, with: 2023)
        #expect(tx.isEmpty)
        #expect(tx.hasEdits)
        tx.set(\.members, "Z", nil)
        tx.set(\.members, "A", nil)
        #expect(!tx.isEmpty)
        // Once changed, always changed: a later edit that stores what was there doesn't undo it.
        tx.replace(\.settings.year, with: 2023)
        #expect(!tx.isEmpty)
        // A whole workspace is not compared (that would cost the roster's size): it is a change.
        let whole = Transaction(start())
        whole.replace(\.self, with: whole.ws)
        #expect(!whole.isEmpty)
    }

    /// The hook before in-place edits runs once per batch of one table, before its first
    /// edit and before a `reserve`, never for a whole-field replacement; what it puts in
    /// place is what the edits then change.
    @Test func theHookRunsBeforeEachBatchOfInPlaceEdits() throws {
        let tx = Transaction(start())
        var seen: [AnyKeyPath] = []
        tx.beforeEditingInPlace = { table, ws in
            seen.append(table)
            if table == \Workspace.members { ws.members["Z"] = Member(id: "Z", name: "Vũ Văn Z", unit: "CB1") }
        }
        tx.replace(\.exclusions, with: [:])
        #expect(seen.isEmpty)
        tx.set(\.members, "C", member("C", "Lê Văn Cường"))
        tx.set(\.members, "A", nil)
        #expect(seen == [\Workspace.members])
        #expect(tx.ws.members.keys.sorted() == ["B", "C", "Z"])
        tx.set(\.exclusions, "B", Exclusion(subject: "B", reason: .exempt))
        tx.reserve(\.members, 10)
        #expect(seen == [\Workspace.members, \Workspace.exclusions, \Workspace.members])
    }
}
