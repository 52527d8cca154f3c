import Foundation

/// Bytes on their way to a file or to memory, collected in a fixed buffer (1 MiB by default) and
/// handed to `drain` each time it fills, so a save never holds the whole file.
/// `drain` returns 0 or an errno; after the first failure nothing more is drained and `failure`
/// keeps that errno for the caller to report.
final class ByteSink {
    private let buf: UnsafeMutablePointer<UInt8>
    let capacity: Int
    private var count = 0
    private let drain: (UnsafeRawBufferPointer) -> Int32
    private(set) var failure: Int32 = 0

    init(capacity: Int = 1 << 20, drain: @escaping (UnsafeRawBufferPointer) -> Int32) {
        precondition(capacity >= 64)
        self.capacity = capacity
        buf = .allocate(capacity: capacity)
        self.drain = drain
    }

    deinit { buf.deallocate() }

    /// Hands what is buffered to `drain`.
    func flush() {
        if count > 0 && failure == 0 { failure = drain(UnsafeRawBufferPointer(start: buf, count: count)) }
        count = 0
    }

    @inline(__always) func byte(_ b: UInt8) {
        if count == capacity { flush() }
        buf[count] = b
        count += 1
    }

    func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard let base = p.baseAddress, p.count > 0 else { return }
        if p.count > capacity - count {
            flush()
            if p.count > capacity {
                if failure == 0 { failure = drain(UnsafeRawBufferPointer(p)) }
                return
            }
        }
        (buf + count).update(from: base, count: p.count)
        count += p.count
    }

    func bytes(_ s: StaticString) {
        bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Room for `n` bytes (at most `capacity`) written straight into the buffer; `commit` says
    /// how many.
    @inline(__always) func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { flush() }
        return buf + count
    }

    @inline(__always) func commit(_ n: Int) { count += n }
}

extension ByteSink {
    /// A sink that writes to a file descriptor with write(2), retrying short writes.
    static func file(_ fd: Int32) -> ByteSink {
        ByteSink { raw in
            var off = 0
            while off < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n < 0 ? errno : EIO }
                off += n
            }
            return 0
        }
    }
}
