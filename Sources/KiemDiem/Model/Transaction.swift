/// A command's changes to the workspace, kept as inverse edits: rolled back when the command
/// fails, kept as one undo step when it succeeds. Each edit stores only the values it replaced.
public final class Transaction {
    public typealias Edit = (inout Workspace) -> Void

    public private(set) var ws: Workspace
    public private(set) var undos: [Edit] = []
    public private(set) var redos: [Edit] = []
    /// Human-readable lines for the audit log.
    public var changes: [String] = []

    public init(_ ws: Workspace) { self.ws = ws }

    public var isEmpty: Bool { undos.isEmpty }

    /// Sets one entry of a keyed table (nil removes it).
    public func set<K: Hashable, V>(_ table: WritableKeyPath<Workspace, [K: V]>, _ key: K, _ value: V?) {
        let old = ws[keyPath: table][key]
        ws[keyPath: table][key] = value
        undos.append { $0[keyPath: table][key] = old }
        redos.append { $0[keyPath: table][key] = value }
    }

    /// Replaces a whole field (a table on `load --replace`, a setting).
    public func replace<T>(_ path: WritableKeyPath<Workspace, T>, with value: T) {
        let old = ws[keyPath: path]
        ws[keyPath: path] = value
        undos.append { $0[keyPath: path] = old }
        redos.append { $0[keyPath: path] = value }
    }

    /// Undoes every edit in reverse order and returns the workspace as it was.
    public func rollback() -> Workspace {
        for u in undos.reversed() { u(&ws) }
        undos.removeAll()
        redos.removeAll()
        return ws
    }

    /// Hands back the changed workspace and the step that undoes and redoes the whole command.
    public func commit(command: String = "") -> (Workspace, UndoStep) {
        (ws, UndoStep(command: command, undos: undos, redos: redos, changes: changes))
    }
}

/// One undoable command.
public struct UndoStep {
    public let command: String
    let undos: [Transaction.Edit]
    let redos: [Transaction.Edit]
    public let changes: [String]
    public func undo(_ ws: inout Workspace) { for u in undos.reversed() { u(&ws) } }
    public func redo(_ ws: inout Workspace) { for r in redos { r(&ws) } }
}
