/// Everything one review round knows. A value: commands change it only through a `Transaction`,
/// which keeps what each change replaced so that a failing command leaves nothing behind and
/// undo costs what the command changed, not the size of the roster.
public struct Workspace: Codable, Sendable {
    public var settings: Settings
    public var units: [String: Unit] = [:]
    public var collectives: [String: Collective] = [:]
    public var members: [String: Member] = [:]
    /// Keyed by `Position.key`.
    public var positions: [String: Position] = [:]
    /// Keyed by member id.
    public var exclusions: [String: Exclusion] = [:]
    /// Keyed by `Review.key`.
    public var reviews: [String: Review] = [:]
    /// Keyed by `SubjectRef.key`.
    public var grades: [String: GradeSet] = [:]
    /// Keyed by `DisciplineRecord.key`.
    public var discipline: [String: DisciplineRecord] = [:]
    /// Keyed by `SubjectRef.key`.
    public var targets: [String: TargetRecord] = [:]
    /// What `cap` decided, keyed by `SubjectRef.key`.
    public var adjustments: [String: Adjustment] = [:]
    /// The province's criteria list (`load criteria`), keyed by `Criterion.key`; empty: the
    /// rulebook's default sheets.
    public var criteria: [String: Criterion] = [:]
    /// Criteria marks (`assess`), keyed by `Assessment.key`.
    public var assessments: [String: Assessment] = [:]
    /// Shortcomings the previous review pointed out, by `SubjectRef.key` (`load shortcomings`):
    /// printed on the subject's review form for it to report how they were remedied.
    public var shortcomings: [String: Shortcoming] = [:]
    public var audit: [AuditEntry] = []
    /// Named copies of the state (`snapshot NAME`), saved with the workspace. A snapshot holds
    /// no snapshots and no audit log of its own.
    public var snapshots: [String: Workspace] = [:]

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Whether `other` has this workspace's people (roster, units, collectives) and subjects
    /// (those and the positions): what a whole workspace put back (`restore`, its undo) leaves
    /// of the caches built on them. A snapshot taken before changes to grades shares those
    /// tables, and each comparison is then one of storage.
    public func samePeople(as other: Workspace) -> (people: Bool, subjects: Bool) {
        let people = members == other.members && units == other.units && collectives == other.collectives
        return (people, people && positions == other.positions)
    }

    /// The tables of records that differ from `other`'s, by their names in the file (the
    /// audit and the snapshots aside). A table one left alone shares the other's storage and
    /// compares at once.
    public func tablesDiffering(from other: Workspace) -> [String] {
        let tables: [(String, Bool)] = [
            ("units", units != other.units), ("collectives", collectives != other.collectives),
            ("members", members != other.members), ("positions", positions != other.positions),
            ("exclusions", exclusions != other.exclusions), ("reviews", reviews != other.reviews),
            ("grades", grades != other.grades), ("discipline", discipline != other.discipline),
            ("targets", targets != other.targets), ("adjustments", adjustments != other.adjustments),
            ("criteria", criteria != other.criteria), ("assessments", assessments != other.assessments),
            ("shortcomings", shortcomings != other.shortcomings),
        ]
        return tables.filter(\.1).map(\.0)
    }

    /// This workspace without its facts, for a ward loaded over it (`load demo --replace`,
    /// `generate ward --replace`): the settings, the snapshots and the audit log stay, as
    /// `restore` keeps them. A snapshot is the analyst's own work, not the ward's facts.
    public func emptiedOfFacts() -> Workspace {
        var fresh = Workspace(settings: settings)
        fresh.audit = audit
        fresh.snapshots = snapshots
        return fresh
    }

    /// Every stored field must be listed here (a test checks): the file keeps what it lists.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case settings, units, collectives, members, positions, exclusions, reviews, grades, discipline, targets
        case adjustments, audit, snapshots
        case criteria, assessments, shortcomings
    }

    /// A file saved by an older kd of the same format version lacks the tables added since:
    /// they read as empty, so a newer kd always opens what an older one saved. Wrong types are
    /// still errors.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        settings = try c.decodeIfPresent(Settings.self, forKey: .settings) ?? Settings()
        units = try c.decodeTable(forKey: .units) ?? [:]
        collectives = try c.decodeTable(forKey: .collectives) ?? [:]
        members = try c.decodeTable(forKey: .members) ?? [:]
        positions = try c.decodeTable(forKey: .positions) ?? [:]
        exclusions = try c.decodeTable(forKey: .exclusions) ?? [:]
        reviews = try c.decodeTable(forKey: .reviews) ?? [:]
        grades = try c.decodeTable(forKey: .grades) ?? [:]
        discipline = try c.decodeTable(forKey: .discipline) ?? [:]
        targets = try c.decodeTable(forKey: .targets) ?? [:]
        adjustments = try c.decodeTable(forKey: .adjustments) ?? [:]
        audit = try c.decodeIfPresent(forKey: .audit) ?? []
        snapshots = try c.decodeTable(forKey: .snapshots) ?? [:]
        criteria = try c.decodeTable(forKey: .criteria) ?? [:]
        assessments = try c.decodeTable(forKey: .assessments) ?? [:]
        shortcomings = try c.decodeTable(forKey: .shortcomings) ?? [:]
    }

    /// This state as a snapshot stores it.
    public var snapshotCopy: Workspace {
        var copy = self
        copy.snapshots = [:]
        copy.audit = []
        return copy
    }

    public var isEmpty: Bool {
        units.isEmpty && collectives.isEmpty && members.isEmpty && grades.isEmpty
    }
}

extension Workspace {
    /// The ids of members holding a position. For loops over many subjects: `exists(_:leaders:)`
    /// with this set once, instead of `exists(_:)` scanning the positions for each leader.
    public var leaderIDs: Set<String> { Set(positions.values.map(\.member)) }

    /// Whether a discipline record's subject (`DisciplineRecord.member`) is held: a member, or a
    /// unit or collective disciplined as a body (R124-ORG-DISCIPLINE). Any unit, graded or not:
    /// a record is kept, and a file opens, while what it names is there.
    public func holdsDisciplined(_ id: String) -> Bool {
        members.keys.contains(id) || units.keys.contains(id) || collectives.keys.contains(id)
    }

    public func exists(_ ref: SubjectRef, leaders: Set<String>) -> Bool {
        ref.cls == .leader ? members.keys.contains(ref.id) && leaders.contains(ref.id) : exists(ref)
    }

    /// Resolves the id of a subject of any class: member id, unit code or collective code.
    public func exists(_ ref: SubjectRef) -> Bool {
        switch ref.cls {
        case .member: return members.keys.contains(ref.id)
        case .leader: return members.keys.contains(ref.id) && positions.values.contains { $0.member == ref.id }
        case .organization: return units[ref.id].map(\.isGraded) ?? false
        case .collective: return collectives.keys.contains(ref.id)
        }
    }

    public func displayName(_ ref: SubjectRef) -> String {
        switch ref.cls {
        case .member, .leader: return members[ref.id]?.name ?? ref.id
        case .organization: return units[ref.id]?.name ?? ref.id
        case .collective: return collectives[ref.id]?.name ?? ref.id
        }
    }

    /// The latest grade stage present for the subject.
    public func effective(_ ref: SubjectRef) -> (stage: Stage, record: GradeRecord)? {
        grades[ref.key]?.effective
    }

    /// The final level: what `cap` set while the effective level is still the one it capped,
    /// otherwise the effective level.
    public func finalLevel(_ ref: SubjectRef) -> Level? {
        finalLevel(key: ref.key)
    }

    /// `finalLevel` of the subject with this key (`SubjectRef.key`), for callers that made it.
    public func finalLevel(key: String) -> Level? {
        guard let eff = grades[key]?.effectiveLevel else { return nil }
        if let adj = adjustments[key], adj.from == eff { return adj.to }
        return eff
    }

    /// The member id of anyone excluded, for any subject class of that person.
    public func exclusion(of ref: SubjectRef) -> Exclusion? {
        switch ref.cls {
        case .member, .leader: return exclusions[ref.id]
        default: return nil
        }
    }
}

extension KeyedDecodingContainer {
    func decodeIfPresent<T: Decodable>(forKey key: Key) throws -> T? {
        try decodeIfPresent(T.self, forKey: key)
    }

    /// A table, its records decoded in key order: JSONDecoder decodes a dictionary in its hash
    /// order, which changes from run to run, so a file with two bad records would name either.
    func decodeTable<V: Decodable>(forKey key: Key) throws -> [String: V]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let table = try nestedContainer(keyedBy: TableKey.self, forKey: key)
        var out: [String: V] = [:]
        for k in table.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            out[k.stringValue] = try table.decode(V.self, forKey: k)
        }
        return out
    }
}

/// Any key of a table.
struct TableKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
