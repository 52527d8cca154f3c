/// Criteria sheets (phiếu tiêu chí) [plan IV]: every subject is rated on a list of criteria
/// printed on a numbered form (3–6 party organisations, 7 members, 8–9 leadership collectives,
/// 10–12 leader individuals), task results quantified by concrete products.

/// One criterion of a sheet. `part` tells the task-results criteria (kết quả thực hiện nhiệm vụ,
/// which QĐ124 Đ12 weighs apart) from the common ones; `max` is the most points it can score
/// where the round marks criteria with points (qd366).
public struct Criterion: Codable, Hashable, Sendable {
    public enum Part: String, Codable, CaseIterable, Sendable { case common, results }
    /// The class of subjects rated on it (organization, collective, leader, member).
    public var cls: SubjectClass
    /// The form number it is printed on ("7").
    public var form: String
    public var id: String
    public var text: String
    public var part: Part
    public var max: Points?

    public init(_ cls: SubjectClass, form: String, id: String, text: String, part: Part = .common, max: Points? = nil) {
        self.cls = cls
        self.form = form
        self.id = id
        self.text = text
        self.part = part
        self.max = max
    }

    enum CodingKeys: String, CodingKey { case cls = "class", form, id, text, part, max }

    /// Keys the workspace's `criteria` table: one id per class.
    public var key: String { "\(cls.rawValue)|\(id)" }
}

/// The four ratings of a criterion under QĐ124 (Xuất sắc, Tốt, Trung bình, Kém).
public enum Rating: String, Codable, CaseIterable, Comparable, Sendable {
    case excellent, good, average, poor

    public var rank: Int {
        switch self {
        case .excellent: return 4
        case .good: return 3
        case .average: return 2
        case .poor: return 1
        }
    }
    public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }

    public var vietnamese: String {
        switch self {
        case .excellent: return "Xuất sắc"
        case .good: return "Tốt"
        case .average: return "Trung bình"
        case .poor: return "Kém"
        }
    }

    /// "Xuất sắc", "xuat sac", "XS", "excellent"… in any case, with or without diacritics.
    public static func parse(_ text: String) -> Rating? {
        let k = Vietnamese.key(text)
        for r in allCases {
            let vi = Vietnamese.key(r.vietnamese)
            let initials = String(vi.split(separator: " ").compactMap(\.first))
            if k == vi || k == r.rawValue || k == vi.replacingOccurrences(of: " ", with: "") || (initials.count > 1 && k == initials) {
                return r
            }
        }
        return nil
    }
}

/// What one criterion was given: a rating (qd124) or points (qd366).
public enum Mark: Hashable, Sendable, CustomStringConvertible {
    case rating(Rating)
    case points(Points)
    public var description: String {
        switch self {
        case .rating(let r): return r.vietnamese
        case .points(let p): return p.description
        }
    }
    /// As a Vietnamese paper writes it: points with a decimal comma (10,5).
    public var vietnamese: String {
        if case .points(let p) = self { return p.vietnamese }
        return description
    }
}

/// One criterion's mark for one subject (`assess`, `load assessments`).
public struct Assessment: Codable, Hashable, Sendable {
    public var subject: SubjectRef
    public var criterion: String
    public var rating: Rating?
    public var points: Points?
    public var note: String?
    public init(subject: SubjectRef, criterion: String, rating: Rating? = nil, points: Points? = nil, note: String? = nil) {
        self.subject = subject
        self.criterion = criterion
        self.rating = rating
        self.points = points
        self.note = note
    }
    public var key: String { "\(subject.key)|\(criterion)" }
    public var mark: Mark? { rating.map(Mark.rating) ?? points.map(Mark.points) }
}

/// How a round marks criteria.
public enum CriteriaScale: Hashable, Sendable {
    /// Xuất sắc / Tốt / Trung bình / Kém (QĐ124).
    case ratings
    /// Points, each criterion within its maximum (QĐ366).
    case points
}

/// The level a subject's criteria sheet supports, and why.
public struct CriteriaVerdict: Hashable, Sendable {
    /// nil when the sheet is not fully marked and nothing yet decides the level.
    public var level: Level?
    /// Criteria of the sheet not marked yet.
    public var unmarked: [String]
    public var reason: Message
    /// A complete points sheet's total (QĐ366): the subject's score where its grade gives none.
    public var total: Points?
    public init(level: Level?, unmarked: [String], reason: Message, total: Points? = nil) {
        self.level = level
        self.unmarked = unmarked
        self.reason = reason
        self.total = total
    }
}

/// Why a criteria list does not fit a round (`Rulebook.criteriaListProblem`): the criterion at
/// fault, or the sheet (class and form) whose parts do not add up.
public struct CriteriaListProblem: Hashable, Sendable {
    public var cls: SubjectClass
    public var form: String
    /// The criterion at fault; nil when a part of the sheet is.
    public var criterion: String?
    /// The part that does not add up.
    public var part: Criterion.Part?
    public var message: Message
    public init(cls: SubjectClass, form: String, criterion: String? = nil, part: Criterion.Part? = nil, message: Message) {
        self.cls = cls
        self.form = form
        self.criterion = criterion
        self.part = part
        self.message = message
    }
}
