import Foundation
import Testing

/// `load demo; exclude --auto; save a.json; open a.json; save b.json` gives byte-identical files
/// with mode 0600 (data.md §3), through the real binary.
struct WorkspaceRoundTripTests {
    @Test func saveOpenSaveIsByteIdenticalWithMode0600() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try KD.run(["--no-init", "-c", "new --year 2023; set as-of 2023-11-26; load demo; exclude --auto; save a.json; open a.json; save b.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let a = try Data(contentsOf: dir.appendingPathComponent("a.json"))
        let b = try Data(contentsOf: dir.appendingPathComponent("b.json"))
        #expect(a.count > 10_000)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("\"R-EXCL-NEW\"") && text.contains("Nguyễn Thị Ấn"))
        for f in ["a.json", "b.json"] {
            let attrs = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(f).path)
            #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(f)")
        }
    }
}
