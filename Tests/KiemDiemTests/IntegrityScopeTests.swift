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
        tx.replace(\.positions, with: [:])
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
}
