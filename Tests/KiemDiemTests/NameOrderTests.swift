import Testing
@testable import KiemDiem

/// The roster order every listing and `cap` use: Vietnamese name order, then id. The in-place
/// three-way sort must give what the plain definition gives, same names included.
struct NameOrderTests {
    @Test func sameOrderAsTheDefinition() {
        var ws = Workspace()
        for m in SyntheticWard(members: 4000, cells: 40, seed: 11, year: 2023).members { ws.members[m.id] = m }
        for (i, name) in ["Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn Ân", "nguyễn văn an", "An", "", "Nguyễn  Văn   An"].enumerated() {
            ws.members["Z\(i)"] = Member(id: "Z\(i)", name: name, unit: "CB01")
        }
        // Two spellings with one sort key, ids interleaved: only equal ranks keep the id order.
        for (id, name) in [("Y1", "Trần Thị Bình"), ("Y2", "Trần  Thị Bình"), ("Y3", "Trần Thị Bình")] {
            ws.members[id] = Member(id: id, name: name, unit: "CB01")
        }
        let definition = ws.members.values.map { ($0.id, Vietnamese.nameSortKey($0.name)) }
            .sorted { Vietnamese.lessThan($0.1, $1.1) || (!Vietnamese.lessThan($1.1, $0.1) && $0.0 < $1.0) }
            .map(\.0)
        #expect(WardFacts.peopleInNameOrder(ws) == definition)
    }

    @Test func threeWayCompare() {
        #expect(WardFacts.compare([1, 2], [1, 2]) == 0)
        #expect(WardFacts.compare([1, 2], [1, 3]) == -1)
        #expect(WardFacts.compare([1, 2, 0], [1, 2]) == 1)
        #expect(WardFacts.compare([], [0]) == -1)
        #expect(WardFacts.compare([9], [1, 9]) == 1)
    }
}
