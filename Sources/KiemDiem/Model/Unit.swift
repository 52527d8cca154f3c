/// An organization of the ward committee: the committee itself, a cell, or a party group.
public struct Unit: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable { case committee, cell, group }
    public enum CellType: String, Codable, CaseIterable, Sendable {
        case residential, agency, school, police, military, enterprise, other
    }
    public var code: String
    public var name: String
    public var kind: Kind
    public var type: CellType?
    public var parent: String?
    /// Id of the BTV member in charge of the cell (R-REVIEW-ATTEND).
    public var liaison: String?
    public var created: Day?
    /// Decision reference recording the unit as outstanding (R366-QUOTA).
    public var outstanding: String?
    public var extra: [String: String]?

    public init(code: String, name: String, kind: Kind, type: CellType? = nil, parent: String? = nil,
                liaison: String? = nil, created: Day? = nil, outstanding: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.type = type
        self.parent = parent
        self.liaison = liaison
        self.created = created
        self.outstanding = outstanding
    }

    /// Committees and cells are graded as organizations; party groups are not.
    public var isGraded: Bool { kind != .group }
}

/// A leadership collective (tập thể lãnh đạo, quản lý).
public struct Collective: Codable, Hashable, Sendable {
    public enum Class: String, Codable, CaseIterable, Sendable {
        case partyExecutive = "party-executive", partyStanding = "party-standing"
        case cellCommittee = "cell-committee", councilStanding = "council-standing"
        case peopleCommittee = "people-committee", frontStanding = "front-standing"
        case massOrgStanding = "mass-org-standing"

        /// The BCH and BTV of the ward committee: the upper level decides their grades [plan V].
        public var decidedByUpper: Bool { self == .partyExecutive || self == .partyStanding }
    }
    public var code: String
    public var name: String
    public var cls: Class
    public var unit: String?
    public var extra: [String: String]?

    enum CodingKeys: String, CodingKey { case code, name, cls = "class", unit, extra }

    public init(code: String, name: String, cls: Class, unit: String? = nil) {
        self.code = code
        self.name = name
        self.cls = cls
        self.unit = unit
    }
}
