/// Finding a subject from what the user typed: an id or code, or a name that matches exactly
/// one subject ignoring case and diacritics.
public enum Lookup: Equatable {
    case found(SubjectRef)
    case ambiguous([SubjectRef])
    case notFound
}

extension Workspace {
    /// Ids and codes first (exact, then ignoring case), then full names folded (`"nguyen van an"`).
    /// A person is returned as `member:ID`; callers pick the leader grade with `--role leader`.
    public func lookup(_ text: String) -> Lookup {
        if members.keys.contains(text) { return .found(SubjectRef(.member, text)) }
        if let u = units[text], u.isGraded { return .found(SubjectRef(.organization, text)) }
        if collectives.keys.contains(text) { return .found(SubjectRef(.collective, text)) }
        if let key = SubjectRef(key: text), exists(key) { return .found(key) }

        let upper = text.uppercased()
        var byCode: [SubjectRef] = []
        byCode += members.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.member, $0) }
        byCode += units.values.filter { $0.isGraded && $0.code.uppercased() == upper }.map { SubjectRef(.organization, $0.code) }
        byCode += collectives.keys.filter { $0.uppercased() == upper }.map { SubjectRef(.collective, $0) }
        if byCode.count == 1 { return .found(byCode[0]) }
        if byCode.count > 1 { return .ambiguous(byCode.sorted()) }

        // A name typed with its diacritics picks that person even when another name folds the
        // same ("Nguyễn Văn Ân" beside "Nguyễn Văn An").
        let exact = Vietnamese.nfc(text).lowercased().split(separator: " ").joined(separator: " ")
        let exactHits = members.values.filter { $0.name.lowercased() == exact }
        if exactHits.count == 1 { return .found(SubjectRef(.member, exactHits[0].id)) }

        let k = Vietnamese.key(text)
        guard !k.isEmpty else { return .notFound }
        var byName: [SubjectRef] = []
        for m in members.values where Vietnamese.key(m.name) == k { byName.append(SubjectRef(.member, m.id)) }
        for u in units.values where u.isGraded && Vietnamese.key(u.name) == k { byName.append(SubjectRef(.organization, u.code)) }
        for c in collectives.values where Vietnamese.key(c.name) == k { byName.append(SubjectRef(.collective, c.code)) }
        switch byName.count {
        case 0: return .notFound
        case 1: return .found(byName[0])
        default: return .ambiguous(byName.sorted())
        }
    }
}
