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

/// The positions index lists each member's and each body's positions in the order of the
/// table's keys (String order), whether the keys are all ASCII (sorted by their bytes) or not.
struct PositionsIndexTests {
    @Test(arguments: [false, true])
    func listsInKeyOrder(nonASCII: Bool) throws {
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        _ = try DemoWard.load(into: tx)
        var ws = tx.commit().0
        let member = ws.members.keys.sorted()[0], bodies = ws.units.keys.sorted()
        // Several posts of one member, in bodies whose codes sort otherwise than they were added.
        for (n, body) in [bodies[3], bodies[1], bodies[2]].enumerated() {
            let p = Position(member: member, body: body, role: nonASCII ? "Ủy viên \(3 - n)" : "uy vien \(3 - n)")
            ws.positions[p.key] = p
        }
        if nonASCII {
            ws.members["Đ01"] = Member(id: "Đ01", name: "Lê Văn Đức", unit: bodies[1])
            let p = Position(member: "Đ01", body: bodies[1], role: "Bí thư")
            ws.positions[p.key] = p
        }
        #expect(ws.positions.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } == !nonASCII)
        let facts = WardFacts(ws, book: Rulebooks.book(for: ws.settings)!)
        let sorted = ws.positions.sorted { $0.key < $1.key }.map(\.value)
        for id in Set(ws.positions.values.map(\.member)) {
            #expect(facts.positionsByMember[id] == sorted.filter { $0.member == id }, "\(id)")
        }
        for code in Set(ws.positions.values.map(\.body)) {
            #expect(facts.positionsByBody[code] == sorted.filter { $0.body == code }, "\(code)")
        }
        #expect(facts.positionsByMember[member]?.count ?? 0 >= 3)
    }
}
