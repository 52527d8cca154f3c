import Dispatch
import KiemDiem

extension Session {
    /// After `snapshot` or `restore` the workspace shares its grades table with the snapshot,
    /// so the next `grade` first copied the whole table (1.6 s at 5.6M members, where a grade
    /// otherwise takes a few milliseconds). At the prompt that copy is made on the other core
    /// while the person reads and types, and the next edit of the grades takes it (`takeCopyAhead`).
    /// Costs the copy's memory even when no grade follows, as the first grade would have.
    func copyGradesAhead() {
        // A copy of the table the workspace still holds stays (a `snapshot`, a `set`).
        if let ahead = gradesAhead, Session.sameStorage(ahead.source, workspace.grades) { return }
        gradesAhead = nil
        guard interactive, workspace.grades.count >= copyAheadFrom,
              workspace.snapshots.values.contains(where: { Session.sameStorage($0.grades, workspace.grades) }) else { return }
        let shared = workspace.grades
        gradesAhead = (shared, Pending(generation: workspaceGeneration, on: copyQueue) {
            var copy = shared
            // Writing one entry back makes the table its own: Dictionary copies its storage.
            if let (key, value) = copy.first { copy[key] = value }
            return copy
        })
    }

    /// Before the first in-place edit of a grades table (a command's, through its transaction,
    /// or an undo's): the copy made ahead, if the table is still the one it copies. The source
    /// is held until then, so any edit of the workspace's table since made it a table of its
    /// own (the audit line a command adds leaves it alone). Waits for a copy still being made,
    /// which the edit would otherwise make itself. A command that edits no grades leaves the
    /// copy for a later one.
    func takeCopyAhead(for grades: inout [String: GradeSet]) {
        guard let ahead = gradesAhead else { return }
        gradesAhead = nil
        if Session.sameStorage(ahead.source, grades) { grades = ahead.copy.take() }
    }

    /// The same for the session's workspace (undo and redo edit it in place), its caches kept;
    /// left alone (no new generation) when there is no copy of its table to take.
    func takeCopyAhead() {
        guard let ahead = gradesAhead, Session.sameStorage(ahead.source, workspace.grades) else { gradesAhead = nil; return }
        replaceKeepingCaches { takeCopyAhead(for: &$0.grades) }
    }

    /// Whether two tables share their storage (one until either is edited): a Dictionary is one
    /// word, its storage's reference, and the same reference is the same contents.
    static func sameStorage<K, V>(_ a: [K: V], _ b: [K: V]) -> Bool {
        guard MemoryLayout<[K: V]>.size == MemoryLayout<UInt>.size else { return false }
        return withUnsafeBytes(of: a) { x in withUnsafeBytes(of: b) { y in x.load(as: UInt.self) == y.load(as: UInt.self) } }
    }
}

/// The grades copy's own queue: beside the Tab index and the name order, not behind them.
private let copyQueue = DispatchQueue(label: "kd.copy", qos: .userInitiated)
