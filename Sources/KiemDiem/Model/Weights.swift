/// One criterion of the province's scoring sheet under qd366: the points it carries within the
/// common criteria (30) or the task results (70).
public struct Weight: Codable, Hashable, Sendable {
    public enum Part: String, Codable, CaseIterable, Sendable { case common, results }
    public var criterion: String
    public var part: Part
    public var max: Points
    enum CodingKeys: String, CodingKey, CaseIterable { case criterion, part, max }
    public init(criterion: String, part: Part, max: Points) {
        self.criterion = criterion
        self.part = part
        self.max = max
    }
}

extension Weight {
    /// What `set weights` requires of a list, and `open` of a file's: each criterion once (as
    /// typed names fold), the common criteria adding up to 30 points and the results to 70
    /// [QĐ366 Đ10].
    public static func listProblem(_ list: [Weight]) -> Message? {
        var seen = Set<String>()
        if let w = list.first(where: { !seen.insert(Vietnamese.key($0.criterion)).inserted }) {
            return Catalog.weightTwice(w.criterion)
        }
        if let off = QD366.partsOff(list.map { ($0.part == .results, $0.max) }) {
            return RulesText.weightsTotal(off.part, off.sum, off.want)
        }
        return nil
    }
}
