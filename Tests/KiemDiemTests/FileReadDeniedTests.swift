import Foundation
import Testing
@testable import KiemDiem

/// A file that is there but may not be read is said so, not "check the path".
struct FileReadDeniedTests {
    @Test func permissionDeniedIsSaid() throws {
        #expect(Catalog.cannotRead("a.json", errno: EACCES).en == "cannot read a.json: permission denied")
        #expect(Catalog.cannotRead("a.json", errno: ENOENT).en == "cannot read a.json")
        #expect(readDenied("/nonexistent/kd-read", display: "x") == nil)
        // Root reads anything: the file itself is tried only as another user.
        guard getuid() != 0 else { return }
        let path = NSTemporaryDirectory() + "kd-denied-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8), attributes: [.posixPermissions: 0])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(readDenied(path, display: "d.json")?.message.en == "cannot read d.json: permission denied")
    }
}
