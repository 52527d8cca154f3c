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
        // A part of the roster (the excluded, a cell), in any order, with an id not on it
        // (sorted as its own name): the same order as the definition's.
        let part = Array(ws.members.keys.filter { $0.hasSuffix("3") || $0.hasPrefix("Y") || $0.hasPrefix("Z") }.reversed()) + ["Lê Gone"]
        let partDefinition = part.map { ($0, Vietnamese.nameSortKey(ws.members[$0]?.name ?? $0)) }
            .sorted { Vietnamese.lessThan($0.1, $1.1) || (!Vietnamese.lessThan($1.1, $0.1) && $0.0 < $1.0) }
            .map(\.0)
        #expect(Subjects.people(ws, part) == partDefinition)
        #expect(Subjects.people(ws, part).count > 400)
    }

    @Test func threeWayCompare() {
        #expect(WardFacts.compare([1, 2], [1, 2]) == 0)
        #expect(WardFacts.compare([1, 2], [1, 3]) == -1)
        #expect(WardFacts.compare([1, 2, 0], [1, 2]) == 1)
        #expect(WardFacts.compare([], [0]) == -1)
        #expect(WardFacts.compare([9], [1, 9]) == 1)
    }
}
