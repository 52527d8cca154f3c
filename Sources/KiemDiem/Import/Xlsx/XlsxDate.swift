/// Excel date serial numbers ↔ days.
///
/// 1900 system: serial 1 = 1900-01-01, and Excel counts a 29 February 1900 that never was
/// (serial 60, kept for Lotus 1-2-3), so from serial 61 on the count is off by one.
/// 1904 system (old Mac workbooks, `<workbookPr date1904="1"/>`): serial 0 = 1904-01-01.
public enum XlsxDate {
    public enum Problem: Error, Equatable { case phantomLeapDay, outOfRange }

    /// The day of a serial; a time of day (the fraction) is dropped.
    public static func day(serial: Double, date1904: Bool) -> Result<Day, Problem> {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return .failure(.outOfRange) }
        let n = Int(serial.rounded(.down))
        let days: Int  // days since 1970-01-01
        if date1904 {
            days = n + daysFromCivil(1904, 1, 1)
        } else {
            if n == 60 { return .failure(.phantomLeapDay) }
            if n < 1 { return .failure(.outOfRange) }
            days = n + daysFromCivil(1899, 12, n < 60 ? 31 : 30)
        }
        let (y, m, d) = civilFromDays(days)
        guard let day = Day(year: y, month: m, day: d) else { return .failure(.outOfRange) }
        return .success(day)
    }

    /// The 1900-system serial of a day (what the writer stores).
    public static func serial(_ d: Day) -> Int {
        let n = daysFromCivil(d.year, d.month, d.day)
        let base = daysFromCivil(1899, 12, 30)
        let s = n - base
        return s < 61 ? s - 1 : s
    }

    // Howard Hinnant's civil-calendar algorithms (proleptic Gregorian), days since 1970-01-01.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Whether a number format shows a date: built-in ids, or a custom code with d or y
    /// outside quotes, brackets and escapes (`[$-42A]dd/mm/yyyy` is a date, `0.00` is not).
    public static func isDateFormat(id: Int, code: String?) -> Bool {
        if let code { return codeIsDate(code) }
        return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }

    /// How a cell style shows its number: kd reads dates as days, percentages as "85%", and
    /// whole numbers under a zero-padding format (`0000`) with their zeros, as "0007".
    enum Shape: Sendable, Equatable { case plain, date, percent, padded(Int) }

    static func shape(id: Int, code: String?) -> Shape {
        if isDateFormat(id: id, code: code) { return .date }
        if let code, code.count > 1, code.count <= 30, code.allSatisfy({ $0 == "0" }) { return .padded(code.count) }
        if let code { return codeIsPercent(code) ? .percent : .plain }
        return id == 9 || id == 10 ? .percent : .plain
    }

    /// A `%` outside quotes and escapes, in the first section.
    static func codeIsPercent(_ code: String) -> Bool {
        var inQuote = false, escape = false
        for u in code.utf8 {
            if escape { escape = false; continue }
            if inQuote { if u == UInt8(ascii: "\"") { inQuote = false }; continue }
            switch u {
            case UInt8(ascii: "\""): inQuote = true
            case UInt8(ascii: "\\"): escape = true
            case UInt8(ascii: "%"): return true
            case UInt8(ascii: ";"): return false
            default: continue
            }
        }
        return false
    }

    static func codeIsDate(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escape = false
        for u in code.utf8 {
            if escape { escape = false; continue }
            if inQuote { if u == UInt8(ascii: "\"") { inQuote = false }; continue }
            if inBracket { if u == UInt8(ascii: "]") { inBracket = false }; continue }
            switch u {
            case UInt8(ascii: "\""): inQuote = true
            case UInt8(ascii: "["): inBracket = true
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): escape = true
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "y"), UInt8(ascii: "Y"): return true
            case UInt8(ascii: ";"): return false  // only the first (positive) section decides
            default: continue
            }
        }
        return false
    }
}
