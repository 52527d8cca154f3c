/// The rulebooks kd knows, by the id `set rules` takes.
public enum RulebookID: String, CaseIterable, Codable, Sendable {
    /// Quy định 124-QĐ/TW (2023) as implemented by Kế hoạch 79-KH/ĐU.
    case qd124
    /// Quy định 366-QĐ/TW (2025), 100-point scores.
    case qd366
}
