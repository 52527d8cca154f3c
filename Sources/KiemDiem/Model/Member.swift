/// A party member of the ward committee.
public struct Member: Codable, Hashable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable { case active, exempt, suspended }
    public var id: String
    public var name: String
    public var unit: String
    public var group: String?
    public var gender: String?
    public var born: Day?
    public var admitted: Day?
    public var status: Status
    public var civilServant: Bool
    /// Works outside the political system (retirees, students, private sector): form 2C under qd366.
    public var outside: Bool
    /// Grade at the workplace (civil servants), the basis of R-CADRE-BASIS.
    public var workplaceLevel: Level?
    public var workplaceStage: Stage?
    public var extra: [String: String]?

    public init(id: String, name: String, unit: String, group: String? = nil, gender: String? = nil,
                born: Day? = nil, admitted: Day? = nil, status: Status = .active, civilServant: Bool = false,
                outside: Bool = false, workplaceLevel: Level? = nil, workplaceStage: Stage? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.group = group
        self.gender = gender
        self.born = born
        self.admitted = admitted
        self.status = status
        self.civilServant = civilServant
        self.outside = outside
        self.workplaceLevel = workplaceLevel
        self.workplaceStage = workplaceStage
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
    static func key(member: String, body: String, roleKey: String) -> String { "\(member)|\(body)|\(roleKey)" }
}
