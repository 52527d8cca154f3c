import Foundation
import Testing

/// A usage error is said in the language asked for, else the locale's. `--lang xx` under a
/// Vietnamese locale was said in English: the bad value was taken as a request for English.
@Suite struct UsageLanguageTests {
    @Test func aBadLanguageIsRefusedInTheLocalesLanguage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let vi = try KD.run(["--lang", "xx"], in: dir, env: ["LANG": "vi_VN.UTF-8"])
        #expect(vi.status == 2)
        #expect(vi.stderr.hasPrefix("kd: lỗi: giá trị \"xx\" không hợp lệ cho --lang; chọn một trong: en, vi\nCÁCH DÙNG: kd "), "saw: \(vi.stderr)")
        let en = try KD.run(["--lang=xx"], in: dir)
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("kd: Error: The value 'xx' is invalid for '--lang <lang>'"), "saw: \(en.stderr)")
    }
}
