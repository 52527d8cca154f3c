import Foundation
import KiemDiem

/// The history kept across sessions: `$XDG_STATE_HOME/kd/history` (default
/// `~/.local/state/kd/history`), one command per line, appended as each is entered so that it
/// survives a crash, trimmed to the last `limit` entries.
public final class HistoryFile {
    public let path: String
    public let limit: Int
    private var lineCount = 0
    /// Why the last entry could not be written (the path and the system's reason), told once:
    /// `failedNow` is true only for the first entry that fails, so a session warns once.
    public private(set) var failure: String?
    /// The same in Vietnamese words where kd knows the cause.
    public private(set) var failureVi: String?
    public private(set) var failedNow = false

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
    }

    /// The default place, from the environment.
    public static func defaultPath(_ env: [String: String]? = nil) -> String {
        UserFolders.state(env ?? UserFolders.environment) + "/kd/history"
    }

    /// The stored entries, oldest first (the last `limit`).
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        // Any line break: "\r\n" is one Character, which a split on "\n" did not cut (a file
        // edited on Windows came back as one entry).
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        lineCount = lines.count
        return Array(lines.suffix(limit))
    }

    /// Appends one entry; when the file holds twice the limit, rewrites it with the last `limit`.
    public func append(_ entry: String) {
        // NFC, as commands are read (commands.md §2): text typed decomposed (Unikey's "Unicode
        // tổ hợp", a paste from macOS) is recalled as one character per letter.
        let line = Vietnamese.nfc(entry.replacingOccurrences(of: "\n", with: " "))
        failedNow = false
        guard !line.isEmpty else { return }
        if let code = prepareFolder() { return fail((path as NSString).deletingLastPathComponent, code) }
        // Not through a symbolic link, as `save` and `--out` refuse one: the link's target (any
        // file of the user's) got each command appended and its mode changed, and the trim
        // then replaced the link with a plain file (persistence audit).
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return fail(path, errno) }
        // An existing file keeps the mode it had: made private again (commands name people).
        _ = fchmod(fd, 0o600)
        let bytes = Array((line + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let err = errno
        close(fd)
        guard written == bytes.count else { return fail(path, written < 0 ? err : ENOSPC) }
        lineCount += 1
        if lineCount >= 2 * limit { trim() }
    }

    /// Notes why `path` could not be written (`code` an errno); only the first failure is new.
    private func fail(_ path: String, _ code: Int32) {
        failedNow = failure == nil
        failure = "\(path): \(code == ELOOP ? Catalog.writeReason(code).en : String(cString: strerror(code)))"
        failureVi = "\(path): \(Catalog.writeReason(code).vi)"
    }

    /// Rewrites the file with its last `limit` entries: a new file beside it, renamed over it.
    /// The new file's name is this process's own, made afresh and never through a link (a link
    /// planted at the shared `history.tmp` had the commands written into its target, and two
    /// sessions trimming at once wrote into one file). A short write keeps the old file.
    private func trim() {
        let keep = load()
        let tmp = path + ".tmp-\(getpid())"
        // Those left by killed sessions (pid gone), and one of this pid: each a copy of the history.
        WorkspaceFile.removeStaleCopies(prefix: (path as NSString).lastPathComponent + ".tmp-",
                                        in: (path as NSString).deletingLastPathComponent)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        let bytes = Array(keep.map { $0 + "\n" }.joined().utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(tmp, path) == 0 else { unlink(tmp); return }
        lineCount = keep.count
    }

    /// The folder is private (0700): commands name people. Nil when it is there, else the errno
    /// of the failure. Made with mkdir, folder by folder: Foundation's error names no cause.
    private func prepareFolder() -> Int32? {
        let dir = (path as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) { return isDir.boolValue ? nil : ENOTDIR }
        if let failed = makeFolders(dir) { return failed.errno }
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) else { return ENOENT }
        return isDir.boolValue ? nil : ENOTDIR
    }
}

/// Makes `path` and the folders above it that are missing, each private (0700), with mkdir so
/// that a failure has its cause (Foundation's error on Linux names none): nil when all are
/// there, else the component that failed (its index in `path`'s parts, the path up to it) and
/// the errno.
func makeFolders(_ path: String) -> (index: Int, prefix: String, errno: Int32)? {
    var prefix = path.hasPrefix("/") ? "" : "."
    for (k, part) in path.split(separator: "/").enumerated() {
        prefix += "/" + part
        if mkdir(prefix, 0o700) != 0, errno != EEXIST { return (k, prefix, errno) }
    }
    return nil
}
