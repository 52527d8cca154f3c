/// One review a subject owes [plan II.2], and the record that did it, if any.
public struct OwedReview: Hashable, Sendable {
    public var subject: SubjectRef
    /// The unit or collective before which the review is held.
    public var venue: String
    /// Other venues that also satisfy it (a member's party group, which reports to the cell).
    public var alternatives: [String]
    public var rule: String
    public var done: Review?
    public var form: String
}

extension WardFacts {
    /// R-VENUE-MEMBER / R-VENUE-LEADER / R-VENUE-COLLECTIVE: the reviews a subject owes. A person's
    /// member review is in their cell (or party group); their leader reviews are the extra venues
    /// of plan II.2.1.1 — a leader with none is reviewed (form 2B) only in the cell.
    public func owedReviews(_ ref: SubjectRef) -> [OwedReview] {
        func made(_ venue: String, _ alts: [String], _ rule: String) -> OwedReview {
            let all = [venue] + alts
            // A review dated in a year before the round is not this round's, and one of no
            // session was not held (`review` and `load reviews` refuse both; a workspace saved
            // before they did, or edited by hand, may still hold one).
            // The first held (by date, then venue) when there were several: the same one whatever
            // order the reviews were recorded in.
            let done = (reviewsByID[ref.id] ?? []).filter { r in
                all.contains(r.venue) && (r.subject.cls == ref.cls
                    || (ref.cls == .leader || ref.cls == .member) && (r.subject.cls == .member || r.subject.cls == .leader))
                    && !(r.date.map(isBeforeRound) ?? false) && (r.sessions ?? 1) >= 1
            }.min(by: Review.heldBefore)
            return OwedReview(subject: ref, venue: venue, alternatives: alts, rule: rule, done: done,
                              form: book.form(for: ref, isLeader: isLeader(ref.id), outside: ws.members[ref.id]?.outside ?? false))
        }
        switch ref.cls {
        case .organization, .collective:
            return [made(ref.id, [], "R-VENUE-COLLECTIVE")]
        case .member:
            guard let m = ws.members[ref.id], exclusion(ref.id) == nil else { return [] }
            return [made(m.unit, m.group.map { [$0] } ?? [], "R-VENUE-MEMBER")]
        case .leader:
            guard exclusion(ref.id) == nil else { return [] }
            return leaderVenues(ref.id).map { made($0, [], "R-VENUE-LEADER") }
        }
    }

    /// A leader's venues besides their cell, as the rulebook has them.
    public func leaderVenues(_ member: String) -> [String] { book.leaderVenues(self, member) }

    /// Plan II.2.1.1: a BCH member before the BCH and the leadership collective of each body they
    /// belong to; HĐND leaders (chair, vice chairs, heads of committees) before TT HĐND; MTTQ
    /// and mass-organisation chairs and vice chairs before their collective.
    public func planLeaderVenues(_ member: String) -> [String] {
        let ps = positionsByMember[member] ?? []
        let inBCH = ps.contains { ws.collectives[$0.body]?.cls == .partyExecutive }
        let home = ws.members[member]?.unit
        var venues = Set<String>()
        for p in ps {
            if let c = ws.collectives[p.body] {
                switch c.cls {
                case .partyExecutive: venues.insert(c.code)
                case .councilStanding: if inBCH || isCouncilLeader(p) { venues.insert(c.code) }
                case .frontStanding, .massOrgStanding: if inBCH || isChairOrVice(p) { venues.insert(c.code) }
                default: if inBCH { venues.insert(c.code) }
                }
            } else if inBCH, let u = ws.units[p.body], u.kind != .group {
                // A post held in a unit: its leadership collective (a committee's BCH, a cell's
                // chi ủy), or the unit itself. A party group leads nothing: its head is reviewed
                // in the cell, as its members are.
                let leads: Collective.Class = u.kind == .committee ? .partyExecutive : .cellCommittee
                let lead = ws.collectives.values.filter { $0.unit == p.body && $0.cls == leads }.map(\.code).sorted().first
                venues.insert(lead ?? p.body)
            }
        }
        if let h = home { venues.remove(h) }
        return venues.sorted()
    }

    /// HĐND's leaders as plan II.2.1.1 lists them: the chair, the vice chairs and the heads of
    /// its committees (Trưởng ban); not a committee's deputy head nor a plain standing member.
    func isCouncilLeader(_ p: Position) -> Bool {
        if p.head { return true }
        let r = Vietnamese.key(p.role)
        return r.contains("chu tich") || r.hasPrefix("truong ban")
    }

    /// Chairs and vice chairs (and a youth union's secretaries), as plan II.2.1.1 lists them:
    /// the head, or a role naming the post ("Phó Chủ tịch", "Phó Bí thư"). The head or deputy
    /// head of an internal committee ("Trưởng Ban Pháp chế", "Phó Trưởng ban Kiểm tra") is not
    /// one, as for HĐND.
    func isChairOrVice(_ p: Position) -> Bool {
        if p.head { return true }
        let r = Vietnamese.key(p.role)
        return r.contains("chu tich") || r.contains("bi thu")
    }

    /// Every venue a `review` of this subject may name.
    public func acceptedVenues(_ ref: SubjectRef) -> [String] {
        var refs = [ref]
        if ref.cls == .member || ref.cls == .leader { refs = [SubjectRef(.member, ref.id), SubjectRef(.leader, ref.id)] }
        return Array(Set(refs.flatMap { owedReviews($0).flatMap { [$0.venue] + $0.alternatives } })).sorted()
    }

    /// The whole plan, subject by subject in report order; `unit` keeps what `--unit` keeps in
    /// every report: a cell's people, the cell and its party groups, the collectives attached to
    /// it; a party group's members; a committee's whole tree.
    public func reviewPlan(unit: String? = nil) -> [OwedReview] {
        allSubjects().filter { ref in
            guard let u = unit else { return true }
            return Subjects.inUnit(ws, ref, u)
        }.flatMap(owedReviews)
    }
}
