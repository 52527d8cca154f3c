import Foundation

extension WorkspaceFile {
    /// Keeps the file at `path` under the next free numbered name (`ws.json.~1~`, `.~2~`, as GNU
    /// `cp --backup=numbered` names them) and returns that name. A hard link, so a national
    /// workspace is not copied; a copy (mode 0600) where the disk has no links (a FAT stick).
    /// Numbered, not one `~` file: a second save over the same name would drop the first backup.
    public static func keepBackup(of path: String, display: String? = nil) throws -> String {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path, name = url.lastPathComponent
        let taken = (try? fm.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        var n = taken.compactMap { backupNumber($0, of: name) }.max() ?? 0
        while true {
            n += 1
            let backup = path + ".~\(n)~"
            if link(path, backup) == 0 { return backup }
            let e = errno
            if e == EEXIST { continue }
            guard e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK else {
                throw KDError(Catalog.cannotWrite(display.map { $0 + ".~\(n)~" } ?? backup, errno: e))
            }
            do {
                try fm.copyItem(atPath: path, toPath: backup)
                chmod(backup, 0o600)
                return backup
            } catch {
                throw KDError(Catalog.cannotWrite(display.map { $0 + ".~\(n)~" } ?? backup, errno: EIO))
            }
        }
    }

    /// N when `file` is `name.~N~`.
    static func backupNumber(_ file: String, of name: String) -> Int? {
        guard file.hasPrefix(name + ".~"), file.hasSuffix("~") else { return nil }
        let digits = file.dropFirst(name.count + 2).dropLast()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }
}

extension WorkspaceFile {
    /// The file's size in bytes; 0 when it cannot be read.
    public static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}
