import Foundation
import KiemDiem

/// The history kept across sessions: `$XDG_STATE_HOME/kd/history` (default
/// `~/.local/state/kd/history`), one command per line, appended as each is entered so that it
/// survives a crash, trimmed to the last `limit` entries.
public final class HistoryFile {
    public let path: String
    public let limit: Int
    private var lineCount = 0

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
    }

    /// The default place, from the environment.
    public static func defaultPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/kd/history"
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
        guard !line.isEmpty, prepareFolder() else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else { return }
        // An existing file keeps the mode it had: made private again (commands name people).
        _ = fchmod(fd, 0o600)
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        lineCount += 1
        if lineCount >= 2 * limit { trim() }
    }

    private func trim() {
        let keep = load()
        let tmp = path + ".tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        let bytes = Array(keep.map { $0 + "\n" }.joined().utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if rename(tmp, path) == 0 { lineCount = keep.count }
    }

    /// The folder is private (0700): commands name people.
    private func prepareFolder() -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: dir) { return true }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            return false
        }
    }
}
