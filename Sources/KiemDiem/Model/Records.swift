/// Why a member is neither reviewed nor graded (R-EXCL-*), or a hand exclusion.
public struct Exclusion: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case exempt, suspended, newMember = "new-member", other
    }
    public var subject: String
    public var reason: Reason
    /// The rule id when `exclude --auto` derived it; nil for a hand exclusion.
    public var rule: String?
    public var note: String?
    public init(subject: String, reason: Reason, rule: String? = nil, note: String? = nil) {
        self.subject = subject
        self.reason = reason
        self.rule = rule
        self.note = note
    }
}

/// One recorded review session of a subject at a venue (a unit or collective code).
public struct Review: Codable, Hashable, Sendable {
    public var subject: SubjectRef
    public var venue: String
    public var date: Day?
    public var form: String?
    public var sessions: Int?
    /// A form as typed (`2a`) or as Excel keeps a General cell (`1` for `01`): the form's name.
    public static func formName(_ typed: String) -> String {
        let t = typed.uppercased()
        return t == "1" ? "01" : t  // the one form whose name starts with a zero
    }
    /// The sessions `review --sessions` and the reviews file take as a number; one below 1 is
    /// passed on for R-REVIEW-SESSIONS to refuse, naming the rule.
    public static let sessionsRange = 1...99
    public var attended: [String]
    public var suggested: Bool
    public var selfLevel: Level?
    /// R-FEEDBACK: the draft report was sent for comments before the review.
    public var feedback: Bool?
    /// The file's unknown columns with a value (data.md: kept, never an error).
    public var extra: [String: String]?

    public init(subject: SubjectRef, venue: String, date: Day? = nil, form: String? = nil, sessions: Int? = nil,
                attended: [String] = [], suggested: Bool = false, selfLevel: Level? = nil, feedback: Bool? = nil) {
        self.subject = subject
        self.venue = venue
        self.date = date
        self.form = form
        self.sessions = sessions
        self.attended = attended
        self.suggested = suggested
        self.selfLevel = selfLevel
        self.feedback = feedback
    }
    public var key: String { "\(subject.key)@\(venue)" }
}

/// Hundredths of a point, so that scores compare and add exactly (qd366 scores).
public struct Points: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Four bytes: a grade record holds three scores, and there are millions of records at
    /// national size. Scores parse to at most 100,000.00; sums beyond Int32 saturate.
    private var stored: Int32
    public var hundredths: Int {
        get { Int(stored) }
        set { stored = Points.clamp(newValue) }
    }
    public init(hundredths: Int) { stored = Points.clamp(hundredths) }
    private static func clamp(_ v: Int) -> Int32 { Int32(clamping: max(v, -Int(Int32.max))) }
    /// `Int32.min` is never a score's storage (sums saturate at ±Int32.max): a grade record
    /// uses it to mean "no score" without an optional's extra byte.
    static let noneRaw = Int32.min
    var raw: Int32 { stored }
    init?(raw: Int32) {
        guard raw != Points.noneRaw else { return nil }
        stored = raw
    }
    /// Parses `89`, `89.5`, `89.99` (or with a comma); nil for anything else or more decimals.
    public static func parse(_ text: String) -> Points? {
        var utf8 = text
        if let p = utf8.withUTF8(plain) { return p }
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]), whole >= 0, whole <= 100_000,
            parts[0].allSatisfy(\.isNumber)
        else { return nil }
        var frac = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy(\.isNumber), let v = Int(f) else { return nil }
            frac = f.count == 1 ? v * 10 : v
        }
        return Points(hundredths: whole * 100 + frac)
    }
    /// Plain `89`, `89.5`, `89.25` read from the bytes (every score of a big grades file or
    /// workspace); nil for anything else, which `parse` reads the general way (blanks, commas,
    /// errors).
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Points? {
        var w = 0, f = 0, wholeDigits = 0, fracDigits = 0, dot = false
        for b in bytes {
            if b == UInt8(ascii: ".") && !dot { dot = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            if dot { f = f * 10 + Int(b - 0x30); fracDigits += 1 } else { w = w * 10 + Int(b - 0x30); wholeDigits += 1 }
            // Longer runs of digits are never a score; counted on, they overflowed (a trap).
            if wholeDigits > 6 || fracDigits > 2 { return nil }
        }
        guard wholeDigits > 0, !dot || (1...2).contains(fracDigits), w <= 100_000 else { return nil }
        return Points(hundredths: w * 100 + (fracDigits == 1 ? f * 10 : f))
    }

    public var description: String {
        let w = hundredths / 100, f = hundredths % 100
        if f == 0 { return String(w) }
        return f % 10 == 0 ? "\(w).\(f / 10)" : "\(w).\(f < 10 ? "0" : "")\(f)"
    }
    /// With a decimal comma, as Vietnamese writes it (89,5).
    public var vietnamese: String { description.replacingOccurrences(of: ".", with: ",") }
    public static func < (a: Points, b: Points) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths + b.hundredths) }
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let p = Points.parse(s) else {
            throw BadValue.at(c, Catalog.notAScore(s))
        }
        self = p
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// Who gives a grade.
public enum GradingBody: String, Codable, CaseIterable, Sendable { case ward, upper, cell, `self` }

/// One grade of one subject at one stage.
///
/// Stored compactly (a national round holds 5.3M of these, each in its own box): the three
/// scores as raw hundredths with a marker for "none", the votes in four bytes, and the two
/// texts, which few records have, in one shared immutable box. 80 bytes became 32, and the
/// box holding a record 96 bytes became 48. The public fields read and write as before, and
/// coding looks at them; equality and hashing are synthesized over a storage that holds each
/// value one way only.
public struct GradeRecord: Codable, Hashable, Sendable {
    public var level: Level
    public var by: GradingBody?
    private var rawScore = Points.noneRaw, rawCommon = Points.noneRaw, rawResults = Points.noneRaw
    /// -1: no votes.
    private var rawVotes: Int32 = -1
    private var texts: Texts?

    /// What votes may be, wherever they come from (a file, `grade --votes`, a workspace).
    public static let votesRange = 0...1_000_000

    /// Compared and hashed by contents, so that the synthesized equality and hashing (the
    /// storage holds each value one way only) are those of the public fields.
    private final class Texts: Hashable, Sendable {
        let note: String?, override: String?, extra: [String: String]?
        init(note: String?, override: String?, extra: [String: String]?) {
            self.note = note
            self.override = override
            self.extra = extra
        }
        static func == (a: Texts, b: Texts) -> Bool { a.note == b.note && a.override == b.override && a.extra == b.extra }
        func hash(into h: inout Hasher) {
            h.combine(note)
            h.combine(override)
            h.combine(extra)
        }
    }

    public var score: Points? {
        get { Points(raw: rawScore) }
        set { rawScore = newValue?.raw ?? Points.noneRaw }
    }
    public var common: Points? {
        get { Points(raw: rawCommon) }
        set { rawCommon = newValue?.raw ?? Points.noneRaw }
    }
    public var results: Points? {
        get { Points(raw: rawResults) }
        set { rawResults = newValue?.raw ?? Points.noneRaw }
    }
    /// Within `votesRange`: every way in checks it first.
    public var votes: Int? {
        get { rawVotes < 0 ? nil : Int(rawVotes) }
        set {
            assert(newValue.map(GradeRecord.votesRange.contains) ?? true, "votes out of range")
            rawVotes = newValue.map { Int32(clamping: max($0, 0)) } ?? -1
        }
    }
    public var note: String? {
        get { texts?.note }
        set { setTexts(note: newValue, override: override, extra: extra) }
    }
    /// The reason given with `--override` to pass a hard ceiling; kept for the audit.
    public var override: String? {
        get { texts?.override }
        set { setTexts(note: note, override: newValue, extra: extra) }
    }
    /// The grades file's unknown columns with a value (data.md: kept, never an error).
    public var extra: [String: String]? {
        get { texts?.extra }
        set { setTexts(note: note, override: override, extra: newValue) }
    }

    /// This record given again at the same stage over `old`: what it leaves out is kept (the
    /// score or its two parts, who gave it; the votes, note and override reason where the level
    /// is the same), so that restating a level to add votes does not drop the score
    /// the quota ranks by and the qd366 band reads. `kept` says which score and votes were kept.
    public func restated(over old: GradeRecord?) -> (record: GradeRecord, kept: (score: Points?, votes: Int?)) {
        guard let old else { return (self, (nil, nil)) }
        var r = self
        var kept: (score: Points?, votes: Int?) = (nil, nil)
        if score == nil && common == nil && results == nil {
            r.score = old.score
            r.common = old.common
            r.results = old.results
            kept.score = old.total
        }
        if by == nil { r.by = old.by }
        // Votes, a note and an override reason were for that level, not for another one.
        if level == old.level {
            if votes == nil, let v = old.votes { r.votes = v; kept.votes = v }
            if note == nil { r.note = old.note }
            if override == nil { r.override = old.override }
            if extra == nil { r.extra = old.extra }
        }
        return (r, kept)
    }

    private mutating func setTexts(note: String?, override: String?, extra: [String: String]?) {
        texts = note == nil && override == nil && extra == nil ? nil : Texts(note: note, override: override, extra: extra)
    }

    public init(level: Level, by: GradingBody? = nil, score: Points? = nil, common: Points? = nil,
                results: Points? = nil, votes: Int? = nil, note: String? = nil, override: String? = nil) {
        self.level = level
        self.by = by
        self.score = score
        self.common = common
        self.results = results
        self.votes = votes
        self.note = note
        self.override = override
    }

    // The file's shape is the one the synthesized coding gave: these keys in this order, each
    // left out when absent.
    enum CodingKeys: String, CodingKey { case level, by, score, common, results, votes, note, override, extra }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level: try c.decode(Level.self, forKey: .level),
                  by: try c.decodeIfPresent(GradingBody.self, forKey: .by),
                  score: try c.decodeIfPresent(Points.self, forKey: .score),
                  common: try c.decodeIfPresent(Points.self, forKey: .common),
                  results: try c.decodeIfPresent(Points.self, forKey: .results),
                  votes: try Self.votes(c),
                  note: try c.decodeIfPresent(String.self, forKey: .note),
                  override: try c.decodeIfPresent(String.self, forKey: .override))
        extra = try c.decodeIfPresent([String: String].self, forKey: .extra)
    }

    private static func votes(_ c: KeyedDecodingContainer<CodingKeys>) throws -> Int? {
        guard let v = try c.decodeIfPresent(Int.self, forKey: .votes) else { return nil }
        guard votesRange.contains(v) else {
            throw BadValue.at(CodingKeys.votes, in: c, Catalog.votesOutOfRange)
        }
        return v
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(by, forKey: .by)
        try c.encodeIfPresent(score, forKey: .score)
        try c.encodeIfPresent(common, forKey: .common)
        try c.encodeIfPresent(results, forKey: .results)
        try c.encodeIfPresent(votes, forKey: .votes)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(override, forKey: .override)
        try c.encodeIfPresent(extra, forKey: .extra)
    }
}

/// The grades of one subject, one per stage.
public struct GradeSet: Codable, Hashable, Sendable {
    /// Each stage's record in its own immutable box: most subjects have one stage, and three
    /// records held inline made every grade set 240 bytes (a national roster has 5.6M).
    private final class Box: Sendable {
        let record: GradeRecord
        init(_ record: GradeRecord) { self.record = record }
    }
    private var boxes: (Box?, Box?, Box?) = (nil, nil, nil)

    public var `self`: GradeRecord? {
        get { boxes.0?.record }
        set { boxes.0 = newValue.map(Box.init) }
    }
    public var proposed: GradeRecord? {
        get { boxes.1?.record }
        set { boxes.1 = newValue.map(Box.init) }
    }
    public var decided: GradeRecord? {
        get { boxes.2?.record }
        set { boxes.2 = newValue.map(Box.init) }
    }

    public init() {}
    public subscript(stage: Stage) -> GradeRecord? {
        get {
            switch stage {
            case .self: return self.`self`
            case .proposed: return proposed
            case .decided: return decided
            }
        }
        set {
            switch stage {
            case .self: self.`self` = newValue
            case .proposed: proposed = newValue
            case .decided: decided = newValue
            }
        }
    }
    public var effective: (stage: Stage, record: GradeRecord)? {
        for s in Stage.allCases.reversed() { if let r = self[s] { return (s, r) } }
        return nil
    }
    /// The level of `effective`, read where it is stored: a summary reads one per subject,
    /// and copying the record out retained its texts.
    public var effectiveLevel: Level? { (boxes.2 ?? boxes.1 ?? boxes.0)?.record.level }
    public var isEmpty: Bool { boxes.0 == nil && boxes.1 == nil && boxes.2 == nil }
    /// The score of the latest stage that records one: a level decided without a score rests
    /// on the score it was proposed with (the quota ranks by it; under qd366 its band holds).
    /// The subject's own self score counts only while self is its only stage: the proposal and
    /// the decision are the competent bodies', not the subject's.
    public var latestTotal: Points? {
        if boxes.1 == nil && boxes.2 == nil { return boxes.0?.record.total }
        return boxes.2?.record.total ?? boxes.1?.record.total
    }
    /// The votes the quota ranks by, read as `latestTotal` is: a self grade's only while it is
    /// the only stage (a proposal without votes does not take the subject's own).
    public var latestVotes: Int? {
        if boxes.1 == nil && boxes.2 == nil { return boxes.0?.record.votes }
        return boxes.2?.record.votes ?? boxes.1?.record.votes
    }
    /// A self grade's score or votes that rank nothing, for `why` to say so.
    public var selfRankIgnored: Bool {
        guard let own = boxes.0?.record, boxes.1 != nil || boxes.2 != nil else { return false }
        return own.total != nil || own.votes != nil
    }

    // The file's shape is the one the synthesized coding gave: `self`, `proposed`, `decided`,
    // each left out when absent.
    enum CodingKeys: String, CodingKey { case `self`, proposed, decided }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.`self` = try c.decodeIfPresent(GradeRecord.self, forKey: .self)
        proposed = try c.decodeIfPresent(GradeRecord.self, forKey: .proposed)
        decided = try c.decodeIfPresent(GradeRecord.self, forKey: .decided)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(self.`self`, forKey: .self)
        try c.encodeIfPresent(proposed, forKey: .proposed)
        try c.encodeIfPresent(decided, forKey: .decided)
    }

    public static func == (a: GradeSet, b: GradeSet) -> Bool {
        a.`self` == b.`self` && a.proposed == b.proposed && a.decided == b.decided
    }

    public func hash(into h: inout Hasher) {
        h.combine(self.`self`)
        h.combine(proposed)
        h.combine(decided)
    }
}

public struct DisciplineRecord: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable { case discipline, decline, prohibited }
    public enum Form: String, Codable, CaseIterable, Sendable {
        case khienTrach = "khien-trach", canhCao = "canh-cao", cachChuc = "cach-chuc", khaiTru = "khai-tru"
    }
    public var member: String
    public var date: Day?
    public var kind: Kind
    public var form: Form?
    public var selfDiscovered: Bool
    /// The year in which this violation was already counted (counts once).
    public var countedIn: Int?
    public var note: String?
    /// R366-TRIGGERS: the violation was in official duties (true), outside them (false), or not
    /// recorded (nil: check asks the committee).
    public var duty: Bool?
    /// The file's unknown columns with a value (data.md: kept, never an error).
    public var extra: [String: String]?
    public init(member: String, date: Day?, kind: Kind = .discipline, form: Form? = nil,
                selfDiscovered: Bool = false, countedIn: Int? = nil, note: String? = nil, duty: Bool? = nil) {
        self.duty = duty
        self.member = member
        self.date = date
        self.kind = kind
        self.form = form
        self.selfDiscovered = selfDiscovered
        self.countedIn = countedIn
        self.note = note
    }
    public var key: String { "\(member)|\(date?.description ?? "-")|\(kind.rawValue)|\(form?.rawValue ?? "-")" }
}

/// Targets of a subject's unit or collective, in percent.
public struct TargetRecord: Codable, Hashable, Sendable {
    public var subject: SubjectRef
    public var completedPct: Percentage
    public var exceededPct: Percentage?
    public var latePct: Percentage?
    public var priorFixedPct: Percentage?
    /// R366-TRIGGERS: the share of low-confidence votes (phiếu tín nhiệm thấp) of a leader, in percent.
    public var lowConfidencePct: Percentage?
    /// The file's unknown columns with a value (data.md: kept, never an error).
    public var extra: [String: String]?
    public init(subject: SubjectRef, completedPct: Percentage, exceededPct: Percentage? = nil, latePct: Percentage? = nil, priorFixedPct: Percentage? = nil,
                lowConfidencePct: Percentage? = nil) {
        self.lowConfidencePct = lowConfidencePct
        self.subject = subject
        self.completedPct = completedPct
        self.exceededPct = exceededPct
        self.latePct = latePct
        self.priorFixedPct = priorFixedPct
    }
}

/// A change `cap` made to a subject's level, with the rule that made it.
public struct Adjustment: Codable, Hashable, Sendable {
    public var subject: SubjectRef
    public var from: Level
    public var to: Level
    public var rule: String
    public var reason: Message
    public init(subject: SubjectRef, from: Level, to: Level, rule: String, reason: Message) {
        self.subject = subject
        self.from = from
        self.to = to
        self.rule = rule
        self.reason = reason
    }
}

/// One line of the audit log: when, what was typed, what changed.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var time: String
    public var command: String
    public var changes: [String]
    /// `changes` in Vietnamese, line for line, for `report audit` under `--lang vi`; absent
    /// where they read the same, and on entries of a kd before it.
    public var changesVi: [String]?
    /// The files the command read, as absolute paths (the command keeps them as typed, relative
    /// to wherever it ran): a report is never written over one in a later session. Absent on
    /// commands that read no file, and on entries of a kd before it.
    public var files: [String]?
    public init(time: String, command: String, changes: [String], changesVi: [String]? = nil, files: [String]? = nil) {
        self.time = time
        self.command = command
        self.changes = changes
        self.changesVi = changesVi
        self.files = files
    }

    /// The changes in `lang`: the Vietnamese lines where they were kept (and as many).
    public func changes(in vietnamese: Bool) -> [String] {
        guard vietnamese, let vi = changesVi, vi.count == changes.count else { return changes }
        return vi
    }
}
