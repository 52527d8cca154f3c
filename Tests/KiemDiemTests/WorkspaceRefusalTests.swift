import Foundation
import Testing
@testable import KiemDiem

/// What `open` refuses that JSONDecoder alone let through: settings `set` refuses, a missing
/// year or rules, a version below 1. On both reading paths: the fast reader gives up, and
/// JSONDecoder's path names the problem.
struct WorkspaceRefusalTests {
    static let head = #"{"format":"kd-workspace","version":1,"#

    /// The fast reader gives up, and `decode` refuses at `place`.
    func refused(_ body: String, at place: String, _ comment: Comment? = nil) {
        let data = Data((Self.head + body + "}").utf8)
        #expect(throws: JSONCursor.GiveUp.self, comment) { try WorkspaceReader.readOrGiveUp(data) }
        do {
            _ = try WorkspaceFile.decode(data, file: "x.json")
            Issue.record("opened: \(body)")
        } catch let e as KDError {
            #expect(e.place == "x.json: \(place)", comment)
        } catch { Issue.record("\(error)") }
    }

    @Test func settingsSetRefuses() {
        let s = #""settings":{"rules":"qd124","year":2023,"#
        refused(s + #""quota":-5}"#, at: "$.settings.quota")
        refused(s + #""quota":101}"#, at: "$.settings.quota")
        refused(#""settings":{"rules":"qd124","year":2300}"#, at: "$.settings.year")
        refused(#""settings":{"rules":"qd124","year":1989}"#, at: "$.settings.year")
        refused(#""settings":{"rules":"qd999","year":2023}"#, at: "$.settings.rules")
        refused(s + #""quotaGroups":{"members":"unit"}}"#, at: "$.settings.quotaGroups")
        refused(s + #""weights":[{"criterion":"a","part":"common","max":"30"},{"criterion":"b","part":"results","max":"69"}]}"#,
                at: "$.settings.weights")
        refused(s + #""weights":[{"criterion":"a","part":"common","max":"30"},{"criterion":"A","part":"results","max":"70"}]}"#,
                at: "$.settings.weights")
        refused(#""settings":{"rules":"qd366"}"#, at: "$.settings", "no year")
        refused(#""settings":{"year":2025}"#, at: "$.settings", "no rules")
        // The limits are set's: its ends are taken.
        for ok in [#""quota":0}"#, #""quota":100}"#] {
            #expect((try? WorkspaceFile.decode(Data((Self.head + s + ok + "}").utf8), file: "x.json")) != nil)
        }
    }

    @Test func versionBelowOne() {
        for v in ["0", "-1"] {
            let data = Data(#"{"format":"kd-workspace","version":\#(v)}"#.utf8)
            #expect(throws: KDError.self) { try WorkspaceFile.decode(data, file: "x.json") }
        }
    }
}
