import Foundation
import KiemDiem

/// The text of a script file, or a positioned error when the bytes are not UTF-8 text.
enum ScriptText {
    static func decode(_ data: Data, file: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (l, c) = CSVText.lineColumn(bytes, nul)
            throw KDError(ShellText.scriptBinary, at: SourceLocation(file: file, line: l, column: c), hints: [ShellText.hintScriptUTF8])
        }
        if let bad = CSVText.firstInvalidUTF8(bytes) {
            let (l, c) = CSVText.lineColumn(bytes, bad)
            throw KDError(ShellText.scriptNotUTF8, at: SourceLocation(file: file, line: l, column: c), hints: [ShellText.hintScriptUTF8])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
