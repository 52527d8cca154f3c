import Foundation

/// Reads a regular file's first bytes into memory, a big file in two halves on two cores
/// (`pread`): the kernel's copy and the faults on the fresh pages it copies into are each one
/// core's work. Measured (issue 8): a 1M-member workspace file (525 MB, in the page cache) took
/// 210 ms to read on one core and 115 ms on two; 65 ms with huge pages as well (ReadOnceFile).
enum FileFill {
    /// Below this, one read: a second thread costs more than it saves.
    static let twoCoresFrom = 8 << 20

    /// Reads up to `size` bytes from the start of `fd` into `p`: how many were read (fewer when
    /// the file is shorter now), or -1 on an error. The file's offset is left after them, so a
    /// caller can read on (a file that grew).
    static func fill(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ size: Int, twoCoresFrom: Int = twoCoresFrom) -> Int {
        if size >= twoCoresFrom {
            let cut = size / 2
            var got = [0, 0]
            got.withUnsafeMutableBufferPointer { got in
                DispatchQueue.concurrentPerform(iterations: 2) { h in
                    got[h] = span(fd, p, h == 0 ? 0..<cut : cut..<size)
                }
            }
            if got[0] == cut && got[1] == size - cut {
                lseek(fd, off_t(size), SEEK_SET)
                return size
            }
            // A half came short (the file changed, or an error): read again from the start, in
            // order, as one core does.
        }
        let n = span(fd, p, 0..<size)
        if n >= 0 { lseek(fd, off_t(n), SEEK_SET) }
        return n
    }

    /// `pread` over `range` until it is full or the file ends: the bytes read, or -1.
    private static func span(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ range: Range<Int>) -> Int {
        var done = range.lowerBound
        while done < range.upperBound {
            let n = pread(fd, p + done, min(range.upperBound - done, 1 << 30), off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if n == 0 { break }
            done += n
        }
        return done - range.lowerBound
    }
}
