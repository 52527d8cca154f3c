import Foundation

/// Reads and writes the workspace file of data.md §3.
public enum WorkspaceFile {
    public static let format = "kd-workspace"
    public static let version = 1
    /// UTF-8's byte order mark, which a file may begin with (data.md §1); never written.
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

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

    /// The bytes of a saved workspace: keys sorted, pretty printed, newline at the end. Written
    /// by hand (WorkspaceWriter.swift) into memory, the same bytes as `save` streams to a file;
    /// tests compare them with `referenceEncode`.
    public static func encode(_ ws: Workspace) throws -> Data {
        encodeToMemory(ws)
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
        let fast: WorkspaceReader.Decoded
        do { fast = try WorkspaceReader.readOrGiveUp(data) } catch {
            return try decodeSlowly(data, file: file, gaveUp: error as? JSONCursor.GiveUp)
        }
        return try accepted(fast, file: file)
    }

    /// As `decode`, for `open`: the fast reader gives the file's pages back as it goes
    /// (ReadOnceFile), so where it gives up the file is read again for JSONDecoder and for the
    /// error message. `path` is the file to read, `file` its name in messages.
    /// Ctrl-C stops the reading with `Interrupt.stopped` (a national workspace takes many
    /// seconds), not the slow reader's.
    public static func decode(_ bytes: ReadOnceFile, path: String, file: String) throws -> Workspace {
        var fast: WorkspaceReader.Decoded?
        var gaveUp: JSONCursor.GiveUp?
        do { fast = try WorkspaceReader.readOrGiveUp(bytes) } catch {
            if Interrupt.isRequested() { throw Interrupt.stopped }
            gaveUp = error as? JSONCursor.GiveUp
        }
        if let fast { return try accepted(fast, file: file) }
        guard let data = FileManager.default.contents(atPath: path) else { throw KDError(Catalog.cannotRead(file), place: file) }
        return try decodeSlowly(data, file: file, gaveUp: gaveUp)
    }

    /// What the fast reader read, once its envelope and contents pass.
    private static func accepted(_ fast: WorkspaceReader.Decoded, file: String) throws -> Workspace {
        try checkEnvelope(format: fast.format, version: fast.version, file: file)
        try checkContents(fast.workspace, file: file)
        return fast.workspace
    }

    /// JSONDecoder's reading, with the file's problems said where they are.
    /// `gaveUp`: where the fast reader stopped, which names a number JSONDecoder on Linux
    /// refuses as "not valid JSON" with no place (`1.5` or 20 digits where kd writes a whole
    /// number).
    private static func decodeSlowly(_ data: Data, file: String, gaveUp: JSONCursor.GiveUp? = nil) throws -> Workspace {
        if data.starts(with: bom) {
            // The cursor's offsets count the BOM; this reading does not.
            let g = gaveUp.map { JSONCursor.GiveUp(offset: $0.offset - bom.count, reason: $0.reason) }
            return try decodeSlowly(Data(data.dropFirst(bom.count)), file: file, gaveUp: g)
        }
        func placed(_ e: Error, _ fallback: Message) -> KDError {
            if case DecodingError.dataCorrupted(let ctx) = e, ctx.codingPath.isEmpty {
                if let g = gaveUp, "\(g.reason)" == "\(JSONCursor.plainInteger)" { return numberError(data, at: g.offset, file: file) }
                if let g = gaveUp, "\(g.reason)" == "\(JSONCursor.percentage)", let e = percentError(data, at: g.offset, file: file) { return e }
                // Any other number no Double holds (`1e400`): Foundation's "not representable
                // in Swift", in English with no place, said at its line and column.
                if let o = firstHugeNumber(data) {
                    let (token, at) = numberToken(data, o, file: file)
                    return KDError(Catalog.badValue(Catalog.numberOutOfRange(token)), at: at)
                }
                if let key = settingNotWhole(data) {
                    return KDError(Catalog.badValue(Catalog.settingNotWhole), place: "\(file): $.settings.\(key)")
                }
            }
            return describe(e, file: file, fallback: fallback, data: data)
        }
        try refuseOtherFormats(data, file: file)
        let dec = JSONDecoder()
        let env: Envelope
        do {
            env = try dec.decode(Envelope.self, from: data)
        } catch DecodingError.keyNotFound(let key, let ctx) where ctx.codingPath.isEmpty && key.stringValue == "format" {
            // Another program's JSON: said as what it is, not as a damaged workspace.
            throw KDError(Catalog.notWorkspaceNoFormat, place: "\(file): $")
        } catch {
            throw placed(error, Catalog.notWorkspace)
        }
        try checkEnvelope(format: env.format, version: env.version, file: file)
        let ws: Workspace
        do {
            ws = try dec.decode(Workspace.self, from: data)
        } catch {
            throw placed(error, Catalog.malformedJSON)
        }
        if let p = JSONKeys.firstProblem(data, schema: WorkspaceKeys.file) {
            switch p.problem {
            case .duplicate:
                // The second key's line and column (the path alone names the object, not which
                // of its keys is the repeat), the object's path in the text.
                let (line, col) = CSVText.lineColumn([UInt8](data), p.offset)
                throw KDError(Catalog.atPath(Catalog.jsonDuplicateKey(p.key), p.path), at: SourceLocation(file: file, line: line, column: col))
            case .unknown: throw KDError(Catalog.unknownKey(p.key), place: "\(file): \(p.path).\(p.key)")
            }
        }
        try checkContents(ws, file: file)
        return ws
    }

    /// A workbook or a CSV file given to `open`, or text that breaks JSON's grammar: said so,
    /// with the line, column and JSON path where there is one. Run only on files the fast
    /// reader gave up on.
    static func refuseOtherFormats(_ data: Data, file: String) throws {
        let b = [UInt8](data)
        let start = SourceLocation(file: file, line: 1, column: 1)
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw KDError(Catalog.workspaceIsWorkbook, at: start, hints: [Catalog.hintLoadWorkbook])
        }
        if let k = FileSignature.kind(b) { throw KDError(Catalog.fileIsOther(k, Catalog.aWorkspace), at: start) }
        // The first byte that is not a blank: how JSON, CSV or anything else begins.
        let first = b.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let lower = file.lowercased()
        // A damaged or mislabelled workbook: said as such, not as JSON that does not parse.
        if [".xlsx", ".xlsm", ".xls", ".ods"].contains(where: lower.hasSuffix), !(first.map { Array("{[".utf8).contains($0) } ?? false) {
            throw KDError(Catalog.workspaceNamedWorkbook, at: start)
        }
        // CSV: a first line of UTF-8 text (no control characters but tab) with a separator, not
        // starting like JSON (a quote starts either, so then the name must say .csv).
        let firstLine = b.prefix { $0 != 0x0A }
        let jsonStart = first.map { Array("{[\"".utf8).contains($0) } ?? true
        if !jsonStart || lower.hasSuffix(".csv"), first != nil, CSVText.firstInvalidUTF8(Array(firstLine)) == nil,
           !firstLine.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0D }),
           firstLine.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == 0x09 }) {
            throw KDError(Catalog.workspaceIsCSV, at: start, hints: [Catalog.hintCSVLoad(file)])
        }
        if let f = JSONSyntax.firstError(b) {
            throw KDError(Catalog.jsonSyntax(f.problem, at: f.path), at: SourceLocation(file: file, line: f.line, column: f.column))
        }
    }

    /// The setting holding a number that is no Int (`"quota": 20.5`, a year of 26 digits):
    /// JSONDecoder on Linux says only that the data is not valid JSON.
    static func settingNotWhole(_ data: Data) -> String? {
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let settings = top["settings"] as? [String: Any] else { return nil }
        for key in ["year", "quota"] {
            guard let v = settings[key] as? NSNumber else { continue }
            let d = v.doubleValue
            if d.rounded() != d || abs(d) >= 9.2e18 || "\(v)".contains(".") || "\(v)".contains("e") { return key }
        }
        return nil
    }

    /// A JSON number where kd reads a whole number of at most 18 digits, at its line and column.
    static func numberError(_ data: Data, at offset: Int, file: String) -> KDError {
        let (token, at) = numberToken(data, offset, file: file)
        return KDError(Catalog.notWholeNumber(token), at: at)
    }

    /// A share no Double holds (`1e999`), which JSONDecoder refuses as "not representable" with
    /// no place; nil where the number there is one (the decoder's error is about something else).
    static func percentError(_ data: Data, at offset: Int, file: String) -> KDError? {
        let (token, at) = numberToken(data, offset, file: file)
        guard holdsNoDouble(token) else { return nil }
        return KDError(Catalog.badValue(Catalog.notAPercent(token)), at: at)
    }

    /// A JSON number no Double holds (`1e400`; the file passed JSONSyntax, so it parses).
    private static func holdsNoDouble(_ token: String) -> Bool {
        guard let f = token.first, f.isNumber || f == "-" else { return false }
        return !(Double(token)?.isFinite ?? false)
    }

    /// Where the first number no Double holds begins, outside strings; run only on a file that
    /// failed to decode.
    static func firstHugeNumber(_ data: Data) -> Int? {
        let b = [UInt8](data)
        var i = 0, inString = false
        while i < b.count {
            let c = b[i]
            if inString {
                if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
            } else if c == UInt8(ascii: "\"") {
                inString = true
            } else if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                let start = i
                while i < b.count, "+-.eE0123456789".utf8.contains(b[i]) { i += 1 }
                if holdsNoDouble(String(decoding: b[start..<i], as: UTF8.self)) { return start }
                continue
            }
            i += 1
        }
        return nil
    }

    /// The number starting at `offset` (at most 40 bytes of it) and where it is.
    private static func numberToken(_ data: Data, _ offset: Int, file: String) -> (String, SourceLocation) {
        let b = [UInt8](data)
        let o = min(max(0, offset), b.count)
        let token = b[o...].prefix { !",}] \t\r\n".utf8.contains($0) }.prefix(40)
        let (line, col) = CSVText.lineColumn(b, o)
        return (String(decoding: token, as: UTF8.self), SourceLocation(file: file, line: line, column: col))
    }

    static func checkEnvelope(format: String, version: Int, file: String) throws {
        guard format == self.format else {
            throw KDError(Catalog.otherFormat(format), place: "\(file): $.format")
        }
        // kd has written version 1 only; 0 or below is a hand edit, not an older kd.
        guard version >= 1 else { throw KDError(Catalog.versionTooLow(version), place: "\(file): $.version") }
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
            let detail = (ctx.underlyingError as? BadValue)?.message ?? BadValue.enumValue(ctx.debugDescription, path: ctx.codingPath)
                ?? Message(ctx.debugDescription)
            return KDError(Catalog.badValue(detail), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.keyNotFound(let key, let ctx):
            return KDError(Catalog.missingKey(key.stringValue), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.typeMismatch(let type, let ctx):
            return KDError(Catalog.wrongType("\(type)"), place: "\(file): \(path(ctx.codingPath))")
        case DecodingError.valueNotFound(let type, let ctx):
            return KDError(Catalog.nullValue("\(type)"), place: "\(file): \(path(ctx.codingPath))")
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
            let (line, col) = CSVText.lineColumn([UInt8](data.prefix(n)), n)
            return "\(text.hasSuffix(".") ? String(text.dropLast()) : text) (line \(line), column \(col))"
        }
    }

    /// Writes atomically with mode 0600: a temporary file in the same folder, flushed, renamed
    /// over the old one. The old file stays whole until the rename.
    public static func write(_ data: Data, to path: String, display: String? = nil) throws {
        try writeStreaming(to: path, display: display) { sink in
            data.withUnsafeBytes { sink.bytes($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// `.NAME.tmp-`, with NAME cut (at a whole character) where the whole would pass the 255
    /// bytes a file name may have once the pid is added: a legal name near that limit (about
    /// 120 Vietnamese letters) could not be saved, its temporary name too long.
    static func temporaryPrefix(_ name: String) -> String {
        var n = name
        while ".\(n).tmp-".utf8.count + 10 > 255, !n.isEmpty { n.removeLast() }
        return ".\(n).tmp-"
    }

    /// Removes `.NAME.tmp-PID` files that a killed save left, where PID is no longer running (or
    /// is this process: a reused pid). They are hidden and never named like a workspace, but each
    /// holds a partial copy of personal data.
    /// `removeStaleTemporaries` for the workspace file at `path`, as `open` reads it: a killed
    /// save's copy of personal data does not wait for the next save to go.
    public static func sweepTemporaries(of path: String) {
        let url = URL(fileURLWithPath: path)
        removeStaleTemporaries(of: url.lastPathComponent, in: url.deletingLastPathComponent().path)
    }

    static func removeStaleTemporaries(of name: String, in dir: String) {
        removeStaleCopies(prefix: temporaryPrefix(name), in: dir)
    }

    /// Removes the files `PREFIX` + PID in `dir` whose process is gone, or is this one (a reused
    /// pid): copies a killed kd left (a save's temporary file, a history being trimmed).
    /// unlink takes a link itself, never its target.
    public static func removeStaleCopies(prefix: String, in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return }
        for n in names where n.hasPrefix(prefix) {
            guard let pid = Int32(n.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) { unlink("\(dir)/\(n)") }
        }
    }

    /// A symbolic link at the path is refused, like a report's `--out`: the rename would replace
    /// the link (not its target), silently parting the user's file from the link they set up.
    /// `interruptible`: Ctrl-C stops the writing and nothing is saved (the `save` command); the
    /// journal's own copies are written whole whatever is pressed, or recovery loses its base.
    public static func save(_ ws: Workspace, to path: String, display: String? = nil, interruptible: Bool = false,
                            beforeRename: ((String) -> Void)? = nil) throws {
        try refuseSymlink(path, display: display)
        // Streamed: the file is never whole in memory (issue 8).
        try writeStreaming(to: path, display: display, interruptible: interruptible, beforeRename: beforeRename) {
            JSONWriter($0, stopsOnInterrupt: interruptible).document(ws)
        }
    }

    public static func refuseSymlink(_ path: String, display: String? = nil) throws {
        var st = stat()
        if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            throw KDError(Catalog.saveSymlinkRefused(display ?? path), hints: [Catalog.hintSaveRealPath])
        }
        try refuseOddTarget(path, display: display)
    }

    /// What a save or a report may not replace: anything but a regular file (the rename put a
    /// file in place of /dev/null as root; a pipe or /dev/zero hung the check before it), and a
    /// file its owner marked read-only (a decided round kept safe: the rename went round it).
    public static func refuseOddTarget(_ path: String, display: String? = nil) throws {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR { throw KDError(Catalog.cannotWrite(display ?? path, errno: EISDIR)) }
        if kind != S_IFREG && kind != S_IFLNK {
            throw KDError(Catalog.notRegularFile(display ?? path), hints: [Catalog.hintRegularFile])
        }
        if kind == S_IFREG && st.st_mode & S_IWUSR == 0 {
            throw KDError(Catalog.readOnlyTarget(display ?? path), hints: [Catalog.hintReadOnlyTarget])
        }
    }

    /// As `open` reads a file: through ReadOnceFile (which also reports a big input before the
    /// bytes are read), or for a pipe all at once.
    public static func load(from path: String) throws -> Workspace {
        if let bytes = ReadOnceFile(path: path) { return try decode(bytes, path: path, file: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw readDenied(path, display: path) ?? KDError(Catalog.cannotRead(path))
        }
        return try decode(data, file: path)
    }
}
