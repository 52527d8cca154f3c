import Foundation

/// What a decoded workspace must hold before it is opened: each record under its own id, each
/// member in a unit that exists, and every record about a subject about one the file holds.
/// kd never saves anything else (a `--replace` load drops what it left dangling); a hand-edited
/// or damaged file could (a member stored under another id cannot be graded by its id; one in a
/// missing unit falls out of every count; a grade under a mistyped id is silently not the
/// subject's), and grades must not be decided over it.
public enum WorkspaceCheck {
    struct Problem: Error {
        var message: Message
        var path: String
    }

    static func check(_ ws: Workspace, at root: String = "$") throws {
        // The two checks read and write nothing the other does; on a national file each is a
        // lookup per record, and the second core halves what they add to `open`.
        var problems: [Problem?] = [nil, nil]
        problems.withUnsafeMutableBufferPointer { out in
            let parts = [{ try tables(ws, at: root) }, { try References(ws, root: root).check() }]
            let run = { (i: Int) in
                do { try parts[i]() } catch { out[i] = (error as! Problem) }
            }
            if ws.members.count < TwoCores.from { (0..<2).forEach(run) } else { DispatchQueue.concurrentPerform(iterations: 2, execute: run) }
        }
        if let p = problems.compactMap({ $0 }).first { throw p }
        for (name, snap) in ws.snapshots { try check(snap, at: "\(root).snapshots.\(name)") }
    }

    /// Units, collectives and members: each under its own id, in units that exist.
    private static func tables(_ ws: Workspace, at root: String) throws {
        for (key, u) in ws.units where u.code != key {
            throw Problem(message: Catalog.keyNotId(key, u.code), path: "\(root).units.\(key).code")
        }
        for (key, c) in ws.collectives where c.code != key {
            throw Problem(message: Catalog.keyNotId(key, c.code), path: "\(root).collectives.\(key).code")
        }
        // A unit under a parent the file lacks, or its own ancestor, falls out of every count
        // `--unit` makes of the tree above it (`load units` refuses both).
        try firstProblem(in: ws.units) { key, u in
            guard let p = u.parent else { return nil }
            if !ws.units.keys.contains(p) { return Problem(message: Catalog.unknownUnitInFile(p), path: "\(root).units.\(key).parent") }
            var cur: String? = p, steps = 0
            while let c = cur, steps <= ws.units.count {
                if c == key { return Problem(message: Catalog.parentCycle(key), path: "\(root).units.\(key).parent") }
                cur = ws.units[c]?.parent
                steps += 1
            }
            return nil
        }
        try firstProblem(in: ws.collectives) { key, c in
            guard let u = c.unit, !ws.units.keys.contains(u) else { return nil }
            return Problem(message: Catalog.unknownUnitInFile(u), path: "\(root).collectives.\(key).unit")
        }
        try firstProblem(in: ws.members) { key, m in
            if m.id != key { return Problem(message: Catalog.keyNotId(key, m.id), path: "\(root).members.\(key).id") }
            if !ws.units.keys.contains(m.unit) {
                return Problem(message: Catalog.unknownUnitInFile(m.unit), path: "\(root).members.\(key).unit")
            }
            if let g = m.group, !ws.units.keys.contains(g) {
                return Problem(message: Catalog.unknownUnitInFile(g), path: "\(root).members.\(key).group")
            }
            return nil
        }
    }

    /// The members, units and collectives whose name the loaders refuse as empty (blanks and
    /// invisible characters only), sorted by id: kd before stop 50 loaded a name cell of a
    /// no-break or zero-width space as an empty name and saved it. Said when a workspace is
    /// opened, not refused: a workspace kd saved must open.
    public static func nameless(_ ws: Workspace) -> [String] {
        (ws.members.filter { blank($0.value.name) }.map(\.key) + ws.units.filter { blank($0.value.name) }.map(\.key)
            + ws.collectives.filter { blank($0.value.name) }.map(\.key)).sorted()
    }

    /// Ids and codes with a blank or an invisible character at an end (`P001` and a no-break
    /// space), which kd before stop 50 kept from a file: files are now trimmed, so a file naming
    /// P001 no longer finds such a member. Said when a workspace is opened. By their first and
    /// last bytes: a national roster's ids cost two looks each.
    public static func untrimmedIds(_ ws: Workspace) -> [String] {
        func odd(_ id: String) -> Bool {
            guard let f = id.utf8.first, let l = id.utf8.last else { return false }
            if f > 0x20 && f < 0x80 && l > 0x20 && l < 0x80 { return false }
            return id.trimmingBlanks != id
        }
        return (ws.members.keys.filter(odd) + ws.units.keys.filter(odd) + ws.collectives.keys.filter(odd)).sorted()
    }

    static func blank(_ name: String) -> Bool {
        // Nearly every name starts with an ASCII letter: decided at its first byte.
        guard let f = name.utf8.first else { return true }
        if f > 0x20 && f < 0x80 { return false }
        return name.trimmingBlanks.allSatisfy(\.isWhitespace)
    }

    /// The first problem of a table in key order, so that the same one is named every time; a
    /// sound table (nearly all) is passed over once, without sorting its keys (millions of them
    /// in a national file).
    static func firstProblem<V>(in table: [String: V], _ problem: (String, V) -> Problem?) throws {
        guard table.contains(where: { problem($0.key, $0.value) != nil }) else { return }
        for key in table.keys.sorted() { if let p = problem(key, table[key]!) { throw p } }
    }

    /// Records about subjects the file does not hold, as `LoadIntegrity.settle` would have
    /// dropped them: a leader's grades belong to the member, whatever posts are held now.
    private struct References {
        let ws: Workspace
        let root: String
        let leaders: Set<String>
        init(_ ws: Workspace, root: String) {
            self.ws = ws
            self.root = root
            leaders = ws.leaderIDs
        }

        func check() throws {
            func isBody(_ c: String) -> Bool { ws.units.keys.contains(c) || ws.collectives.keys.contains(c) }
            try each(\.positions, "positions", "member") { ws.members.keys.contains($0.member) ? nil : $0.member }
            try each(\.positions, "positions", "body") { isBody($0.body) ? nil : $0.body }
            try each(\.exclusions, "exclusions", "subject") { ws.members.keys.contains($0.subject) ? nil : $0.subject }
            try each(\.discipline, "discipline", "member") { ws.holdsDisciplined($0.member) ? nil : $0.member }
            try each(\.reviews, "reviews", "subject") { missing($0.subject) }
            try each(\.targets, "targets", "subject") { missing($0.subject) }
            try each(\.adjustments, "adjustments", "subject") { missing($0.subject) }
            // Looked up by their subject: one stored under another key is never found.
            try keyed(\.adjustments, "adjustments") { $0.subject.key }
            try keyed(\.targets, "targets") { $0.subject.key }
            try keyed(\.exclusions, "exclusions") { $0.subject }
            try each(\.assessments, "assessments", "subject") { missing($0.subject) }
            try each(\.shortcomings, "shortcomings", "subject") { missing($0.subject) }
            // Grades carry no subject of their own: the key is it.
            try WorkspaceCheck.firstProblem(in: ws.grades) { key, _ in
                guard let ref = SubjectRef(key: key) else {
                    return Problem(message: Catalog.badValue(Catalog.notASubjectKey(key)), path: "\(root).grades.\(key)")
                }
                return missing(ref, gradeKey: true).map { Problem(message: Catalog.unknownSubjectInFile($0), path: "\(root).grades.\(key)") }
            }
        }

        /// The subject's description when the file does not hold it.
        func missing(_ ref: SubjectRef, gradeKey: Bool = false) -> String? {
            let held = ref.cls == .leader && gradeKey ? ws.members.keys.contains(ref.id) : ws.exists(ref, leaders: leaders)
            return held ? nil : ref.description
        }

        /// The first record (in key order) stored under a key that is not its subject's.
        func keyed<V>(_ table: KeyPath<Workspace, [String: V]>, _ name: String, _ subject: (V) -> String) throws {
            try WorkspaceCheck.firstProblem(in: ws[keyPath: table]) { key, v in
                subject(v) == key ? nil : Problem(message: Catalog.keyNotSubject(key, subject(v)), path: "\(root).\(name).\(key)")
            }
        }

        /// The first record (in key order) whose `field` names a subject the file lacks.
        func each<V>(_ table: KeyPath<Workspace, [String: V]>, _ name: String, _ field: String, _ gone: (V) -> String?) throws {
            try WorkspaceCheck.firstProblem(in: ws[keyPath: table]) { key, v in
                gone(v).map { Problem(message: Catalog.unknownSubjectInFile($0), path: "\(root).\(name).\(key).\(field)") }
            }
        }
    }
}
