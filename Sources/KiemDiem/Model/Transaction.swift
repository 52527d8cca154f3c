/// A command's changes to the workspace, kept as inverse edits: rolled back when the command
/// fails, kept as one undo step when it succeeds. Each edit stores only the values it replaced;
/// the values to redo are taken back from the workspace when the step is undone, so a command
/// that loads a million rows keeps a million keys for its undo, not two copies of the rows.
public final class Transaction {
    public private(set) var ws: Workspace
    /// Inverse edits in the order they were made; undo applies them last first.
    private var inverses: [WorkspaceEdit] = []
    /// Human-readable lines for the audit log, in English, and the same in Vietnamese (`say`).
    public private(set) var changes: [String] = []
    public private(set) var changesVi: [String] = []

    /// A line for the audit log in both languages (`report audit` shows the user's).
    public func say(_ m: Message) {
        changes.append(m.en)
        changesVi.append(m.vi)
    }
    public func say(_ ms: [Message]) { for m in ms { say(m) } }
    /// The tables and fields changed (the paths given to `set` and `replace`), so that caches
    /// of one table survive commands that change others.
    public private(set) var touched: Set<AnyKeyPath> = []

    public init(_ ws: Workspace) { self.ws = ws }

    /// Whether some edit put a different value in place. Values are compared only until the
    /// first difference: a load that changes its first row pays for one comparison.
    private var changed = false

    /// No edit changed a stored value. Edits that store what was already there (`set year 2023`
    /// in 2023) still roll back, but the command makes no undo step and leaves the workspace
    /// saved.
    public var isEmpty: Bool {
        if let before = wholeBefore { return before.settings == ws.settings && ws.tablesDiffering(from: before).isEmpty }
        return !changed
    }
    /// The workspace as the command found it, when its first edit replaced it whole.
    private var wholeBefore: Workspace?

    /// Replaces the whole workspace (a demo or generated ward loaded over it): a change unless
    /// the command leaves the records and settings as they were (the same ward loaded again).
    public func replaceWhole(with fresh: Workspace) {
        if inverses.isEmpty && !changed { wholeBefore = ws }
        replace(\.self, with: fresh)
    }

    /// Whether any edit was made, even one that stored the same value (what an older kd took
    /// for a change: its crash journals are replayed by that measure).
    public var hasEdits: Bool { !inverses.isEmpty }

    /// Sets one entry of a keyed table (nil removes it). Consecutive sets of one table share a
    /// single inverse edit (measured need: one closure per row cost ~500 bytes a row on loads).
    /// Values that can't be compared count as a change when one is stored.
    public func set<K: Hashable, V>(_ table: WritableKeyPath<Workspace, [K: V]>, _ key: K, _ value: V?) {
        let old = store(table, key, value)
        if !changed { changed = old != nil || value != nil }
    }

    public func set<K: Hashable, V: Equatable>(_ table: WritableKeyPath<Workspace, [K: V]>, _ key: K, _ value: V?) {
        let old = store(table, key, value)
        if !changed { changed = old != value }
    }

    /// Called before a batch of in-place edits of a table begins (not for `replace`, which
    /// swaps a table out whole): the shell puts a copy it made ahead in place of a table shared
    /// with a snapshot, which the first edit would otherwise copy (`KDShell/CopyAhead.swift`).
    public var beforeEditingInPlace: ((AnyKeyPath, inout Workspace) -> Void)?

    /// Stores the entry and its inverse; returns the value it replaced.
    private func store<K: Hashable, V>(_ table: WritableKeyPath<Workspace, [K: V]>, _ key: K, _ value: V?) -> V? {
        let batch: TableEdit<K, V>
        if let last = inverses.last as? TableEdit<K, V>, last.table == table {
            batch = last
        } else {
            beforeEditingInPlace?(table, &ws)
            batch = TableEdit(table)
            inverses.append(batch)
            touched.insert(table)  // once per batch: hashing a key path per row cost loads time
        }
        let old = value.map { ws[keyPath: table].updateValue($0, forKey: key) } ?? ws[keyPath: table].removeValue(forKey: key)
        batch.record(key, old)
        return old
    }

    /// Room for `extra` more entries in a keyed table: a command about to set many rows grows the
    /// table once instead of rehashing it at each doubling (a national `cap` sets 640K rows).
    public func reserve<K: Hashable, V>(_ table: WritableKeyPath<Workspace, [K: V]>, _ extra: Int) {
        beforeEditingInPlace?(table, &ws)
        ws[keyPath: table].reserveCapacity(ws[keyPath: table].count + extra)
    }

    /// Replaces a whole field (a table on `load --replace`, a setting). Values that can't be
    /// compared count as a change.
    public func replace<T>(_ path: WritableKeyPath<Workspace, T>, with value: T) {
        _ = swap(path, value)
        changed = true
    }

    public func replace<T: Equatable>(_ path: WritableKeyPath<Workspace, T>, with value: T) {
        let old = swap(path, value)
        if !changed { changed = old != value }
    }

    /// A whole table: weighed by its count, known here without a cast.
    public func replace<K, V: Equatable>(_ path: WritableKeyPath<Workspace, [K: V]>, with value: [K: V]) {
        let old = swap(path, value, weighed: { max(1, $0.count) })
        if !changed { changed = old != value }
    }

    /// The workspace before the first replacement of the whole of it (`restore`): held only once
    /// it is out of the workspace (its inverse edit holds it too), so no edit copies a table.
    /// Unlike `wholeBefore`, whatever edits came before the replacement.
    private var replacedWhole: Workspace?

    /// After a replacement of the whole workspace: `Workspace.samePeople` of before and now.
    /// Rebuilding the name order and the Tab index for nothing cost a national `restore` a
    /// second (issue 8).
    public var wholeReplacementKept: (people: Bool, subjects: Bool)? {
        replacedWhole?.samePeople(as: ws)
    }

    /// Stores the field and its inverse; returns the value it replaced.
    private func swap<T>(_ path: WritableKeyPath<Workspace, T>, _ value: T, weighed: @escaping (T) -> Int = FieldEdit<T>.weighed) -> T {
        if replacedWhole == nil, path as AnyKeyPath == \Workspace.self as AnyKeyPath { replacedWhole = ws }
        let old = ws[keyPath: path]
        ws[keyPath: path] = value
        touched.insert(path)
        inverses.append(FieldEdit(path: path, value: old, weighed: weighed))
        return old
    }

    /// Undoes every edit in reverse order and returns the workspace as it was.
    public func rollback() -> Workspace {
        for e in inverses.reversed() { _ = e.apply(&ws) }
        inverses.removeAll()
        return ws
    }

    /// Hands back the changed workspace and the step that undoes and redoes the whole command.
    public func commit(command: String = "") -> (Workspace, UndoStep) {
        (ws, UndoStep(command: command, inverses: inverses, changes: changes, touched: touched))
    }
}

/// One undoable command. Undo applies its inverse edits and keeps what they replaced as the
/// edits that redo it, and the other way round.
public final class UndoStep {
    public let command: String
    public let changes: [String]
    /// What the command changed (`Transaction.touched`): undo and redo change the same.
    public let touched: Set<AnyKeyPath>
    /// Applied last first to go back; each application yields its own inverse.
    private var back: [WorkspaceEdit]
    private var forward: [WorkspaceEdit] = []

    /// About how many records the step holds to undo with (`WorkspaceEdit.weight`), for the
    /// shell's bound on the history: a whole roster replaced weighs its rows, a roster loaded
    /// into an empty table only its keys.
    public let weight: Int

    init(command: String, inverses: [WorkspaceEdit], changes: [String], touched: Set<AnyKeyPath>) {
        self.command = command
        self.touched = touched
        self.back = inverses
        self.changes = changes
        weight = inverses.reduce(0) { $0 + $1.weight }
    }

    public func undo(_ ws: inout Workspace) {
        forward = back.reversed().map { $0.apply(&ws) }
        back = []
    }

    public func redo(_ ws: inout Workspace) {
        back = forward.reversed().map { $0.apply(&ws) }
        forward = []
    }
}

/// A change to the workspace that, applied, returns the change that takes it back.
protocol WorkspaceEdit {
    func apply(_ ws: inout Workspace) -> WorkspaceEdit
    /// Records held: a value counts one, a key alone an eighth (it is a few bytes where a
    /// member record is a few hundred).
    var weight: Int { get }
}

/// Entries of one table to put back, in the order they were changed. Values are kept only for
/// keys that had one (`slot` -1: the key was absent), so undoing a load into an empty table
/// costs its keys alone.
final class TableEdit<K: Hashable, V>: WorkspaceEdit {
    let table: WritableKeyPath<Workspace, [K: V]>
    private var keys: [K] = []
    private var slots: [Int32] = []
    private var values: [V] = []

    init(_ table: WritableKeyPath<Workspace, [K: V]>) { self.table = table }

    var weight: Int { values.count + keys.count / 8 }

    func record(_ key: K, _ old: V?) {
        keys.append(key)
        if let old {
            slots.append(Int32(values.count))
            values.append(old)
        } else {
            slots.append(-1)
        }
    }

    func apply(_ ws: inout Workspace) -> WorkspaceEdit {
        let inverse = TableEdit(table)
        for i in keys.indices.reversed() {
            let key = keys[i]
            let old = slots[i] < 0 ? ws[keyPath: table].removeValue(forKey: key)
                : ws[keyPath: table].updateValue(values[Int(slots[i])], forKey: key)
            inverse.record(key, old)
        }
        return inverse
    }
}

/// A whole field to put back.
struct FieldEdit<T>: WorkspaceEdit {
    let path: WritableKeyPath<Workspace, T>
    let value: T
    /// How `weight` counts a value of T. A table's replacement passes its count: a cast to
    /// `any Collection` here scanned the binary's conformance records on each type's first
    /// use, a fifth of a millisecond of every script that loads a ward.
    let weighed: (T) -> Int

    func apply(_ ws: inout Workspace) -> WorkspaceEdit {
        let current = ws[keyPath: path]
        ws[keyPath: path] = value
        return FieldEdit(path: path, value: current, weighed: weighed)
    }

    var weight: Int { weighed(value) }

    /// Any other field: the whole workspace (`restore`) by its records, a setting as one.
    static func weighed(_ value: T) -> Int {
        (value as? Workspace)?.recordCount ?? 1
    }
}

extension Workspace {
    /// Records in the tables (not the snapshots, which share them), for the undo history's bound.
    public var recordCount: Int {
        units.count + collectives.count + members.count + positions.count + exclusions.count + reviews.count + grades.count
            + discipline.count + targets.count + adjustments.count + criteria.count + assessments.count + shortcomings.count
    }
}
