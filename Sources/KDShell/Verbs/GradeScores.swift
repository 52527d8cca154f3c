import KiemDiem

extension Verbs {
    /// qd366 scores on `grade`: checks them (30 + 70 = 100, in hundredths), derives the level
    /// when none is named, and notes a named level that contradicts its score's band
    /// (R366-SCORE-BAND: a finding for `check`, not a refusal). Returns the lines to print.
    static func scoredGrade(_ inv: Invocation, _ facts: WardFacts, _ ref: SubjectRef, _ rec: inout GradeRecord,
                            given: Word?, stage: Stage) throws -> [Message] {
        if let p = facts.book.scoreProblem(rec) { throw inv.error(p.message, at: inv.value(p.field)) }
        guard let d = facts.book.derive(facts, ref, rec) else {
            if given == nil {
                throw inv.error(ShellText.noBands(facts.book.id.rawValue), at: inv.value("score") ?? inv.value("common") ?? inv.value("results"),
                                hints: [ShellText.hintNameLevel])
            }
            return []
        }
        guard given != nil else {
            rec.level = QD366.derivedLevel(d, stage: stage)
            // Below the decided stage the grade is the band; the caller notes the ceiling cap
            // will apply (a lowering cap records, and takes back once the facts change).
            return [ShellText.derivedBand(d)] + (stage == .decided ? d.ceilings.map(ShellText.derivedStep) : [])
        }
        guard rec.level > d.band else { return [] }
        // A decision with --override (refused at other stages) stays above the band: cap keeps it.
        return [rec.override != nil ? ShellText.aboveBandKeptNote(rec.level, d) : ShellText.aboveBandNote(rec.level, d)]
    }
}
