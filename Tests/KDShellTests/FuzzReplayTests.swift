import Foundation
import Testing
@testable import KDShell

/// Replays, without a sanitizer, every input the fuzzers once crashed on (Tests/Corpus/fuzz/KIND/,
/// kept after the fix) and the bad-input corpus, through the same entry points as Fuzz/.
/// A regression traps and fails the run.
@Suite struct FuzzReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Corpus").standardized

    struct Input: CustomTestStringConvertible, Sendable {
        var kind: String
        var path: String
        var testDescription: String { path }
    }

    static let inputs: [Input] = {
        var all: [Input] = []
        for (kind, folders) in [("script", ["fuzz/script", "script"]), ("csv", ["fuzz/csv", "csv"]), ("workspace", ["fuzz/workspace", "workspace"]),
                                 ("xlsx", ["fuzz/xlsx", "xlsx"])] {
            for f in folders {
                let dir = corpus.appendingPathComponent(f)
                for n in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where !n.hasPrefix(".") && n != "README.md" {
                    all.append(Input(kind: kind, path: "\(f)/\(n)"))
                }
            }
        }
        return all
    }()

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 50)
    }

    @Test(arguments: inputs)
    func replays(_ input: Input) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(input.path))
        switch input.kind {
        case "script": HostileInput.script(data)
        case "csv": #expect(HostileInput.csv(data) >= 0)
        case "xlsx": #expect(HostileInput.xlsx(data) >= 0)
        default: HostileInput.workspace(data)
        }
    }

    /// The entry points do the work they claim: good input binds, loads and round-trips.
    @Test func entryPointsAcceptGoodInput() {
        #expect(HostileInput.script(Data("load demo\nreport summary --format csv\n".utf8)) == 2)
        #expect(HostileInput.csv(Data("id,name,unit\nP900,Nguyễn Văn Mới,CB05\n".utf8)) == 1)
        #expect(HostileInput.workspace(Data("{\"format\": \"kd-workspace\", \"version\": 1}".utf8)))
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/demo.xlsx")
        #expect(HostileInput.xlsx((try? Data(contentsOf: demo.standardized)) ?? Data()) > 0)
        // Not a zip: the roster sheet's XML, wrapped in a workbook (two members).
        #expect(HostileInput.xlsx((try? Data(contentsOf: Self.corpus.appendingPathComponent("xlsx/roster-sheet.xml"))) ?? Data()) == 2)
    }
}
