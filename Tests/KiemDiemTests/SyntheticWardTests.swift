import Foundation
import Testing
@testable import KiemDiem

@Suite struct SyntheticWardTests {
    @Test func sameSeedSameWardOtherSeedOtherWard() {
        let a = SyntheticWard(members: 2000, cells: 40, seed: 7, year: 2023)
        let b = SyntheticWard(members: 2000, cells: 40, seed: 7, year: 2023)
        let c = SyntheticWard(members: 2000, cells: 40, seed: 8, year: 2023)
        #expect(a.members == b.members && a.units == b.units && a.positions == b.positions && a.discipline == b.discipline)
        #expect(a.members != c.members)
    }

    @Test func hasARealisticShape() {
        let w = SyntheticWard(members: 5000, cells: 100, seed: 1, year: 2023)
        #expect(w.members.count == 5000)
        #expect(w.units.filter { $0.kind == .cell }.count == 100)
        #expect(Set(w.units.compactMap(\.type)) == Set(Unit.CellType.allCases))
        #expect(w.units.contains { $0.kind == .group })
        #expect(Set(w.collectives.map(\.cls)) == Set(Collective.Class.allCases))
        #expect(w.members.contains { $0.status == .exempt } && w.members.contains { $0.status == .suspended })
        let asOf = Day(year: 2023, month: 11, day: 26)!
        #expect(w.members.contains { $0.admitted.map { ExclusionRules.isNew(admitted: $0, asOf: asOf) } ?? false })
        #expect(!w.discipline.isEmpty)
        #expect(w.positions.filter { $0.managedBy == .upper }.count >= 4)
        #expect(w.members.allSatisfy { $0.name.unicodeScalars.contains { $0.value > 0x7F } || !$0.name.isEmpty })
        #expect(Set(w.members.map(\.id)).count == 5000)
    }

    /// commands.md promises every case in a generated ward: small wards drew some of them by
    /// chance alone (a 30-member ward had no discipline case and no exempt member).
    @Test(arguments: [10, 20, 30, 50, 150])
    func smallWardsHaveEveryCase(_ n: Int) {
        let asOf = Day(year: 2023, month: 11, day: 26)!
        for seed in 1...5 {
            let w = SyntheticWard(members: n, cells: max(1, n / 25), seed: UInt64(seed), year: 2023)
            #expect(w.members.contains { $0.status == .exempt } && w.members.contains { $0.status == .suspended })
            #expect(w.members.contains { $0.status == .active && $0.admitted.map { ExclusionRules.isNew(admitted: $0, asOf: asOf) } ?? false })
            #expect(!w.discipline.isEmpty)
        }
    }

    /// What a ward holds could be real (audit 49d): no cell without members, votes from at most
    /// the cell's members, a score in its level's band, posts held by active members from
    /// their admission on, nobody admitted before 18, the women's union led by women.
    @Test(arguments: [(10, 7), (25, 7), (50, 50), (90, 7), (200, 7), (3000, 75)])
    func whatItHoldsCouldBeReal(_ n: Int, _ c: Int) {
        for seed in 1...6 {
            let w = SyntheticWard(members: n, cells: c, seed: UInt64(seed), year: 2025)
            var size: [String: Int] = [:]
            for m in w.members { size[m.unit, default: 0] += 1 }
            #expect(w.units.filter { $0.kind == .cell }.allSatisfy { size[$0.code, default: 0] > 0 }, "\(n)/\(c) seed \(seed)")
            let members = Dictionary(uniqueKeysWithValues: w.members.map { ($0.id, $0) })
            for g in w.grades {
                let m = members[g.member]!
                #expect(g.votes >= 1 && g.votes <= size[m.unit]!, "\(g.member): \(g.votes) votes in a cell of \(size[m.unit]!)")
                #expect(QD366.band(Points(hundredths: g.score * 100)) == g.level, "\(g.member): \(g.level) with score \(g.score)")
            }
            let asOf = Day(year: 2025, month: 11, day: 26)!
            for p in w.positions {
                let m = members[p.member]!
                #expect(m.status == .active, "\(p.member) holds \(p.role) while \(m.status)")
                #expect(m.admitted! <= asOf.adding(months: -12), "\(p.member) holds \(p.role) in the probation year")
                #expect(p.since.map { s in m.admitted.map { $0 <= s } ?? true } ?? true, "\(p.member) holds \(p.role) before admission")
                if p.body == "HLHPN" { #expect(m.gender == "Nữ", "\(p.member) at the women's union") }
                if p.body == "DTN" { #expect(m.born!.year > 2025 - 36, "\(p.member) at the youth union, born \(m.born!)") }
                if p.body == "CCB" { #expect(m.born!.year <= 2025 - 45, "\(p.member) at the veterans', born \(m.born!)") }
            }
            for m in w.members { #expect(m.admitted! >= m.born!.adding(months: 18 * 12), "\(m.id) admitted before 18") }
        }
    }

    /// The files `--out` writes load back through the loaders into the same tables.
    @Test func writtenFilesLoadBackIdentically() throws {
        let w = SyntheticWard(members: 3000, cells: 60, seed: 3, year: 2023)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try w.write(to: dir)
        let tx = Transaction(Workspace())
        for f in files {
            let kind = LoadKind.named(String(f.dropLast(4)) == "roster" ? "roster" : String(f.dropLast(4)))!
            _ = try kind.load(try Table.read(path: dir + "/" + f, display: f, schema: kind.schema), tx, .replace)
        }
        let ws = tx.commit().0
        #expect(ws.members == Dictionary(uniqueKeysWithValues: w.members.map { ($0.id, $0) }))
        #expect(ws.units == Dictionary(uniqueKeysWithValues: w.units.map { ($0.code, $0) }))
        #expect(ws.positions.count == w.positions.count)
        #expect(ws.discipline.count == w.discipline.count)
    }
}

/// A write that fails (a full disk) is an error naming the file, not a crash, and leaves no
/// part of a file behind.
struct CSVWriterFailureTests {
    @Test func aFullDiskIsAnErrorNamingTheFile() throws {
        let w = try CSVWriter(path: "/dev/full", display: "gw/roster.csv", header: ["id", "name"])
        for i in 0..<100_000 { w.row(["G\(i)", "Nguyễn Văn An"]) }
        do {
            try w.close()
            Issue.record("close did not throw")
        } catch let e as KDError {
            #expect(e.message.en == "cannot write gw/roster.csv: the disk is full")
        }
    }

    @Test func aFailedWardWriteLeavesTheFolderAsItWas() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-gw-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old\n".write(toFile: dir + "/roster.csv", atomically: true, encoding: .utf8)
        // The last file cannot be made (a folder holds its temporary name): the five written
        // before it are not put in place, and the earlier roster stays.
        try FileManager.default.createDirectory(atPath: dir + "/.grades.csv.kd-part", withIntermediateDirectories: false)
        let ward = SyntheticWard(members: 50, cells: 7, seed: 1, year: 2023)
        #expect(throws: KDError.self) { try ward.write(to: dir) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".grades.csv.kd-part", "roster.csv"])
        #expect(try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8) == "old\n")
    }
}
