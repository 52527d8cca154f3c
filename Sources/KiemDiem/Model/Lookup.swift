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
    public func lookup(_ text: String) -> Lookup { SubjectFinder(self).lookup(text) }
}

/// `Workspace.lookup` for many texts against one workspace (a loaded file's subject column).
/// Ids and codes are found by one lookup each. What needs the whole roster (codes in another
/// case, names) is read from tables made on the first such text and kept: a file that named
/// its subjects scanned every name once per row (1,527 grades by name on a 2,500-member
/// roster took 4.3 s).
public final class SubjectFinder {
    private let ws: Workspace
    private var leaders: Set<String>?
    private var tables: Tables?

    /// Each text's subjects, by one way of naming them.
    private struct Tables {
        var byCode: [String: [SubjectRef]] = [:]   // the code upper-cased
        var byExact: [String: [String]] = [:]      // a member's name lower-cased: ids
        var byKey: [String: [SubjectRef]] = [:]    // the name folded (Vietnamese.key)
    }

    public init(_ ws: Workspace) { self.ws = ws }

    public func lookup(_ text: String) -> Lookup {
        if ws.members.keys.contains(text) { return .found(SubjectRef(.member, text)) }
        if let u = ws.units[text], u.isGraded { return .found(SubjectRef(.organization, text)) }
        if ws.collectives.keys.contains(text) { return .found(SubjectRef(.collective, text)) }
        if let key = SubjectRef(key: text), exists(key) { return .found(key) }

        let t = tables ?? makeTables()
        if let byCode = t.byCode[text.uppercased()] {
            return byCode.count == 1 ? .found(byCode[0]) : .ambiguous(byCode.sorted())
        }
        // A name typed with its diacritics picks that person even when another name folds the
        // same ("Nguyễn Văn Ân" beside "Nguyễn Văn An").
        let exact = Vietnamese.nfc(text).lowercased().split(separator: " ").joined(separator: " ")
        if let ids = t.byExact[exact], ids.count == 1 { return .found(SubjectRef(.member, ids[0])) }

        let k = Vietnamese.key(text)
        guard !k.isEmpty, let byName = t.byKey[k] else { return .notFound }
        return byName.count == 1 ? .found(byName[0]) : .ambiguous(byName.sorted())
    }

    /// `exists`, with the leaders found once (a leader is a member with a position).
    private func exists(_ ref: SubjectRef) -> Bool {
        guard ref.cls == .leader else { return ws.exists(ref) }
        let l = leaders ?? ws.leaderIDs
        leaders = l
        return ws.exists(ref, leaders: l)
    }

    private func makeTables() -> Tables {
        var t = Tables()
        for id in ws.members.keys { t.byCode[id.uppercased(), default: []].append(SubjectRef(.member, id)) }
        for u in ws.units.values where u.isGraded { t.byCode[u.code.uppercased(), default: []].append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.keys { t.byCode[c.uppercased(), default: []].append(SubjectRef(.collective, c)) }
        // A roster repeats its names: each distinct name is lower-cased and folded once.
        var forms: [UTF8Key: (exact: String, key: String)] = [:]
        for (id, m) in ws.members {
            let f: (exact: String, key: String)
            if let known = forms[UTF8Key(m.name)] {
                f = known
            } else {
                f = (m.name.lowercased(), Vietnamese.key(m.name))
                forms[UTF8Key(m.name)] = f
            }
            t.byExact[f.exact, default: []].append(id)
            t.byKey[f.key, default: []].append(SubjectRef(.member, id))
        }
        for u in ws.units.values where u.isGraded { t.byKey[Vietnamese.key(u.name), default: []].append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.values { t.byKey[Vietnamese.key(c.name), default: []].append(SubjectRef(.collective, c.code)) }
        tables = t
        return t
    }
}
