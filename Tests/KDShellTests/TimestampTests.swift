import Foundation
import Testing
@testable import KDShell

/// The audit log's hand-written time stamps read as ISO8601DateFormatter wrote them.
struct TimestampTests {
    @Test(arguments: [0, 1_700_000_000, 1_700_000_000.999, 951_782_400, 4_102_444_799, 1_234_567_890.5, 86_399])
    func sameAsTheFormatter(_ seconds: Double) {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        let d = Date(timeIntervalSince1970: seconds)
        #expect(Session.iso8601(d) == f.string(from: d))
    }
}
