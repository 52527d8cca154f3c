/// What a decoded workspace must hold before it is opened: each record under its own id, and
/// each member in a unit that exists. kd never saves anything else; a hand-edited or damaged
/// file could (a member stored under another id cannot be graded by its id; one in a missing
/// unit falls out of every count), and grades must not be decided over it.
enum WorkspaceCheck {
    struct Problem: Error {
        var message: Message
        var path: String
    }

    static func check(_ ws: Workspace, at root: String = "$") throws {
        for (key, u) in ws.units where u.code != key {
            throw Problem(message: Catalog.keyNotId(key, u.code), path: "\(root).units.\(key).code")
        }
        for (key, c) in ws.collectives where c.code != key {
            throw Problem(message: Catalog.keyNotId(key, c.code), path: "\(root).collectives.\(key).code")
        }
        // Sorted only to name the same first problem every time; a sound file (nearly all) skips
        // the sort of 100,000 ids.
        let sound = ws.members.allSatisfy { $0.key == $0.value.id && ws.units.keys.contains($0.value.unit) }
        for key in sound ? [] : ws.members.keys.sorted() {
            let m = ws.members[key]!
            if m.id != key { throw Problem(message: Catalog.keyNotId(key, m.id), path: "\(root).members.\(key).id") }
            if !ws.units.keys.contains(m.unit) {
                throw Problem(message: Catalog.unknownUnitInFile(m.unit), path: "\(root).members.\(key).unit")
            }
        }
        for (name, snap) in ws.snapshots { try check(snap, at: "\(root).snapshots.\(name)") }
    }
}
