/// The records of a workspace, each read as its synthesized `init(from:)` reads it: every
/// non-optional field present and not null (`required`), optionals absent or null as nil.
/// Field numbers follow the order of the names given to `FieldNames`.
extension WorkspaceReader {
    static let unitFields = FieldNames("code", "name", "kind", "type", "parent", "liaison", "created", "outstanding", "extra")
    static func unit(_ c: inout JSONCursor) throws -> Unit {
        var u = Unit(code: "", name: "", kind: .cell)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(unitFields, &seen) {
                case 0: u.code = try c.string()
                case 1: u.name = try c.string()
                case 2: u.kind = try c.value()
                case 3: u.type = try c.optValue()
                case 4: u.parent = try c.optString()
                case 5: u.liaison = try c.optString()
                case 6: u.created = try c.optDay()
                case 7: u.outstanding = try c.optString()
                default: u.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b111)
        return u
    }

    static let collectiveFields = FieldNames("code", "name", "class", "unit", "extra")
    static func collective(_ c: inout JSONCursor) throws -> Collective {
        var k = Collective(code: "", name: "", cls: .partyExecutive)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(collectiveFields, &seen) {
                case 0: k.code = try c.string()
                case 1: k.name = try c.string()
                case 2: k.cls = try c.value()
                case 3: k.unit = try c.optString()
                default: k.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b111)
        return k
    }

    static let memberFields = FieldNames("id", "name", "unit", "status", "civilServant", "outside", "group", "gender",
                                         "born", "admitted", "workplaceLevel", "workplaceStage", "extra")
    static func member(_ c: inout JSONCursor) throws -> Member {
        // Fields read into locals and the Member made once at the end: filled in place, it was
        // copied once more on its way out (a retain and a release of each of its texts).
        var id = "", name = "", unit = "", status = Member.Status.active, civilServant = false, outside = false
        var group: String?, gender: String?, born: Day?, admitted: Day?
        var workplaceLevel: Level?, workplaceStage: Stage?, extra: [String: String]?
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(memberFields, &seen) {
                case 0: id = try c.string()
                case 1: name = try c.pooledString()
                case 2: unit = try c.string()
                case 3: status = try c.value()
                case 4: civilServant = try c.bool()
                case 5: outside = try c.bool()
                case 6: group = try c.optString()
                case 7: gender = try c.optString()
                case 8: born = try c.optDay()
                case 9: admitted = try c.optDay()
                case 10: workplaceLevel = try c.optValue()
                case 11: workplaceStage = try c.optValue()
                default: extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b111111)
        var m = Member(id: id, name: name, unit: unit, group: group, gender: gender, born: born, admitted: admitted,
                       status: status, civilServant: civilServant, outside: outside,
                       workplaceLevel: workplaceLevel, workplaceStage: workplaceStage)
        if extra != nil { m.extra = extra }
        return m
    }

    static let positionFields = FieldNames("member", "body", "role", "head", "managedBy", "since", "extra")
    static func position(_ c: inout JSONCursor) throws -> Position {
        var p = Position(member: "", body: "", role: "")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(positionFields, &seen) {
                case 0: p.member = try c.string()
                case 1: p.body = try c.string()
                case 2: p.role = try c.string()
                case 3: p.head = try c.bool()
                case 4: p.managedBy = try c.value()
                case 5: p.since = try c.optDay()
                default: p.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11111)
        return p
    }

    static let exclusionFields = FieldNames("subject", "reason", "rule", "note")
    static func exclusion(_ c: inout JSONCursor) throws -> Exclusion {
        var e = Exclusion(subject: "", reason: .other)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(exclusionFields, &seen) {
                case 0: e.subject = try c.string()
                case 1: e.reason = try c.value()
                case 2: e.rule = try c.optString()
                default: e.note = try c.optString()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11)
        return e
    }

    static let reviewFields = FieldNames("subject", "venue", "attended", "suggested", "date", "form", "sessions",
                                         "selfLevel", "feedback", "extra")
    static func review(_ c: inout JSONCursor) throws -> Review {
        var r = Review(subject: SubjectRef(.member, ""), venue: "")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(reviewFields, &seen) {
                case 0: r.subject = try c.subject()
                case 1: r.venue = try c.string()
                case 2: r.attended = try c.array { try $0.string() }
                case 3: r.suggested = try c.bool()
                case 4: r.date = try c.optDay()
                case 5: r.form = try c.optString()
                case 6: r.sessions = try c.optInt()
                case 7: r.selfLevel = try c.optValue()
                case 8: r.feedback = try c.optBool()
                default: r.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b1111)
        return r
    }

    static let gradeSetFields = FieldNames("self", "proposed", "decided")
    static func gradeSet(_ c: inout JSONCursor) throws -> GradeSet {
        var g = GradeSet()
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                let k = try c.field(gradeSetFields, &seen)
                let r = try c.null() ? nil : try gradeRecord(&c)
                switch k {
                case 0: g.`self` = r
                case 1: g.proposed = r
                default: g.decided = r
                }
            } while try c.nextMember()
        }
        return g
    }

    static let gradeFields = FieldNames("level", "by", "score", "common", "results", "votes", "note", "override", "extra")
    static func gradeRecord(_ c: inout JSONCursor) throws -> GradeRecord {
        var g = GradeRecord(level: .HTNV)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(gradeFields, &seen) {
                case 0: g.level = try c.value()
                case 1: g.by = try c.optValue()
                case 2: g.score = try c.optPoints()
                case 3: g.common = try c.optPoints()
                case 4: g.results = try c.optPoints()
                case 5:
                    let v = try c.optInt()
                    guard v.map(GradeRecord.votesRange.contains) ?? true else { throw c.giveUp("votes out of range") }
                    g.votes = v
                case 6: g.note = try c.optString()
                case 7: g.override = try c.optString()
                default: g.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b1)
        return g
    }

    static let disciplineFields = FieldNames("member", "kind", "selfDiscovered", "date", "form", "countedIn", "note", "duty", "extra")
    static func discipline(_ c: inout JSONCursor) throws -> DisciplineRecord {
        var d = DisciplineRecord(member: "", date: nil)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(disciplineFields, &seen) {
                case 0: d.member = try c.string()
                case 1: d.kind = try c.value()
                case 2: d.selfDiscovered = try c.bool()
                case 3: d.date = try c.optDay()
                case 4: d.form = try c.optValue()
                case 5: d.countedIn = try c.optInt()
                case 6: d.note = try c.optString()
                case 7: d.duty = try c.optBool()
                default: d.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b111)
        return d
    }

    static let targetFields = FieldNames("subject", "completedPct", "exceededPct", "latePct", "priorFixedPct", "lowConfidencePct", "extra")
    static func target(_ c: inout JSONCursor) throws -> TargetRecord {
        var t = TargetRecord(subject: SubjectRef(.member, ""), completedPct: 0)
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(targetFields, &seen) {
                case 0: t.subject = try c.subject()
                case 1: t.completedPct = try c.percent()
                case 2: t.exceededPct = try c.optPercent()
                case 3: t.latePct = try c.optPercent()
                case 4: t.priorFixedPct = try c.optPercent()
                case 5: t.lowConfidencePct = try c.optPercent()
                default: t.extra = try c.optStrings()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11)
        return t
    }

    static let adjustmentFields = FieldNames("subject", "from", "to", "rule", "reason")
    static func adjustment(_ c: inout JSONCursor) throws -> Adjustment {
        var a = Adjustment(subject: SubjectRef(.member, ""), from: .HTNV, to: .HTNV, rule: "", reason: Message(""))
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(adjustmentFields, &seen) {
                case 0: a.subject = try c.subject()
                case 1: a.from = try c.value()
                case 2: a.to = try c.value()
                case 3: a.rule = try c.string()
                default: a.reason = try message(&c)
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11111)
        return a
    }

    static let messageFields = FieldNames("en", "vi")
    static func message(_ c: inout JSONCursor) throws -> Message {
        var m = Message("")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(messageFields, &seen) {
                case 0: m.en = try c.string()
                default: m.vi = try c.string()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11)
        return m
    }

    static let auditFields = FieldNames("time", "command", "changes", "files", "changesVi")
    static func auditEntry(_ c: inout JSONCursor) throws -> AuditEntry {
        var a = AuditEntry(time: "", command: "", changes: [])
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(auditFields, &seen) {
                case 0: a.time = try c.string()
                case 1: a.command = try c.string()
                case 2: a.changes = try c.array { try $0.string() }
                case 3: a.files = try c.array { try $0.string() }
                default: a.changesVi = try c.array { try $0.string() }
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b111)
        return a
    }

    static let criterionFields = FieldNames("class", "form", "id", "text", "part", "max")
    static func criterion(_ c: inout JSONCursor) throws -> Criterion {
        var k = Criterion(.member, form: "", id: "", text: "")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(criterionFields, &seen) {
                case 0: k.cls = try c.value()
                case 1: k.form = try c.string()
                case 2: k.id = try c.string()
                case 3: k.text = try c.string()
                case 4: k.part = try c.value()
                default: k.max = try c.optPoints()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11111)
        return k
    }

    static let assessmentFields = FieldNames("subject", "criterion", "rating", "points", "note")
    static func assessment(_ c: inout JSONCursor) throws -> Assessment {
        var a = Assessment(subject: SubjectRef(.member, ""), criterion: "")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(assessmentFields, &seen) {
                case 0: a.subject = try c.subject()
                case 1: a.criterion = try c.string()
                case 2: a.rating = try c.optValue()
                case 3: a.points = try c.optPoints()
                default: a.note = try c.optString()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11)
        return a
    }

    static let shortcomingFields = FieldNames("subject", "text", "year")
    static func shortcoming(_ c: inout JSONCursor) throws -> Shortcoming {
        var s = Shortcoming(subject: SubjectRef(.member, ""), text: "")
        var seen: UInt32 = 0
        if try c.beginObject() {
            repeat {
                switch try c.field(shortcomingFields, &seen) {
                case 0: s.subject = try c.subject()
                case 1: s.text = try c.string()
                default: s.year = try c.optInt()
                }
            } while try c.nextMember()
        }
        try c.required(seen, 0b11)
        return s
    }
}

/// Values read through the same parsers as the types' `init(from:)`.
extension JSONCursor {
    /// Every field in `mask` was given (a missing one is JSONDecoder's keyNotFound).
    func required(_ seen: UInt32, _ mask: UInt32) throws {
        guard seen & mask == mask else { throw giveUp("required key missing") }
    }

    mutating func value<E: RawRepresentable>() throws -> E where E.RawValue == String {
        guard let v = E(rawValue: try string()) else { throw giveUp("unknown enum value") }
        return v
    }

    mutating func optValue<E: RawRepresentable>() throws -> E? where E.RawValue == String {
        try null() ? nil : try value()
    }

    mutating func optString() throws -> String? { try null() ? nil : try string() }
    mutating func optInt() throws -> Int? { try null() ? nil : try int() }
    mutating func optBool() throws -> Bool? { try null() ? nil : try bool() }
    mutating func optStrings() throws -> [String: String]? { try null() ? nil : try table { try $0.string() } }

    mutating func optDay() throws -> Day? {
        if try null() { return nil }
        if let d = plainASCII(TableRow.isoDay) { return d }  // no String for a plain date
        guard let d = Day.parse(try string()) else { throw giveUp("not a date") }
        return d
    }

    /// A share as a JSON number (`69`, `69.5`); exponents and more decimals give up.
    /// A share it gives up on is named from its start (`WorkspaceFile.percentError`).
    mutating func percent() throws -> Percentage {
        skipSpace()
        let start = i
        while i < n, (p[i] >= 0x30 && p[i] <= 0x39) || p[i] == UInt8(ascii: ".") { i += 1 }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { throw GiveUp(offset: start, reason: JSONCursor.percentage) }
        guard let v = Points.plain(UnsafeBufferPointer(start: p + start, count: i - start)), Percentage.range.contains(v.hundredths),
            !(i - start > 1 && p[start] == 0x30 && p[start + 1] != UInt8(ascii: "."))
        else { throw GiveUp(offset: start, reason: JSONCursor.percentage) }
        return Percentage(hundredths: v.hundredths)
    }
    mutating func optPercent() throws -> Percentage? { try null() ? nil : try percent() }

    mutating func optPoints() throws -> Points? {
        if try null() { return nil }
        if let p = plainASCII(Points.plain) { return p }  // no String for a plain score
        guard let p = Points.parse(try string()) else { throw giveUp("not a score") }
        return p
    }

    mutating func subject() throws -> SubjectRef {
        guard let r = SubjectRef(key: try string()) else { throw giveUp("not a subject key") }
        return r
    }
}
