import Foundation

/// A file's bytes, for the readers that take a whole file (CSV, xlsx, scripts).
public enum FileBytes {
    /// Read straight into one array: FileManager's Data and then a copy to bytes held a
    /// national roster (464 MB) twice. A pipe or device (`/dev/stdin`, `<(…)`) is read too,
    /// where FileManager gives nothing. nil for a folder or when it cannot be read. With a
    /// `limit`, at most `limit + 1` bytes are read: more than `limit` says the file is larger,
    /// without reading a device that never ends (`/dev/zero`) into memory.
    public static func read(_ path: String, limit: Int? = nil) -> [UInt8]? {
        // Not blocking: opening a named pipe waits for a writer, for ever if none comes, and
        // Ctrl-C could not stop it. Open at once, a pipe with no writer reads as empty.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return read(fd: fd, limit: limit)
    }

    /// The same from a descriptor open for reading (kd's stdin), left open.
    public static func read(fd: Int32, limit: Int? = nil) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT != S_IFDIR else { return nil }
        let most = limit.map { $0 + 1 } ?? Int.max
        // A pipe or device has no size: it is read in chunks below.
        let size = min(st.st_mode & S_IFMT == S_IFREG ? Int(st.st_size) : 0, most)
        BigInput.read(size)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            let n = size == 0 ? 0 : FileFill.fill(fd, buf.baseAddress!, size)
            failed = n < 0
            count = max(n, 0)
        }
        // A pipe, or a file that grew since fstat: the rest, in chunks (a regular file's first
        // read here returns 0 at once).
        var chunk = [UInt8](repeating: 0, count: size == 0 ? 1 << 16 : 4096)
        while !failed && bytes.count < most {
            let want = min(chunk.count, most - bytes.count)
            let n = chunk.withUnsafeMutableBufferPointer { readSome(fd, $0.baseAddress!, want) }
            if n < 0 { failed = true }
            if n <= 0 { break }
            bytes += chunk[0..<n]
            // Text has no NUL byte: a device such as /dev/zero or /dev/urandom would be read
            // until memory ran out. What came so far is enough for the reader to name it.
            if size == 0 && chunk[0..<n].contains(0) { break }
        }
        return failed ? nil : bytes
    }
}

/// read(2), retried when a signal interrupts it, and on a non-blocking descriptor (a stdin
/// pipe another program left so) once there is something to read; -1 on any other error.
private func readSome(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
    while true {
        let r = read(fd, p, n)
        if r >= 0 { return r }
        if errno == EAGAIN || errno == EWOULDBLOCK {
            // A writer that is slow to write: waited for, but Ctrl-C stops the wait.
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, 200)
            if Interrupt.isRequested() { return -1 }
            continue
        }
        if errno != EINTR { return -1 }
    }
}
