extension SubjectFinder {
    /// What the tables answer for `text` (codes in another case, then names), found by one pass
    /// over the roster, units and collectives instead: for one text, making the tables cost
    /// several times the pass (1.4 s at 1M members for a name typed at the prompt). Each
    /// distinct name is lower-cased and folded once, as the tables do.
    func scan(_ text: String) -> Lookup {
        let upper = text.uppercased()
        var byCode: [SubjectRef] = []
        for id in ws.members.keys where id.uppercased() == upper { byCode.append(SubjectRef(.member, id)) }
        for u in ws.units.values where u.isGraded && u.code.uppercased() == upper { byCode.append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.keys where c.uppercased() == upper { byCode.append(SubjectRef(.collective, c)) }
        if !byCode.isEmpty { return byCode.count == 1 ? .found(byCode[0]) : .ambiguous(byCode.sorted()) }

        let exact = Vietnamese.nfc(text).lowercased().split(separator: " ").joined(separator: " ")
        let k = Vietnamese.key(text)
        var exactIDs: [String] = [], byName: [SubjectRef] = []
        var forms: [UTF8Key: (exact: Bool, key: Bool)] = [:]
        for (id, m) in ws.members {
            let f: (exact: Bool, key: Bool)
            if let known = forms[UTF8Key(m.name)] {
                f = known
            } else {
                f = (m.name.lowercased() == exact, Vietnamese.key(m.name) == k)
                forms[UTF8Key(m.name)] = f
            }
            if f.exact { exactIDs.append(id) }
            if f.key { byName.append(SubjectRef(.member, id)) }
        }
        if exactIDs.count == 1 { return .found(SubjectRef(.member, exactIDs[0])) }
        guard !k.isEmpty else { return .notFound }
        for u in ws.units.values where u.isGraded && Vietnamese.key(u.name) == k { byName.append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.values where Vietnamese.key(c.name) == k { byName.append(SubjectRef(.collective, c.code)) }
        if byName.isEmpty { return .notFound }
        return byName.count == 1 ? .found(byName[0]) : .ambiguous(byName.sorted())
    }
}
