import KiemDiem

/// The roster's ids and folded names sorted once, so that Tab finds the members a prefix names by
/// binary search instead of folding every name on every Tab (5.6M names took seconds; the index
/// answers in microseconds once built). Built on the first Tab after the workspace changes;
/// `Completion.named` gives the same candidates with or without it (a test compares them).
public final class PeopleIndex {
    /// (upper-cased id, id), sorted.
    let ids: [(String, String)]
    /// (Vietnamese.key of the name, name), sorted by key. Only when every key is ASCII, where
    /// String order is byte order and the names with a prefix are one contiguous run.
    let names: [(String, String)]?

    public init(_ ws: Workspace) {
        var ids: [(String, String)] = []
        var names: [(String, String)] = []
        ids.reserveCapacity(ws.members.count)
        names.reserveCapacity(ws.members.count)
        var ascii = true
        for m in ws.members.values {
            ids.append((m.id.uppercased(), m.id))
            let k = Vietnamese.key(m.name)
            if ascii && !k.utf8.allSatisfy({ $0 < 0x80 }) { ascii = false }
            names.append((k, m.name))
        }
        self.ids = ids.sorted { $0.0 < $1.0 }
        self.names = ascii ? names.sorted { $0.0 < $1.0 } : nil
    }

    /// Ids that begin with `upper` (already upper-cased), in no particular order.
    func ids(withPrefix upper: String) -> [String] {
        Self.run(ids, upper).map(\.1)
    }

    /// Names whose key begins with `key`, in no particular order; nil when not indexed.
    func names(withKeyPrefix key: String) -> [(key: String, name: String)]? {
        guard let names, key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return Self.run(names, key).map { ($0.0, $0.1) }
    }

    /// The contiguous run of entries whose first part begins with `prefix` (ASCII order).
    static func run(_ a: [(String, String)], _ prefix: String) -> ArraySlice<(String, String)> {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid].0 < prefix { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < a.count && a[end].0.hasPrefix(prefix) { end += 1 }
        return a[lo..<end]
    }
}

extension Session {
    /// Tab completion on this session's workspace (what the line editor calls), with the people
    /// index kept while the workspace is unchanged.
    public func complete(_ line: String, cursor: Int? = nil) -> CompletionResult {
        if peopleIndex?.generation != workspaceGeneration {
            peopleIndex = (workspaceGeneration, PeopleIndex(workspace))
        }
        var ctx = CompletionContext(workspace: workspace)
        ctx.people = peopleIndex?.index
        return Completion.complete(line, cursor: cursor, ctx)
    }
}
