import Foundation

/// What the rules need to know about a workspace, indexed (linear in the roster) so that
/// findings, the review plan, `cap` and `why` never search the tables per subject. Each index is
/// built on first use and kept: a `grade` of one member on a 5.6M roster needs none of them.
public struct WardFacts {
    public let ws: Workspace
    public let book: any Rulebook
    public let year: Int
    /// The reference date for R-EXCL-NEW and R-NOGRADE-*-NEW: `ReferenceDate` (`set as-of`, else
    /// the review deadline as set).
    public let refDate: Day
    private let lazy: Indexes

    public var positionsByMember: [String: [Position]] { positions.byMember }
    public var positionsByBody: [String: [Position]] { positions.byBody }
    /// Discipline, decline and prohibited records that count in the graded year, by member id
    /// (or unit/collective code for a disciplined organization or collective).
    public var counted: [String: [DisciplineRecord]] {
        lazy.get(\.counted) {
            var c: [String: [DisciplineRecord]] = [:]
            for (_, d) in ws.discipline.sorted(by: { $0.key < $1.key }) where WardFacts.counts(d, year: year) {
                c[d.member, default: []].append(d)
            }
            return c
        }
    }
    public var childUnits: [String: [String]] {
        lazy.get(\.who.childUnits) {
            // (code, parent) pairs sorted, not the units: sorting those moved whole records.
            var kids: [String: [String]] = [:]
            let edges = ws.units.values.lazy.filter(\.isGraded).compactMap { u in u.parent.map { (u.code, $0) } }
            for (code, p) in edges.sorted(by: { $0.0 < $1.0 }) { kids[p, default: []].append(code) }
            return kids
        }
    }
    /// Reviews by the subject's id (a person's member and leader reviews share the id).
    public var reviewsByID: [String: [Review]] { reviews.byID }
    public var reviewsByVenue: [String: [Review]] { reviews.byVenue }
    /// Party collectives (BCH, BTV, chi ủy) by the unit they lead.
    var partyCollectivesByUnit: [String: [String]] {
        lazy.get(\.who.partyCollectivesByUnit) {
            var pc: [String: [String]] = [:]
            let led = ws.collectives.values.lazy
                .filter { [.partyExecutive, .partyStanding, .cellCommittee].contains($0.cls) }
                .compactMap { c in c.unit.map { (c.code, $0) } }
            for (code, u) in led.sorted(by: { $0.0 < $1.0 }) { pc[u, default: []].append(code) }
            return pc
        }
    }

    /// Member ids in name order for `ws`, when the caller keeps them between commands (the
    /// shell does, until the roster changes): sorting a national roster by name takes seconds.
    private let peopleOrder: ((Workspace) -> [String])?

    /// `subjects`: indexes kept from facts on a workspace with the same members, units,
    /// collectives and positions, filled further by these facts.
    public init(_ ws: Workspace, book: any Rulebook, peopleOrder: ((Workspace) -> [String])? = nil,
                subjects: SubjectIndexes = SubjectIndexes()) {
        self.ws = ws
        self.book = book
        self.peopleOrder = peopleOrder
        lazy = Indexes(subjects)
        year = ws.settings.year
        refDate = ReferenceDate(ws.settings, book: book).date
    }

    private var positions: (byMember: [String: [Position]], byBody: [String: [Position]]) {
        lazy.get(\.who.positions) {
            var byM: [String: [Position]] = [:], byB: [String: [Position]] = [:]
            byM.reserveCapacity(ws.positions.count)
            // The table's positions in the order of their keys (Position.key), the keys sorted
            // and not the entries: sorting the entries by String moved a whole record per step
            // (1M members: 113-135 -> 76-81 ms, of 200 ms of `cap` before its rules).
            let values = ws.positions.values
            for i in JSONWriter.stringOrder(ws.positions.keys) {
                let p = values[i]
                byM[p.member, default: []].append(p)
                byB[p.body, default: []].append(p)
            }
            return (byM, byB)
        }
    }

    private var reviews: (byID: [String: [Review]], byVenue: [String: [Review]]) {
        lazy.get(\.reviews) {
            var r: [String: [Review]] = [:], v: [String: [Review]] = [:]
            for (_, rv) in ws.reviews.sorted(by: { $0.key < $1.key }) {  // keyed by Review.key
                r[rv.subject.id, default: []].append(rv)
                v[rv.venue, default: []].append(rv)
            }
            return (r, v)
        }
    }

    /// The indexes built so far (a class, so that a `let` WardFacts can fill it on first use).
    /// Those that depend on who the subjects are live in `who`, which a caller may share
    /// between facts built on workspaces with the same subjects (`SubjectIndexes`).
    final class Indexes {
        let who: SubjectIndexes
        init(_ who: SubjectIndexes) { self.who = who }
        var reviews: (byID: [String: [Review]], byVenue: [String: [Review]])?
        var counted: [String: [DisciplineRecord]]?
        var subjects: [SubjectRef]?
        var clashes: Set<String>?
        var liaisons: [String: String]?
        var liaisonsOffBTV: Set<String>?
        var sheets: CriteriaSheets?
        /// Set while two threads read the facts (`onTwoCores`): nothing may be stored then.
        var shared = false

        func get<T>(_ slot: ReferenceWritableKeyPath<Indexes, T?>, _ build: () -> T) -> T {
            if let v = self[keyPath: slot] { return v }
            // An index not built before the threads started: built and not kept, which is
            // correct but slow; `onTwoCores` lists what to build first (tests run debug builds).
            assert(!shared, "an index was first needed on two cores: build it in onTwoCores")
            let v = build()
            if !shared { self[keyPath: slot] = v }
            return v
        }
    }

    /// `TwoCores.halves` with these facts read by both threads. The indexes the rules read per
    /// subject (positions, discipline, units, party collectives) are built first, so neither
    /// thread writes anything the other reads. Not the subject order: it waits for the name
    /// sort, and passes that need it have it already.
    func onTwoCores<T>(_ n: Int, cut: Int, _ body: (Range<Int>) -> T) -> (T, T) {
        buildPerSubjectIndexes()
        lazy.shared = true
        defer { lazy.shared = false }
        return TwoCores.halves(n, cut: cut, body)
    }

    private func buildPerSubjectIndexes() {
        _ = positions
        _ = counted
        _ = childUnits
        _ = partyCollectivesByUnit
        _ = criteriaSheets
        _ = liaisons
        _ = liaisonsOffBTV
    }

    /// The liaisons on the roster who hold no post on a BTV (R-REVIEW-ATTEND); none while no
    /// position is loaded or the ward has no BTV, where nothing can be said.
    var liaisonsOffBTV: Set<String> {
        lazy.get(\.liaisonsOffBTV) {
            let btv = Set(ws.collectives.values.lazy.filter { $0.cls == .partyStanding }.map(\.code))
            guard !btv.isEmpty, !ws.positions.isEmpty else { return [] }
            let onBTV = Set(ws.positions.values.lazy.filter { btv.contains($0.body) }.map(\.member))
            return Set(liaisons.values.filter { ws.members[$0] != nil && !onBTV.contains($0) })
        }
    }

    /// Each unit's liaison as the roster stores the id, typed in any case (`p002` is P002), or
    /// as typed where no member has it.
    var liaisons: [String: String] {
        lazy.get(\.liaisons) {
            var ids = IdsAnyCase(), out: [String: String] = [:]
            for u in ws.units.values { if let l = u.liaison { out[u.code] = ids.id(l, in: ws.members) ?? l } }
            return out
        }
    }

    /// `subjectBlock`, for a report that asks about each subject once, maybe from two threads
    /// at once (the summary): the indexes it reads are built now, and these facts store
    /// nothing from then on, as in `onTwoCores`.
    public func sharedSubjectBlock() -> (SubjectRef) -> SubjectBlock? {
        buildPerSubjectIndexes()
        lazy.shared = true
        return { subjectBlock($0) }
    }

    /// A violation counts once [HD25 mục 4]: in the year it is `counted_in`, otherwise in the year
    /// of its date; an undated record (a `flag`) counts in the graded year.
    public static func counts(_ d: DisciplineRecord, year: Int) -> Bool {
        if let c = d.countedIn { return c == year }
        return d.date.map { $0.year == year } ?? true
    }

    // MARK: who

    /// Reviews finish before this day (plan IX.1): `set deadline review`, or the rulebook's.
    public var reviewDeadline: Day {
        ReferenceDate.reviewDeadline(ws.settings, book: book)
    }

    /// The day a subject's reviews finish before: the review deadline, but for what the upper
    /// level grades the `upper` one (plan IX.1: they report to the city before 15/12), never
    /// earlier than the ward's own.
    public func reviewDeadline(for ref: SubjectRef) -> Day {
        let ward = reviewDeadline
        guard competentBody(ref) == .upper,
              let upper = ws.settings.deadlines["upper"] ?? book.defaultDeadlines(year: year)["upper"] else { return ward }
        return max(ward, upper)
    }

    /// How a fix names `ref` for the user to type: its id, or its key where the id names more
    /// than one subject (`Workspace.codeClashes`), since the id alone would be refused as
    /// ambiguous. A leader's reviews are the person's, so a leader is named as the member.
    func typed(_ ref: SubjectRef) -> String {
        Self.typed(ref, clashing: !idClashes.isEmpty && idClashes.contains(ref.id))
    }

    /// `typed` for one subject asked once (a refusal's hint): a few lookups, not the pass over
    /// the roster that `idClashes` makes.
    func typedOnce(_ ref: SubjectRef) -> String { Self.typed(ref, clashing: ws.subjects(codedAnyCase: ref.id).count > 1) }

    private static func typed(_ ref: SubjectRef, clashing: Bool) -> String {
        clashing ? SubjectRef(ref.cls == .leader ? .member : ref.cls, ref.id).key : ref.id
    }

    /// The ids and codes that name more than one subject ignoring case
    /// (`Workspace.codeClashGroups`), each as its subjects have it.
    var idClashes: Set<String> { lazy.get(\.clashes) { Set(ws.codeClashGroups().values.flatMap { $0.map(\.id) }) } }

    /// The criteria sheets (`CriteriaRules.swift`), built once per command.
    public var criteriaSheets: CriteriaSheets { lazy.get(\.sheets) { CriteriaSheets(ws, book) } }

    public func isLeader(_ member: String) -> Bool { !(positionsByMember[member] ?? []).isEmpty }

    /// A cell secretary: heads a cell (or its chi ủy, or a party group), holds no post outside
    /// the cell, and has no leader grade. Plan V gives them none: they are graded as members, so
    /// the rules on the bodies a leader heads (R124-TARGETS, R366-TRIGGERS, R366-CONDITIONS) judge
    /// their member grade, as R-HEAD-CAP caps it [domain.md §6]. Without this a secretary escaped
    /// them whenever R-HEAD-CAP was off. Anyone with a post outside the cell is graded as a leader.
    /// A secretary in post less than 6 months is not judged as a leader (R-NOGRADE-LEADER-NEW:
    /// "still graded as a member"), so their member grade is only a member's.
    public func standsInForLeader(_ ref: SubjectRef) -> Bool {
        guard ref.cls == .member, headsCellBodiesOnly(ref.id) else { return false }
        if notGradedSince(SubjectRef(.leader, ref.id)) != nil { return false }
        if let after = leaderGradedAfterLoad { return !after(ref.id) }
        return ws.grades[SubjectRef(.leader, ref.id).key]?.isEmpty ?? true
    }

    /// The posts whose bodies' results judge a person as their head (R-HEAD-CAP, R124-TARGETS,
    /// qd366's task rules): those they head and have held for 6 months. A leader is graded on
    /// the posts held that long (R-NOGRADE-LEADER-NEW), and a body headed for less had most of
    /// its year under someone else; a new cell secretary is spared the same way.
    func judgedHeadPosts(_ id: String) -> [Position] {
        (positionsByMember[id] ?? []).filter { $0.head && !isNewInPost($0) }
    }

    /// Held less than 6 months before the reference date (a post without a date is not new).
    func isNewInPost(_ p: Position) -> Bool {
        p.since.map { $0.adding(months: 6) > refDate } ?? false
    }

    /// A cell-only head with a leader grade: the cell's results limit that grade, not the member
    /// grade (`why` and `grade --role leader` say so; a leader grade moves them).
    public func cellLimitsOnLeaderGrade(_ id: String) -> Bool {
        headsCellBodiesOnly(id) && notGradedSince(SubjectRef(.leader, id)) == nil
    }

    /// Heads a cell body and holds no post outside the cells: whether their member grade stands
    /// in for a leader grade depends on whether they have one.
    public func headsCellBodiesOnly(_ member: String) -> Bool {
        guard let ps = positionsByMember[member], ps.contains(where: \.head) else { return false }
        return ps.allSatisfy { isCellBody($0.body) }
    }

    /// While a grades file loads: whether a person will have a leader grade once it has (the
    /// file's own rows count; a file replacing the table leaves none of the old ones).
    public var leaderGradedAfterLoad: ((String) -> Bool)?

    /// A cell or party group, or a cell's chi ủy.
    func isCellBody(_ code: String) -> Bool {
        if let u = ws.units[code] { return u.kind == .cell || u.kind == .group }
        return ws.collectives[code]?.cls == .cellCommittee
    }

    /// Why a person is neither reviewed nor graded (R-EXCL-*): a recorded exclusion, or what the
    /// roster says even before `exclude --auto` recorded it — the rule holds from the facts.
    public func exclusion(_ member: String) -> (rule: String, message: Message)? {
        exclusionDetail(member).map { ($0.rule, $0.message) }
    }

    /// `exclusion` with the reason that applies: the recorded one, else the roster's.
    private func exclusionDetail(_ member: String) -> (rule: String, message: Message, reason: Exclusion.Reason)? {
        guard let (rule, reason) = exclusionReason(member) else { return nil }
        let recorded = ws.exclusions[member]
        let message: Message
        switch reason {
        case .exempt: message = RulesText.exempt
        case .suspended: message = RulesText.suspended
        case .other: message = RulesText.handExcluded(recorded?.note)
        case .newMember:
            message = recorded != nil ? RulesText.newMemberRecorded : RulesText.newMember(ws.members[member]?.admitted ?? refDate, refDate)
        }
        return (rule, message, reason)
    }

    /// The rule and reason of `exclusionDetail`, without the message (reports ask it of every
    /// person): a recorded exclusion, or what the roster says even before `exclude --auto`
    /// recorded it — the rule holds from the facts (one rule, in ExclusionRules).
    private func exclusionReason(_ member: String) -> (rule: String, reason: Exclusion.Reason)? {
        // Two fields, not the Member: copying it out retains its strings, a cache miss each on
        // a national roster (this runs for every person in `cap` and reports).
        exclusionReason(member, fields: { ws.members[member].map { ($0.status, $0.admitted) } })
    }

    /// `exclusionReason` with the member's roster fields from `fields` (nil: not on the roster),
    /// asked only when no exclusion is recorded.
    private func exclusionReason(_ member: String, fields: () -> (Member.Status, Day?)?)
        -> (rule: String, reason: Exclusion.Reason)? {
        if let e = ws.exclusions[member] {
            switch e.reason {
            case .exempt: return ("R-EXCL-EXEMPT", e.reason)
            case .suspended: return ("R-EXCL-SUSPENDED", e.reason)
            case .newMember: return ("R-EXCL-NEW", e.reason)
            case .other: return ("exclude", e.reason)
            }
        }
        guard let (status, admitted) = fields() else { return nil }
        return ExclusionRules.derive(status: status, admitted: admitted, asOf: refDate)
    }

    /// `subjectBlock` of a member whose roster fields the caller has in hand (a pass over the
    /// roster itself): the same answer, without looking the member up. Reads no index, so it
    /// may be asked from two threads at once.
    public func memberBlock(_ id: String, status: Member.Status, admitted: Day?) -> SubjectBlock? {
        if let e = exclusionReason(id, fields: { (status, admitted) }) { return SubjectBlock(rule: e.rule, reason: e.reason) }
        return notGradedSince(SubjectRef(.member, id)).map { SubjectBlock(rule: $0.rule, reason: nil) }
    }

    /// Why a subject is not graded as reports show it: the rule, and for an exclusion its
    /// reason (none for R-NOGRADE-*). The same answer as `gradeBlock`.
    public func subjectBlock(_ ref: SubjectRef) -> SubjectBlock? {
        if ref.cls == .member || ref.cls == .leader, let e = exclusionReason(ref.id) {
            return SubjectBlock(rule: e.rule, reason: e.reason)
        }
        return notGradedSince(ref).map { SubjectBlock(rule: $0.rule, reason: nil) }
    }

    /// Reviewed but not graded (R-NOGRADE-*): a leader in every post less than 6 months, an
    /// organization created, split or merged less than 6 months before the reference date.
    public func notGraded(_ ref: SubjectRef) -> (rule: String, message: Message)? {
        guard let (rule, day) = notGradedSince(ref) else { return nil }
        return (rule, ref.cls == .leader ? RulesText.leaderNew(day) : RulesText.orgNew(day))
    }

    /// The rule of `notGraded` and the day its message names (the latest post taken, the
    /// organization's creation), without the message.
    func notGradedSince(_ ref: SubjectRef) -> (rule: String, day: Day)? {
        switch ref.cls {
        case .leader:
            let ps = positionsByMember[ref.id] ?? []
            // A leader who has held any post for 6 months is graded as a leader on that post.
            let allNew = !ps.isEmpty && ps.allSatisfy(isNewInPost)
            if allNew { return ("R-NOGRADE-LEADER-NEW", ps.compactMap(\.since).max()!) }
        case .organization:
            if let c = ws.units[ref.id]?.created, c.adding(months: 6) > refDate { return ("R-NOGRADE-ORG-NEW", c) }
        default: break
        }
        return nil
    }

    /// Whether `gradeBlock` gives a reason, without building its message: `cap` asks this of
    /// every subject, and most are not blocked. `SubjectBlockTests` compares the two.
    public func isBlocked(_ ref: SubjectRef) -> Bool {
        if ref.cls == .member || ref.cls == .leader, exclusionReason(ref.id) != nil { return true }
        return notGradedSince(ref) != nil
    }

    /// Excluded (any class of that person) or not graded.
    public func gradeBlock(_ ref: SubjectRef) -> (rule: String, message: Message)? {
        if ref.cls == .member || ref.cls == .leader, let e = exclusion(ref.id) { return e }
        return notGraded(ref)
    }

    // MARK: bodies

    /// The subject a position's body is graded as: a unit (organization) or a collective.
    public func bodySubject(_ code: String) -> SubjectRef? {
        if let u = ws.units[code], u.isGraded { return SubjectRef(.organization, code) }
        if ws.collectives.keys.contains(code) { return SubjectRef(.collective, code) }
        return nil
    }

    /// The residential cell a body is, or belongs to (its chi ủy), if any.
    public func isResidential(_ code: String) -> Bool {
        if let u = ws.units[code] { return u.type == .residential }
        if let c = ws.collectives[code], let u = c.unit.flatMap({ ws.units[$0] }) {
            return c.cls == .cellCommittee && u.type == .residential
        }
        return false
    }

    /// Members of a collective or organization's leadership (positions in it, or for a unit in
    /// its party collectives: BCH, BTV, chi ủy).
    public func leadership(_ ref: SubjectRef) -> [String] {
        var ids = Set((positionsByBody[ref.id] ?? []).map(\.member))
        if ref.cls == .organization {
            for c in partyCollectivesByUnit[ref.id] ?? [] {
                for p in positionsByBody[c] ?? [] { ids.insert(p.member) }
            }
        }
        return ids.sorted()
    }

    /// Whether a subject key names one of `allSubjects()`, without listing them.
    public func isSubject(_ key: String) -> Bool {
        guard let ref = SubjectRef(key: key) else { return false }
        switch ref.cls {
        case .member: return ws.members.keys.contains(ref.id)
        case .leader: return ws.members.keys.contains(ref.id) && positionsByMember.keys.contains(ref.id)
        case .organization: return ws.units[ref.id]?.isGraded ?? false
        case .collective: return ws.collectives.keys.contains(ref.id)
        }
    }

    /// Every subject the round grades, in the order reports and findings list them: class, then
    /// code for units and collectives, Vietnamese name order for people.
    public func allSubjects() -> [SubjectRef] {
        lazy.get(\.subjects) {
            WardFacts.ordered(ws, positionsByMember: positionsByMember, people: peopleOrder?(ws) ?? WardFacts.peopleInNameOrder(ws))
        }
    }

    static func ordered(_ ws: Workspace, positionsByMember: [String: [Position]], people: [String]) -> [SubjectRef] {
        var out: [SubjectRef] = []
        // As every report lists them: the committee first, then the cells by code.
        out += Subjects.all(ws, .organization) + Subjects.all(ws, .collective)
        out += people.filter { positionsByMember.keys.contains($0) }.map { SubjectRef(.leader, $0) }
        out += people.map { SubjectRef(.member, $0) }
        return out
    }

    /// Member ids in Vietnamese name order (given name first), then by id. A roster repeats
    /// its names many times over, so each distinct name gets its key and its rank once (equal
    /// keys, equal ranks), and the members are sorted by (rank, id): integers and short ids,
    /// where sorting every member's key was a third of `cap` on a large roster. (rank, id) is
    /// unique, so the order does not depend on the sort's stability.
    public static func peopleInNameOrder(_ ws: Workspace) -> [String] {
        let input = nameOrderInput(ws.members)
        return peopleInNameOrder(ids: input.ids, names: input.names)
    }

    /// The roster's ids and names, side by side: one pass over the table, so that the sort
    /// (`peopleInNameOrder(ids:names:)`) can run on another core while the table changes on.
    public static func nameOrderInput(_ members: [String: Member]) -> (ids: [String], names: [String]) {
        var ids: [String] = [], names: [String] = []
        ids.reserveCapacity(members.count)
        names.reserveCapacity(members.count)
        for (id, m) in members {
            ids.append(id)
            names.append(m.name)
        }
        return (ids, names)
    }

    /// `peopleInNameOrder` of members given as parallel ids and names.
    public static func peopleInNameOrder(ids: [String], names: [String]) -> [String] {
        var nameOf: [Int32] = []
        var distinct: [String] = [], slot: [UTF8Key: Int32] = [:]
        nameOf.reserveCapacity(ids.count)
        slot.reserveCapacity(names.count)
        for name in names {
            if let k = slot[UTF8Key(name)] {
                nameOf.append(k)
            } else {
                let k = Int32(distinct.count)
                slot[UTF8Key(name)] = k
                distinct.append(name)
                nameOf.append(k)
            }
        }
        let keys = distinct.map(Vietnamese.nameSortKey)
        var byKey = Array(keys.indices)
        keys.withUnsafeBufferPointer { keys in
            byKey.sort { compare(keys[$0], keys[$1]) < 0 }
        }
        var rank = [Int32](repeating: 0, count: keys.count)
        for (r, k) in byKey.enumerated() {
            let previous = r > 0 ? byKey[r - 1] : -1
            rank[k] = previous >= 0 && compare(keys[previous], keys[k]) == 0 ? rank[previous] : Int32(r)
        }
        var order = ids.indices.map { (rank[Int(nameOf[$0])], Int32($0)) }
        ids.withUnsafeBufferPointer { ids in
            order.sort { a, b in a.0 != b.0 ? a.0 < b.0 : ids[Int(a.1)] < ids[Int(b.1)] }
        }
        return order.map { ids[Int($0.1)] }
    }

    /// -1, 0 or 1 as `a` sorts before, with or after `b` (lexicographic, as `Vietnamese.lessThan`).
    static func compare(_ a: [UInt16], _ b: [UInt16]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                let n = min(a.count, b.count)
                var i = 0
                while i < n {
                    if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                    i += 1
                }
                return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
            }
        }
    }
}

/// A string hashed and compared by its UTF-8 bytes. Swift hashes non-ASCII strings through
/// their NFC form, normalising every Vietnamese name on every lookup; names are stored in NFC
/// already (the loaders normalise them). A name spelled otherwise only gets its own slot, with
/// the same sort key and so the same rank.
struct UTF8Key: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    /// The bytes read in place (`withUTF8Bytes`).
    func hash(into h: inout Hasher) {
        text.withUTF8Bytes { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Bytes compared with memcmp: `elementsEqual` walked the UTF-8 views a byte at a time.
    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        return a.text.withUTF8Bytes { p in
            b.text.withUTF8Bytes { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
    }
}
