/// `set weights FILE`: the province's sub-weights of the 30 common and 70 results points
/// (criterion, part, max). The totals must be exactly 30 and 70 [QĐ366 Đ10].
public enum WeightsTable {
    public static let schema = TableSchema("weights", [
        .req("criterion", "tiêu chí"), .req("part", "phần", "nhóm"), .req("max", "điểm tối đa", "điểm"),
    ])
    static let partAliases: [String: Weight.Part] = ["chung": .common, "tiêu chí chung": .common, "kết quả": .results]

    public static func read(path: String, display: String) throws -> [Weight] {
        try weights(Table.read(path: path, display: display, schema: schema))
    }

    public static func weights(_ table: Table) throws -> [Weight] {
        var out: [Weight] = []
        var seen = SeenIds()
        for r in table.rows {
            let c = try r.required("criterion")
            try seen.add(Vietnamese.key(c), r, column: "criterion")
            guard let part = try r.choice("part", Weight.Part.self, aliases: partAliases) else { throw r.error("part", Catalog.cellEmpty) }
            guard let max = try r.points("max") else { throw r.error("max", Catalog.cellEmpty) }
            out.append(Weight(criterion: c, part: part, max: max))
        }
        let last = table.rows.last
        for (part, want) in [(Weight.Part.common, QD366.maxCommon), (.results, QD366.maxResults)] {
            let sum = out.filter { $0.part == part }.reduce(Points(hundredths: 0)) { $0 + $1.max }
            if sum != want {
                let at = last.map { $0.location("max") } ?? SourceLocation(file: table.file, line: 1, column: 1)
                throw KDError(RulesText.weightsTotal(part.rawValue, sum, want), at: at)
            }
        }
        return out
    }
}

extension RulesText {
    public static func weightsTotal(_ part: String, _ sum: Points, _ want: Points) -> Message {
        m("the \(part) criteria add up to \(sum) points; they must add up to \(want)",
          "các tiêu chí phần \(part) cộng lại \(sum) điểm; phải đúng \(want) điểm")
    }
}
