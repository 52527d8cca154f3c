import Foundation
import KiemDiem

extension Verbs {
    static let open = VerbSpec(
        name: "open", group: .workspace, usage: "open FILE [--force]",
        summary: Message(en: "open a saved workspace (the one in memory is kept if the file is refused)",
                         vi: "mở workspace đã lưu (nếu tệp bị từ chối, workspace đang mở được giữ nguyên)"),
        options: [OptionSpec("force", nil, Message(en: "drop unsaved changes", vi: "bỏ các thay đổi chưa lưu"))],
        positionals: [.file],
        examples: ["open ws-2023.json"],
        run: { inv, s in
            let w = try inv.positional(0, "FILE")
            try inv.noMorePositionals(than: 1)
            if s.dirty && !inv.has("force") { throw inv.error(ShellText.unsaved("open")) }
            let path = s.resolve(w.text)
            // Messages name the file as typed, or from the current folder (`shown`).
            let shown = s.shown(w.text)
            let ws: Workspace
            // The file as read: stamped from the path afterwards, another session's save renamed
            // in meanwhile was taken for the one read, and this session's save then wrote over
            // it (persistence audit, under load).
            var read: String?
            // A big file that is no JSON at all is refused from its first bytes, as it would be whole.
            if let head = WorkspaceFile.headIfNotJSON(path) { _ = try WorkspaceFile.decode(head, file: shown) }
            if let bytes = ReadOnceFile(path: path) {
                read = Journal.stamp(of: bytes.status)
                ws = try WorkspaceFile.decode(bytes, path: path, file: shown)
            } else if isFolder(path) {
                throw inv.error(Catalog.workspaceIsFolder(shown), at: w)
            } else if let bytes = pipeBytes(path) {
                // A pipe (`open /dev/stdin`, `-w <(…)`), read to its end; Foundation's reader
                // gave nothing for one.
                ws = try WorkspaceFile.decode(Data(bytes), file: shown)
            } else {
                try s.checkInterrupt()  // a pipe whose reading Ctrl-C stopped
                if let e = readDenied(path, display: shown) { try inv.pointing(at: w) { throw e } }
                // A device or a socket: "check the path" sent the user to a path that is right.
                if isSpecialFile(path) { throw inv.error(Catalog.workspaceNotRegular(shown, socket: isSocket(path)), at: w) }
                throw inv.error(Catalog.cannotRead(shown), at: w, hints: [Catalog.hintCheckPath])
            }
            // Ctrl-C while the file was read: the workspace in memory stays.
            try s.checkInterrupt()
            s.replaceWorkspace(ws, path: path, stamp: read)
            WorkspaceFile.sweepTemporaries(of: path)
            if !s.quiet { s.say(ShellText.opened(shown, ws.members.count)) }
            let nameless = WorkspaceCheck.nameless(ws)
            if !nameless.isEmpty { s.warn(ShellText.namelessSubjects(nameless)) }
            let untrimmed = WorkspaceCheck.untrimmedIds(ws)
            if !untrimmed.isEmpty { s.warn(ShellText.untrimmedIds(untrimmed)) }
            warnReferenceDate(s)
        })

    static let save = VerbSpec(
        name: "save", group: .workspace, usage: "save [FILE] | save --as FILE",
        summary: Message(en: "save the workspace as JSON (atomic, mode 0600); FILE becomes the workspace's file, and another workspace there is kept as FILE.~N~",
                         vi: "lưu workspace dạng JSON (ghi an toàn, quyền 0600); FILE trở thành tệp của workspace, workspace khác đã có ở đó được giữ lại thành FILE.~N~"),
        options: [
            OptionSpec("as", .file, Message(en: "save under this name", vi: "lưu với tên này")),
            OptionSpec("force", nil, Message(en: "overwrite a file that is not a kd workspace, or that changed on disk since it was opened or saved; replace another workspace without keeping it as FILE.~N~",
                                             vi: "ghi đè tệp không phải workspace, hoặc tệp đã thay đổi trên đĩa từ khi mở hay lưu; thay workspace khác mà không giữ lại thành FILE.~N~")),
        ],
        positionals: [.file],
        examples: ["save ws-2023.json", "save"],
        run: { inv, s in
            try inv.noMorePositionals(than: 1)
            // `save a.json --as b.json` saved to b.json alone, a.json passed over without a word.
            if let a = inv.positionals.first, let b = inv.value("as") {
                throw inv.error(ShellText.saveTwoTargets(a.text, b.text), at: a, hints: [ShellText.hintSaveOneTarget])
            }
            let given = inv.value("as") ?? inv.positionals.first
            // In messages as from the current folder (a script names it from its own).
            let shownName = given.map { s.shown($0.text) }
            guard let path = given.map({ s.resolve($0.text) }) ?? s.workspacePath else {
                throw inv.error(ShellText.noPath, hints: [ShellText.hintSaveAs])
            }
            let shownFile = shownName ?? path
            try inv.pointing(at: given) { try WorkspaceFile.refuseSymlink(path, display: shownName) }
            // A workspace is JSON: under a spreadsheet's or report's name it opened in nothing
            // that name promises, and `load` read it as a broken workbook.
            if let given, let ext = ShellText.otherFormat(given.text) {
                throw inv.error(ShellText.saveUnderOtherFormat(given.text, ext), at: given, hints: [ShellText.hintSaveJSON])
            }
            // From the check of what is on disk to the rename, no other kd saves in this folder.
            let lock = try inv.pointing(at: given) { try SaveLock.take(for: path, s) }
            defer { lock.release() }
            let named = s.workspacePath.map { Session.samePath($0, path) } ?? false, now = Journal.stamp(path)
            // Another session (or program) saved this file since we read or wrote it: writing
            // over it would silently drop its changes. A file gone since is written again.
            if !inv.has("force"), named, let now, now != s.fileStamp {
                throw inv.error(ShellText.changedOnDisk(shownFile), at: given, hints: [ShellText.hintChangedOnDisk])
            }
            // The session's own file, however reached (a symlinked folder): as it last read or
            // wrote it, by inode, size and time.
            let own = named || (now != nil && now == s.fileStamp)
            var backup: String?
            if !inv.has("force"), !own, let kind = try inv.pointing(at: given, { try existingKind(path, display: shownName) }) {
                if kind == .other {
                    throw inv.error(Message(en: "\(shownFile) exists and is not a kd workspace; not overwritten",
                                            vi: "\(shownFile) đã có và không phải workspace; không ghi đè"),
                                    at: given, hints: [Message(en: "choose another name, or add --force", vi: "chọn tên khác, hoặc thêm --force")])
                }
                // Another workspace is kept under a numbered name, unless --force: nothing saved
                // is lost, and a yearly script still saves over its last run's file.
                if kind == .workspace {
                    backup = try inv.pointing(at: given) { try WorkspaceFile.keepBackup(of: path, display: shownName) }
                }
            }
            do {
                try inv.pointing(at: given) {
                    try WorkspaceFile.save(s.workspace, to: path, display: shownName, interruptible: true) { tmp in s.journal?.saving(to: path, stamp: Journal.stamp(tmp)) }
                }
            } catch {
                if let backup { unlink(backup) }  // the file is as it was: a second name is not wanted
                throw error
            }
            s.workspacePath = path
            s.fileStamp = Journal.stamp(path)
            s.markSaved()
            s.journal?.reset(base: path)
            s.journalSteps = (0, 0)
            if !s.quiet { s.say(ShellText.saved(shownFile)) }
            if let backup {
                s.console.err(s.t(ShellText.keptBackup(shownFile, shownFile + backup.dropFirst(path.count))) + "\n")
            }
        })
}

/// The bytes of a pipe or socket at `path`, read to its end; nil for anything else, or when
/// Ctrl-C stops the reading (a pipe that never ends: `yes | kd -c 'open /dev/stdin'`). Opened
/// without waiting for a writer (a FIFO nobody writes to reads as empty, not as a hang).
func pipeBytes(_ path: String) -> [UInt8]? {
    var st = stat()
    guard stat(path, &st) == 0, [S_IFIFO, S_IFSOCK].contains(st.st_mode & S_IFMT) else { return nil }
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while !Interrupt.isRequested() {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return nil }
        if n == 0 { return bytes }
        bytes += chunk[..<n]
    }
    return nil
}

/// What a save would write over.
enum ExistingFile { case empty, workspace, other }

/// The file at `path`, if there is one: empty, a kd workspace, or something else. Read only as
/// far as its format mark (decoding a big workspace only to overwrite it cost seconds). A file
/// that cannot be read is refused: taken for absent, another user's workspace (saved 0600) was
/// replaced without a word.
func existingKind(_ path: String, display: String?) throws -> ExistingFile? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    guard let mark = WorkspaceFile.hasMark(path) else {
        let e = errno
        throw KDError(Catalog.cannotTellWorkspace(display ?? path, errno: e), hints: [Catalog.hintCannotTellWorkspace])
    }
    if st.st_size == 0 { return .empty }
    if mark { return .workspace }
    let decodes = FileManager.default.contents(atPath: path).map { (try? WorkspaceFile.decode($0, file: path)) != nil } ?? false
    return decodes ? .workspace : .other
}

extension Session {
    /// Paths in a script are relative to the script's folder; at the prompt, to the current one.
    public func resolve(_ path: String) -> String {
        Session.onDisk(typedPath(path))
    }

    /// A file's name in messages and error places: as typed, unless a script in another folder
    /// typed it, whose relative path is then shown from the current folder (`d/roster.csv:2:4`,
    /// as the script itself is shown), so that an editor finds it.
    func shown(_ path: String) -> String {
        guard !path.hasPrefix("/"), !path.hasPrefix("~/"), !sourceStack.isEmpty else { return path }
        return displayPath(WorkingFolder.full(typedPath(path)))
    }

    /// Two paths name the same file, however spelled (`ws.json`, `./ws.json`, absolute).
    static func samePath(_ a: String, _ b: String) -> Bool {
        WorkingFolder.full(a) == WorkingFolder.full(b)
    }

    private func typedPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") {
            return UserFolders.home() + path.dropFirst(1)
        }
        if let script = sourceStack.last {
            let dir = URL(fileURLWithPath: script).deletingLastPathComponent().path
            return dir + "/" + path
        }
        return path
    }

    /// The path as the disk spells it. kd reads every line in NFC, but a name made on a Mac or
    /// taken from a zip is often stored decomposed (NFD), and on Linux the bytes differ: each
    /// missing part is looked for among its folder's entries by its NFC form. What is not found
    /// (a file about to be written) stays as typed.
    static func onDisk(_ path: String) -> String {
        let fm = FileManager.default
        if path.utf8.allSatisfy({ $0 < 0x80 }) || fm.fileExists(atPath: path) { return path }
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var at = path.hasPrefix("/") ? "/" : ""
        for i in parts.indices where !parts[i].isEmpty {
            let here = at + parts[i]
            if !fm.fileExists(atPath: here), !parts[i].utf8.allSatisfy({ $0 < 0x80 }),
               let entries = try? fm.contentsOfDirectory(atPath: at.isEmpty ? "." : at),
               let match = entries.first(where: { Vietnamese.nfc($0) == Vietnamese.nfc(parts[i]) }) {
                parts[i] = match
            }
            at += parts[i] + "/"
        }
        return parts.joined(separator: "/")
    }
}

extension ShellText {
    /// The extension of another format kd reads or writes, if `name` has one.
    static func otherFormat(_ name: String) -> String? {
        let ext = (name as NSString).pathExtension.lowercased()
        return ["xlsx", "xlsm", "xls", "csv", "md", "markdown", "html", "htm", "kd"].contains(ext) ? ext : nil
    }
    static func saveUnderOtherFormat(_ name: String, _ ext: String) -> Message {
        m("a workspace is a JSON file; \(name) names a .\(ext) file", "workspace là tệp JSON; \(name) là tên tệp .\(ext)")
    }
    static let hintSaveJSON = m("save it as NAME.json (reports are written with report … --out)",
                                "lưu thành TÊN.json (báo cáo ghi bằng report … --out)")
}
