/// The four classes of graded subjects [domain.md §1].
public enum SubjectClass: String, Codable, CaseIterable, Sendable {
    case organization, collective, leader, member

    /// `member:`, the start of a `SubjectRef.key`.
    public var keyPrefix: String {
        switch self {
        case .organization: return "organization:"
        case .collective: return "collective:"
        case .leader: return "leader:"
        case .member: return "member:"
        }
    }

    public var vietnamese: String {
        switch self {
        case .organization: return "Tổ chức đảng"
        case .collective: return "Tập thể lãnh đạo, quản lý"
        case .leader: return "Cá nhân lãnh đạo, quản lý"
        case .member: return "Đảng viên"
        }
    }
}

/// One graded subject: a class and an id (unit code, collective code or member id). A person
/// who leads is two subjects, `member:ID` and `leader:ID`, whose grades are kept apart.
public struct SubjectRef: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    // The id first: a struct holding a SubjectRef can then pack small fields right after the
    // class byte (cap's per-subject outcome is 48 bytes, not 56).
    public var id: String
    public var cls: SubjectClass
    public init(_ cls: SubjectClass, _ id: String) {
        self.cls = cls
        self.id = id
    }
    /// `member:P0012` — the key used in the workspace file. Built by appending, not by
    /// interpolation: tables are keyed by it, and it is made millions of times a command.
    public var key: String {
        var k = cls.keyPrefix
        k.append(id)
        return k
    }
    public var description: String { cls == .member ? id : key }

    public init?(key: String) {
        // By its bytes: a Character search breaks graphemes, and `open` reads millions of keys.
        guard let colon = key.utf8.firstIndex(of: UInt8(ascii: ":")),
            let c = SubjectClass(rawValue: String(key[..<colon]))
        else { return nil }
        self.init(c, String(key[key.index(after: colon)...]))
    }

    public static func < (a: SubjectRef, b: SubjectRef) -> Bool { a.key < b.key }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let r = SubjectRef(key: s) else {
            throw BadValue.at(c, Catalog.notASubjectKey(s))
        }
        self = r
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(key)
    }
}
