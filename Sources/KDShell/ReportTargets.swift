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
        try reportTargetChecker()(path, display)
    }

    /// `checkReportTarget` for the many files of one command (`report forms`): the audit log is
    /// read once, when the first file that exists is checked.
    func reportTargetChecker() -> (_ path: String, _ display: String) throws -> Void {
        var audited: [LoadedFile: String]?
        return { [self] path, display in
            try ReportFile.check(path, display: display)
            guard let f = LoadedFile(path) else { return }
            if let command = loadedFiles[f] {
                throw KDError(ShellText.outIsLoaded(display, command), hints: [ShellText.hintOutIsLoaded])
            }
            let inputs = audited ?? auditedInputs()
            audited = inputs
            if let command = inputs[f] {
                throw KDError(ShellText.outWasLoaded(display, command), hints: [ShellText.hintOutIsLoaded])
            }
        }
    }

    /// The files the workspace's audit log says were loaded (`load KIND FILE`, `load workbook
    /// FILE`): each entry's absolute `files`, and (for entries of a kd that did not record
    /// them) where the typed paths lead now: from the running script's folder, from the current
    /// one, and from the workspace file's (relative to a script that may have run from
    /// elsewhere; its workspace is most often saved beside its files).
    /// A report written over the ward's input workbook in a later session (the yearly script
    /// that opens the workspace) lost it as surely as in the session that loaded it.
    func auditedInputs() -> [LoadedFile: String] {
        var out: [LoadedFile: String] = [:]
        let home = workspacePath.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        for entry in workspace.audit where entry.command.lowercased().hasPrefix("load") {
            for path in entry.files ?? [] { if let f = LoadedFile(path) { out[f] = entry.command } }
            _ = Lexer.scan(entry.command) { cmd in
                guard let verb = cmd.words.first, let spec = Registry.find(verb.text),
                      let inv = try? Binder.bind(spec, cmd, file: "audit") else { return true }
                for p in inv.inputFiles {
                    var paths = [resolve(p), Session.onDisk(p)]
                    if let h = home, !p.hasPrefix("/") { paths.append(Session.onDisk(h + "/" + p)) }
                    for path in paths { if let f = LoadedFile(path) { out[f] = entry.command } }
                }
                return true
            }
        }
        return out
    }

    /// Writes a report where `--out` says, after the checks above.
    func writeReport(_ data: Data, to path: String, display: String) throws {
        try checkReportTarget(path, display: display)
        var st = stat()
        var backup: String?
        if stat(path, &st) == 0, st.st_size > 0, !ReportFile.holdsEarlierReport(path, like: data) {
            backup = try WorkspaceFile.keepBackup(of: path, display: display, report: true)
        }
        do {
            try ReportFile.write(data, to: path, display: display)
        } catch {
            if let backup { unlink(backup) }  // the file is as it was
            throw error
        }
        if let backup { console.err(t(ShellText.keptOther(display, display + backup.dropFirst(path.count))) + "\n") }
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
    static func outWasLoaded(_ p: String, _ command: String) -> Message {
        m("\(p) holds data this workspace was loaded from (its audit log: \(command)); a report written over it would lose them",
          "\(p) chứa dữ liệu workspace này đã nạp (nhật ký: \(command)); ghi báo cáo đè lên sẽ mất dữ liệu đó")
    }
    static func keptOther(_ p: String, _ b: String) -> Message {
        m("note: \(p) held something other than an earlier run of this report; it is kept as \(b)",
          "lưu ý: \(p) chứa nội dung khác, không phải lần xuất trước của báo cáo này; nội dung đó được giữ lại thành \(b)")
    }
    static let hintOutIsLoaded = m("write the report under another name", "ghi báo cáo ra tên khác")
}
