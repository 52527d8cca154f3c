/// A table's ids found without regard to case, as README promises (`p001` finds P001): the id
/// as stored, else the ids equal to it in capitals. Most ids are stored in capitals; only the
/// others are indexed, from one pass over the ids' bytes (`IdCase.mayHaveTwin`), on the first
/// text not stored as typed, and kept for a file's later rows.
public struct IdsAnyCase {
    private var others: [String: [String]]?

    public init() {}

    /// The stored ids `text` names: itself, or those equal to it ignoring case (one, unless the
    /// table holds ids that differ only in case, which loads refuse).
    public mutating func ids<V>(_ text: String, in table: [String: V]) -> [String] {
        if table.keys.contains(text) { return [text] }
        let upper = IdCase.upper(text)
        let o = others ?? Self.index(table)
        others = o
        return (table.keys.contains(upper) ? [upper] : []) + (o[upper] ?? [])
    }

    /// The one stored id `text` names; nil where none or several do.
    public mutating func id<V>(_ text: String, in table: [String: V]) -> String? {
        let found = ids(text, in: table)
        return found.count == 1 ? found[0] : nil
    }

    static func index<V>(_ table: [String: V]) -> [String: [String]] {
        var o: [String: [String]] = [:]
        for id in table.keys where IdCase.mayHaveTwin(id) {
            let upper = id.uppercased()
            if upper != id { o[upper, default: []].append(id) }
        }
        for k in o.keys { o[k]!.sort() }
        return o
    }
}
