import Foundation

/// Bytes on their way to a file or to memory, collected in a fixed buffer (1 MiB by default) and
/// handed to `drain` each time it fills, so a save never holds the whole file.
/// `drain` returns 0 or an errno; after the first failure nothing more is drained and `failure`
/// keeps that errno for the caller to report.
/// With `block` > 1 (a file written past the page cache, `file(_:direct:)`), the buffer is
/// aligned to it and every drain but the last (`flush`) is a whole number of blocks.
/// With `background`, a full buffer is drained on a queue of its own while a second one fills:
/// a direct write waits for the disk, and the writer need not wait with it.
final class ByteSink {
    private var buf: UnsafeMutablePointer<UInt8>
    /// The most one `reserve` may ask for.
    let capacity: Int
    private let block: Int
    /// The buffer's size: room for `capacity` bytes after a drain that keeps a partial block.
    private let size: Int
    private var count = 0
    private let drain: (UnsafeRawBufferPointer) -> Int32
    private(set) var failure: Int32 = 0
    /// Background draining: the queue, the buffer not being filled, one drain in flight at a
    /// time (`idle`), and what the last one returned (read after `idle` is taken).
    private let queue: DispatchQueue?
    private var spare: UnsafeMutablePointer<UInt8>?
    private let idle = DispatchSemaphore(value: 1)
    private var queuedFailure: Int32 = 0

    init(capacity: Int = 1 << 20, block: Int = 1, background: Bool = false,
         drain: @escaping (UnsafeRawBufferPointer) -> Int32) {
        precondition(capacity >= 64 && block >= 1 && capacity % block == 0)
        self.capacity = capacity
        self.block = block
        size = capacity + block - 1
        let size = self.size
        let allocate = { UnsafeMutableRawPointer.allocate(byteCount: size, alignment: max(block, 16)).bindMemory(to: UInt8.self, capacity: size) }
        buf = allocate()
        spare = background ? allocate() : nil
        queue = background ? DispatchQueue(label: "kd.sink", qos: .userInitiated) : nil
        self.drain = drain
    }

    // A queued drain holds the sink, so none is in flight here.
    deinit {
        buf.deallocate()
        spare?.deallocate()
    }

    /// Hands everything buffered to `drain`, once what was queued is drained.
    func flush() {
        settle()
        if count > 0 && failure == 0 { failure = drain(UnsafeRawBufferPointer(start: buf, count: count)) }
        count = 0
    }

    /// Waits for the drain in flight, if any, and keeps its failure.
    private func settle() {
        guard queue != nil else { return }
        idle.wait()
        if failure == 0 { failure = queuedFailure }
        idle.signal()
    }

    /// Makes room: hands over the whole blocks buffered and keeps the rest (less than a block).
    private func spill() {
        let whole = count - count % block
        let rest = count - whole
        guard whole > 0 else { return }
        guard let queue, let other = spare else {
            if failure == 0 { failure = drain(UnsafeRawBufferPointer(start: buf, count: whole)) }
            buf.update(from: buf + whole, count: rest)
            count = rest
            return
        }
        idle.wait()  // the drain before is done: `other` is free
        if failure == 0 { failure = queuedFailure }
        nonisolated(unsafe) let full = buf  // handed to the queue; not touched here until `idle`
        other.update(from: full + whole, count: rest)
        (buf, spare, count) = (other, full, rest)
        guard failure == 0 else { idle.signal(); return }
        queue.async {
            self.queuedFailure = self.drain(UnsafeRawBufferPointer(start: full, count: whole))
            self.idle.signal()
        }
    }

    @inline(__always) func byte(_ b: UInt8) {
        if count == size { spill() }
        buf[count] = b
        count += 1
    }

    func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard var base = p.baseAddress, p.count > 0 else { return }
        var n = p.count
        // A few bytes (a separator, a short value) that fit: a loop, not a call to memmove.
        if n <= 16 && n <= size - count {
            for i in 0..<n { buf[count + i] = base[i] }
            count += n
            return
        }
        if block == 1 && n > size - count {
            spill()
            if n > size {
                settle()
                if failure == 0 { failure = drain(UnsafeRawBufferPointer(p)) }
                return
            }
        }
        // Through the buffer, so that what is drained stays aligned.
        while n > size - count {
            let k = size - count
            (buf + count).update(from: base, count: k)
            count += k
            base += k
            n -= k
            spill()
        }
        (buf + count).update(from: base, count: n)
        count += n
    }

    func bytes(_ s: StaticString) {
        bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Room for `n` bytes (at most `capacity`) written straight into the buffer; `commit` says
    /// how many.
    @inline(__always) func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if size - count < n { spill() }
        return buf + count
    }

    @inline(__always) func commit(_ n: Int) { count += n }
}

extension ByteSink {
    /// A sink that writes to a file descriptor with write(2), retrying short writes.
    /// `direct`: the descriptor was opened with O_DIRECT (see `DirectIO`); the sink writes whole
    /// aligned blocks, and goes back to the page cache for the last partial block or whenever
    /// a direct write fails.
    static func file(_ fd: Int32, direct: Bool = false) -> ByteSink {
        var direct = direct
        return ByteSink(block: direct ? DirectIO.block : 1, background: direct) { raw in
            DirectIO.write(fd, raw, direct: &direct)
        }
    }
}

/// Writing a saved workspace past the page cache (O_DIRECT). A national workspace is a 3 GB
/// file: written through the page cache, the kernel's copy of it was a third of `save` (about
/// 4 s on this machine) and the copy also filled 3 GB of memory with cache. Direct writes go
/// from kd's buffer to the disk. Where the file system does not take them, `save` writes as before.
enum DirectIO {
    /// Direct writes are aligned to this in memory, offset and length (a page covers the
    /// logical block size of common disks).
    static let block = 4096

    /// Glibc's O_DIRECT, which Swift's Glibc module does not export; nil where unknown.
    static var flag: Int32? {
        #if os(Linux) && arch(x86_64)
        return 0o40000
        #elseif os(Linux) && arch(arm64)
        return 0o200000
        #else
        return nil
        #endif
    }

    /// Turns direct writes on for `fd`; false when the system or file system refuses.
    static func on(_ fd: Int32) -> Bool { set(fd, direct: true) }

    /// Turns them off again; true when done.
    static func off(_ fd: Int32) -> Bool { flag == nil || set(fd, direct: false) }

    private static func set(_ fd: Int32, direct: Bool) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(fd, F_GETFL)
        return flags >= 0 && fcntl(fd, F_SETFL, direct ? flags | flag : flags & ~flag) == 0
    }

    /// Writes all of `raw` (retrying short writes); 0 or an errno. While `direct`, a length that
    /// is not whole blocks, or a write that fails, turns direct writes off for the descriptor
    /// and writes through the page cache from then on.
    static func write(_ fd: Int32, _ raw: UnsafeRawBufferPointer, direct: inout Bool) -> Int32 {
        var done = 0
        while done < raw.count {
            if direct && (raw.count - done) % block != 0 { direct = !off(fd) }
            let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
            let err = errno  // before fcntl below can change it
            if n < 0 && err == EINTR { continue }
            // Any refusal of a direct write (EINVAL on most file systems) is tried once more
            // through the page cache: a real failure (ENOSPC, EIO) fails there too.
            if n < 0 && direct {
                direct = !off(fd)
                if !direct { continue }
            }
            if n <= 0 { return n < 0 ? err : EIO }
            done += n
        }
        return 0
    }
}
