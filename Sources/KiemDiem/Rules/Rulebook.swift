/// One rule: its id (domain.md) and the paragraph of the source it implements.
public struct RuleInfo: Hashable, Sendable {
    public var id: String
    public var source: String
    public init(_ id: String, _ source: String) {
        self.id = id
        self.source = source
    }
}

/// A lowered maximum for one subject, with the rule that sets it.
public struct Ceiling: Hashable, Sendable {
    public var rule: String
    public var level: Level
    public var reason: Message
    public init(rule: String, level: Level, reason: Message) {
        self.rule = rule
        self.level = level
        self.reason = reason
    }
}

/// A year's rules. Everything that differs between rounds lives behind this protocol, so a new
/// round (qd366) is one new file conforming to it plus one line in `Rulebooks.book(for:)`.
public protocol Rulebook: Sendable {
    var id: RulebookID { get }
    var title: Message { get }
    /// Levels from best to worst.
    var levels: [Level] { get }
    /// Review forms this round uses.
    var forms: [String] { get }
    /// The form a subject's review uses (R-FORM).
    func form(for subject: SubjectRef, isLeader: Bool, outside: Bool) -> String
    var defaultQuota: Int { get }
    var defaultQuotaBase: Settings.QuotaBase { get }
    /// Deadlines (`review`, `report`, `upper`) of a year's round.
    func defaultDeadlines(year: Int) -> [String: Day]
    /// Every rule this rulebook applies, with its source paragraph.
    var rules: [RuleInfo] { get }
    /// The hard ceilings (facts about the subject itself: discipline, decline, targets…).
    func hardCeilings(_ facts: WardFacts, _ ref: SubjectRef) -> [Ceiling]
    /// Where a leader is reviewed besides their cell (R-VENUE-LEADER). Default: plan II.2.1.1.
    func leaderVenues(_ facts: WardFacts, _ member: String) -> [String]
    /// Who decides a subject's grade (R-AUTHORITY). Default: plan V.
    func competentBody(_ facts: WardFacts, _ ref: SubjectRef) -> GradingBody
    /// The contents a review form asks for (plan II.3). Default: the plan's (RulebookCriteria.swift).
    func reviewContents(_ kind: ReviewFormKind) -> [FormSection]
    /// How criteria are marked, the default criteria sheets (plan IV), the sheet a subject is
    /// rated on, the level its marks support and the rule that compares it. Defaults: QĐ124.
    var criteriaScale: CriteriaScale { get }
    var criteriaRule: String { get }
    func defaultCriteria(_ settings: Settings) -> [Criterion]
    func criteriaForm(_ facts: WardFacts, _ ref: SubjectRef) -> String
    func criteriaLevel(_ sheet: [Criterion], _ marks: [String: Mark]) -> CriteriaVerdict
    /// What keeps a province's criteria list (`load criteria`) from being this round's sheets;
    /// nil when it fits. Default (QĐ124, ratings): nothing, any list is rated.
    func criteriaListProblem(_ list: [Criterion]) -> CriteriaListProblem?
    // Hooks added for qd366 (Rules/RulebookHooks.swift gives the defaults that keep qd124 as it was).
    /// How a grading body is named (the upper level differs between rounds).
    func bodyName(_ b: GradingBody) -> Message
    /// The quota rate (percent) of one quota group, and why it differs from the setting, if it does.
    func quotaRate(_ facts: WardFacts, group: String) -> (rate: Int, reason: Message?)
    /// Findings of this round beyond the shared ones (warnings for the committee to weigh).
    func findings(_ facts: WardFacts, _ ref: SubjectRef) -> [Finding]
    /// Whether a person's own task record (targets row of a member) counts.
    var personalTargets: Bool { get }
    /// What is wrong with a grade's scores: the field (`score`, `common`, `results`) and why.
    func scoreProblem(_ g: GradeRecord) -> (field: String, message: Message)?
    /// The level a grade's score gives (band, then the conditions and ceilings); nil when the round
    /// has no score bands.
    func derive(_ facts: WardFacts, _ ref: SubjectRef, _ g: GradeRecord) -> Derivation?
    /// The ceiling of the score a subject's grades give (the latest stage's); nil when the round
    /// has no score bands or the grades no score.
    func scoreBand(_ grades: GradeSet?) -> Ceiling?
    /// The rule id `why` cites for a fact: `discipline`, `decline`, `targets`.
    func factRule(_ fact: String) -> String
    func targetFact(_ t: TargetRecord) -> Message
    func disciplineFact(_ d: DisciplineRecord, counts: Bool, year: Int) -> Message
}

extension Rulebook {
    public func leaderVenues(_ facts: WardFacts, _ member: String) -> [String] { facts.planLeaderVenues(member) }
    public func competentBody(_ facts: WardFacts, _ ref: SubjectRef) -> GradingBody { facts.planCompetentBody(ref) }
    public func rule(_ id: String) -> RuleInfo? { rules.first { $0.id == id } }
    public func source(_ id: String) -> String { rule(id)?.source ?? "" }
}

public enum Rulebooks {
    /// The rulebook a workspace's `settings.rules` names; nil while that round is not written yet.
    public static func book(for id: RulebookID) -> (any Rulebook)? {
        switch id {
        case .qd124: return QD124()
        case .qd366: return QD366()
        }
    }

    public static func book(for settings: Settings) -> (any Rulebook)? {
        RulebookID(rawValue: settings.rules).flatMap { book(for: $0) }
    }

    /// Every deadline in force: the rulebook's for the round's year, unless set by hand, and
    /// those of the user's own.
    public static func deadlinesInForce(_ settings: Settings) -> [String: Day] {
        var dates = book(for: settings)?.defaultDeadlines(year: settings.year) ?? [:]
        for (k, d) in settings.deadlines { dates[k] = d }
        return dates
    }
}
