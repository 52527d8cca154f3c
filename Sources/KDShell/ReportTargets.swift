import Foundation
import KiemDiem

/// A file on disk, whatever path named it (`roster.csv`, `./g300/../g300/roster.csv`).
struct LoadedFile: Hashable {
    let device: UInt64, inode: UInt64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// Where a report may be written: what ReportFile refuses, and a file this session loaded data
/// from (`report members --out roster.csv` after `load roster roster.csv` replaced the roster
/// with the report). Earlier reports are overwritten: a yearly script rewrites its own.
extension Session {
    /// Remembers the files a command read its data from, once it succeeded.
    func noteLoaded(_ inv: Invocation) {
        for path in inv.inputFiles.map(resolve) {
            if let f = LoadedFile(path) { loadedFiles[f] = inv.text }
        }
    }

    func checkReportTarget(_ path: String, display: String) throws {
        try ReportFile.check(path, display: display)
        if let f = LoadedFile(path), let command = loadedFiles[f] {
            throw KDError(ShellText.outIsLoaded(display, command), hints: [ShellText.hintOutIsLoaded])
        }
    }

    /// Writes a report where `--out` says, after the checks above.
    func writeReport(_ data: Data, to path: String, display: String) throws {
        try checkReportTarget(path, display: display)
        try ReportFile.write(data, to: path, display: display)
    }

    func writeReport(_ text: String, to path: String, display: String) throws {
        try writeReport(Data(text.utf8), to: path, display: display)
    }
}

extension ShellText {
    static func outIsLoaded(_ p: String, _ command: String) -> Message {
        m("\(p) holds data this session loaded (\(command)); a report written over it would lose them",
          "\(p) chứa dữ liệu phiên này đã nạp (\(command)); ghi báo cáo đè lên sẽ mất dữ liệu đó")
    }
    static let hintOutIsLoaded = m("write the report under another name", "ghi báo cáo ra tên khác")
}
