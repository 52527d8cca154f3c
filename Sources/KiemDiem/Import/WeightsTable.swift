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
            try seen.add(Vietnamese.key(c), shown: c, r, column: "criterion")
            guard let part = try r.choice("part", Weight.Part.self, aliases: partAliases) else { throw r.error("part", Catalog.cellEmpty) }
            guard let max = try r.points("max") else { throw r.error("max", Catalog.cellEmpty) }
            out.append(Weight(criterion: c, part: part, max: max))
        }
        // Repeats were refused at their row above: what is left is the totals.
        if let problem = Weight.listProblem(out) {
            // The last row of the part that does not add up (a row per weight), not the file's.
            let off = QD366.partsOff(out.map { ($0.part == .results, $0.max) })?.part
            let row = out.indices.last { out[$0].part.rawValue == off }.map { table.rows[$0] } ?? table.rows.last
            throw KDError(problem, at: row.map { $0.location("max") } ?? SourceLocation(file: table.file, line: 1, column: 1))
        }
        return out
    }
}

extension RulesText {
    public static func weightsTotal(_ part: String, _ sum: Points, _ want: Points) -> Message {
        m("the \(part) criteria add up to \(sum) points; they must add up to \(want)",
          "các tiêu chí phần \(part) cộng lại \(sum.vietnamese) điểm; phải đúng \(want.vietnamese) điểm")
    }
    public static func sheetTotal(_ cls: SubjectClass, _ form: String, _ part: String, _ sum: Points, _ want: Points) -> Message {
        let t = weightsTotal(part, sum, want)
        return m("on the \(cls.rawValue) sheet (form \(form)) \(t.en) (QĐ366: 30 common + 70 results = 100)",
                 "phiếu \(cls.vietnamese.lowercased()) (mẫu \(form)): \(t.vi) (QĐ366: 30 điểm tiêu chí chung + 70 điểm kết quả = 100)")
    }
    public static func criterionNoMax(_ id: String) -> Message {
        m("criterion \(id) has no maximum: under qd366 every criterion is marked in points up to its max",
          "tiêu chí \(id) không có điểm tối đa: theo qd366 mỗi tiêu chí chấm điểm trong điểm tối đa của nó")
    }
    public static let criteriaNoMaxColumn = m("the file has no max column: under qd366 every criterion is marked in points up to its max (common criteria 30 + task results 70 = 100)",
                                              "tệp không có cột max (điểm tối đa): theo qd366 mỗi tiêu chí chấm điểm trong điểm tối đa của nó (tiêu chí chung 30 + kết quả 70 = 100)")
}
