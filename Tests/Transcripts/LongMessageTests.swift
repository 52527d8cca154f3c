import Foundation
import Testing

/// A message longer than a screenful is cut in its middle, so that its end, which says why,
/// is still read. A path past the system's limit lost its "the name is too long" when the
/// message was cut at its end.
@Suite struct LongMessageTests {
    @Test func aPathPastTheLimitKeepsItsReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = (0..<300).map { String(format: "thư-mục-rất-dài-%03d", $0) }.joined(separator: "/") + "/w.json"
        let r = try KD.run(["--no-init", "-q", "-c", "new --year 2023", "-c", "save \"\(path)\""], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("-c#2:1:6: error: cannot write thư-mục-rất-dài-000/thư-mục-rất-dài-001/"), "saw: \(r.stderr)")
        #expect(r.stderr.hasSuffix("/thư-mục-rất-dài-299/w.json: the name is too long\n"), "saw: \(r.stderr)")
        #expect(r.stderr.contains(" characters)…"), "cut in the middle; saw: \(r.stderr)")
        #expect(r.stderr.count < 1100, "one screenful; saw \(r.stderr.count) characters")
    }
}
