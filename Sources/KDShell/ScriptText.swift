import Foundation
import KiemDiem

/// The text of a script file, or a positioned error when the bytes are not UTF-8 text.
enum ScriptText {
    /// Far more than any script a ward writes; a device that never ends (`/dev/zero`) stops here.
    static let maxBytes = 64 << 20

    /// A script's text from a file, a pipe or a device (`kd <(…)`, `source /dev/stdin`).
    /// `shown` names it in a message without a place (it cannot be read, is a folder, is too
    /// large); `file` in the position of a byte that is not text.
    static func read(path: String, shown: String, file: String) throws -> String {
        guard let bytes = FileBytes.read(path, limit: maxBytes) else {
            if let e = readDenied(path, display: shown) { throw e }
            throw KDError(isFolder(path) ? ShellText.scriptIsFolder(shown) : ShellText.cannotReadScript(shown))
        }
        if bytes.count > maxBytes { throw KDError(ShellText.scriptTooLarge(shown, maxBytes >> 20)) }
        return try decode(bytes, file: file)
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
