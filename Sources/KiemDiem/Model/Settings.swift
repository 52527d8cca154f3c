/// The settings a workspace remembers (saved with it). Shell-only settings (lang, color, bail,
/// echo, timer) live in the shell session.
public struct Settings: Codable, Hashable, Sendable {
    public enum QuotaBase: String, Codable, CaseIterable, Sendable {
        case good, goodOrBetter = "good-or-better"
    }
    public enum QuotaGrouping: String, Codable, CaseIterable, Sendable { case `class`, unit }

    public var title: String?
    public var year: Int
    /// Rulebook id: `qd124` or `qd366`.
    public var rules: String
    /// The reference date for R-EXCL-NEW, R-NOGRADE-*-NEW and deadlines.
    public var asOf: Day?
    /// R-QUOTA rate in whole percent.
    public var quota: Int
    public var quotaBase: QuotaBase
    /// Per subject class: one quota group for the class, or one per unit.
    public var quotaGroups: [String: QuotaGrouping]
    public var headCap: Bool
    /// Deadline overrides by name (`review`, `report`, `upper`); rulebook defaults otherwise.
    public var deadlines: [String: Day]

    public init(title: String? = nil, year: Int = 2023, rules: String = "qd124") {
        self.title = title
        self.year = year
        self.rules = rules
        self.asOf = nil
        self.quota = 20
        self.quotaBase = .good
        self.quotaGroups = [:]
        self.headCap = true
        self.deadlines = [:]
    }

    public func quotaGrouping(for cls: SubjectClass) -> QuotaGrouping {
        quotaGroups[cls.rawValue] ?? .class
    }
}
