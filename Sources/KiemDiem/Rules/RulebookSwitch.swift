/// What changes when a graded workspace switches rulebook (`set rules`): computed by running
/// both rulebooks over the same facts and comparing, not by knowing what differs between them.
public struct RulebookSwitch: Sendable {
    public var appeared: [Finding] = []
    public var disappeared: [Finding] = []
    /// Levels `cap` would give that differ: subject, final under the old rules, under the new.
    public var levels: [(subject: SubjectRef, before: Level?, after: Level?)] = []
    public var isEmpty: Bool { appeared.isEmpty && disappeared.isEmpty && levels.isEmpty }

    /// Findings are matched by rule, subject and severity (their wording may name the rulebook's
    /// bodies differently); levels by what `cap` would make final.
    public static func compare(_ before: WardFacts, _ after: WardFacts) -> RulebookSwitch {
        struct Key: Hashable { var rule: String; var subject: SubjectRef; var severity: Finding.Severity }
        func counted(_ fs: [Finding]) -> [Key: Int] {
            var c: [Key: Int] = [:]
            for f in fs { c[Key(rule: f.rule, subject: f.subject, severity: f.severity), default: 0] += 1 }
            return c
        }
        let fb = before.findings(), fa = after.findings()
        var out = RulebookSwitch()
        var left = counted(fb)
        for f in fa {
            let k = Key(rule: f.rule, subject: f.subject, severity: f.severity)
            if let n = left[k], n > 0 { left[k] = n - 1 } else { out.appeared.append(f) }
        }
        var right = counted(fa)
        for f in fb {
            let k = Key(rule: f.rule, subject: f.subject, severity: f.severity)
            if let n = right[k], n > 0 { right[k] = n - 1 } else { out.disappeared.append(f) }
        }
        let cb = before.cap().outcomes, ca = after.cap().outcomes
        for ref in after.allSubjects() {
            let b = cb[ref.key]?.final, a = ca[ref.key]?.final
            if b != a { out.levels.append((ref, b, a)) }
        }
        return out
    }
}
