/// Why a criterion mark may not be recorded, and which part of the request is wrong.
public struct AssessRefusal: Error, Sendable {
    /// `role`: the person holds no post, or is not graded as a leader (R-NOGRADE-LEADER-NEW):
    /// what is wrong is asking for the leader sheet.
    public enum Field: Sendable { case subject, role, criterion, mark }
    public var field: Field
    public var refusal: Refusal
}

extension WardFacts {
    /// The checks `assess` and `load assessments` share: the person is graded in that role
    /// (R-EXCL-*, R-NOGRADE-*), the criterion is on the subject's sheet, and the mark fits the
    /// round's scale (a rating under qd124, points within the criterion's maximum under qd366).
    public func assessment(_ ref: SubjectRef, criterion: String, mark text: String, note: String?,
                           _ sheets: CriteriaSheets) throws -> Assessment {
        func no(_ f: AssessRefusal.Field, _ rule: String, _ m: Message, _ hint: Message? = nil) -> AssessRefusal {
            AssessRefusal(field: f, refusal: Refusal(rule: rule, message: m, hint: hint))
        }
        if ref.cls == .leader && !isLeader(ref.id) {
            throw no(.role, "", RulesText.notALeader(ref.id), Catalog.Criteria.hintAssessMember)
        }
        if let b = gradeBlock(ref) {
            let excluded = (ref.cls == .member || ref.cls == .leader) && exclusion(ref.id) != nil
            throw no(!excluded && ref.cls == .leader ? .role : .subject, b.rule == "exclude" ? "" : b.rule,
                     excluded ? RulesText.excludedFact(b.message) : b.message)
        }
        guard let sheet = criteriaSheet(ref, sheets) else { throw no(.subject, "", Catalog.Criteria.noSheet(ref.cls)) }
        let wanted = criterion.trimmingCharacters(in: .whitespaces)
        // As subjects are found: the exact id, else the one id equal to it ignoring case and
        // diacritics ("chinh tri" finds "Chính trị"); two such ids are listed, not guessed.
        let c: Criterion
        if let exact = sheet.criteria.first(where: { $0.id == wanted }) {
            c = exact
        } else {
            let k = Vietnamese.key(wanted)
            let found = sheet.criteria.filter { Vietnamese.key($0.id) == k }
            if found.count > 1 {
                throw no(.criterion, "", Catalog.Criteria.ambiguousCriterion(wanted, found.map(\.id)), Catalog.Criteria.hintTypeCriterion)
            }
            guard let one = found.first else {
                throw no(.criterion, "", Catalog.Criteria.unknownCriterion(wanted, ref.cls, sheet.form, sheet.criteria.map(\.id)))
            }
            c = one
        }
        var a = Assessment(subject: ref, criterion: c.id, note: note)
        switch book.criteriaScale {
        case .ratings:
            guard let r = Rating.parse(text) else {
                throw no(.mark, "", Catalog.Criteria.badRating(text), Catalog.Criteria.hintRatings)
            }
            a.rating = r
        case .points:
            guard let p = Points.parse(text) else {
                if Rating.parse(text) != nil { throw no(.mark, "", Catalog.Criteria.pointsNotRatings(text)) }
                throw no(.mark, "", Catalog.Criteria.badPoints(text, c.max))
            }
            if let max = c.max, p > max { throw no(.mark, "", Catalog.Criteria.overMax(p, max, c.id)) }
            a.points = p
        }
        return a
    }
}
