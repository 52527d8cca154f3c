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
    /// A class: its ids are sorted on first use. A Tab on a name needs the names only, and
    /// sorting the ids was 40% of the index (the first Tab at 100,000 members was at its 50 ms
    /// limit); at the prompt the background job sorts both (`prepare`).
    final class Names {
        /// The ids until they are sorted.
        private var unsorted: [String]?
        private var sorted: [(String, String)]?
        /// (Vietnamese.key of the name, name), sorted by key. Only when every key is ASCII, where
        /// String order is byte order and the names with a prefix are one contiguous run. Each
        /// distinct name is kept once: Tab offers names, not people, and a national roster
        /// repeats its common names tens of thousands of times (a popular prefix then cost a
        /// sort of every namesake on every Tab, and folding every copy on the first).
        let names: [(String, String)]?
        /// Each name's place in the order Tab lists them (by `sortKey`, `Completion.nameOrder`),
        /// made on first use: a Tab orders its matches by these numbers instead of comparing
        /// sort keys (every person's name at 5.6M members, 276,258, took most of a second).
        private var ranks: [Int32]?
        /// The names' indices in that order (`ranks` inverted), for a run of most of them.
        private var order: [Int32]?
        private let sortKey: (String) -> [UInt16]

        init(_ items: [(id: String, name: String)], sortKey: @escaping (String) -> [UInt16]) {
            unsorted = items.map(\.id)
            names = Names.sortedNames(items)
            self.sortKey = sortKey
        }

        /// Ids (codes) only, for `run(withPrefix:)`.
        init(ids: [String]) {
            unsorted = ids
            names = nil
            sortKey = Vietnamese.collationKey
        }

        /// (upper-cased id, id), in the order Tab lists ids: by the upper-cased id, then the id.
        var ids: [(String, String)] {
            if let sorted { return sorted }
            let s = Names.sortedIds(unsorted ?? [])
            sorted = s
            unsorted = nil
            return s
        }

        /// Sorts the ids and ranks the names now, not on first use.
        func prepare() {
            _ = ids
            _ = nameRanks()
        }

        private func nameRanks() -> (ranks: [Int32], order: [Int32])? {
            guard let names else { return nil }
            if let ranks, let order { return (ranks, order) }
            let o = Completion.nameOrder(names.map(\.1), sortKey)
            var r = [Int32](repeating: 0, count: names.count)
            for (place, i) in o.enumerated() { r[i] = Int32(place) }
            ranks = r
            order = o.map { Int32($0) }
            return (r, order!)
        }
        var idsSorted: Bool { sorted != nil }

        static func sortedIds(_ items: [String]) -> [(String, String)] {
            // Ids in ASCII without a lower-case letter (a generated roster's, most real ones) are
            // their own upper case: not copied.
            let plain = items.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && !(0x61...0x7A).contains($0) } }
            let keys = plain ? items : items.map { $0.uppercased() }
            // Sorted by their bytes when every id is ASCII, which a radix sort does in a
            // fraction of the comparisons' time (a national roster's first Tab).
            var out = stringOrder(keys).map { (keys[$0], items[$0]) }
            // Ids alike but for case (a workspace edited by hand): by the id, not as the table
            // happened to hold them.
            var i = 0
            while !plain && i < out.count {
                var j = i + 1
                while j < out.count && out[j].0 == out[i].0 { j += 1 }
                if j - i > 1 { out[i..<j].sort { $0.1 < $1.1 } }
                i = j
            }
            return out
        }

        static func sortedNames(_ items: [(id: String, name: String)]) -> [(String, String)]? {
            let distinct = distinctTexts(count: items.count) { items[$0].name }
            var keys: [String] = []
            keys.reserveCapacity(distinct.count)
            for name in distinct {
                let k = Vietnamese.key(name)
                guard k.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                keys.append(k)
            }
            // ASCII keys: byte order is String order, and the radix sort's.
            return utf8Order(keys).map { (keys[$0], distinct[$0]) }
        }

        /// (upper-cased id, id) of the ids that begin with `upper`, in the index's order.
        func run(withPrefix upper: String) -> ArraySlice<(String, String)> {
            PeopleIndex.run(ids, upper)
        }

        /// The names whose key begins with `key` (`longer`: and goes on past it), in the order
        /// Tab lists them, as places in the index (`name(at:)`); nil when not indexed. Places, not
        /// names: a Tab over most of a national roster's names lists the first few thousand, and
        /// reading each name it does not list missed the cache (issue 8).
        func namesInOrder(withKeyPrefix key: String, longer: Bool) -> [Int32]? {
            guard let names, key.utf8.allSatisfy({ $0 < 0x80 }), let (ranks, order) = nameRanks() else { return nil }
            let run = PeopleIndex.run(names, key).indices
            // Keys are ASCII here: a key's length in bytes is its length in characters.
            let length = key.utf8.count
            func keep(_ i: Int) -> Bool { !longer || names[i].0.utf8.count > length }
            // Most of the names (a short prefix, or none): read them in order, not sorted.
            if run.count > names.count / 8 {
                return order.filter { run.contains(Int($0)) && keep(Int($0)) }
            }
            return run.filter(keep).sorted { ranks[$0] < ranks[$1] }.map { Int32($0) }
        }

        /// The name at a place `namesInOrder` gave.
        func name(at place: Int32) -> String { names![Int(place)].1 }
    }

    /// The roster.
    let people: Names
    /// Graded units and collectives: the other subjects.
    let others: Names
    /// `Workspace.codeClashGroups()`, for `Completion.keyedWhereAmbiguous`: it walks every id,
    /// and on each Tab it cost a national roster half a second.
    let clashes: [String: [SubjectRef]]
    /// The units and collectives the index was built on (the people generation covers them),
    /// for the Tabs on a body, a unit or a collective. Their lists are made on first use and
    /// kept: at national size each such Tab sorted 250,000 codes or folded 140,000 names.
    private let units: [String: Unit], collectives: [String: Collective]
    /// Every unit and collective code (a review's venue); the codes of units that are not party
    /// groups, and of party groups (`list --where unit=`, `group=`).
    lazy var bodyCodes = FoldedCodes.bodies(units, collectives)
    lazy var cellCodes = FoldedCodes.units(units, groups: false)
    lazy var groupCodes = FoldedCodes.units(units, groups: true)
    /// Every unit's code and name (`--unit`), every collective's: a national ward's 200,000
    /// units were scanned on each such Tab.
    lazy var unitNames = Names(units.values.map { ($0.code, $0.name) }, sortKey: Vietnamese.collationKey)
    lazy var collectiveNames = Names(collectives.values.map { ($0.code, $0.name) }, sortKey: Vietnamese.collationKey)
    /// Codes by prefix (`organization:CB0`, `collective:B`).
    lazy var gradedUnitCodes = Names(ids: units.values.filter(\.isGraded).map(\.code))
    lazy var collectiveCodes = Names(ids: Array(collectives.keys))

    public convenience init(_ ws: Workspace) {
        self.init(people: ws.members.values.map { ($0.id, $0.name) }, others: Completion.otherSubjects(ws),
                  clashes: ws.codeClashGroups(), units: ws.units, collectives: ws.collectives)
    }

    /// `people`: the whole roster; `others` and `clashes`: `Completion.otherSubjects` and
    /// `Workspace.codeClashGroups()` of the same workspace. Not the workspace itself: on the
    /// background queue its tables would be shared with the session's, and the next `grade`
    /// would copy a national grades table.
    init(people: [(id: String, name: String)], others: [(id: String, name: String)], clashes: [String: [SubjectRef]],
         units: [String: Unit], collectives: [String: Collective]) {
        self.people = Names(people, sortKey: Vietnamese.nameSortKey)
        self.others = Names(others, sortKey: Vietnamese.collationKey)
        self.clashes = clashes
        self.units = units
        self.collectives = collectives
    }

    /// Builds now what is otherwise built on first use (the background job at the prompt).
    func prepare() {
        people.prepare()
        others.prepare()
    }

    /// The contiguous run of entries whose first part begins with `prefix` (ASCII order).
    static func run(_ a: [(String, String)], _ prefix: String) -> ArraySlice<(String, String)> {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid].0 < prefix { lo = mid + 1 } else { hi = mid }
        }
        let start = lo
        // The end by halving too: walked, a run of every id (`grade ` + Tab) read 5.6M entries.
        var end = a.count
        while lo < end {
            let mid = (lo + end) / 2
            if a[mid].0.hasPrefix(prefix) { lo = mid + 1 } else { end = mid }
        }
        return a[start..<end]
    }
}

/// The ids of members who hold a post (`leader:` Tab), sorted on the first such Tab and kept
/// while positions, members, units and collectives are unchanged: each Tab collected them from
/// every position (33 ms at 1M members). Holds no table of the workspace, whose next edit
/// would then copy it.
final class LeaderIds {
    private var kept: PeopleIndex.Names?
    /// The ids, made from `ws` on first use.
    func names(_ ws: Workspace) -> PeopleIndex.Names {
        let names = kept ?? PeopleIndex.Names(ids: Completion.leaderIds(ws))
        kept = names
        return names
    }
}

/// Codes sorted, each with its `Vietnamese.fold`, which a typed prefix is matched against: the
/// lists the index keeps and the scan without one make them alike.
struct FoldedCodes {
    let codes: [(code: String, folded: String)]
    init(_ codes: [String]) { self.codes = codes.sorted().map { ($0, Vietnamese.fold($0)) } }
    static func bodies(_ units: [String: Unit], _ collectives: [String: Collective]) -> FoldedCodes {
        FoldedCodes(Array(Set(units.keys).union(collectives.keys)))
    }
    static func units(_ units: [String: Unit], groups: Bool) -> FoldedCodes {
        FoldedCodes(units.values.filter { ($0.kind == .group) == groups }.map(\.code))
    }
    /// The codes that begin with `prefix` ignoring case and diacritics, in order.
    func starting(with prefix: String) -> [String] {
        let p = Vietnamese.fold(prefix)
        return codes.filter { $0.folded.hasPrefix(p) }.map(\.code)
    }
}

/// Ids and names, each name with its `Vietnamese.key` (what `Completion.named` matches a typed
/// prefix against) and each id upper-cased, made once instead of on every Tab.
public struct KeyedNames {
    let items: [(id: String, name: String)]
    let keys: [String]
    let uppers: [String]

    init(_ items: [(id: String, name: String)]) {
        self.items = items
        keys = items.map { Vietnamese.key($0.name) }
        uppers = items.map { $0.id.uppercased() }
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
        if leaderIds == nil { leaderIds = LeaderIds() }
        ctx.leaders = leaderIds
        ctx.bearers = { [unowned self] name in bearers(of: name) }
        // On a continuation line the command began on the lines before (`grade P001 \` then
        // `HT` Tab offers levels): complete the whole of it, and give back this line's part.
        guard !continuedText.isEmpty else { return Completion.complete(line, cursor: cursor, ctx) }
        let shift = continuedText.utf8.count
        var r = Completion.complete(continuedText + line, cursor: (cursor ?? line.utf8.count) + shift, ctx)
        r.start = max(0, r.start - shift)
        return r
    }
}
