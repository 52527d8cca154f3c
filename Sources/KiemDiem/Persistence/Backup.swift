import Foundation

extension WorkspaceFile {
    /// Keeps the file at `path` under the next free numbered name (`ws.json.~1~`, `.~2~`, as GNU
    /// `cp --backup=numbered` names them) and returns that name. A hard link, so a national
    /// workspace is not copied; a copy (mode 0600) where the disk has no links (a FAT stick) or
    /// refuses one (another user's file). Numbered, not one `~` file: a second save over the
    /// same name would drop the first backup. Errors name the file as `display` (as typed).
    /// `report`: the file is kept before a report replaces it (or `generate` sets it aside), not
    /// a workspace before a save: its errors say so.
    public static func keepBackup(of path: String, display: String? = nil, report: Bool = false) throws -> String {
        let refused = { (shown: String, e: Int32) in
            // A folder that takes no new file refuses `save --force` too (it writes a new file
            // beside the old one): that hint is not given there.
            let folder = [EACCES, EPERM, EROFS].contains(e)
            return report ? KDError(Catalog.cannotKeepFile(display ?? path, as: shown, errno: e), hints: [Catalog.hintCannotKeepFile])
                : KDError(Catalog.cannotKeepBackup(display ?? path, as: shown, errno: e),
                          hints: [folder ? Catalog.hintCannotKeepFile : Catalog.hintCannotKeepBackup])
        }
        var n = backups(of: path).last?.number ?? 0
        while true {
            let (next, overflow) = n.addingReportingOverflow(1)
            let shown = { (suffix: String) in (display ?? path) + suffix }
            guard !overflow else { throw refused(shown(".~N~"), EEXIST) }
            n = next
            let backup = path + ".~\(n)~"
            if link(path, backup) == 0 { return backup }
            var e = errno
            if e == EEXIST { continue }
            if e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK {
                e = copy(path, to: backup)
                if e == EEXIST { continue }
                if e == 0 { return backup }
            }
            throw refused(shown(".~\(n)~"), e)
        }
    }

    /// Copies `from` to a new file `to` (mode 0600, flushed); 0, or the errno of what failed,
    /// with nothing left at `to`.
    static func copy(_ from: String, to: String) -> Int32 {
        let src = open(from, O_RDONLY | O_CLOEXEC)
        guard src >= 0 else { return errno }
        defer { close(src) }
        let dst = open(to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard dst >= 0 else { return errno }
        fchmod(dst, 0o600)  // whatever the umask
        let size = 1 << 20
        let buf = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buf.deallocate() }
        var failure: Int32 = 0
        copying: while true {
            let got = Foundation.read(src, buf, size)
            if got < 0 { if errno == EINTR { continue }; failure = errno; break }
            if got == 0 { break }
            var done = 0
            while done < got {
                let put = Foundation.write(dst, buf + done, got - done)
                if put < 0 { if errno == EINTR { continue }; failure = errno; break copying }
                done += put
            }
        }
        if failure == 0 && fsync(dst) != 0 { failure = errno }
        if close(dst) != 0 && failure == 0 { failure = errno }
        if failure != 0 { unlink(to) }
        return failure
    }

    /// The numbered backups of `path` there are, lowest number first.
    public static func backups(of path: String) -> [(number: Int, path: String)] {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path, name = url.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        return names.compactMap { file in backupNumber(file, of: name).map { ($0, path + String(file.dropFirst(name.count))) } }
            .sorted { $0.number < $1.number }
    }

    /// N when `file` is `name.~N~`.
    static func backupNumber(_ file: String, of name: String) -> Int? {
        guard file.hasPrefix(name + ".~"), file.hasSuffix("~") else { return nil }
        let digits = file.dropFirst(name.count + 2).dropLast()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// The file's size in bytes; 0 when it cannot be read.
    public static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}
