/// One criterion of the province's scoring sheet under qd366: the points it carries within the
/// common criteria (30) or the task results (70).
public struct Weight: Codable, Hashable, Sendable {
    public enum Part: String, Codable, CaseIterable, Sendable { case common, results }
    public var criterion: String
    public var part: Part
    public var max: Points
    public init(criterion: String, part: Part, max: Points) {
        self.criterion = criterion
        self.part = part
        self.max = max
    }
}
