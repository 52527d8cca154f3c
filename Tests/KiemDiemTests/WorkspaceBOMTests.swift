import Foundation
import Testing
@testable import KiemDiem

/// A leading BOM (data.md §1) is read by both readers, and never saved.
struct WorkspaceBOMTests {
    @Test func byteOrderMark() throws {
        let bom = Data([0xEF, 0xBB, 0xBF])
        let plain = Data((WorkspaceRefusalTests.head + #""settings":{"rules":"qd366","year":2025}}"#).utf8)
        #expect(try WorkspaceReader.readOrGiveUp(bom + plain).workspace.settings.rules == "qd366")
        let saved = try WorkspaceFile.encode(WorkspaceFile.decode(bom + plain, file: "x.json"))
        #expect(saved == (try WorkspaceFile.encode(WorkspaceFile.decode(plain, file: "x.json"))))
        #expect(!saved.starts(with: bom))
        // JSONDecoder's path: the fast reader gives up on a version written 1.0.
        let slow = bom + Data(#"{"format":"kd-workspace","version":1.0,"settings":{"rules":"qd366","year":2025}}"#.utf8)
        #expect(throws: JSONCursor.GiveUp.self) { try WorkspaceReader.readOrGiveUp(slow) }
        #expect(try WorkspaceFile.decode(slow, file: "x.json").settings.year == 2025)
    }
}
