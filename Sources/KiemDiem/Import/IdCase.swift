/// Ids and codes that differ only in case. A typed id or code is found without regard to case
/// (`p001` finds P001), so a file with both P001 and p001 would be one subject to its user and two
/// to kd: a hand-typed repeat graded twice. Such ids are refused like a repeated one, by the
/// roster, units and collectives loads alike.
enum IdCase {
    /// Only an id with a lower-case ASCII letter or a non-ASCII letter can have a twin whose
    /// upper-case form differs from it; the check looks at those rows alone, so a roster of
    /// digits or capitals costs one scan of each id's bytes.
    static func mayHaveTwin(_ id: String) -> Bool {
        id.utf8.contains { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }
    }

    /// `id` in capitals, copied only where `mayHaveTwin`.
    static func upper(_ id: String) -> String { mayHaveTwin(id) ? id.uppercased() : id }

    /// Throws at the later row of the first pair found. `lowered`: the rows (index into `rows`)
    /// and ids `mayHaveTwin` kept, in row order; `inFile`: whether the file has this id (in
    /// `column`); `existing`: what a merge keeps (empty for a replacing load).
    static func refuseTwins<V>(_ lowered: [(n: Int, id: String)], _ rows: TableRows, column: String,
                               inFile: (String) -> Bool, existing: [String: V]) throws {
        guard !lowered.isEmpty else { return }
        var firstOf: [String: (n: Int, id: String)] = [:]  // upper-cased id → its first row here
        for (n, id) in lowered {
            let upper = id.uppercased()
            if let first = firstOf[upper], first.id != id {
                throw rows[n].error(column, Catalog.caseTwin(id, first.id, rows[first.n].row))
            }
            if firstOf[upper] == nil { firstOf[upper] = (n, id) }
        }
        // The twin in capitals, which `mayHaveTwin` passed over: in the file, or already loaded.
        for (upper, first) in firstOf.sorted(by: { $0.value.n < $1.value.n }) where upper != first.id {
            if inFile(upper), let at = rows.firstIndex(where: { (try? $0.required(column)) == upper }) {
                throw rows[max(first.n, at)].error(column, Catalog.caseTwin(at > first.n ? upper : first.id,
                                                                            at > first.n ? first.id : upper,
                                                                            rows[min(first.n, at)].row))
            }
        }
        guard !existing.isEmpty else { return }
        // Already loaded: the same id in capitals, or in another mix of cases.
        var kept: [String: String] = [:]
        for id in existing.keys where mayHaveTwin(id) { kept[id.uppercased()] = id }
        for (upper, first) in firstOf.sorted(by: { $0.value.n < $1.value.n }) {
            for twin in [upper, kept[upper]].compactMap({ $0 }) where twin != first.id && existing[twin] != nil && !inFile(twin) {
                throw rows[first.n].error(column, Catalog.caseTwin(first.id, twin, nil))
            }
        }
    }
}
