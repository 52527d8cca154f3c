import Foundation
import Testing
@testable import KiemDiem

/// A key a record does not have is refused (JSONDecoder passed over it, and the next save
/// dropped it), on both reading paths; what kd saves opens.
struct WorkspaceUnknownKeyTests {
    func refused(_ body: String, at place: String, _ comment: Comment? = nil) {
        WorkspaceRefusalTests().refused(body, at: place, comment)
    }

    @Test func unknownKeys() {
        let unit = #""units":{"CB":{"code":"CB","name":"c","kind":"cell"}},"#
        let member = #""members":{"P1":{"id":"P1","name":"A","unit":"CB","status":"active","civilServant":false,"outside":false"#
        refused(unit + member + #"}},"grades":{"member:P1":{"Decided":{"level":"HTNV"}}}"#, at: "$.grades.member:P1.Decided")
        refused(unit + member + #"}},"grades":{"member:P1":{"decided":{"level":"HTNV","final":"x"}}}"#,
                at: "$.grades.member:P1.decided.final")
        refused(unit + member + #","nick":"x"}}"#, at: "$.members.P1.nick")
        refused(#""settings":{"rules":"qd124","year":2023,"quotta":5}"#, at: "$.settings.quotta")
        refused(#""settings":{"rules":"qd124","year":2023,"weights":[{"criterion":"a","part":"common","max":"30","n":1},{"criterion":"b","part":"results","max":"70"}]}"#,
                at: "$.settings.weights[0].n")
        refused(#""adjustments":{},"notes":"x""#, at: "$.notes")
        refused(#""snapshots":{"s":{"version":1}}"#, at: "$.snapshots.s.version")
        refused(#""adjustments":{"x":{"subject":"member:P1","from":"HTNV","to":"HTNV","rule":"R","reason":{"en":"e","vi":"v","fr":"f"}}}"#,
                at: "$.adjustments.x.reason.fr")
        // Extra attributes, deadlines and quota groups take any key of their own.
        let free = WorkspaceRefusalTests.head + unit + member + #","extra":{"Decided":"x"}}},"settings":{"rules":"qd124","year":2023,"deadlines":{"mine":"2023-01-01"}}}"#
        #expect((try? WorkspaceFile.decode(Data(free.utf8), file: "x.json")) != nil)
    }

    /// Every key kd writes opens: a workspace using every table and field round-trips.
}
