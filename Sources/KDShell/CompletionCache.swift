import KiemDiem

/// The roster's ids and folded names sorted once, so that Tab finds the members a prefix names by
/// binary search instead of folding every name on every Tab (5.6M names took seconds; the index
/// answers in microseconds once built). Built when people change (members, units,
/// collectives): in the background at the prompt, else on the first Tab; `Completion.named`
/// gives the same candidates with or without it.
/// Graded units and collectives (the other subjects) are indexed alike: at national size they
/// are a quarter of a million names, folded on every Tab without an index.
public final class PeopleIndex {
    /// Ids and names of one kind of subject, each sorted for prefix search.
    struct Names {
        /// (upper-cased id, id), sorted.
        let ids: [(String, String)]
        /// (Vietnamese.key of the name, name), sorted by key. Only when every key is ASCII, where
        /// String order is byte order and the names with a prefix are one contiguous run. Each
        /// distinct name is kept once: Tab offers names, not people, and a national roster
        /// repeats its common names tens of thousands of times (a popular prefix then cost a
        /// sort of every namesake on every Tab, and folding every copy on the first).
        let names: [(String, String)]?

        init(_ items: [(id: String, name: String)]) {
            // Sorted by their bytes when every id is ASCII (String's order then), which a radix
            // sort does in a fraction of the comparisons' time (a national roster's first Tab).
            var upper: [String] = []
            upper.reserveCapacity(items.count)
            var asciiIds = true
            for (id, _) in items {
                let u = id.uppercased()
                if asciiIds && !u.utf8.allSatisfy({ $0 < 0x80 }) { asciiIds = false }
                upper.append(u)
            }
            self.ids = asciiIds ? utf8Order(upper).map { (upper[$0], items[$0].id) }
                                : zip(upper, items.lazy.map { $0.id }).sorted { $0.0 < $1.0 }
            let distinct = distinctTexts(count: items.count) { items[$0].name }
            var names: [(String, String)] = []
            names.reserveCapacity(distinct.count)
            var ascii = true
            for name in distinct {
                let k = Vietnamese.key(name)
                if ascii && !k.utf8.allSatisfy({ $0 < 0x80 }) { ascii = false }
                names.append((k, name))
            }
            self.names = ascii ? names.sorted { $0.0 < $1.0 } : nil
        }

        /// Ids that begin with `upper` (already upper-cased), in no particular order.
        func ids(withPrefix upper: String) -> [String] {
            PeopleIndex.run(ids, upper).map(\.1)
        }

        /// Names whose key begins with `key`, in no particular order; nil when not indexed.
        func names(withKeyPrefix key: String) -> [(key: String, name: String)]? {
            guard let names, key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return PeopleIndex.run(names, key).map { ($0.0, $0.1) }
        }
    }

    /// The roster.
    let people: Names
    /// Graded units and collectives: the other subjects.
    let others: Names

    public convenience init(_ ws: Workspace) {
        self.init(people: ws.members.values.map { ($0.id, $0.name) }, others: Completion.otherSubjects(ws))
    }

    init(people: [(id: String, name: String)], others: [(id: String, name: String)]) {
        self.people = Names(people)
        self.others = Names(others)
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
    /// index kept while the roster, units and collectives are unchanged.
    public func complete(_ line: String, cursor: Int? = nil) -> CompletionResult {
        if peopleIndex?.generation != peopleGeneration {
            if let pending = pendingPeopleIndex, pending.generation == peopleGeneration {
                peopleIndex = (peopleGeneration, pending.wait())
            } else {
                peopleIndex = (peopleGeneration, PeopleIndex(workspace))
            }
            pendingPeopleIndex = nil
        }
        var ctx = CompletionContext(workspace: workspace)
        ctx.people = peopleIndex?.index
        return Completion.complete(line, cursor: cursor, ctx)
    }
}
