extension WardFacts {
    /// Who decides a subject's grade, as the rulebook has it.
    public func competentBody(_ ref: SubjectRef) -> GradingBody { book.competentBody(self, ref) }

    /// Plan V: who decides a subject's grade. The upper level (BTV Thành ủy) decides the ward
    /// committee itself (the BCH only self-assesses it), its BCH and BTV as collectives, and the
    /// leader grades of posts it manages (`managedBy = upper`: secretary, standing deputy, chairs
    /// of UBND and HĐND). The ward decides everything else, including every party member's
    /// member grade (plan V.2, last item).
    public func planCompetentBody(_ ref: SubjectRef) -> GradingBody {
        switch ref.cls {
        case .organization: return ws.units[ref.id]?.kind == .committee ? .upper : .ward
        case .collective:
            return ws.collectives[ref.id]?.cls.decidedByUpper == true ? .upper : .ward
        case .leader: return (positionsByMember[ref.id] ?? []).contains { $0.managedBy == .upper } ? .upper : .ward
        case .member: return .ward
        }
    }

    /// R-AUTHORITY: nil when `by` may decide the subject's grade, else the competent body.
    /// An unnamed body at the decided stage is the ward, the user of kd.
    public func authorityBreach(_ ref: SubjectRef, by: GradingBody?) -> GradingBody? {
        let c = competentBody(ref)
        return (by ?? .ward) == c ? nil : c
    }

    /// R-REVIEW-FIRST: the owed reviews not done yet. A member grade needs the cell (or group)
    /// review; a leader grade needs that and every leader venue.
    public func missingReviews(_ ref: SubjectRef) -> [OwedReview] {
        var owed = owedReviews(ref)
        if ref.cls == .leader { owed = owedReviews(SubjectRef(.member, ref.id)) + owed }
        return owed.filter { $0.done == nil }
    }

    /// The lowest hard ceiling of a subject, if any.
    public func hardCeiling(_ ref: SubjectRef, excluding rule: String? = nil) -> Ceiling? {
        book.hardCeilings(self, ref).filter { $0.rule != rule }.min { $0.level < $1.level }
    }
}
