/// How a load treats what is already there: replace the kind's table, or update by id.
public enum LoadMode: String, Sendable, CaseIterable { case replace, merge }

/// One kind of fact file (`load KIND FILE`): its columns and how its rows enter the workspace.
/// Adding a kind = one file declaring a `LoadKind` plus its name in `LoadKind.all`.
public struct LoadKind: Sendable {
    public var name: String
    public var schema: TableSchema
    /// "152 members", "1 member"…
    public var noun: @Sendable (Int) -> Message
    /// True when the workspace has none of this kind yet (then `--replace` is the default).
    public var isEmpty: @Sendable (Workspace) -> Bool
    private let apply: @Sendable (Table, Transaction, LoadMode) throws -> Int

    public init(name: String, schema: TableSchema, noun: @escaping @Sendable (Int) -> Message,
                isEmpty: @escaping @Sendable (Workspace) -> Bool,
                load: @escaping @Sendable (Table, Transaction, LoadMode) throws -> Int) {
        self.name = name
        self.schema = schema
        self.noun = noun
        self.isEmpty = isEmpty
        self.apply = load
    }

    /// Validates every row against `tx.ws` first (throwing at the first bad row, before any
    /// change), then applies them; returns how many records were loaded. A merge into an empty
    /// table is the same change as a replacement and is applied as one: one undo edit and one
    /// insert per row, not a lookup, a keyed set and an undo record per row.
    public func load(_ table: Table, _ tx: Transaction, _ mode: LoadMode) throws -> Int {
        try apply(table, tx, mode == .merge && isEmpty(tx.ws) ? .replace : mode)
    }

    /// Whether this kind's ids or codes name subjects (members, units, collectives): a load of
    /// it may make one id name two (`LoadIntegrity.newClashes`).
    public var namesSubjects: Bool { ["units", "collectives", "roster"].contains(name) }

    /// Every kind `load` knows, in the order a ward's files are usually loaded.
    public static let all: [LoadKind] = [.units, .collectives, .roster, .positions, .discipline, .targets, .reviews, .grades,
                                         .criteria, .assessments, .shortcomings]

    public static func named(_ name: String) -> LoadKind? { all.first { $0.name == name } }
}

extension Catalog {
    static func count(_ n: Int, _ one: String, _ many: String, _ vi: String) -> Message {
        m("\(n) \(n == 1 ? one : many)", "\(n) \(vi)")
    }
    public static func loaded(_ what: Message, _ file: String) -> Message {
        m("loaded \(what.en) from \(file)", "đã nạp \(what.vi) từ \(file)")
    }
    /// The demo ward is built into kd: no file of that name was read (a `demo/` folder that
    /// `generate demo` wrote may be there, and is not what was loaded).
    public static func loadedDemo(_ what: Message, _ kind: String) -> Message {
        m("loaded \(what.en) from the built-in demo (\(kind))", "đã nạp \(what.vi) từ dữ liệu mẫu có sẵn")
    }
}

/// Checks ids are unique within a file, pointing at the second occurrence.
struct SeenIds {
    private var rows: [String: Int] = [:]
    /// `capacity`: the file's row count, so the table is sized once, not rehashed as it grows.
    init(capacity: Int = 0) { rows.reserveCapacity(capacity) }
    /// `shown`: the id as the user knows it, where `id` is an internal key (folded, or joined
    /// from several cells).
    mutating func add(_ id: String, shown: String? = nil, _ row: TableRow, column: String) throws {
        // One lookup: a repeat stops the load, so the first row's number may be overwritten.
        if let first = rows.updateValue(row.row, forKey: id) { throw row.error(column, Catalog.duplicateId(shown ?? id, first)) }
    }
    /// The same for a record that has no id of its own (a review, a post): `what` names it in
    /// the user's words, not kd's key ("P001|BCH|bi thu dang uy").
    mutating func add(_ key: String, what: Message, _ row: TableRow, column: String) throws {
        if let first = rows.updateValue(row.row, forKey: key) { throw row.error(column, Catalog.duplicateRecord(what, first)) }
    }
    func contains(_ id: String) -> Bool { rows[id] != nil }
}
