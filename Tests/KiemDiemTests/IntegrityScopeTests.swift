import Testing
@testable import KiemDiem

/// After a `--replace` load, dangling records are looked for only when the load replaced a
/// table others refer to (roster, units, collectives, positions).
struct IntegrityScopeTests {
    func dangling() -> Workspace {
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        ws.members["M1"] = Member(id: "M1", name: "Nguyễn Văn An", unit: "CB01")
        ws.exclusions["GHOST"] = Exclusion(subject: "GHOST", reason: .other)  // refers to no member
        return ws
    }

    @Test func aReferredTableIsChecked() throws {
        let tx = Transaction(dangling())
        tx.replace(\.members, with: ["M1": Member(id: "M1", name: "Nguyễn Văn An", unit: "CB01")])
        #expect(try !LoadIntegrity.settle(tx).isEmpty)
        #expect(tx.ws.exclusions["GHOST"] == nil)
    }

    @Test func aTableNobodyRefersToIsNot() throws {
        let tx = Transaction(dangling())
        tx.replace(\.grades, with: [:])
        tx.set(\.adjustments, "member:M1", nil)
        #expect(try LoadIntegrity.settle(tx).isEmpty)
        #expect(tx.ws.exclusions["GHOST"] != nil)
    }

    /// New positions: a leader who no longer holds a post loses his leader-class records, but
    /// keeps his leader grade (it stays with the member); member records are not rescanned.
    @Test func newPositionsCheckLeadersOnly() throws {
        var ws = dangling()
        let post = Position(member: "M1", body: "CB01", role: "Bí thư", head: true)
        ws.positions[post.key] = post
        let leader = SubjectRef(.leader, "M1")
        let review = Review(subject: leader, venue: "CB01")
        ws.reviews[review.key] = review
        ws.grades[leader.key] = { var g = GradeSet(); g.proposed = GradeRecord(level: .HTNV); return g }()
        let tx = Transaction(ws)
        tx.replace(\.positions, with: [:])
        #expect(try !LoadIntegrity.settle(tx).isEmpty)
        #expect(tx.ws.reviews.isEmpty)
        #expect(tx.ws.grades[leader.key] != nil)
        #expect(tx.ws.exclusions["GHOST"] != nil)

        let keep = Transaction(ws)
        keep.replace(\.positions, with: [post.key: post])
        #expect(try LoadIntegrity.settle(keep).isEmpty)
        #expect(keep.ws.reviews.count == 1)
    }
}
