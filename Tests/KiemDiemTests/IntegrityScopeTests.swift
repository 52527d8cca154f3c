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

    /// The members' missing units, counted on two cores, are the same wherever the cut falls.
    @Test func missingUnitsAtEveryCut() {
        var ws = Workspace()
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell)
        for i in 0..<40 {
            let unit = ["CB01", "CB02", "CB03"][i % 3]
            ws.members["M\(i)"] = Member(id: "M\(i)", name: "Nguyễn Văn \(i)", unit: unit, group: i % 4 == 0 ? "TO9" : nil)
        }
        let one = LoadIntegrity.missingUnits(ws, split: 0)
        #expect(one == ["CB02": 13, "CB03": 13, "TO9": 10])
        for cut in 0...ws.members.count { #expect(LoadIntegrity.missingUnits(ws, split: cut) == one) }
    }
}
