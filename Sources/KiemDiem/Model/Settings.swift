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
    /// qd366: the province's sub-weights of the 30 + 70 points (`set weights FILE`).
    public var weights: [Weight]

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
        self.weights = []
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, year, rules, asOf, quota, quotaBase, quotaGroups, headCap, deadlines, weights
    }

    /// The years and quota rates `set` takes, and so what `open` takes from a file.
    public static let years = 1990...2100
    public static let quotas = 0...100

    /// Settings added by a newer kd take their defaults when an older file lacks them. `year`
    /// and `rules` are in every file kd has written (5e7c327 on): a missing one is an error,
    /// not qd124 2023 silently (a qd366 round graded by the wrong rulebook). A value `set`
    /// refuses is refused here too: a quota of -5 or a year past 2200 crashed kd later.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Settings()
        title = try c.decodeIfPresent(forKey: .title)
        year = try c.decode(Int.self, forKey: .year)
        rules = try c.decode(String.self, forKey: .rules)
        asOf = try c.decodeIfPresent(forKey: .asOf)
        quota = try c.decodeIfPresent(forKey: .quota) ?? d.quota
        quotaBase = try c.decodeIfPresent(forKey: .quotaBase) ?? d.quotaBase
        quotaGroups = try c.decodeIfPresent(forKey: .quotaGroups) ?? d.quotaGroups
        headCap = try c.decodeIfPresent(forKey: .headCap) ?? d.headCap
        deadlines = try c.decodeIfPresent(forKey: .deadlines) ?? d.deadlines
        weights = try c.decodeIfPresent(forKey: .weights) ?? d.weights
        if let p = problem { throw BadValue.at(p.key, in: c, p.message) }
    }

    /// The first setting `set` would not take, with what is wrong with it.
    public var problem: (key: CodingKeys, message: Message)? {
        if !Settings.years.contains(year) { return (.year, Catalog.settingOutOfRange("year", year, Settings.years)) }
        if RulebookID(rawValue: rules) == nil { return (.rules, Catalog.notOneOf(rules, RulebookID.allCases.map(\.rawValue))) }
        if !Settings.quotas.contains(quota) { return (.quota, Catalog.settingOutOfRange("quota", quota, Settings.quotas)) }
        if let k = quotaGroups.keys.sorted().first(where: { SubjectClass(rawValue: $0) == nil }) {
            return (.quotaGroups, Catalog.notOneOf(k, SubjectClass.allCases.map(\.rawValue)))
        }
        if !weights.isEmpty, let w = Weight.listProblem(weights) { return (.weights, w) }
        return nil
    }

    public func quotaGrouping(for cls: SubjectClass) -> QuotaGrouping {
        quotaGroups[cls.rawValue] ?? .class
    }
}
