import Foundation
import Testing
@testable import KiemDiem

/// Day keeps its fields packed in four bytes: every valid date must come back whole, and the
/// order must stay the calendar's.
struct DayPackingTests {
    @Test func everyDayComesBackAndSortsByTheCalendar() {
        var previous: Day?
        for year in [1900, 1999, 2000, 2023, 2024, 2100, 2200] {
            for month in 1...12 {
                for day in 1...Day.daysIn(month: month, year: year) {
                    let d = Day(year: year, month: month, day: day)!
                    #expect((d.year, d.month, d.day) == (year, month, day))
                    #expect(Day.parse(d.description) == d)
                    if let p = previous { #expect(p < d && !(d < p) && p != d) }
                    previous = d
                }
            }
        }
    }

    @Test func impossibleDaysAreRefused() {
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2201, month: 1, day: 1) == nil)
        #expect(Day(year: 2023, month: 13, day: 1) == nil)
        #expect(Day(year: 2023, month: 4, day: 31) == nil)
    }

    @Test func aDayIsFourBytes() {
        #expect(MemoryLayout<Day>.size == 4)
    }
}

/// Points keep hundredths in four bytes; every score a file can hold fits, sums saturate.
struct PointsPackingTests {
    @Test func scoresFitAndSumsSaturate() {
        #expect(Points.parse("100000.00")?.hundredths == 10_000_000)
        #expect(Points.parse("89.5")?.description == "89.5")
        let big = Points(hundredths: Int(Int32.max) - 1)
        #expect((big + big).hundredths == Int(Int32.max))
        #expect(MemoryLayout<Points>.size == 4)
        #expect(MemoryLayout<GradeRecord>.stride < 104)
        #expect(MemoryLayout<GradeSet>.size == 24)  // three boxes, not three records
    }
}

/// A grade set keeps each stage's record in a box: setting one stage of a copy leaves the
/// original alone, and equality and coding look at the records.
struct GradeSetBoxTests {
    @Test func copiesAreIndependentAndCodingIsUnchanged() throws {
        var a = GradeSet()
        a.proposed = GradeRecord(level: .HTTNV, votes: 3)
        var b = a
        b.proposed?.votes = 4
        b.decided = GradeRecord(level: .HTNV)
        #expect(a.proposed?.votes == 3 && a.decided == nil)
        #expect(b.proposed?.votes == 4 && b.effective?.stage == .decided)
        #expect(a != b && a == { var c = GradeSet(); c.proposed = GradeRecord(level: .HTTNV, votes: 3); return c }())
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try enc.encode(b), as: UTF8.self)
                == #"{"decided":{"level":"HTNV"},"proposed":{"level":"HTTNV","votes":4}}"#)
        let back = try JSONDecoder().decode(GradeSet.self, from: Data(#"{"self":{"level":"HTXSNV"},"proposed":null}"#.utf8))
        #expect(back.`self`?.level == .HTXSNV && back.proposed == nil && !back.isEmpty)
        #expect(GradeSet().isEmpty)
    }
}
