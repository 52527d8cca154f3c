import Testing
@testable import KiemDiem

/// The byte reader of ISO dates agrees with `Day.parse` wherever it answers, and answers for
/// every plain `YYYY-MM-DD`.
struct TableRowTests {
    @Test func isoDaysAsDayParse() {
        for t in ["2023-11-26", "1949-10-21", "2024-02-29", "0999-01-01", "2023-02-30", "2023-13-01", "2023-1-5",
                  "20231-01-01", "2023--01", "2023-01-", "-2023-01-01", "2023/01/01", "26/11/2023", "", "2023-01-01x"] {
            if let d = TableRow.isoDay(t) {
                #expect(d == Day.parse(t), "\(t)")
            }
        }
        for (y, m, d) in [(2023, 11, 26), (1949, 10, 21), (2024, 2, 29), (2000, 1, 1)] {
            let t = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
            #expect(TableRow.isoDay(t) == Day(year: y, month: m, day: d), "\(t)")
        }
        #expect(TableRow.isoDay("2023-02-30") == nil)
    }
}
