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

    /// The crash-recovery offer in Vietnamese gives the journal's time as a Vietnamese
    /// sentence says it; a stamp of another form (an older journal) as it is.
    @Test func aJournalTimeInVietnamese() {
        #expect(Journal.timeVi("2023-11-25T08:30:00Z") == "08:30:00 (UTC) ngày 25/11/2023")
        #expect(Journal.timeVi(nil) == "?")
        #expect(Journal.timeVi("yesterday") == "yesterday")
        #expect(Journal.timeVi("2023-02-30T08:30:00Z") == "2023-02-30T08:30:00Z")
    }
}
