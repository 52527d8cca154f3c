/// A share from 0 to 100 percent in hundredths (`69.5`, `50.49`): the task and vote shares the
/// rules compare with strict limits (< 70%, > 50%), which a share rounded to a whole number
/// could cross (51 low-confidence votes of 101 are 50.50%, not 50 or 51).
/// A JSON number in the workspace: a whole share is written as the integer it always was.
public struct Percentage: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(integerLiteral v: Int) { hundredths = v * 100 }

    static let range = 0...10_000

    /// `69`, `69.5`, `69,5`, `69.5%`; nil outside 0–100 or with more than two decimals.
    public static func parse(_ text: String) -> Percentage? {
        var t = Substring(text)
        while let last = t.last, last == " " { t.removeLast() }
        if t.last == "%" { t.removeLast() }
        guard let p = Points.parse(String(t)), range.contains(p.hundredths) else { return nil }
        return Percentage(hundredths: p.hundredths)
    }

    public var description: String { Points(hundredths: hundredths).description }
    /// With a decimal comma, as Vietnamese writes it (69,5).
    public var vietnamese: String { Points(hundredths: hundredths).vietnamese }

    public static func < (a: Percentage, b: Percentage) -> Bool { a.hundredths < b.hundredths }
    public static func - (a: Percentage, b: Percentage) -> Percentage { Percentage(hundredths: a.hundredths - b.hundredths) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let whole = try? c.decode(Int.self), (0...100).contains(whole) {
            self.init(integerLiteral: whole)
            return
        }
        // A fraction: two decimals at most, read from the shortest decimal form of the number.
        let d = try c.decode(Double.self)
        guard let p = Percentage.parse(String(d)) else { throw BadValue.at(c, Catalog.notAPercent(String(d))) }
        self = p
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if hundredths % 100 == 0 { try c.encode(hundredths / 100) } else { try c.encode(Double(hundredths) / 100) }
    }
}
