import Testing
@testable import KiemDiem

/// What reports show for a subject that is not graded comes from the same rule code as every
/// other answer (`gradeBlock`), with the exclusion's reason: recorded, else the roster's; and
/// `isBlocked`, which `cap` asks of every subject, agrees with both.
struct SubjectBlockTests {
    @Test func sameRulesAsGradeBlockWithTheReason() throws {
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        _ = try DemoWard.load(into: tx)
        var ws = tx.commit().0
        // One recorded by hand, one recorded by the roster's rule, the rest only derived.
        let ids = ws.members.keys.sorted()
        ws.exclusions[ids[0]] = Exclusion(subject: ids[0], reason: .other, note: "đi học")
        ws.exclusions[ids[1]] = Exclusion(subject: ids[1], reason: .suspended, rule: "R-EXCL-SUSPENDED")
        let facts = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!)
        var seen = Set<String>()
        for ref in facts.allSubjects() {
            let block = facts.subjectBlock(ref), rule = facts.gradeBlock(ref)?.rule
            #expect(block?.rule == rule, "\(ref)")
            // `cap`'s quick check gives the same answer without building the message.
            #expect(facts.isBlocked(ref) == (rule != nil), "\(ref)")
            // And so does the summary's, given the member's roster fields.
            if ref.cls == .member, let m = ws.members[ref.id] {
                #expect(facts.memberBlock(ref.id, status: m.status, admitted: m.admitted) == block, "\(ref)")
            }
            guard let block else { continue }
            seen.insert(block.rule)
            if let recorded = ws.exclusions[ref.id], ref.cls != .organization, ref.cls != .collective {
                #expect(block.reason == recorded.reason, "\(ref)")
            } else if block.rule.hasPrefix("R-NOGRADE") {
                #expect(block.reason == nil, "\(ref)")
            } else {
                #expect(block.reason == ExclusionRules.derive(ws.members[ref.id]!, asOf: facts.refDate)?.reason, "\(ref)")
            }
        }
        #expect(seen.isSuperset(of: ["exclude", "R-EXCL-SUSPENDED", "R-EXCL-EXEMPT", "R-EXCL-NEW"]))
        #expect(seen.contains { $0.hasPrefix("R-NOGRADE") })
    }

    /// `isSubject` (cap's test for stale adjustments) says yes exactly for `allSubjects()`, and
    /// `cap` lists what it adjusted in that order.
    @Test func subjectsByKeyAndAdjustedInOrder() throws {
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        _ = try DemoWard.load(into: tx)
        let ws = tx.commit().0
        let facts = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!)
        let all = facts.allSubjects()
        #expect(all.allSatisfy { facts.isSubject($0.key) })
        let leaders = Set(all.filter { $0.cls == .leader }.map(\.id))
        let notLeader = try #require(ws.members.keys.sorted().first { !leaders.contains($0) })
        let ungraded = try #require(ws.units.values.first { !$0.isGraded })
        for key in ["leader:\(notLeader)", "organization:\(ungraded.code)", "member:NO-SUCH", "collective:NO-SUCH", "nonsense"] {
            #expect(!facts.isSubject(key), "\(key)")
        }
        let res = facts.cap()
        #expect(!res.adjusted.isEmpty)
        #expect(res.adjusted == all.filter { res.adjustments[$0.key] != nil })
        // What the verb asks for: the same adjustments and groups, no table of outcomes.
        let lean = facts.cap(keepOutcomes: false)
        #expect(lean.outcomes.isEmpty && !res.outcomes.isEmpty)
        #expect(lean.adjustments == res.adjustments && lean.adjusted == res.adjusted)
        #expect(lean.groups.map(\.lowered) == res.groups.map(\.lowered))
    }
}
