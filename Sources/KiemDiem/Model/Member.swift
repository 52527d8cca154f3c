/// A party member of the ward committee.
///
/// Stored compactly, as a national roster holds 5.6M (the members table is 8.4M slots of this
/// struct): the two dates as packed days with 0 for "none", the gender as a one-byte code for
/// "Nam" and "Nữ", and what few members have (another gender text, extra columns) in one
/// shared immutable box. 112 bytes became 88. The public fields read and write as before;
/// equality, hashing, coding and reflection look at them, not at the storage.
public struct Member: Codable, Hashable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable { case active, exempt, suspended }
    public var id: String
    public var name: String
    public var unit: String
    public var group: String?
    private var rare: Rare?
    private var rawBorn: UInt32 = 0, rawAdmitted: UInt32 = 0
    public var status: Status
    public var civilServant: Bool
    /// Works outside the political system (retirees, students, private sector): form 2C under qd366.
    public var outside: Bool
    /// Grade at the workplace (civil servants), the basis of R-CADRE-BASIS.
    public var workplaceLevel: Level?
    public var workplaceStage: Stage?
    /// 0: none; 1: "Nam"; 2: "Nữ"; 3: the text in `rare`.
    private var genderCode: UInt8 = 0

    private final class Rare: Sendable {
        let gender: String?, extra: [String: String]?
        init(gender: String?, extra: [String: String]?) {
            self.gender = gender
            self.extra = extra
        }
    }

    /// Compared by bytes: a canonically equivalent text in another form is kept as written.
    private static let codes: [(code: UInt8, text: String)] = [(1, "Nam"), (2, "Nữ")]

    public var gender: String? {
        get {
            switch genderCode {
            case 0: return nil
            case 3: return rare?.gender
            default: return Member.codes[Int(genderCode) - 1].text
            }
        }
        set {
            let code = newValue.map { g in Member.codes.first { $0.text.utf8.elementsEqual(g.utf8) }?.code ?? 3 } ?? 0
            genderCode = code
            setRare(gender: code == 3 ? newValue : nil, extra: extra)
        }
    }
    public var born: Day? {
        get { Day(raw: rawBorn) }
        set { rawBorn = newValue?.raw ?? 0 }
    }
    public var admitted: Day? {
        get { Day(raw: rawAdmitted) }
        set { rawAdmitted = newValue?.raw ?? 0 }
    }
    public var extra: [String: String]? {
        get { rare?.extra }
        set { setRare(gender: rare?.gender, extra: newValue) }
    }

    private mutating func setRare(gender: String?, extra: [String: String]?) {
        rare = gender == nil && extra == nil ? nil : Rare(gender: gender, extra: extra)
    }

    public init(id: String, name: String, unit: String, group: String? = nil, gender: String? = nil,
                born: Day? = nil, admitted: Day? = nil, status: Status = .active, civilServant: Bool = false,
                outside: Bool = false, workplaceLevel: Level? = nil, workplaceStage: Stage? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.group = group
        self.status = status
        self.civilServant = civilServant
        self.outside = outside
        self.workplaceLevel = workplaceLevel
        self.workplaceStage = workplaceStage
        self.gender = gender
        self.born = born
        self.admitted = admitted
    }

    // The file's shape is the one the synthesized coding gave: these keys, each optional one
    // left out when absent.
    enum CodingKeys: String, CodingKey {
        case id, name, unit, group, gender, born, admitted, status, civilServant, outside, workplaceLevel, workplaceStage, extra
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  unit: try c.decode(String.self, forKey: .unit), group: try c.decodeIfPresent(String.self, forKey: .group),
                  gender: try c.decodeIfPresent(String.self, forKey: .gender),
                  born: try c.decodeIfPresent(Day.self, forKey: .born), admitted: try c.decodeIfPresent(Day.self, forKey: .admitted),
                  status: try c.decode(Status.self, forKey: .status), civilServant: try c.decode(Bool.self, forKey: .civilServant),
                  outside: try c.decode(Bool.self, forKey: .outside),
                  workplaceLevel: try c.decodeIfPresent(Level.self, forKey: .workplaceLevel),
                  workplaceStage: try c.decodeIfPresent(Stage.self, forKey: .workplaceStage))
        extra = try c.decodeIfPresent([String: String].self, forKey: .extra)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(unit, forKey: .unit)
        try c.encodeIfPresent(group, forKey: .group)
        try c.encodeIfPresent(gender, forKey: .gender)
        try c.encodeIfPresent(born, forKey: .born)
        try c.encodeIfPresent(admitted, forKey: .admitted)
        try c.encode(status, forKey: .status)
        try c.encode(civilServant, forKey: .civilServant)
        try c.encode(outside, forKey: .outside)
        try c.encodeIfPresent(workplaceLevel, forKey: .workplaceLevel)
        try c.encodeIfPresent(workplaceStage, forKey: .workplaceStage)
        try c.encodeIfPresent(extra, forKey: .extra)
    }

    // By hand, not synthesized: a gender is kept in the form it was written, so "Nữ" in NFC
    // (code 2) and in NFD (in the box) are stored apart, yet equal as Strings, as before.
    public static func == (a: Member, b: Member) -> Bool {
        a.id == b.id && a.name == b.name && a.unit == b.unit && a.group == b.group && a.gender == b.gender
            && a.rawBorn == b.rawBorn && a.rawAdmitted == b.rawAdmitted && a.status == b.status
            && a.civilServant == b.civilServant && a.outside == b.outside && a.workplaceLevel == b.workplaceLevel
            && a.workplaceStage == b.workplaceStage && a.extra == b.extra
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(name)
        h.combine(unit)
        h.combine(group)
        h.combine(gender)
        h.combine(rawBorn)
        h.combine(rawAdmitted)
        h.combine(status)
        h.combine(civilServant)
        h.combine(outside)
        h.combine(workplaceLevel)
        h.combine(workplaceStage)
        h.combine(extra)
    }
}

extension Member: CustomReflectable {
    /// The public fields, as the struct had them stored (tests walk them to see that every
    /// field is written and read).
    public var customMirror: Mirror {
        Mirror(self, children: [
            "id": id, "name": name, "unit": unit, "group": group as Any, "gender": gender as Any, "born": born as Any,
            "admitted": admitted as Any, "status": status, "civilServant": civilServant, "outside": outside,
            "workplaceLevel": workplaceLevel as Any, "workplaceStage": workplaceStage as Any, "extra": extra as Any,
        ], displayStyle: .struct)
    }
}

/// A leadership position: `role` in `body` (a unit or collective code).
public struct Position: Codable, Hashable, Sendable {
    public enum ManagedBy: String, Codable, CaseIterable, Sendable { case ward, upper }
    public var member: String
    public var body: String
    public var role: String
    public var head: Bool
    public var since: Day?
    public var managedBy: ManagedBy
    /// The file's unknown columns with a value (data.md: kept, never an error).
    public var extra: [String: String]?

    public init(member: String, body: String, role: String, head: Bool = false, since: Day? = nil,
                managedBy: ManagedBy = .ward) {
        self.member = member
        self.body = body
        self.role = role
        self.head = head
        self.since = since
        self.managedBy = managedBy
    }
    public var key: String { Position.key(member: member, body: body, roleKey: Vietnamese.key(role)) }
    /// `key` from its parts, the role already folded (loaders fold each distinct role once).
    static func key(member: String, body: String, roleKey: String) -> String {
        // Appended, not interpolated: a national positions file makes half a million.
        var k = member
        k.append("|")
        k.append(body)
        k.append("|")
        k.append(roleKey)
        return k
    }
}
