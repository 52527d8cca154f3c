import Foundation

/// Writes CSV rows (RFC 4180 quoting, LF) into a byte buffer flushed to a file in large chunks:
/// fast enough for a multi-million-row roster. A failed write (a full disk) is kept and thrown
/// by `close`, named as `display`; the rows after it are not written.
public final class CSVWriter {
    private let fd: Int32
    private let display: String
    private var buf: [UInt8] = []
    private var first = true
    private var failure: Int32 = 0

    public init(path: String, display: String? = nil, header: [String]) throws {
        self.display = display ?? path
        // Mode 0600, as every file kd writes that holds personal data; never through a symbolic
        // link (O_NOFOLLOW), which could point the file at one the user did not name.
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let e = errno, shown = display ?? path
            if e == ELOOP { throw KDError(Catalog.Reports.symlinkRefused(shown), hints: [Catalog.Reports.symlinkHint]) }
            // A file there refused itself; else the folder is named when it refused.
            if access(path, F_OK) == 0 { throw KDError(Catalog.cannotWrite(shown, errno: e)) }
            throw KDError(Catalog.cannotCreate(shown, errno: e, beside: false))
        }
        buf.reserveCapacity(1 << 20)
        row(header)
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    public func cell(_ s: String) {
        if !first { buf.append(UInt8(ascii: ",")) }
        first = false
        var needsQuotes = false
        for b in s.utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D || b == UInt8(ascii: ";") {
            needsQuotes = true
            break
        }
        if !needsQuotes { buf.append(contentsOf: s.utf8); return }
        buf.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { buf.append(b) }
            buf.append(b)
        }
        buf.append(UInt8(ascii: "\""))
    }
    public func cell(_ s: String?) { cell(s ?? "") }
    public func cell(_ d: Day?) {
        guard let d else { cell(""); return }
        if !first { buf.append(UInt8(ascii: ",")) }
        first = false
        digits(d.year, 4); buf.append(UInt8(ascii: "-")); digits(d.month, 2); buf.append(UInt8(ascii: "-")); digits(d.day, 2)
    }
    public func cell(_ b: Bool) { cell(b ? "x" : "") }

    private func digits(_ n: Int, _ w: Int) {
        var p = 1
        for _ in 1..<w { p *= 10 }
        var v = n
        while p > 0 { buf.append(UInt8(ascii: "0") + UInt8(v / p % 10)); v %= p; p /= 10 }
    }

    public func endRow() {
        buf.append(0x0A)
        first = true
        if buf.count >= 1 << 20 { flush() }
    }

    public func row(_ cells: [String]) {
        for c in cells { cell(c) }
        endRow()
    }

    private func flush() {
        defer { buf.removeAll(keepingCapacity: true) }
        guard failure == 0 else { return }
        let failed = buf.withUnsafeBytes { raw -> Int32 in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue }; return errno }
                done += n
            }
            return 0
        }
        failure = failed
    }

    /// Writes what is left and flushes it to the disk; throws the first failure.
    public func close() throws {
        flush()
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if failure != 0 { throw KDError(Catalog.cannotWrite(display, errno: failure)) }
    }
}

extension SyntheticWard {
    /// Writes the ward as the CSV files `load` reads; returns the file names written.
    public func write(to dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // Each file is written under a temporary name and all are renamed once every one is
        // written: a full disk leaves the folder as it was (an earlier ward's files included),
        // never a roster cut mid-row that a later load would take for a whole one. Nor does
        // Ctrl-C, which stops the writing (`Interrupt.stopped`).
        var made: [String] = []
        func open(_ n: String, _ header: [String]) throws -> CSVWriter {
            let tmp = dir + "/." + n + ".kd-part"
            let w = try CSVWriter(path: tmp, display: dir + "/" + n, header: header)
            made.append(n)
            return w
        }
        do {
            try writeFiles(open)
            for n in made { guard rename(dir + "/." + n + ".kd-part", dir + "/" + n) == 0 else {
                throw KDError(Catalog.cannotWrite(dir + "/" + n, errno: errno)) } }
        } catch {
            for n in made { unlink(dir + "/." + n + ".kd-part") }
            throw error
        }
        return Self.fileNames
    }

    private func writeFiles(_ open: (String, [String]) throws -> CSVWriter) throws {
        let u = try open("units.csv", ["code", "name", "kind", "type", "parent", "liaison", "created", "outstanding"])
        for x in units {
            u.cell(x.code); u.cell(x.name); u.cell(x.kind.rawValue); u.cell(x.type?.rawValue); u.cell(x.parent)
            u.cell(x.liaison); u.cell(x.created); u.cell(x.outstanding); u.endRow()
        }
        try u.close()
        let c = try open("collectives.csv", ["code", "name", "class", "unit"])
        for x in collectives { c.row([x.code, x.name, x.cls.rawValue, x.unit ?? ""]) }
        try c.close()
        // In data.md's order.
        let r = try open("roster.csv", ["id", "name", "unit", "group", "gender", "born", "admitted", "status",
                                        "civil_servant", "outside", "workplace_level", "workplace_stage"])
        for (k, m) in members.enumerated() {
            if Interrupt.stops(at: k) { throw Interrupt.stopped }
            r.cell(m.id); r.cell(m.name); r.cell(m.unit); r.cell(m.group); r.cell(m.gender); r.cell(m.born); r.cell(m.admitted)
            r.cell(m.status.rawValue); r.cell(m.civilServant); r.cell(m.outside); r.cell(m.workplaceLevel?.rawValue)
            r.cell(m.workplaceStage?.rawValue); r.endRow()
        }
        try r.close()
        let p = try open("positions.csv", ["member", "body", "role", "head", "since", "managed_by"])
        for (k, x) in positions.enumerated() {
            if Interrupt.stops(at: k) { throw Interrupt.stopped }
            p.cell(x.member); p.cell(x.body); p.cell(x.role); p.cell(x.head); p.cell(x.since); p.cell(x.managedBy.rawValue); p.endRow()
        }
        try p.close()
        let d = try open("discipline.csv", ["member", "date", "kind", "form", "self_discovered", "counted_in", "note"])
        for x in discipline {
            d.cell(x.member); d.cell(x.date); d.cell(x.kind.rawValue); d.cell(x.form?.rawValue); d.cell(x.selfDiscovered)
            d.cell(x.countedIn.map(String.init)); d.cell(x.note); d.endRow()
        }
        try d.close()
        let g = try open("grades.csv", ["subject", "level", "score", "votes"])
        for (k, x) in grades.enumerated() {
            if Interrupt.stops(at: k) { throw Interrupt.stopped }
            g.cell(x.member); g.cell(x.level.rawValue); g.cell(String(x.score)); g.cell(String(x.votes)); g.endRow()
        }
        try g.close()
    }

    /// The files `write` makes, in the order it makes them.
    public static let fileNames = ["units.csv", "collectives.csv", "roster.csv", "positions.csv", "discipline.csv", "grades.csv"]

    /// Puts the ward into a transaction, replacing those tables. Ctrl-C leaves it part-done:
    /// the shell then rolls the transaction back.
    public func apply(to tx: Transaction) {
        tx.replace(\.units, with: Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) }))
        tx.replace(\.collectives, with: Dictionary(uniqueKeysWithValues: collectives.map { ($0.code, $0) }))
        var ms: [String: Member] = [:]
        ms.reserveCapacity(members.count)
        for (k, m) in members.enumerated() {
            if Interrupt.stops(at: k) { return }
            ms[m.id] = m
        }
        tx.replace(\.members, with: ms)
        tx.replace(\.positions, with: Dictionary(positions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a }))
        tx.replace(\.discipline, with: Dictionary(discipline.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a }))
        // The proposed grades grades.csv holds, as `load grades` reads them: the ward in memory
        // and the ward loaded from its files are the same ward.
        var gs: [String: GradeSet] = [:]
        gs.reserveCapacity(grades.count)
        for (k, g) in grades.enumerated() {
            if Interrupt.stops(at: k) { return }
            var set = GradeSet()
            set[.proposed] = GradeRecord(level: g.level, score: Points(hundredths: g.score * 100), votes: g.votes)
            gs[SubjectRef(.member, g.member).key] = set
        }
        tx.replace(\.grades, with: gs)
    }
}
