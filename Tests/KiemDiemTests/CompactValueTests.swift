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
        // More digits than an Int holds: refused, not a trap (the byte loop once overflowed).
        for t in ["99999999999999999999", "1.99999999999999999999", "1234567", "0.123", String(repeating: "9", count: 400)] {
            #expect(Points.parse(t) == nil, "\(t)")
        }
        #expect(Points.parse("100000")?.hundredths == 10_000_000 && Points.parse("000012.5")?.hundredths == 1250)
        let big = Points(hundredths: Int(Int32.max) - 1)
        #expect((big + big).hundredths == Int(Int32.max))
        #expect(MemoryLayout<Points>.size == 4)
        #expect(MemoryLayout<GradeRecord>.stride == 32)
        // The lowest Int32 marks "no score" in a grade record: no sum may land on it.
        #expect(Points(hundredths: Int(Int32.min)).hundredths == -Int(Int32.max))
        #expect(MemoryLayout<GradeSet>.size == 24)  // three boxes, not three records
    }
}

/// A grade record keeps its fields compactly: every field reads back what was written,
/// including the edges of each encoding, and coding is that of the plain fields.
struct GradeRecordPackingTests {
    @Test func fieldsReadBackAtTheEdges() throws {
        var g = GradeRecord(level: .HTXSNV, by: .ward, score: Points(hundredths: 0), votes: 0)
        #expect(g.score == Points(hundredths: 0) && g.common == nil && g.results == nil && g.votes == 0)
        for v in [1_000_000, 1, 0] {
            g.votes = v
            #expect(g.votes == v)
        }
        g.note = "ghi chú"
        g.votes = 1_000_000
        g.override = "lý do"
        #expect(g.note == "ghi chú" && g.votes == 1_000_000 && g.override == "lý do")
        g.votes = 7
        #expect(g.note == "ghi chú" && g.votes == 7 && g.override == "lý do")
        g.note = nil
        g.override = nil
        g.votes = nil
        #expect(g == GradeRecord(level: .HTXSNV, by: .ward, score: Points(hundredths: 0)))
        g.score = nil
        g.results = Points(hundredths: -5)
        #expect(g.score == nil && g.results?.hundredths == -5)
        #expect(g != GradeRecord(level: .HTXSNV, by: .ward))
    }

    @Test func equalRecordsHashAlikeAndCopiesAreIndependent() {
        var a = GradeRecord(level: .HTTNV, votes: 9, note: "a")
        let b = a
        a.note = "b"
        #expect(b.note == "a" && b.votes == 9 && a.note == "b")
        var c = a
        c.votes = 10
        #expect(c != a)
        c.votes = 9
        c.note = "Nu\u{31B}\u{303}"
        a.note = "Nữ"
        #expect(a == c && a.hashValue == c.hashValue)
        #expect(Set([a, c]).count == 1)
    }

    @Test func codingIsThatOfThePlainFields() throws {
        let g = GradeRecord(level: .KHTNV, by: .upper, score: Points.parse("89.5"), common: Points.parse("40"),
                            results: Points.parse("49.5"), votes: 12, note: "n", override: "o")
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        let text = String(decoding: try e.encode(g), as: UTF8.self)
        #expect(text == #"{"by":"upper","common":"40","level":"KHTNV","note":"n","override":"o","results":"49.5","score":"89.5","votes":12}"#)
        #expect(try JSONDecoder().decode(GradeRecord.self, from: Data(text.utf8)) == g)
        let bare = String(decoding: try e.encode(GradeRecord(level: .HTNV)), as: UTF8.self)
        #expect(bare == #"{"level":"HTNV"}"#)
        // Votes are 0 to 1,000,000 in a workspace as in a grades file and `grade --votes`.
        #expect(try JSONDecoder().decode(GradeRecord.self, from: Data(#"{"level":"HTNV","votes":1000000}"#.utf8)).votes == 1_000_000)
        for bad in ["-1", "1000001", "9223372036854775807"] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(GradeRecord.self, from: Data(#"{"level":"HTNV","votes":\#(bad)}"#.utf8))
            }
            let file = #"{"format":"kd-workspace","version":1,"grades":{"member:P1":{"proposed":{"level":"HTNV","votes":\#(bad)}}}}"#
            #expect(throws: JSONCursor.GiveUp.self) { try WorkspaceReader.readOrGiveUp(Data(file.utf8)) }
        }
    }
}

/// A member keeps its fields compactly: every field reads back what was written, a gender in
/// another form or another word is kept as written, and equality looks at the fields.
struct MemberPackingTests {
    @Test func fieldsReadBack() {
        #expect(MemoryLayout<Member>.stride == 88)
        var m = Member(id: "P1", name: "Nguyễn Văn An", unit: "CB01")
        #expect(m.gender == nil && m.born == nil && m.admitted == nil && m.extra == nil)
        let nfd = "Nu\u{31B}\u{303}"  // "Nữ" decomposed: equal as a String, other bytes
        for g in ["Nam", "Nữ", nfd, "nữ", "Khác", "", "Nam "] {
            m.gender = g
            #expect(m.gender.map { Array($0.utf8) } == Array(g.utf8))
        }
        m.extra = ["quê": "Huế"]
        m.gender = "Khác"
        #expect(m.extra == ["quê": "Huế"] && m.gender == "Khác")
        m.gender = "Nữ"
        #expect(m.extra == ["quê": "Huế"] && m.gender == "Nữ")
        m.extra = nil
        #expect(m.gender == "Nữ")
        m.born = Day(year: 1900, month: 1, day: 1)
        m.admitted = Day(year: 2200, month: 12, day: 31)
        #expect(m.born?.description == "1900-01-01" && m.admitted?.description == "2200-12-31")
        m.born = nil
        #expect(m.born == nil && m.admitted != nil)
    }

    @Test func equalityLooksAtTheFields() {
        var a = Member(id: "P1", name: "A", unit: "CB01", gender: "Khác")
        var b = a
        b.gender = "Nam"
        #expect(a != b)
        b.gender = "Khác"
        #expect(a == b && Set([a, b]).count == 1)
        a.extra = ["k": "v"]
        #expect(a != b)
        b.extra = ["k": "v"]
        #expect(a == b)
        // Stored apart (a code, and the text as written), equal as Strings are.
        a.gender = "Nữ"
        b.gender = "Nu\u{31B}\u{303}"
        #expect(a == b && a.hashValue == b.hashValue && Array(b.gender!.utf8) != Array(a.gender!.utf8))
    }
}

/// A cap outcome keeps its three lists in one box: each reads back what was written, apart
/// from the others, and copies are independent.
struct OutcomePackingTests {
    @Test func listsReadBackApart() {
        #expect(MemoryLayout<Outcome>.stride == 48)
        var o = Outcome(subject: SubjectRef(.member, "P1"), effective: .HTXSNV, stage: .proposed, final: .HTXSNV)
        #expect(o.ceilings.isEmpty && o.overridden.isEmpty && o.steps.isEmpty)
        let c = Ceiling(rule: "R-X", level: .HTTNV, reason: Message("x"))
        o.ceilings.append(c)
        let copy = o
        o.steps.append(CapStep(rule: "R-X", from: .HTXSNV, to: .HTTNV, reason: Message("x")))
        o.overridden = [c, c]
        #expect(o.ceilings.count == 1 && o.overridden.count == 2 && o.steps.count == 1)
        #expect(copy.ceilings.count == 1 && copy.overridden.isEmpty && copy.steps.isEmpty)
        o.ceilings = []
        o.overridden = []
        #expect(o.ceilings.isEmpty && o.overridden.isEmpty && o.steps.first?.to == .HTTNV)
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

    /// `effectiveLevel` (what a summary counts) is the level of `effective` for every set of
    /// stages present: the latest stage wins.
    @Test func effectiveLevelIsTheLatestStagesLevel() {
        let levels: [Level?] = [nil, .HTXSNV, .HTNV]
        for s in levels { for p in levels { for d in levels {
            var g = GradeSet()
            g.`self` = s.map { GradeRecord(level: $0) }
            g.proposed = p.map { GradeRecord(level: $0) }
            g.decided = d.map { GradeRecord(level: $0, note: "n") }
            #expect(g.effectiveLevel == g.effective?.record.level)
            #expect(g.effectiveLevel == d ?? p ?? s)
        } } }
    }
}
