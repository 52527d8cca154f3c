import Foundation

/// Builds a `Workspace` straight from the bytes of a workspace file: the fast path of
/// `WorkspaceFile.decode`.
///
/// Measured need (issue 8): at 100,000 members (a 52 MB file) JSONDecoder took 2.2 s and 308 MB
/// to open what the CSV files load in 0.9 s: it builds a tree of every value before the types
/// read it, and the file was read twice more (envelope, duplicate keys). This reader makes each
/// record as it goes, in one pass, and finds repeated keys itself.
///
/// It must give exactly what JSONDecoder gives through the types' own `init(from:)`: missing
/// and `null` optionals read as nil, Workspace's missing tables as empty, Day, Points, SubjectRef
/// and enums through the same parsers. Whatever it does not read exactly (bad syntax, unknown
/// key, wrong type, bad value, repeated key, an unusual number or escape) makes it give up, and
/// JSONDecoder reads the file instead and says what is wrong. Settings, small, are handed to
/// JSONDecoder as their bytes, their keys checked as the slow path checks them (JSONKeys).
public enum WorkspaceReader {
    public struct Decoded {
        public var format: String
        public var version: Int
        public var workspace: Workspace
        /// How many tables were read in two halves (tests see that the split was taken).
        var tablesInHalves = 0
    }

    /// The workspace and its envelope, or nil where JSONDecoder must read the file.
    public static func read(_ data: Data) -> Decoded? {
        try? readOrGiveUp(data)
    }

    /// As `read`, throwing `JSONCursor.GiveUp` with the place and the reason.
    /// `halves` (tests): files from `from` bytes counted ahead, tables of `records` or more
    /// read in two halves, cut at the count's mark `pick` (one every `marks` records) moved
    /// `shift` bytes on: a cut that is not where a record begins.
    static func readOrGiveUp(_ data: Data, halves: Halves? = nil) throws -> Decoded {
        try data.withUnsafeBytes { raw in try readOrGiveUp(raw.bindMemory(to: UInt8.self), source: nil, halves: halves) }
    }

    struct Halves {
        var from = 0, records = 2, marks = 1
        var pick: Int?
        var shift = 0
    }

    /// As `read`, giving the file's pages back as the reading goes (see ReadOnceFile): after
    /// it, the bytes are gone in part, whether it read the file or gave up.
    static func readOrGiveUp(_ file: ReadOnceFile) throws -> Decoded {
        try file.withBytes { try readOrGiveUp($0, source: file) }
    }

    private static func readOrGiveUp(_ bytes: UnsafeBufferPointer<UInt8>, source: ReadOnceFile?,
                                     halves: Halves? = nil) throws -> Decoded {
        var c = JSONCursor(bytes)
        c.source = source
        if let h = halves {
            c.counts = TableCounts.start(bytes, from: h.from, marks: h.marks)
            c.split = (h.records, h.pick, h.shift)
        } else {
            c.counts = TableCounts.start(bytes)
        }
        defer { c.counts?.finish() }
        var format: String?, version: Int?
        let ws = try workspace(&c, format: &format, version: &version, depth: 0)
        try c.end()
        guard let format, let version else { throw c.giveUp("envelope missing") }
        return Decoded(format: format, version: version, workspace: ws, tablesInHalves: c.tablesInHalves)
    }

    /// Workspace's tolerant `init(from:)`: a missing or null table reads as empty. The envelope
    /// keys are read only at the top (`format` not nil); a snapshot holding them gives up.
    static func workspace(_ c: inout JSONCursor, format: inout String?, version: inout Int?, depth: Int) throws -> Workspace {
        // kd saves snapshots one level deep; a deeper nest is left to JSONDecoder's own limit.
        guard depth < 4 else { throw c.giveUp("snapshots too deep") }
        var ws = Workspace()
        let top = format == nil && version == nil
        var seen = Set<String>()
        guard try c.beginObject() else { return ws }
        repeat {
            let name = try c.key()
            guard seen.insert(name).inserted else { throw c.giveUp("duplicate key") }
            guard let key = Workspace.CodingKeys(rawValue: name) else {
                if top && name == "format" { format = try c.string(); continue }
                if top && name == "version" { version = try c.int(); continue }
                throw c.giveUp("unknown key")
            }
            if try c.null() { continue }
            // Every stored field (the switch does not compile without a new one).
            switch key {
            case .settings:
                let r = try c.skipValue()
                let bytes = Data(bytes: c.p + r.lowerBound, count: r.count)
                do {
                    ws.settings = try JSONDecoder().decode(Settings.self, from: bytes)
                } catch { throw JSONCursor.GiveUp(offset: r.lowerBound, reason: "settings not read by JSONDecoder") }
                // JSONDecoder passes over an unknown key and keeps the last of two.
                guard JSONKeys.firstProblem(bytes, schema: WorkspaceKeys.settings) == nil else {
                    throw JSONCursor.GiveUp(offset: r.lowerBound, reason: "settings key unknown or repeated")
                }
            case .units: ws.units = try c.table(unit)
            case .collectives: ws.collectives = try c.table(collective)
            case .members: ws.members = try c.table(member)
            case .positions: ws.positions = try c.table(position)
            case .exclusions: ws.exclusions = try c.table(exclusion)
            case .reviews: ws.reviews = try c.table(review)
            case .grades: ws.grades = try c.table(gradeSet)
            case .discipline: ws.discipline = try c.table(discipline)
            case .targets: ws.targets = try c.table(target)
            case .adjustments: ws.adjustments = try c.table(adjustment)
            case .audit: ws.audit = try c.array(auditEntry)
            case .snapshots:
                ws.snapshots = try c.table(halves: false) { c in
                    var f: String? = "", v: Int? = 0  // not the top: no envelope inside
                    return try workspace(&c, format: &f, version: &v, depth: depth + 1)
                }
            case .criteria: ws.criteria = try c.table(criterion)
            case .assessments: ws.assessments = try c.table(assessment)
            case .shortcomings: ws.shortcomings = try c.table(shortcoming)
            }
        } while try c.nextMember()
        return ws
    }

    /// The differential check of the fuzz target and the tests: nil when the fast reader gives
    /// up, otherwise whether JSONDecoder reads the bytes to the same envelope and workspace
    /// (compared as one JSONEncoder writes them) and finds no repeated key.
    public static func agreesWithJSONDecoder(_ data: Data) -> Bool? {
        guard let fast = read(data) else { return nil }
        struct Envelope: Decodable { var format: String; var version: Int }
        guard let env = try? JSONDecoder().decode(Envelope.self, from: data),
              let slow = try? JSONDecoder().decode(Workspace.self, from: data),
              JSONKeys.firstDuplicate(data) == nil, env.format == fast.format, env.version == fast.version
        else { return false }
        return (try? WorkspaceFile.referenceEncode(fast.workspace)) == (try? WorkspaceFile.referenceEncode(slow))
    }
}
