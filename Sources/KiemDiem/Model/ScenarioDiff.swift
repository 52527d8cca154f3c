import Foundation

/// What differs between two states of a workspace: final levels, exclusions, counts per level.
public struct ScenarioDiff {
    public struct LevelChange: Hashable {
        public var subject: SubjectRef
        public var before: Level?
        public var after: Level?
    }
    public struct ExclusionChange: Hashable {
        public var member: String
        public var before: Exclusion.Reason?
        public var after: Exclusion.Reason?
    }
    /// Per class: how many subjects hold each final level (nil = not graded, as `report summary`
    /// counts it), before and after; the excluded are not counted.
    public struct Counts: Hashable {
        public var cls: SubjectClass
        public var before: [Level?: Int]
        public var after: [Level?: Int]
    }

    /// Settings that differ, by their JSON key: (key, before, after).
    public var settings: [(key: String, before: String, after: String)] = []
    public var levels: [LevelChange] = []
    public var exclusions: [ExclusionChange] = []
    public var counts: [Counts] = []
    /// The tables of records that differ (data.md §3's names), whatever the levels show: a
    /// decline flagged, a review recorded. `restore` would take them back too.
    public var records: [String] = []
    public var isEmpty: Bool { levels.isEmpty && exclusions.isEmpty && settings.isEmpty && records.isEmpty }

    /// Ctrl-C (`Interrupt`) stops it part-way: the caller throws such a diff away.
    public init(from old: Workspace, to new: Workspace) {
        let a = ScenarioDiff.flatten(old.settings), b = ScenarioDiff.flatten(new.settings)
        for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
            settings.append((key, a[key] ?? "-", b[key] ?? "-"))
        }
        let finalOld = FinalLevels(old), finalNew = FinalLevels(new)
        let leadersOld = old.leaderIDs, leadersNew = new.leaderIDs  // once, not a positions scan per leader
        for cls in SubjectClass.allCases {
            let refs = Set(old.allSubjects(cls)).union(new.allSubjects(cls))  // counted; the changes are put in order below
            var before: [Level?: Int] = [:], after: [Level?: Int] = [:]
            var changes: [SubjectRef: LevelChange] = [:]
            for (n, r) in refs.enumerated() {
                if Interrupt.stops(at: n) { return }
                // A subject gone is `-`, though a grade of it stays (a leader grade after their
                // post was removed): the counts do not hold it either.
                let inOld = old.exists(r, leaders: leadersOld), inNew = new.exists(r, leaders: leadersNew)
                let a = inOld ? finalOld(r) : nil, b = inNew ? finalNew(r) : nil
                if inOld && !finalOld.isExcluded(r) { before[a, default: 0] += 1 }
                if inNew && !finalNew.isExcluded(r) { after[b, default: 0] += 1 }
                if a != b { changes[r] = LevelChange(subject: r, before: a, after: b) }
            }
            levels += ScenarioDiff.shown(Array(changes.keys), old, new).map { changes[$0]! }
            counts.append(Counts(cls: cls, before: before, after: after))
        }
        // As the rules have it, not as recorded: `include` of a member the roster shows exempt
        // changes the record but not the exclusion, and a roster change can exclude without one.
        // A member whose record and exclusion are the same under the same settings has the same
        // answer: only the others are asked (a national roster is millions of members).
        // Most scenario steps leave the roster and the exclusions as they were: the tables then
        // share their storage with the snapshot's, and comparing them is immediate.
        let sameRules = old.settings == new.settings
        var changed: [String] = []
        if !(sameRules && old.members == new.members && old.exclusions == new.exclusions) {
            changed = old.members.keys.filter { new.members[$0] == nil }
            for (n, id) in new.members.keys.enumerated() {
                if Interrupt.stops(at: n) { return }
                if sameRules && old.members[id] == new.members[id] && old.exclusions[id] == new.exclusions[id] { continue }
                changed.append(id)
            }
        }
        // Only the members whose exclusion differs are put in order (by name, as the reports).
        var moved: [String: ExclusionChange] = [:]
        for (n, id) in changed.enumerated() {
            if Interrupt.stops(at: n) { return }
            let a = old.members[id] == nil ? nil : finalOld.exclusionReason(id)
            let b = new.members[id] == nil ? nil : finalNew.exclusionReason(id)
            if a != b { moved[id] = ExclusionChange(member: id, before: a, after: b) }
        }
        exclusions = ScenarioDiff.shown(moved.keys.map { SubjectRef(.member, $0) }, old, new).map { moved[$0.id]! }
        records = new.tablesDiffering(from: old)
    }

    /// Subjects of one class in the reports' order (`Subjects.all`): people by name, the
    /// committee before its cells; each as the new workspace has it, else as the old one did.
    static func shown(_ refs: [SubjectRef], _ old: Workspace, _ new: Workspace) -> [SubjectRef] {
        guard let cls = refs.first?.cls else { return [] }
        switch cls {
        case .member, .leader:
            let ids = Set(refs.map(\.id))
            let kept = ids.filter { new.members[$0] != nil }
            return (Subjects.people(new, kept) + Subjects.people(old, ids.subtracting(kept))).map { SubjectRef(cls, $0) }
        case .organization:
            func place(_ r: SubjectRef) -> (Int, String) { Subjects.unitPlace((new.units[r.id] ?? old.units[r.id])?.kind, r.id) }
            return refs.sorted { place($0) < place($1) }
        case .collective:
            return refs.sorted()
        }
    }

    /// Settings as `key` → JSON text of the value, nested keys joined with a dot.
    static func flatten(_ s: Settings) -> [String: String] {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? enc.encode(s), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        func walk(_ prefix: String, _ v: Any) {
            if let d = v as? [String: Any] {
                for (k, x) in d { walk(prefix.isEmpty ? k : "\(prefix).\(k)", x) }
            } else if let data = try? JSONSerialization.data(withJSONObject: v, options: [.fragmentsAllowed, .sortedKeys]) {
                out[prefix] = String(decoding: data, as: UTF8.self)
            }
        }
        walk("", obj)
        return out
    }
}
