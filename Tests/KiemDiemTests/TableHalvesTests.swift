import Foundation
import Testing
@testable import KiemDiem

/// `open` reads a big table in two halves on two cores: the second half from a record the count
/// marked. Cut at every record, the workspace is the one a single reader makes; a problem in
/// either half, or a key repeated across them, gives up as one reader does.
struct TableHalvesTests {
    /// Every table of the demo ward (with its snapshots) and some more members.
    static func saved() throws -> (Workspace, Data) {
        var ws = try WorkspaceReaderTests.demo2023()
        for m in SyntheticWard(members: 40, cells: 3, seed: 4, year: 2023).members {
            var m = m
            m.unit = ws.members.values.first!.unit
            m.group = nil
            ws.members["S" + m.id] = m
            ws.members["S" + m.id]!.id = "S" + m.id
        }
        return (ws, try WorkspaceFile.encode(ws))
    }

    static func halves(pick: Int?) -> WorkspaceReader.Halves {
        WorkspaceReader.Halves(from: 0, records: 2, marks: 1, pick: pick)
    }

    @Test func everyCutReadsTheSameWorkspace() throws {
        let (ws, data) = try Self.saved()
        let expected = try WorkspaceFile.referenceEncode(ws)
        let one = try WorkspaceReader.readOrGiveUp(data)
        #expect(one.tablesInHalves == 0)
        #expect(try WorkspaceFile.referenceEncode(one.workspace) == expected)
        let most = [ws.members.count, ws.grades.count, ws.units.count, ws.positions.count].max()!
        // Every top-level table of two records or more but the snapshots (read on one core).
        let sizes = [ws.units.count, ws.collectives.count, ws.members.count, ws.positions.count, ws.exclusions.count,
                     ws.reviews.count, ws.grades.count, ws.discipline.count, ws.targets.count, ws.adjustments.count,
                     ws.criteria.count, ws.assessments.count, ws.shortcomings.count]
        #expect(ws.snapshots.count == 2 && sizes.filter { $0 >= 2 }.count >= 7)
        for pick in 1..<most {
            let two = try WorkspaceReader.readOrGiveUp(data, halves: Self.halves(pick: pick))
            #expect(two.tablesInHalves == sizes.filter { $0 >= 2 }.count, "cut at record \(pick)")
            #expect(try WorkspaceFile.referenceEncode(two.workspace) == expected, "cut at record \(pick)")
        }
    }

    /// A cut that is not where a record begins (as a count misled by a broken file would give)
    /// is not used: the first half reads on past it, alone, to the same workspace.
    @Test func aCutOffARecordIsDropped() throws {
        let (ws, data) = try Self.saved()
        let expected = try WorkspaceFile.referenceEncode(ws)
        for shift in [-1, 1, 2, 7, 40] {
            for pick in [1, 2, 5, 20] {
                var h = Self.halves(pick: pick)
                h.shift = shift
                let read = try WorkspaceReader.readOrGiveUp(data, halves: h)
                #expect(read.tablesInHalves == 0, "shift \(shift), cut at record \(pick)")
                #expect(try WorkspaceFile.referenceEncode(read.workspace) == expected, "shift \(shift), cut at record \(pick)")
            }
        }
    }

    /// A member id twice, once in each half, or twice in the second half: given up (JSONDecoder
    /// then reads the file and names the problem), not one of them kept.
    @Test func aKeyRepeatedAcrossTheHalvesGivesUp() throws {
        func file(_ ids: [String]) -> Data {
            let ms = ids.map { #""\#($0)":{"id":"\#($0)","name":"A","unit":"CB","status":"active","civilServant":false,"outside":false}"# }
            return Data((#"{"format":"kd-workspace","version":1,"units":{"CB":{"code":"CB","name":"x","kind":"cell"}},"members":{"#
                + ms.joined(separator: ",\n") + "}}").utf8)
        }
        let good = file(["P1", "P2", "P3", "P4", "P5", "P6"])
        for pick in 1..<6 {
            let read = try WorkspaceReader.readOrGiveUp(good, halves: Self.halves(pick: pick))
            #expect(read.tablesInHalves == 1 && read.workspace.members.count == 6)
            for repeated in [["P1", "P2", "P3", "P4", "P5", "P1"], ["P1", "P2", "P3", "P4", "P6", "P6"],
                             ["P6", "P2", "P3", "P4", "P5", "P6"]] {
                #expect(throws: JSONCursor.GiveUp.self, "\(repeated) cut at \(pick)") {
                    try WorkspaceReader.readOrGiveUp(file(repeated), halves: Self.halves(pick: pick))
                }
            }
        }
    }

    /// Files changed at random read the same with and without halves: the same workspace, or
    /// both give up (a bad record in the first half, in the second, or a count misled).
    @Test func changedFilesReadAlikeInHalves() throws {
        var rng = SeededRandom(seed: 28)
        var ws = Workspace()
        ws.units["CB"] = Unit(code: "CB", name: "x", kind: .cell)
        for m in SyntheticWard(members: 12, cells: 1, seed: 2, year: 2023).members {
            var m = m
            m.unit = "CB"
            m.group = nil
            ws.members[m.id] = m
            ws.grades[SubjectRef(.member, m.id).key] = GradeSet()
        }
        let base = Array(try WorkspaceFile.encode(ws))
        let pieces: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ",", ":", "0", " ", "\n", "null", "é", "\"a\":{},"].map { Array($0.utf8) }
        var split = 0, agreed = 0
        for _ in 0..<1500 {
            let b = WorkspaceReaderTests.changed(base, upTo: 2, pieces, &rng)
            let one = try? WorkspaceReader.readOrGiveUp(Data(b))
            let two = try? WorkspaceReader.readOrGiveUp(Data(b), halves: Self.halves(pick: 1 + rng.below(11)))
            #expect((one == nil) == (two == nil), "\(String(decoding: b, as: UTF8.self))")
            if let one, let two {
                #expect(try WorkspaceFile.referenceEncode(one.workspace) == WorkspaceFile.referenceEncode(two.workspace))
                agreed += 1
                if two.tablesInHalves > 0 { split += 1 }
            }
        }
        #expect(agreed > 100 && split > 100)
    }
}
