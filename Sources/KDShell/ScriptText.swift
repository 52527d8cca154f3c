import Foundation
import KiemDiem

/// The text of a script file, or a positioned error when the bytes are not UTF-8 text.
enum ScriptText {
    /// Far more than any script a ward writes; a device that never ends (`/dev/zero`) stops here.
    static let maxBytes = 64 << 20

    /// A script's text from a file, a pipe or a device (`kd <(…)`, `source /dev/stdin`).
    /// `shown` names it in a message without a place (it cannot be read, is a folder, is too
    /// large); `file` in the position of a byte that is not text.
    /// `looked`: the path as resolved, named when it is not there (a sourced script's is
    /// relative to the calling script's folder).
    static func read(path: String, shown: String, file: String, looked: String? = nil) throws -> String {
        guard let bytes = FileBytes.read(path, limit: maxBytes) else {
            throw unreadable(path, shown: shown, looked: looked) ?? KDError(ShellText.cannotReadScript(shown))
        }
        if bytes.count > maxBytes { throw KDError(ShellText.scriptTooLarge(shown, maxBytes >> 20)) }
        try refuseOtherFormats(bytes, path: path, file: file)
        return try decode(bytes, file: file)
    }

    /// Why the script at `path` cannot be read, found without reading it: reading is denied, it
    /// is a folder, or it is not there. nil where none of these holds.
    static func unreadable(_ path: String, shown: String, looked: String? = nil) -> KDError? {
        if let e = readDenied(path, display: shown) { return e }
        if isFolder(path) { return KDError(ShellText.scriptIsFolder(shown)) }
        var st = stat()
        guard stat(path, &st) != 0 else { return nil }
        return KDError(ShellText.cannotReadScript(shown, errno: errno, looked: looked == shown ? nil : looked))
    }

    /// A workspace, a CSV file or a workbook given as a script (`kd ws.json`): said so, with the
    /// command that takes it, not as an unknown command `{` or a 100-character one.
    static func refuseOtherFormats(_ bytes: [UInt8], path: String, file: String) throws {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let name = path.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || name.hasSuffix(".xlsx") {
            throw KDError(ShellText.scriptIsWorkbook, at: start, hints: [Catalog.hintLoadWorkbook])
        }
        if name.hasSuffix(".csv") { throw KDError(ShellText.scriptIsCSV, at: start, hints: [Catalog.hintCSVLoad]) }
        // No command starts with a brace or a bracket: a file that does is JSON.
        let first = bytes.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }.first
        if name.hasSuffix(".json") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            // Its mark is read again from the file: only a regular one, a pipe is spent.
            let regular = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
            let what = regular && WorkspaceFile.hasMark(path) == true ? ShellText.scriptIsWorkspace : ShellText.scriptIsJSON
            throw KDError(what, at: start, hints: [ShellText.hintOpenWorkspace])
        }
    }

    /// kd's stdin as a script (`kd < FILE`, a pipe): a folder or a closed stdin is said so.
    static func stdinBytes() throws -> [UInt8] {
        var st = stat()
        guard !StandardStreams.stdinWasClosed, fstat(0, &st) == 0 else { throw KDError(ShellText.stdinClosed) }
        guard let bytes = FileBytes.read(fd: 0) else {
            throw KDError(st.st_mode & S_IFMT == S_IFDIR ? ShellText.scriptIsFolder("<stdin>") : ShellText.cannotReadScript("<stdin>"))
        }
        return bytes
    }

    /// `hints`: what to do about bytes that are not text (a `-c` command is not saved).
    static func decode(_ bytes: [UInt8], file: String, hints: [Message] = [ShellText.hintScriptUTF8]) throws -> String {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if CSVText.looksUTF16(bytes) {
            throw KDError(ShellText.scriptUTF16, at: SourceLocation(file: file, line: 1, column: 1), hints: hints)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (l, c) = CSVText.lineColumn(bytes, nul)
            throw KDError(ShellText.scriptBinary, at: SourceLocation(file: file, line: l, column: c), hints: hints)
        }
        if let bad = CSVText.firstInvalidUTF8(bytes) {
            let (l, c) = CSVText.lineColumn(bytes, bad)
            throw KDError(ShellText.scriptNotUTF8, at: SourceLocation(file: file, line: l, column: c), hints: hints)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
