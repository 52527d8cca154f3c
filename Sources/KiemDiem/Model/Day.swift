/// A calendar date without time, as the plan and the rosters use them.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// year << 9 | month << 5 | day: four bytes instead of three Ints (a roster holds two dates
    /// a member; 5.6 million members), and the packed order is the calendar order.
    private let packed: UInt32
    /// Never 0 (the year is at least 1900): a Member stores a missing date as 0.
    var raw: UInt32 { packed }
    init?(raw: UInt32) {
        guard raw != 0 else { return nil }
        packed = raw
    }
    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` or `DD/MM/YYYY`; nil when the text is not a real date.
    public static func parse(_ text: String) -> Day? {
        // `YYYY-MM-DD` straight from the bytes: millions of dates in a big roster or workspace file.
        var u = text.utf8.makeIterator()
        if text.utf8.count == 10 {
            var v = [0, 0, 0], part = 0, ok = true, i = 0
            while let b = u.next() {
                if i == 4 || i == 7 { if b != UInt8(ascii: "-") { ok = false; break }; part += 1 }
                else if b >= 0x30 && b <= 0x39 { v[part] = v[part] * 10 + Int(b - 0x30) }
                else { ok = false; break }
                i += 1
            }
            if ok { return Day(year: v[0], month: v[1], day: v[2]) }
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        // Digits only between the separators: `Int` alone would take "+2" or "-0".
        func digits(_ p: [Substring]) -> Bool { p.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } } }
        if t.contains("-") {
            let p = t.split(separator: "-", omittingEmptySubsequences: false)
            guard p.count == 3, digits(p), p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
                p[1].count <= 2, p[2].count <= 2
            else { return nil }
            return Day(year: y, month: m, day: d)
        }
        if t.contains("/") {
            let p = t.split(separator: "/", omittingEmptySubsequences: false)
            guard p.count == 3, digits(p), p[2].count == 4, let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]),
                p[0].count <= 2, p[1].count <= 2
            else { return nil }
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    /// The year, month and day of a text written in one of the two forms that is no real date
    /// (2023-02-29, 31/04/2023, 2023-13-01): what the hint then says is wrong. nil when the
    /// text is not in either form, or is a real date.
    public static func impossible(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        func numbers(_ sep: Character, yearAt: Int) -> (Int, Int, Int)? {
            let p = t.split(separator: sep, omittingEmptySubsequences: false)
            guard p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
                  p[yearAt].count == 4, p[1].count <= 2, p[2 - yearAt].count <= 2 else { return nil }
            return (Int(p[yearAt])!, Int(p[1])!, Int(p[2 - yearAt])!)
        }
        guard let (y, m, d) = numbers("-", yearAt: 0) ?? numbers("/", yearAt: 2), parse(t) == nil else { return nil }
        return (y, m, d)
    }

    /// The same day N months later (or earlier), clamped to the month's last day.
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public var description: String {
        // Written digit by digit (years are 1900–2200): called for every date a workspace saves.
        let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
        let bytes: [UInt8] = [zero + UInt8(year / 1000 % 10), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10),
                              zero + UInt8(year % 10), dash, zero + UInt8(month / 10), zero + UInt8(month % 10), dash,
                              zero + UInt8(day / 10), zero + UInt8(day % 10)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `DD/MM/YYYY`, the form Vietnamese documents use.
    public var vietnamese: String {
        let d = description.split(separator: "-")
        return "\(d[2])/\(d[1])/\(d[0])"
    }

    public static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day.parse(s) else {
            throw BadValue.at(c, Catalog.notADate(s))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
