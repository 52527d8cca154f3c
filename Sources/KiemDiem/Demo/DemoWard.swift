/// The embedded demonstration ward: fictional people, loaded through the same loaders as files.
public enum DemoWard {
    /// The demo's CSV texts per kind, in load order. Other areas append kinds (reviews, grades).
    public static let files: [(kind: String, text: String)] = [
        ("units", DemoData.units), ("collectives", DemoData.collectives), ("roster", DemoData.roster),
        ("positions", DemoData.positions), ("discipline", DemoData.discipline), ("targets", DemoData.targets),
        ("reviews", DemoRound.reviews), ("grades", DemoRound.grades),
    ]

    /// The demo's dates are designed around this reference date of the 2023 round.
    public static let asOf = Day(year: 2023, month: 11, day: 26)!

    /// Loads every demo file into the transaction; returns one summary line per file.
    public static func load(into tx: Transaction) throws -> [Message] {
        var out: [Message] = []
        for (kind, text) in files {
            guard let k = LoadKind.named(kind) else { continue }
            let name = "demo/\(kind).csv"
            let table = try Table.parse(text, file: name, schema: k.schema)
            let n = try k.load(table, tx, .replace)
            out.append(Catalog.loadedDemo(k.noun(n), kind))
        }
        return out
    }
}
