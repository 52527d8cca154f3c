/// The round's reference date, one definition for the rules (R-EXCL-NEW, R-NOGRADE-*-NEW,
/// whether reviews are due), the reports that name it and the roster's birth-date check:
/// `set as-of`, else the review deadline as set (`set deadline review`, else the rulebook's).
public struct ReferenceDate: Sendable {
    public let date: Day

    public init(_ settings: Settings, book: (any Rulebook)?) {
        date = settings.asOf ?? Self.reviewDeadline(settings, book: book)
    }

    /// With the rulebook `settings.rules` names.
    public init(_ settings: Settings) { self.init(settings, book: Rulebooks.book(for: settings)) }

    /// Reviews finish before this day (plan IX.1): `set deadline review`, or the rulebook's.
    public static func reviewDeadline(_ settings: Settings, book: (any Rulebook)?) -> Day {
        settings.deadlines["review"] ?? rulebookReviewDeadline(settings.year, book)
    }

    static func rulebookReviewDeadline(_ year: Int, _ book: (any Rulebook)?) -> Day {
        book?.defaultDeadlines(year: year)["review"] ?? Day(year: year, month: 12, day: 31)!
    }
}

extension RulesText {
    /// Where no as-of is set: the date the rules use instead, and why.
    public static func referenceFromDeadline(_ d: Day) -> Message {
        m("the rules use the review deadline, \(d)", "các quy tắc dùng hạn kiểm điểm \(d.vietnamese)")
    }
}
