extension SubjectFinder {
    /// What the tables answer for `text` (codes in another case, then names), found by one pass
    /// over the roster, units and collectives instead: for one text, making the tables cost
    /// several times the pass (1.6–2.1 s at 1M members for a name typed at the prompt, the pass
    /// 0.26–0.30 s).
    func scan(_ text: String) -> Lookup {
        let upper = text.uppercased()
        var byCode: [SubjectRef] = []
        for id in ws.members.keys where id.uppercased() == upper { byCode.append(SubjectRef(.member, id)) }
        for u in ws.units.values where u.isGraded && u.code.uppercased() == upper { byCode.append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.keys where c.uppercased() == upper { byCode.append(SubjectRef(.collective, c)) }
        if !byCode.isEmpty { return byCode.count == 1 ? .found(byCode[0]) : .ambiguous(byCode.sorted()) }

        // The exact form counts only typed with diacritics (as the tables answer).
        let exact = Self.exactForm(text), typedExact = Self.carriesDiacritics(exact)
        let k = Self.nameKey(text)
        var exactIDs: [String] = [], byName: [SubjectRef] = []
        eachMember({ (typedExact && Self.exactForm($0) == exact, Self.nameKey($0) == k) }) { id, f in
            if f.0 { exactIDs.append(id) }
            if f.1 { byName.append(SubjectRef(.member, id)) }
        }
        if exactIDs.count == 1 { return .found(SubjectRef(.member, exactIDs[0])) }
        // Namesakes with these very diacritics: ambiguous among them only (as the tables answer).
        if exactIDs.count > 1 { return .ambiguous(exactIDs.map { SubjectRef(.member, $0) }.sorted()) }
        guard !k.isEmpty else { return .notFound }
        for u in ws.units.values where u.isGraded && Vietnamese.key(u.name) == k { byName.append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.values where Vietnamese.key(c.name) == k { byName.append(SubjectRef(.collective, c.code)) }
        if byName.isEmpty { return .notFound }
        return byName.count == 1 ? .found(byName[0]) : .ambiguous(byName.sorted())
    }
}
