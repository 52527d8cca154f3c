/// The keys each object of a workspace file may hold. JSONDecoder passes over a key a type
/// does not know, so a hand-edited `"Decided"` (for `"decided"`) or an added `"final"` opened
/// without a word and the next save dropped it for good; `open` refuses such a key instead
/// (JSONKeys). The record keys are the fast reader's own field lists, so the two readers take
/// the same keys.
///
/// Keys of earlier kd: none to accept. `git log -p -- Sources/KiemDiem/Model Sources/KiemDiem/
/// Persistence` from the first commit (5e7c327) on shows fields added (settings.weights,
/// criteria, assessments, shortcomings, snapshots, …) but none renamed or dropped; a key kd
/// drops or renames later must be added here, with the commit that wrote it.
indirect enum KeySchema {
    /// A record: only these keys, some holding objects of their own.
    case record(Set<String>, [String: KeySchema])
    /// A table keyed by id, or a list: every value alike.
    case each(KeySchema)
    /// A workspace kept in `snapshots` (no envelope), named so the schema can nest itself.
    case snapshot

    /// What the value under `key` holds; nil where any key goes (extra attributes, deadlines).
    func value(_ key: String) -> KeySchema? {
        switch self {
        case .record(_, let nested): return nested[key]
        case .each(let s): return s
        case .snapshot: return WorkspaceKeys.snapshot.value(key)
        }
    }

    /// Whether an object of this schema may hold `key`.
    func allows(_ key: String) -> Bool {
        switch self {
        case .record(let keys, _): return keys.contains(key)
        case .each: return true
        case .snapshot: return WorkspaceKeys.snapshot.allows(key)
        }
    }
}

enum WorkspaceKeys {
    typealias R = WorkspaceReader
    /// The whole file: a workspace with its envelope.
    static let file = workspace(envelope: true)
    static let snapshot = workspace(envelope: false)
    static let settings: KeySchema = .record(Set(Settings.CodingKeys.allCases.map(\.stringValue)),
                                             ["weights": .each(record(Weight.CodingKeys.allCases.map(\.stringValue)))])

    private static func record(_ names: [String], _ nested: [String: KeySchema] = [:]) -> KeySchema {
        .record(Set(names), nested)
    }

    private static func workspace(envelope: Bool) -> KeySchema {
        let grade = record(R.gradeFields.strings)
        let tables: [Workspace.CodingKeys: KeySchema] = [
            .settings: settings,
            .units: .each(record(R.unitFields.strings)),
            .collectives: .each(record(R.collectiveFields.strings)),
            .members: .each(record(R.memberFields.strings)),
            .positions: .each(record(R.positionFields.strings)),
            .exclusions: .each(record(R.exclusionFields.strings)),
            .reviews: .each(record(R.reviewFields.strings)),
            .grades: .each(.record(Set(R.gradeSetFields.strings), Dictionary(uniqueKeysWithValues: R.gradeSetFields.strings.map { ($0, grade) }))),
            .discipline: .each(record(R.disciplineFields.strings)),
            .targets: .each(record(R.targetFields.strings)),
            .adjustments: .each(record(R.adjustmentFields.strings, ["reason": record(R.messageFields.strings)])),
            .audit: .each(record(R.auditFields.strings)),
            .snapshots: .each(.snapshot),
            .criteria: .each(record(R.criterionFields.strings)),
            .assessments: .each(record(R.assessmentFields.strings)),
            .shortcomings: .each(record(R.shortcomingFields.strings)),
        ]
        // Every stored field has its schema (the switch in WorkspaceReader.workspace lists them).
        precondition(tables.count == Workspace.CodingKeys.allCases.count)
        let names = Workspace.CodingKeys.allCases.map(\.stringValue) + (envelope ? ["format", "version"] : [])
        return .record(Set(names), Dictionary(uniqueKeysWithValues: tables.map { ($0.key.stringValue, $0.value) }))
    }
}
