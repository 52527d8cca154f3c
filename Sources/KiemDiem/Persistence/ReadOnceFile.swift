import Foundation

/// A file's bytes read into memory of kd's own, which the workspace reader gives back to the
/// system as it goes: it reads forward only, so the bytes behind its cursor are not needed
/// again. Measured need (issue 8): `open` held the whole file (0.46 GB at 1M members, 2.6 GB
/// at 5.6M) besides the workspace it built from it, and peaked higher than the whole review
/// pipeline. Not `mmap` of the file itself: a file cut short by another program while mapped
/// would kill kd with SIGBUS; this is an anonymous mapping filled with `read`.
public final class ReadOnceFile: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer?
    private let mapped: Int
    public let count: Int
    /// The file as it was read (fstat of the descriptor read): inode, size and time, which a
    /// stamp taken from the path after the read could take from another file renamed there.
    public let status: stat
    /// Bytes from the start already given back (whole pages); reading them gives zeros.
    private(set) var released = 0
    private static let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    private static let hugePage = 2 << 20
    private let hugePages: Bool

    /// nil when the file cannot be opened or read (as `FileManager.contents(atPath:)`).
    public init?(path: String) {
        // Not blocking: opening a pipe for reading waits for a writer; a pipe is refused below.
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        status = st
        let size = Int(st.st_size)
        BigInput.read(size)
        count = size
        mapped = max(size, 1)
        guard let m = mmap(nil, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), m != MAP_FAILED else {
            return nil
        }
        base = m
        // A big file in huge pages: fewer faults while it is read (see FileFill); pages then go
        // back in whole huge pages, not splitting one at each `release`.
        hugePages = size >= BigInput.threshold
        if hugePages { madvise(m, mapped, Int32(MADV_HUGEPAGE)) }
        // An error, or the file got shorter.
        guard FileFill.fill(fd, m, size) == size else { munmap(m, mapped); return nil }
    }

    deinit { if let base { munmap(base, mapped) } }

    /// The bytes, valid while this object lives.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Gives back the whole pages before `offset`.
    func release(upTo offset: Int) {
        let unit = hugePages ? ReadOnceFile.hugePage : ReadOnceFile.page
        let end = offset / unit * unit
        guard let base, end > released else { return }
        madvise(base + released, end - released, Int32(MADV_DONTNEED))
        released = end
    }
}
