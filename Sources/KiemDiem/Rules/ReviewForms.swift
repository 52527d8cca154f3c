/// The review form a subject owes (R-FORM) with what the rulebook asks it to cover, for the form
/// reports (`report form`, `report forms`) to lay out. Everything rule-shaped is decided here.
public struct ReviewForm: Sendable {
    /// The subject writing it: a unit, a collective, or a person (as `member:ID`; a leader writes
    /// one form covering both their member and leader review).
    public var subject: SubjectRef
    /// The form's letter under the rulebook ("01", "2A", "2B", "2C").
    public var form: String
    public var kind: ReviewFormKind
    public var sections: [FormSection]
    /// The levels to mark, best first.
    public var levels: [Level]
    /// Where it is reviewed (R-VENUE-*).
    public var venues: [String]
    /// Recorded shortcomings of the previous review (member and leader ones for a person).
    public var shortcomings: [Shortcoming]
    /// The criteria sheets it is rated on, with its marks so far (member and leader sheets).
    public var sheets: [FormSheet]
    /// How the round marks them (ratings under QĐ124, points under QĐ366): the rulebook's,
    /// whatever a province's list calls its forms or whatever `max` it gives.
    public var scale: CriteriaScale
    /// A person's posts, in the order the rules index them.
    public var positions: [Position]
}

/// One criteria sheet printed with a form.
public struct FormSheet: Sendable {
    public var subject: SubjectRef
    public var form: String
    public var criteria: [Criterion]
    public var marks: [String: Mark]
    public var verdict: CriteriaVerdict?
    /// Why the subject is not graded on this sheet (R-NOGRADE-*: a leader in post under 6
    /// months is reviewed as a leader but graded only as a member): the sheet is printed as not
    /// applicable, as `assess` refuses marks on it.
    public var notGraded: (rule: String, message: Message)? = nil
}

extension WardFacts {
    /// The form a subject owes; nil for a person who is neither reviewed nor graded (R-EXCL-*)
    /// or a unit that is not reviewed (a party group).
    public func reviewForm(_ ref: SubjectRef, _ sheets: CriteriaSheets) -> ReviewForm? {
        let person = ref.cls == .member || ref.cls == .leader
        let subject = person ? SubjectRef(.member, ref.id) : ref
        if person && exclusion(ref.id) != nil { return nil }
        guard ws.exists(subject) else { return nil }
        let leader = person && isLeader(ref.id)
        let outside = person && (ws.members[ref.id]?.outside ?? false)
        let letter = book.form(for: leader ? SubjectRef(.leader, ref.id) : subject, isLeader: leader, outside: outside)
        // Outside the political system is a kind of its own only where the rulebook gives it its
        // own form (QĐ366 2C); under QĐ124 such a member writes the non-leader's 2A.
        let ownForm = outside && letter != book.form(for: subject, isLeader: false, outside: false)
        let kind: ReviewFormKind = !person ? .collective : leader ? .leader : ownForm ? .outside : .member
        var refs = [subject]
        if leader { refs.append(SubjectRef(.leader, ref.id)) }
        var venues: [String] = []
        // Where the review was held when it is recorded (a member's party group stands for the
        // cell), else where it is owed.
        for r in refs {
            for o in owedReviews(r) {
                let v = o.done?.venue ?? o.venue
                if !venues.contains(v) { venues.append(v) }
            }
        }
        let printed: [FormSheet] = refs.compactMap { r in
            guard let s = criteriaSheet(r, sheets) else { return nil }
            if let b = notGraded(r) {
                return FormSheet(subject: r, form: s.form, criteria: s.criteria, marks: [:], verdict: nil, notGraded: b)
            }
            let m = marks(r, s.criteria)
            return FormSheet(subject: r, form: s.form, criteria: s.criteria, marks: m,
                             verdict: m.isEmpty ? nil : book.criteriaLevel(s.criteria, m))
        }
        return ReviewForm(subject: subject, form: letter, kind: kind, sections: book.reviewContents(kind), levels: book.levels,
                          venues: venues, shortcomings: refs.compactMap { ws.shortcomings[$0.key] }, sheets: printed, scale: book.criteriaScale,
                          positions: person ? positionsByMember[ref.id] ?? [] : [])
    }

    /// Every form owed, in report order (one per person), optionally one unit's or one class's.
    public func reviewForms(unit: String? = nil, cls: SubjectClass? = nil) -> [ReviewForm] {
        let sheets = criteriaSheets
        return allSubjects().filter { r in
            if r.cls == .leader { return false }  // a leader's form is written as the person's
            if let c = cls, c != r.cls && !(c == .leader && r.cls == .member && isLeader(r.id)) { return false }
            // One reading of a unit everywhere: its subjects and those of the units under it, a
            // party group's members included (as `review plan --unit` and the reports).
            guard let u = unit else { return true }
            return Subjects.inUnit(ws, r, u)
        }.compactMap { reviewForm($0, sheets) }
    }
}
