/// Shortcomings a previous review pointed out (hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm
/// trước), which plan II.3 asks every subject to report on. One record per subject
/// (`load shortcomings`: subject, shortcomings, year, role), printed on its review form.
public struct Shortcoming: Codable, Hashable, Sendable {
    public var subject: SubjectRef
    public var text: String
    /// The year of the review that pointed them out (usually the previous one).
    public var year: Int?
    public init(subject: SubjectRef, text: String, year: Int? = nil) {
        self.subject = subject
        self.text = text
        self.year = year
    }
}
