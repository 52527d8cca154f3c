import Foundation
import Testing
@testable import KDShell

/// The crash journal holds the commands of a session (names, grades): mode 0600 in a 0700 folder.
@Suite struct JournalModeTests {
    @Test func journalIsPrivate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let j = try #require(Journal(folder: dir.path))
        j.reset(base: nil)
        _ = j.append("grade P001 HTXSNV", dir: "/", time: "t")
        let fm = FileManager.default
        #expect(try fm.attributesOfItem(atPath: j.path)[.posixPermissions] as? Int == 0o600)
        #expect(try fm.attributesOfItem(atPath: dir.path)[.posixPermissions] as? Int == 0o700)
        j.remove()
    }
}
