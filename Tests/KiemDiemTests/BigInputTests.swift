import Foundation
import Testing
@testable import KiemDiem

/// A file of `BigInput.threshold` bytes or more is a big input (kd turns huge pages on then); a
/// smaller one is not. Reading a big CSV file reports it.
struct BigInputTests {
    final class Count: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    @Test func bigFromTheThreshold() {
        let c = Count()
        BigInput.read(BigInput.threshold - 1, then: { c.add() })
        BigInput.read(0, then: { c.add() })
        #expect(c.value == 0)
        BigInput.read(BigInput.threshold, then: { c.add() })
        BigInput.read(BigInput.threshold * 100, then: { c.add() })
        #expect(c.value == 2)
    }

    @Test func aBigCSVFileIsReported() throws {
        let c = Count()
        let old = BigInput.action
        BigInput.action = { c.add() }
        defer { BigInput.action = old }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-big-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = "x,\(String(repeating: "y", count: 1000))\n"
        try (String(repeating: line, count: BigInput.threshold / line.utf8.count + 1)).write(toFile: path, atomically: true, encoding: .utf8)
        _ = try CSVText.read(path: path, display: "big.csv")
        #expect(c.value >= 1)
    }
}
