/// One breach of a rule, as `check` lists it: the rule id, the subject, what is wrong and what
/// would fix it.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Codable, Sendable { case error, warning }
    public var rule: String
    public var subject: SubjectRef
    public var severity: Severity
    public var problem: Message
    public var fix: Message
    public init(rule: String, subject: SubjectRef, severity: Severity = .error, problem: Message, fix: Message) {
        self.rule = rule
        self.subject = subject
        self.severity = severity
        self.problem = problem
        self.fix = fix
    }
}
