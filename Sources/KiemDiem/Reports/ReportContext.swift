/// What a report is built from: the workspace, and what the rulebook has worked out (findings,
/// the review plan, deadlines). The shell asks the rulebook and passes the results in, so that no
/// report computes a rule.
public struct ReportContext {
    public var workspace: Workspace
    public var findings: [Finding]
    public var reviewPlan: [PlanRow]
    public var deadlines: [DeadlineRow]
    public var filter: ReportFilter
    /// Subjects the rulebook says are not graded, by subject key: excluded (R-EXCL-*, with the
    /// reason, whether or not `exclude` recorded it yet) or reviewed but not graded (R-NOGRADE-*).
    public var blocked: [String: SubjectBlock]
    /// `blocked` holds the rulebook's answer for every subject (recorded exclusions included),
    /// so a subject missing from it is graded: no second lookup.
    public var blockedByRules = false
    /// The rulebook's answer asked subject by subject, in place of `blocked`, for a report that
    /// asks about each subject once (the summary): filling `blocked` first took a pass over
    /// every subject of its own. It may be asked from two threads at once.
    public var blockOf: ((SubjectRef) -> SubjectBlock?)?
    /// The same answer for a member whose roster fields the caller holds
    /// (`WardFacts.memberBlock`): the summary then counts the members in one pass over the
    /// roster instead of looking each one up. May be asked from two threads at once.
    public var memberBlockOf: ((String, Member.Status, Day?) -> SubjectBlock?)?
    /// Whether a person holding a post has no leader grade because the rulebook grades them as a
    /// member only (a cell secretary: plan V.2 names no cell post), so the summary does not call
    /// them "no grade yet". `WardFacts.standsInForLeader`; may be asked from two threads at once.
    public var gradedAsMemberOnly: ((String) -> Bool)?
    /// Every member id in the reports' order of people (`Reports.inNameOrder`), where the shell
    /// keeps it for this workspace; nil = sort here.
    public var peopleInNameOrder: (() -> [String])?
    /// Whether the report will be drawn in html, the one format with charts: the others skip
    /// building the per-cell chart (a pass over every member).
    public var drawsCharts = true
    /// For the document's upper-level rows: the level `cap` would give now where it is not the
    /// level recorded, and the rule that lowers it (nil where cap would undo an old adjustment).
    public var pendingCap: [String: (level: Level, rule: String?)] = [:]
    /// How many subjects in all `cap` would still change.
    public var pendingCapCount = 0
    /// Each of them, by subject key: the level cap would give and its rule (nil where it would
    /// undo an old adjustment), for the document's section IV.
    public var pendingChanges: [String: (level: Level, rule: String?)] = [:]
    /// Quota groups with a tie across the cut that kd does not decide (R-QUOTA): the document
    /// says so where it shows the tally, for the committee to decide.
    public var quotaTies: [QuotaGroup] = []
    /// The language the reader asked for (`--lang`): prose that has no code of its own (cap's
    /// reasons) is written in it by csv, which otherwise writes codes.
    public var lang: Language = .en
    /// The reference date the rules use (`ReferenceDate`); nil without a rulebook.
    public var rulesDate: Day?

    public init(workspace: Workspace, findings: [Finding] = [], reviewPlan: [PlanRow] = [],
                deadlines: [DeadlineRow] = [], filter: ReportFilter = ReportFilter(), blocked: [String: SubjectBlock] = [:]) {
        self.workspace = workspace
        self.blocked = blocked
        self.findings = findings
        self.reviewPlan = reviewPlan
        self.deadlines = deadlines
        self.filter = filter
    }

    /// Why the subject is not graded: the rulebook's answer, else a recorded exclusion.
    public func block(_ ref: SubjectRef) -> SubjectBlock? {
        block(ref, key: ref.key)
    }

    func block(_ ref: SubjectRef, key: String) -> SubjectBlock? {
        if let blockOf { return blockOf(ref) }
        if let b = blocked[key] { return b }
        if blockedByRules { return nil }
        return workspace.exclusion(of: ref).map { SubjectBlock(rule: $0.rule ?? "exclude", reason: $0.reason) }
    }

    /// The final level a report shows: none for a subject that is not graded.
    public func final(_ ref: SubjectRef) -> Level? {
        block(ref) == nil ? workspace.finalLevel(ref) : nil
    }

    /// `block` and `final` together, the block looked up once (summaries count every subject).
    /// The subject's key is made once for the three tables it looks in.
    public func standing(_ ref: SubjectRef) -> (block: SubjectBlock?, final: Level?) {
        let key = ref.key
        let b = block(ref, key: key)
        return (b, b == nil ? workspace.finalLevel(key: key) : nil)
    }

    /// Rule ids of the findings on each subject, sorted and without repeats.
    public var findingsBySubject: [String: [String]] {
        var out: [String: Set<String>] = [:]
        for f in findings { out[f.subject.key, default: []].insert(f.rule) }
        return out.mapValues { $0.sorted() }
    }
}

/// `--unit`, `--class`, `--level`.
public struct ReportFilter: Sendable {
    public var unit: String?
    public var cls: SubjectClass?
    public var level: Level?
    public init(unit: String? = nil, cls: SubjectClass? = nil, level: Level? = nil) {
        self.unit = unit
        self.cls = cls
        self.level = level
    }
}

/// One review a subject owes (R-VENUE-*), and whether it is recorded.
public struct PlanRow: Sendable {
    public var subject: SubjectRef
    public var venue: String
    public var rule: String
    public var done: Bool
    public var date: Day?
    /// The review form the rulebook asks for (R-FORM).
    public var form: String
    public init(subject: SubjectRef, venue: String, rule: String, done: Bool, date: Day? = nil, form: String = "") {
        self.subject = subject
        self.form = form
        self.venue = venue
        self.rule = rule
        self.done = done
        self.date = date
    }
}

/// One deadline of the round: the rulebook's default or a `set deadline` override.
public struct DeadlineRow: Sendable {
    public var name: String
    public var what: Message
    public var date: Day
    public var overridden: Bool
    public init(name: String, what: Message, date: Day, overridden: Bool) {
        self.name = name
        self.what = what
        self.date = date
        self.overridden = overridden
    }
}

/// Why a subject is not graded: `reason` is set when the person is excluded (R-EXCL-*, or by hand),
/// nil when the subject is reviewed but not graded (R-NOGRADE-*).
public struct SubjectBlock: Hashable, Sendable {
    public var rule: String
    public var reason: Exclusion.Reason?
    public init(rule: String, reason: Exclusion.Reason?) {
        self.rule = rule
        self.reason = reason
    }
}
