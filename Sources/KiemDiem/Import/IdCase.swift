/// Ids that differ only in case. A typed id is found without regard to case (`p001` finds
/// P001), so a roster with both P001 and p001 would be one member to its user and two to kd: a
/// hand-typed repeat graded twice. Such ids are refused like a repeated id.
enum IdCase {
    /// Only an id with a lower-case ASCII letter or a non-ASCII letter can have a twin whose
    /// upper-case form differs from it; the check looks at those rows alone, so a roster of
    /// digits or capitals costs one scan of each id's bytes.
    static func mayHaveTwin(_ id: String) -> Bool {
        id.utf8.contains { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }
    }

    /// Throws at the later row of the first pair found. `lowered`: the rows (index into `rows`)
    /// and ids `mayHaveTwin` kept, in row order; `new` the file's members; `existing` the
    /// workspace's when merging.
    static func refuseTwins(_ lowered: [(n: Int, id: String)], _ rows: TableRows, _ new: [String: Member],
                            existing: [String: Member]) throws {
        guard !lowered.isEmpty else { return }
        var firstOf: [String: (n: Int, id: String)] = [:]  // upper-cased id → its first row here
        for (n, id) in lowered {
            let upper = id.uppercased()
            if let first = firstOf[upper], first.id != id {
                throw rows[n].error("id", Catalog.caseTwin(id, first.id, rows[first.n].row))
            }
            if firstOf[upper] == nil { firstOf[upper] = (n, id) }
        }
        // The twin in capitals, which `mayHaveTwin` passed over: in the file, or on the roster.
        for (upper, first) in firstOf.sorted(by: { $0.value.n < $1.value.n }) where upper != first.id {
            if new[upper] != nil, let at = rows.firstIndex(where: { (try? $0.required("id")) == upper }) {
                throw rows[max(first.n, at)].error("id", Catalog.caseTwin(at > first.n ? upper : first.id,
                                                                          at > first.n ? first.id : upper,
                                                                          rows[min(first.n, at)].row))
            }
        }
        guard !existing.isEmpty else { return }
        // On the roster merged into: the same id in capitals, or in another mix of cases.
        var onRoster: [String: String] = [:]
        for id in existing.keys where mayHaveTwin(id) { onRoster[id.uppercased()] = id }
        for (upper, first) in firstOf.sorted(by: { $0.value.n < $1.value.n }) {
            for twin in [upper, onRoster[upper]].compactMap({ $0 }) where twin != first.id && existing[twin] != nil && new[twin] == nil {
                throw rows[first.n].error("id", Catalog.caseTwin(first.id, twin, nil))
            }
        }
    }
}
