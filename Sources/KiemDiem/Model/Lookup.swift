/// Finding a subject from what the user typed: an id or code, or a name that matches exactly
/// one subject ignoring case and diacritics.
public enum Lookup: Equatable {
    case found(SubjectRef)
    case ambiguous([SubjectRef])
    case notFound
}

extension SubjectRef {
    /// How a list of candidates shows each: its id, or its key (`member:cb01`) where another
    /// candidate has the same id in any case, since the id alone would name both again.
    public static func shown(_ refs: [SubjectRef]) -> [String] {
        refs.map { r in refs.contains { $0 != r && $0.id.uppercased() == r.id.uppercased() } ? r.key : r.description }
    }
}

extension Workspace {
    /// Ids and codes first (exact, then ignoring case), then full names folded (`"nguyen van an"`).
    /// A person is returned as `member:ID`; callers pick the leader grade with `--role leader`.
    public func lookup(_ text: String) -> Lookup { SubjectFinder(self, scans: 1).lookup(text) }

    /// The subjects whose id or code is `text` in any case (`IdsAnyCase`: a few probes per
    /// table, no pass over the roster): more than one is a clash. Within one table the id as
    /// written wins over a twin in another case (loads refuse such twins).
    public func subjects(codedAnyCase text: String) -> [SubjectRef] {
        var members = IdsAnyCase(), units = IdsAnyCase(), collectives = IdsAnyCase()
        return members.ids(text, in: self.members).map { SubjectRef(.member, $0) }
            + units.ids(text, in: self.units).filter { self.units[$0]!.isGraded }.map { SubjectRef(.organization, $0) }
            + collectives.ids(text, in: self.collectives).map { SubjectRef(.collective, $0) }
    }

    /// The subjects that share an id or code ignoring case (a member id that is a graded unit's
    /// or a collective's code, `cb01` beside `CB01` too; a unit's code that is a collective's),
    /// by that code in capitals, members first, then units, then collectives: the id alone names
    /// none of them. A lookup per unit and collective, no unit copied (copying a national
    /// roster's 140,000 cost more than the lookups), and of the members only the ids not in
    /// capitals are upper-cased.
    public func codeClashGroups() -> [String: [SubjectRef]] {
        // Nearly every code names one subject: each code's first subject is kept alone, and only
        // a code met again gets a list (a list for every code, freed after, was a third of a
        // national `load units`).
        var first: [String: SubjectRef] = [:], more: [String: [SubjectRef]] = [:]
        first.reserveCapacity(units.count + collectives.count)
        func add(_ key: String, _ ref: SubjectRef) {
            if first[key] == nil { first[key] = ref } else { more[key, default: []].append(ref) }
        }
        for code in units.keys where units[code]!.isGraded { add(IdCase.upper(code), SubjectRef(.organization, code)) }
        for code in collectives.keys { add(IdCase.upper(code), SubjectRef(.collective, code)) }
        guard !first.isEmpty else { return [:] }
        var people: [String: [SubjectRef]] = [:]
        for key in first.keys where members.keys.contains(key) { people[key, default: []].append(SubjectRef(.member, key)) }
        for id in members.keys where IdCase.mayHaveTwin(id) {
            let key = id.uppercased()
            if key != id, first[key] != nil { people[key, default: []].append(SubjectRef(.member, id)) }
        }
        var groups: [String: [SubjectRef]] = [:]
        func rank(_ r: SubjectRef) -> (Int, String) { (r.cls == .collective ? 1 : 0, r.id) }
        for key in Set(more.keys).union(people.keys) {
            let refs = [first[key]!] + (more[key] ?? []), persons = people[key] ?? []
            guard refs.count + persons.count > 1 else { continue }
            groups[key] = persons.sorted() + refs.sorted { rank($0) < rank($1) }
        }
        return groups
    }

    /// The ids and codes that name more than one subject, each clash by its first id or code,
    /// sorted.
    public func codeClashes() -> [String] { Self.clashCodes(codeClashGroups()) }

    /// Each group of `codeClashGroups` by its first id or code, sorted, with its subjects.
    public static func clashCodes(_ groups: [String: [SubjectRef]]) -> [String] {
        groups.values.map { $0.map(\.id).min()! }.sorted()
    }
}

/// `Workspace.lookup` for many texts against one workspace (a loaded file's subject column).
/// Ids and codes are found by one lookup each. What needs the whole roster (codes in another
/// case, names) is read from tables made on the first such text and kept: a file that named
/// its subjects scanned every name once per row (1,527 grades by name on a 2,500-member
/// roster took 4.3 s).
public final class SubjectFinder {
    let ws: Workspace
    private var leaders: Set<String>?
    private var tables: Tables?
    /// A key's id in any case, per table.
    private var memberIds = IdsAnyCase(), unitIds = IdsAnyCase(), collectiveIds = IdsAnyCase()
    /// `Workspace.codeClashGroups`, found on the first lookup of a file's rows.
    private var clashes: [String: [SubjectRef]]?
    /// A command's few lookups find ids in any case table by table instead (`codedAnyCase`).
    private let probe: Bool

    /// Each text's subjects, by one way of naming them.
    private struct Tables {
        var byCode: [String: [SubjectRef]] = [:]   // the code upper-cased
        var byExact: [String: [String]] = [:]      // a member's name as `exactForm` makes it: ids
        var byKey: [String: [SubjectRef]] = [:]    // the name folded (`nameKey`)
    }

    /// How many texts that need the whole roster are answered by one pass over it (`scan`)
    /// before the tables are made: one text (a command's) costs a pass, not the tables.
    private var scans: Int

    public init(_ ws: Workspace, scans: Int = 0) {
        self.ws = ws
        self.scans = scans
        probe = scans > 0
    }

    public func lookup(_ text: String) -> Lookup {
        // An id or code of two subjects (a member and a cell, a unit and a collective), in any
        // case (`cb01` and `CB01`), is ambiguous: taking one silently would grade the wrong one.
        let coded = codedAnyCase(text)
        if coded.count == 1 { return .found(coded[0]) }
        if coded.count > 1 { return .ambiguous(coded.sorted()) }
        if let key = SubjectRef(typed: text) {
            if exists(key) { return .found(key) }
            // A leader grade kept after the person's posts were replaced (`diff` prints its key):
            // found, for `why` and `show` to say it counts nowhere.
            if key.cls == .leader, ws.members[key.id] != nil, ws.grades[key.key] != nil { return .found(key) }
            // A key's id in any case (`member:p001`), as ids are found.
            let stored = switch key.cls {
            case .member, .leader: memberIds.ids(key.id, in: ws.members)
            case .organization: unitIds.ids(key.id, in: ws.units)
            case .collective: collectiveIds.ids(key.id, in: ws.collectives)
            }
            if stored.count == 1, exists(SubjectRef(key.cls, stored[0])) { return .found(SubjectRef(key.cls, stored[0])) }
        }

        if tables == nil && scans > 0 {
            scans -= 1
            return scan(text)
        }
        let t = tables ?? makeTables()
        if let byCode = t.byCode[text.uppercased()] {
            return byCode.count == 1 ? .found(byCode[0]) : .ambiguous(byCode.sorted())
        }
        // A name typed with its diacritics picks that person even when another name folds the
        // same ("Nguyễn Văn Ân" beside "Nguyễn Văn An"). Typed without, it names them all, a
        // name stored without diacritics too ("nguyen van an" is how commands.md finds
        // "Nguyễn Văn An": it must not pick a "Nguyen Van An" silently).
        let exact = Self.exactForm(text)
        if Self.carriesDiacritics(exact), let ids = t.byExact[exact] {
            // Namesakes with these very diacritics: ambiguous among them only, not among every
            // name that folds the same.
            return ids.count == 1 ? .found(SubjectRef(.member, ids[0])) : .ambiguous(ids.map { SubjectRef(.member, $0) }.sorted())
        }

        let k = Self.nameKey(text)
        guard !k.isEmpty, let byName = t.byKey[k] else { return .notFound }
        return byName.count == 1 ? .found(byName[0]) : .ambiguous(byName.sorted())
    }

    /// The subjects whose id or code is `text`: in any case where they clash. A command's
    /// lookup finds each table's ids in any case (`IdsAnyCase`: a few probes), as a pass over a
    /// national roster for the clashing codes would cost more than the command; a file's rows
    /// find those once (`codeClashGroups`) and then look each id up as written.
    private func codedAnyCase(_ text: String) -> [SubjectRef] {
        if probe { return ws.subjects(codedAnyCase: text) }
        let c = clashes ?? ws.codeClashGroups()
        clashes = c
        if !c.isEmpty, let refs = c[IdCase.upper(text)] { return refs }
        if ws.members.keys.contains(text) { return [SubjectRef(.member, text)] }
        if let u = ws.units[text], u.isGraded { return [SubjectRef(.organization, text)] }
        if ws.collectives.keys.contains(text) { return [SubjectRef(.collective, text)] }
        return []
    }

    /// `exists`, with the leaders found once (a leader is a member with a position).
    private func exists(_ ref: SubjectRef) -> Bool {
        guard ref.cls == .leader else { return ws.exists(ref) }
        let l = leaders ?? ws.leaderIDs
        leaders = l
        return ws.exists(ref, leaders: l)
    }

    /// A name, typed or stored, as `byExact` holds it: NFC, lower case, single plain spaces (a
    /// no-break space pasted in, or kept by a workspace saved before names were cleaned on
    /// load, is a space), the tones of oa, oe and uy in one place (Thùy and Thuỳ are one name).
    /// Ð (eth, from text converted out of the old font encodings) is Đ, as `fold` reads it.
    static func exactForm(_ text: String) -> String {
        let lower = Vietnamese.composed(LoadKind.collapse(text.trimmingBlanks)).lowercased()
        guard lower.unicodeScalars.contains("ð") else { return Vietnamese.placingTones(lower) }
        return Vietnamese.placingTones(String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "ð" ? "đ" : $0 })))
    }

    /// Whether an `exactForm` holds a diacritic or đ: only then does it pick among the names
    /// that fold alike. Lower case already, so folding changes nothing else.
    static func carriesDiacritics(_ exact: String) -> Bool { Vietnamese.fold(exact) != exact }

    /// A name, typed or stored, as `byKey` holds it: folded, its blanks as `exactForm` reads them.
    static func nameKey(_ text: String) -> String { Vietnamese.key(LoadKind.collapse(text)) }

    /// Each member's id with what `form` makes of its name, made once per distinct name: a
    /// roster repeats its names (the tables and `scan` lower-case and fold them).
    func eachMember<F>(_ form: (String) -> F, _ body: (String, F) -> Void) {
        var forms: [UTF8Key: F] = [:]
        for (id, m) in ws.members {
            let f: F
            if let known = forms[UTF8Key(m.name)] {
                f = known
            } else {
                f = form(m.name)
                forms[UTF8Key(m.name)] = f
            }
            body(id, f)
        }
    }

    private func makeTables() -> Tables {
        var t = Tables()
        for id in ws.members.keys { t.byCode[id.uppercased(), default: []].append(SubjectRef(.member, id)) }
        for u in ws.units.values where u.isGraded { t.byCode[u.code.uppercased(), default: []].append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.keys { t.byCode[c.uppercased(), default: []].append(SubjectRef(.collective, c)) }
        eachMember({ (Self.exactForm($0), Self.nameKey($0)) }) { id, f in
            t.byExact[f.0, default: []].append(id)
            t.byKey[f.1, default: []].append(SubjectRef(.member, id))
        }
        for u in ws.units.values where u.isGraded { t.byKey[Vietnamese.key(u.name), default: []].append(SubjectRef(.organization, u.code)) }
        for c in ws.collectives.values { t.byKey[Vietnamese.key(c.name), default: []].append(SubjectRef(.collective, c.code)) }
        tables = t
        return t
    }
}

extension SubjectRef {
    /// A key as a user types it: the class word in any case too (`Member:P001`), as ids are.
    init?(typed text: String) {
        if let r = SubjectRef(key: text) { self = r; return }
        guard let colon = text.firstIndex(of: ":"), let c = SubjectClass(rawValue: text[..<colon].lowercased()) else { return nil }
        self.init(c, String(text[text.index(after: colon)...]))
    }
}
