import Foundation
import Testing

/// The trainers' tour runs straight through as a script (pause does nothing there), fixes what it
/// says it fixes, and ends with the printable document written.
@Suite struct TourTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    @Test func tourRunsThroughAndWritesTheDocument() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kd-tour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try KD.run(["--no-init", "--color", "never", Self.root.appendingPathComponent("Examples/tour.kd").path], in: home)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        // The committee's decision on the quota tie, then the head cap that follows from it.
        #expect(r.stdout.contains("collective:UBND decided: HTTNV"))
        #expect(r.stdout.contains("leader:P003 Lê Quốc Hùng: HTXSNV → HTTNV R-HEAD-CAP"))
        // The synthesis table and its rounding note; the document written at the end.
        #expect(r.stdout.contains("Party members             148         5"))
        #expect(r.stdout.contains("rounded by the largest remainder method"))
        #expect(r.stdout.contains("wrote /tmp/kd-tour-ket-qua-2023.html"))
        let html = try String(contentsOfFile: "/tmp/kd-tour-ket-qua-2023.html", encoding: .utf8)
        #expect(html.contains("<h1>BÁO CÁO<br>"))
        #expect(!html.contains("<script"))
    }
}
