import Foundation

/// Reads and writes the workspace file of data.md §3.
public enum WorkspaceFile {
    public static let format = "kd-workspace"
    public static let version = 1

    private struct Envelope: Codable {
        var format: String
        var version: Int
    }

    private struct Wrapper: Encodable {
        let ws: Workspace
        func encode(to encoder: Encoder) throws {
            try Envelope(format: WorkspaceFile.format, version: WorkspaceFile.version).encode(to: encoder)
            try ws.encode(to: encoder)
        }
    }

    /// The bytes of a saved workspace: keys sorted, pretty printed, newline at the end.
    ///
    /// Each top-level field is encoded by its own JSONEncoder, the cores sharing the fields, and
    /// the object is assembled as JSONEncoder writes it (a test compares the bytes with
    /// `referenceEncode`). Measured need: one JSONEncoder over a 100,000-member workspace took
    /// most of the pipeline's time, on one core, holding the whole tree of values at once.
    public static func encode(_ ws: Workspace) throws -> Data {
        let keys = Workspace.CodingKeys.allCases.map(\.stringValue) + ["format", "version"]
        let order = keys.indices.sorted { keys[$0] < keys[$1] }  // lower-case ASCII names
        var parts = [Result<Data, Error>?](repeating: nil, count: keys.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: keys.count) { i in
            let r = Result { try field(i < Workspace.CodingKeys.allCases.count ? Workspace.CodingKeys.allCases[i] : nil, keys[i], ws) }
            lock.lock()
            parts[i] = r
            lock.unlock()
        }
        var out: [UInt8] = Array("{\n".utf8)
        for (n, i) in order.enumerated() {
            out.append(contentsOf: Array("  \"\(keys[i])\" : ".utf8))
            // Nested one level: every line after the first moves two spaces right (an empty
            // object's blank line stays blank).
            let part = try parts[i]!.get()
            out.reserveCapacity(out.count + part.count + part.count / 8)
            part.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for k in bytes.indices {
                    out.append(bytes[k])
                    if bytes[k] == 0x0A && k + 1 < bytes.count && bytes[k + 1] != 0x0A { out.append(contentsOf: [0x20, 0x20]) }
                }
            }
            out.append(contentsOf: Array((n + 1 < order.count ? ",\n" : "\n").utf8))
        }
        out.append(contentsOf: Array("}\n".utf8))
        return Data(out)
    }

    /// One top-level field as JSONEncoder writes it on its own. The switch lists every coding
    /// key, so a new field of Workspace does not compile until it is saved here too.
    static func field(_ key: Workspace.CodingKeys?, _ name: String, _ ws: Workspace) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let key else { return Data((name == "format" ? "\"\(format)\"" : "\(version)").utf8) }
        switch key {
        case .settings: return try enc.encode(ws.settings)
        case .units: return try enc.encode(ws.units)
        case .collectives: return try enc.encode(ws.collectives)
        case .members: return try enc.encode(ws.members)
        case .positions: return try enc.encode(ws.positions)
        case .exclusions: return try enc.encode(ws.exclusions)
        case .reviews: return try enc.encode(ws.reviews)
        case .grades: return try enc.encode(ws.grades)
        case .discipline: return try enc.encode(ws.discipline)
        case .targets: return try enc.encode(ws.targets)
        case .adjustments: return try enc.encode(ws.adjustments)
        case .audit: return try enc.encode(ws.audit)
        case .snapshots: return try enc.encode(ws.snapshots)
        case .criteria: return try enc.encode(ws.criteria)
        case .assessments: return try enc.encode(ws.assessments)
        case .shortcomings: return try enc.encode(ws.shortcomings)
        }
    }

    /// The definition of the file's bytes: one JSONEncoder over the whole workspace.
    static func referenceEncode(_ ws: Workspace) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try enc.encode(Wrapper(ws: ws))
        data.append(0x0A)
        return data
    }

    /// Decodes a workspace, refusing another format, a newer version or malformed JSON with the
    /// JSON path of the problem.
    ///
    /// Fast path (issue 8): `WorkspaceReader` reads what kd saves in one pass, without
    /// JSONDecoder's tree of values (measured at 100,000 members: 2.2 s and 308 MB through
    /// JSONDecoder). Whatever it does not read exactly, JSONDecoder reads below and reports.
    public static func decode(_ data: Data, file: String) throws -> Workspace {
        if let fast = WorkspaceReader.read(data) {
            try checkEnvelope(format: fast.format, version: fast.version, file: file)
            try checkContents(fast.workspace, file: file)
            return fast.workspace
        }
        let dec = JSONDecoder()
        let env: Envelope
        do {
            env = try dec.decode(Envelope.self, from: data)
        } catch {
            throw describe(error, file: file, fallback: Catalog.notWorkspace, data: data)
        }
        try checkEnvelope(format: env.format, version: env.version, file: file)
        let ws: Workspace
        do {
            ws = try dec.decode(Workspace.self, from: data)
        } catch {
            throw describe(error, file: file, fallback: Catalog.malformedJSON, data: data)
        }
        if let dup = JSONKeys.firstDuplicate(data) {
            throw KDError(Catalog.jsonDuplicateKey(dup.key), place: "\(file): \(dup.path)")
        }
        try checkContents(ws, file: file)
        return ws
    }

    static func checkEnvelope(format: String, version: Int, file: String) throws {
        guard format == self.format else {
            throw KDError(Catalog.otherFormat(format), place: "\(file): $.format")
        }
        guard version <= self.version else {
            throw KDError(Catalog.newerVersion(version, self.version), place: "\(file): $.version",
                          hints: [Catalog.hintUpgrade])
        }
    }

    static func checkContents(_ ws: Workspace, file: String) throws {
        do { try WorkspaceCheck.check(ws) } catch let p as WorkspaceCheck.Problem {
            throw KDError(p.message, place: "\(file): \(p.path)")
        }
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        var s = "$"
        for k in codingPath {
            if let i = k.intValue { s += "[\(i)]" } else { s += ".\(k.stringValue)" }
        }
        return s
    }

    static func describe(_ error: Error, file: String, fallback: Message, data: Data? = nil) -> KDError {
        switch error {
        case DecodingError.dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                // Syntax errors: Foundation puts the position in the underlying error's text;
                // JSONDecoder on Linux gives none, JSONSerialization does.
                var detail = (ctx.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
                if detail == nil, let d = data { detail = syntaxDetail(d) }
                return KDError(Catalog.malformedJSONDetail(detail ?? ctx.debugDescription), place: "\(file): $")
            }
            return KDError(Catalog.badValue(ctx.debugDescription), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.keyNotFound(let key, let ctx):
            return KDError(Catalog.missingKey(key.stringValue), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.typeMismatch(let type, let ctx):
            return KDError(Catalog.wrongType("\(type)"), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.valueNotFound(let type, let ctx):
            return KDError(Catalog.wrongType("\(type)"), place: "\(file): \(path(ctx.codingPath))")
        default:
            return KDError(fallback, place: file)
        }
    }

    /// "Invalid value around character 9." with the line and column of that character.
    static func syntaxDetail(_ data: Data) -> String? {
        do { _ = try JSONSerialization.jsonObject(with: data); return nil } catch {
            guard let text = (error as NSError).userInfo["NSDebugDescription"] as? String else { return nil }
            guard let r = text.range(of: "character "),
                  let n = Int(text[r.upperBound...].prefix(while: \.isNumber)), n <= data.count else { return text }
            var line = 1, col = 1
            for b in data.prefix(n) { if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 } }
            return "\(text.hasSuffix(".") ? String(text.dropLast()) : text) (line \(line), column \(col))"
        }
    }

    /// Writes atomically with mode 0600: a temporary file in the same folder, flushed, renamed
    /// over the old one. The old file stays whole until the rename.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = "\(dir)/.\(url.lastPathComponent).tmp-\(getpid())"
        removeStaleTemporaries(of: url.lastPathComponent, in: dir)
        // O_EXCL: never through a link planted at the temporary name; a file of that name left by
        // an earlier process with our (reused) pid is removed above.
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw KDError(Catalog.cannotWrite(path, String(cString: strerror(errno)))) }
        fchmod(fd, 0o600)  // whatever the umask
        var ok = true
        data.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { ok = false; break }
                off += n
            }
        }
        if fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok, rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw KDError(Catalog.cannotWrite(path, reason))
        }
        // Make the rename itself durable.
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    /// Removes `.NAME.tmp-PID` files that a killed save left, where PID is no longer running (or
    /// is this process: a reused pid). They are hidden and never named like a workspace, but each
    /// holds a partial copy of personal data.
    static func removeStaleTemporaries(of name: String, in dir: String) {
        let prefix = ".\(name).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return }
        for n in names where n.hasPrefix(prefix) {
            guard let pid = Int32(n.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) { unlink("\(dir)/\(n)") }
        }
    }

    /// A symbolic link at the path is refused, like a report's `--out`: the rename would replace
    /// the link (not its target), silently parting the user's file from the link they set up.
    public static func save(_ ws: Workspace, to path: String) throws {
        try refuseSymlink(path)
        try write(try encode(ws), to: path)
    }

    public static func refuseSymlink(_ path: String, display: String? = nil) throws {
        var st = stat()
        if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            throw KDError(Catalog.saveSymlinkRefused(display ?? path), hints: [Catalog.hintSaveRealPath])
        }
    }

    public static func load(from path: String) throws -> Workspace {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KDError(Catalog.cannotRead(path))
        }
        return try decode(data, file: path)
    }
}
