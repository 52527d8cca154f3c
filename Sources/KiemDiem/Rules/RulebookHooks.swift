/// The level a score gives, and the ceilings that lowered it below its band.
public struct Derivation: Sendable {
    public var total: Points
    public var band: Level
    public var ceilings: [Ceiling]
    public var level: Level
}

/// Defaults of the hooks qd366 added: what qd124 did before them.
extension Rulebook {
    public func bodyName(_ b: GradingBody) -> Message { RulesText.body(b) }
    public func quotaRate(_ f: WardFacts, group: String) -> (rate: Int, reason: Message?) { (f.ws.settings.quota, nil) }
    /// A score its own parts contradict, which would rank the quota (R-QUOTA): `grade` and
    /// `load grades` refuse one, but a workspace of an older kd or edited by hand may hold it.
    /// Any stage's: the quota ranks on the latest score given, which need not be the effective
    /// record's (a decision without a score ranks on the proposal's).
    public func findings(_ f: WardFacts, _ ref: SubjectRef) -> [Finding] {
        guard let set = f.ws.grades[ref.key],
              let (stage, p) = [Stage.decided, .proposed, .self].lazy.compactMap({ s in set[s]?.pairProblem.map { (s, $0) } }).first
        else { return [] }
        return [Finding(rule: "R-QUOTA", subject: ref, problem: RulesText.scoreContradicted(stage, p.message),
                        fix: RulesText.fixScoreParts(f.typed(ref), ref.cls == .leader))]
    }
    public var personalTargets: Bool { false }
    /// qd124 scores nothing, but common and results are a pair, and the score their sum, under
    /// any rulebook: one alone was kept and never shown, and turned into a broken score under qd366.
    public func scoreProblem(_ g: GradeRecord) -> (field: String, message: Message)? { g.pairProblem }
    public func derive(_ f: WardFacts, _ ref: SubjectRef, _ g: GradeRecord) -> Derivation? { nil }
    public func scoreBand(_ grades: GradeSet?) -> Ceiling? { nil }
    public func factRule(_ fact: String) -> String {
        switch fact {
        case "discipline": return "R124-DISCIPLINE"
        case "decline": return "R124-DECLINE"
        case "org-discipline": return "R124-ORG-DISCIPLINE"
        default: return "R124-TARGETS"
        }
    }
    public func targetFact(_ t: TargetRecord) -> Message { RulesText.targetFact(t) }
    public func disciplineFact(_ d: DisciplineRecord, counts: Bool, year: Int) -> Message {
        RulesText.record(d, counts: counts, year: year)
    }
}

extension GradeRecord {
    /// The total score: `score`, or common + results when both are given.
    public var total: Points? {
        if let s = score { return s }
        if let c = common, let r = results { return c + r }
        return nil
    }
}

extension WardFacts {
    /// R-AUTHORITY's message, naming the bodies as the rulebook does.
    func authorityText(_ by: GradingBody, _ c: GradingBody) -> Message {
        RulesText.noAuthority(named: book.bodyName(by), book.bodyName(c))
    }
}

extension GradeRecord {
    /// `common` without `results`, or the other way round, or a score that is not their sum: the
    /// score is their sum under any rulebook (qd124's quota ranked a score of 95 whose parts
    /// made 80).
    var pairProblem: (field: String, message: Message)? {
        if common != nil && results == nil { return ("common", RulesText.scorePair("common", "results")) }
        if results != nil && common == nil { return ("results", RulesText.scorePair("results", "common")) }
        if let s = score, let c = common, let r = results, s != c + r { return ("score", RulesText.scoreSum(s, c, r)) }
        return nil
    }
}
