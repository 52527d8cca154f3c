/// The final level as every listing shows it: none for a subject the rules do not grade
/// (R-EXCL-*, whether or not `exclude` recorded it; R-NOGRADE-*), else what `cap` left.
public struct FinalLevels {
    let ws: Workspace
    let facts: WardFacts?

    public init(_ ws: Workspace) {
        self.ws = ws
        facts = Rulebooks.book(for: ws.settings).map { WardFacts(ws, book: $0) }
    }

    public func callAsFunction(_ ref: SubjectRef) -> Level? {
        if let f = facts {
            if f.gradeBlock(ref) != nil { return nil }
        } else if ws.exclusion(of: ref) != nil {
            return nil
        }
        return ws.finalLevel(ref)
    }

    /// Why the subject is not graded, with the rule id; nil when it is graded.
    public func block(_ ref: SubjectRef) -> (rule: String, message: Message)? {
        if let f = facts { return f.gradeBlock(ref) }
        return ws.exclusion(of: ref).map { ($0.rule ?? "exclude", Message($0.reason.rawValue)) }
    }

    /// Excluded (R-EXCL-*, or by hand): outside the counts, where one reviewed but not graded
    /// (R-NOGRADE-*) counts as not graded, as in `report summary`.
    public func isExcluded(_ ref: SubjectRef) -> Bool { exclusionReason(of: ref) != nil }

    /// Why the subject is excluded, as the rules have it (R-EXCL-* from the roster, or recorded):
    /// what `report summary` counts, whether or not `exclude --auto` has recorded it yet.
    public func exclusionReason(of ref: SubjectRef) -> Exclusion.Reason? {
        if let f = facts { return f.subjectBlock(ref)?.reason }
        return ws.exclusion(of: ref)?.reason
    }

    public func exclusionReason(_ id: String) -> Exclusion.Reason? { exclusionReason(of: SubjectRef(.member, id)) }
}
