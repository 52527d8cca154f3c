import Foundation
import Testing
@testable import KiemDiem

@Suite struct DemoWardTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/demo").standardized

    /// Examples/demo is written from the embedded texts (`generate demo --out Examples/demo`).
    @Test func examplesMatchTheEmbeddedTexts() throws {
        for (kind, text) in DemoWard.files {
            let file = Self.examples.appendingPathComponent("\(kind).csv")
            let onDisk = try String(contentsOf: file, encoding: .utf8)
            #expect(onDisk == text, "Examples/demo/\(kind).csv differs: run `kd -c 'generate demo --out Examples/demo'`")
        }
    }

    func demo() throws -> Workspace {
        let tx = Transaction(Workspace())
        _ = try DemoWard.load(into: tx)
        return tx.commit().0
    }

    /// `generate demo --year 2025` writes these: loaded in order, they are the embedded round.
    @Test func files2025LoadAsTheEmbedded2025Round() throws {
        func fresh() -> Transaction {
            var settings = Settings(year: 2025, rules: "qd366")
            settings.asOf = DemoWard.asOf2025
            return Transaction(Workspace(settings: settings))
        }
        let embedded = fresh(), fromFiles = fresh()
        _ = try DemoWard.load2025(into: embedded)
        let files = try DemoWard.files2025()
        #expect(files.map(\.kind) == ["units", "collectives", "roster", "positions", "discipline", "targets", "reviews", "grades"])
        for (kind, text) in files {
            let k = try #require(LoadKind.named(kind))
            _ = try k.load(Table.parse(text, file: "\(kind).csv", schema: k.schema), fromFiles, .replace)
        }
        let enc = JSONEncoder()
        enc.outputFormatting = .sortedKeys
        #expect(try enc.encode(embedded.ws) == enc.encode(fromFiles.ws))
        #expect(!fromFiles.ws.grades.isEmpty && !fromFiles.ws.reviews.isEmpty)
    }

    @Test func loadsThroughTheLoadersAndShowsEachCase() throws {
        let ws = try demo()
        #expect((140...160).contains(ws.members.count))
        let cellTypes = Set(ws.units.values.compactMap(\.type))
        #expect(cellTypes == Set(Unit.CellType.allCases))
        #expect(Set(ws.collectives.values.map(\.cls)) == Set(Collective.Class.allCases))
        #expect(ws.units.values.contains { $0.kind == .group })
        // Every cell has a liaison who sits on the BTV.
        let btv = Set(ws.positions.values.filter { $0.body == "BTV" }.map(\.member))
        for u in ws.units.values where u.kind == .cell { #expect(u.liaison.map(btv.contains) == true, "\(u.code)") }
        // Upper-managed posts, statuses, discipline variants, workplace stages, targets.
        #expect(ws.positions.values.filter { $0.managedBy == .upper }.map(\.member).sorted().uniqued() == ["P001", "P002", "P003", "P004"])
        #expect(ws.members.values.contains { $0.status == .exempt })
        #expect(ws.members.values.contains { $0.status == .suspended })
        #expect(ws.discipline.values.contains { $0.selfDiscovered })
        #expect(ws.discipline.values.contains { $0.countedIn != nil })
        #expect(ws.discipline.values.contains { $0.kind == .decline })
        #expect(Set(ws.members.values.compactMap(\.workplaceStage)) == [.proposed, .decided])
        #expect(ws.targets.values.contains { $0.completedPct < 50 })
        #expect(ws.targets.values.contains { $0.completedPct == 100 && ($0.exceededPct ?? 0) >= 50 })
        // Names that collide without diacritics.
        if case .ambiguous(let refs) = ws.lookup("nguyen van an") { #expect(refs.count == 2) } else { Issue.record("not ambiguous") }
    }
}

extension Array where Element: Equatable {
    func uniqued() -> [Element] { reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
}
