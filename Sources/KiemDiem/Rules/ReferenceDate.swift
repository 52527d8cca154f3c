/// The round's reference date, one definition for the rules (R-EXCL-NEW, R-NOGRADE-*-NEW,
/// whether reviews are due), the reports that name it and the roster's birth-date check:
/// `set as-of`, else the review deadline as set (`set deadline review`, else the rulebook's).
public struct ReferenceDate: Sendable {
    public let date: Day
    /// Whether it is `set as-of` (else the review deadline).
    public let isAsOf: Bool
    /// The round's year (`set year`).
    public let year: Int
    /// The review deadline the rulebook gives for the round's year: what a date kept from
    /// another round is best replaced by.
    public let defaultReviewDeadline: Day

    public init(_ settings: Settings, book: (any Rulebook)?) {
        year = settings.year
        defaultReviewDeadline = Self.rulebookReviewDeadline(year, book)
        date = settings.asOf ?? Self.reviewDeadline(settings, book: book)
        isAsOf = settings.asOf != nil
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

    /// A date outside the round's year is nearly always one kept from another round (`set year`
    /// keeps as-of): new members and deadlines would be judged against the wrong months,
    /// silently. Said, never changed: the committee may mean it.
    public var outsideYear: Bool { date.year != year }
}

extension RulesText {
    /// `ReferenceDate.outsideYear`: what is wrong.
    public static func referenceOutsideYear(_ r: ReferenceDate) -> Message {
        let (en, vi): (String, String) = r.isAsOf ? ("set as-of", "set as-of") : ("the review deadline", "hạn kiểm điểm")
        return m("the reference date \(r.date) (\(en)) is outside the \(r.year) round: new members and deadlines are judged against it",
                 "ngày tham chiếu \(r.date.vietnamese) (\(vi)) nằm ngoài năm \(r.year) của đợt: đảng viên mới và các hạn được tính theo ngày này")
    }

    /// `ReferenceDate.outsideYear`: what to type.
    public static func fixReferenceOutsideYear(_ r: ReferenceDate) -> Message {
        let cmd = r.isAsOf ? "set as-of \(r.defaultReviewDeadline)" : "set deadline review \(r.defaultReviewDeadline)"
        return m(cmd, cmd)
    }

    /// Where no as-of is set: the date the rules use instead, and why.
    public static func referenceFromDeadline(_ d: Day) -> Message {
        m("the rules use the review deadline, \(d)", "các quy tắc dùng hạn kiểm điểm \(d.vietnamese)")
    }
}
