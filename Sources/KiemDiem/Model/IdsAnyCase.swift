/// A table's ids found without regard to case, as README promises (`p001` finds P001): the id
/// as stored, else the ids equal to it in capitals. The text's spellings in each case are
/// tried first (`p1`, `P1`: a few probes, where a pass over a national roster would cost more
/// than a command). A text of too many letters falls back to an index of the ids not stored
/// in capitals, from one pass over the ids' bytes (`IdCase.mayHaveTwin`), kept for a file's
/// later rows.
public struct IdsAnyCase {
    private var others: [String: [String]]?

    public init() {}

    /// The stored ids `text` names: itself, or those equal to it ignoring case (one, unless the
    /// table holds ids that differ only in case, which loads refuse).
    public mutating func ids<V>(_ text: String, in table: [String: V]) -> [String] {
        if table.keys.contains(text) { return [text] }
        if let spellings = Self.spellings(text) { return spellings.filter { $0 != text && table.keys.contains($0) } }
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

    /// Every spelling of `text` in upper and lower case, letter by letter (`p1` → P1, p1),
    /// sorted; nil when a letter's case is not one letter (ß) or there would be more than 64.
    static func spellings(_ text: String) -> [String]? {
        var out = [""]
        for ch in text {
            var forms = [String(ch)]
            for f in [ch.lowercased(), ch.uppercased()] where !forms.contains(f) { forms.append(f) }
            guard forms.allSatisfy({ $0.count == 1 }), out.count * forms.count <= 64 else { return nil }
            out = out.flatMap { p in forms.map { p + $0 } }
        }
        return out.sorted()
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
