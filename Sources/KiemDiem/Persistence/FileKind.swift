import Foundation

/// Whether a path names a folder: the readers say "is a folder" rather than "cannot read".
public func isFolder(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
}

/// Whether a path names something there that is neither a regular file nor a folder: a
/// device, a pipe, a socket.
public func isSpecialFile(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    let kind = st.st_mode & S_IFMT
    return kind != S_IFREG && kind != S_IFDIR
}

/// Whether a path names a socket (a special file that is no device).
public func isSocket(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFSOCK
}

/// The error for a file that is there but this user may not read, or nil: said as "permission
/// denied" (as `save` says it), where the readers said "cannot read" and "check the path".
public func readDenied(_ path: String, display: String) -> KDError? {
    let fd = open(path, O_RDONLY | O_NONBLOCK)  // not blocking: a pipe waits for a writer
    if fd >= 0 { close(fd); return nil }
    let e = errno
    guard e == EACCES || e == EPERM else { return nil }
    return KDError(Catalog.cannotRead(display, errno: e), hints: [Catalog.hintReadPermission])
}
