import Foundation
import Testing
@testable import KiemDiem

/// The field-by-field encoder must write exactly the bytes of one JSONEncoder over the workspace.
struct WorkspaceEncodeTests {
    func demo() throws -> Workspace {
        let tx = Transaction(Workspace(settings: Settings(title: "Đảng bộ \"phường\" / mẫu", year: 2023)))
        _ = try DemoWard.load(into: tx)
        var ws = tx.commit().0
        ws.adjustments["member:X"] = Adjustment(subject: SubjectRef(.member, "X"), from: .HTXSNV, to: .HTTNV, rule: "R-QUOTA",
                                                reason: Message(en: "a\tb\n\"c\" \\ d/e", vi: "ư\u{1}"))
        ws.audit.append(AuditEntry(time: "2023-11-25T00:00:00Z", command: "cap", changes: ["x", "y"]))
        ws.snapshots["before cap"] = ws.snapshotCopy
        ws.snapshots["empty"] = Workspace()
        return ws
    }

    @Test func sameBytesAsOneEncoder() throws {
        for ws in [Workspace(), try demo()] {
            let fast = try WorkspaceFile.encode(ws)
            let reference = try WorkspaceFile.referenceEncode(ws)
            #expect(fast == reference)
            if fast != reference {
                let a = String(decoding: fast, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let b = String(decoding: reference, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                    Issue.record("line \(i + 1): \(a[i]) | \(b[i])")
                }
            }
        }
    }
}
