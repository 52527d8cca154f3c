import Foundation
import CZlibShim

/// The parts of a zip (an .xlsx), read from its bytes.
///
/// Written by hand rather than read with ZIPFoundation (which kd still uses to write reports):
/// ZIPFoundation 0.9.20, the version available here, inflates on Linux until the deflate stream
/// says it has ended, reading past its entry, and loops forever at the end of the file when it
/// never does (weichsel/ZIPFoundation#389, fixed after 0.9.20); its in-memory archive also traps
/// on offsets past the end. Both were found by FuzzXlsx. Here no field is trusted: every offset
/// and size is checked against the bytes, inflate gets exactly the entry's compressed bytes and
/// room for its declared size, and the CRC is checked.
struct ZipReader {
    enum Failure: Error, Equatable {
        case notZip         // no end-of-directory record, or a directory that does not fit
        case tooBig         // the declared size passes the caller's limit
        case damaged        // the entry's bytes do not unpack to what the directory says
    }

    struct Entry {
        let method: UInt16, flags: UInt16, crc: UInt32
        let compressedSize: UInt64, size: UInt64, localHeader: UInt64
    }

    let bytes: [UInt8]
    /// The first entry of each name, as ZIPFoundation's `archive[path]` finds it.
    private(set) var entries: [String: Entry] = [:]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let (count, start, size) = try directory()
        var at = start
        let end = start + size
        for _ in 0 ..< count {
            guard at + 46 <= end, u32(at) == 0x0201_4B50 else { throw Failure.notZip }
            let nameLength = Int(u16(at + 28)), extraLength = Int(u16(at + 30)), commentLength = Int(u16(at + 32))
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw Failure.notZip }
            // Size, compressed size, local header offset: the zip64 extra field's order.
            var sizes = [UInt64(u32(at + 24)), UInt64(u32(at + 20)), UInt64(u32(at + 42))]
            zip64(extra: at + 46 + nameLength, length: extraLength, &sizes)
            let name = String(decoding: bytes[(at + 46) ..< (at + 46 + nameLength)], as: UTF8.self)
            if entries[name] == nil {
                entries[name] = Entry(method: u16(at + 10), flags: u16(at + 8), crc: u32(at + 16),
                                      compressedSize: sizes[1], size: sizes[0], localHeader: sizes[2])
            }
            at = next
        }
    }

    /// An entry's bytes, unpacked; nil when there is no such entry.
    func read(_ name: String, limit: UInt64) throws -> [UInt8]? {
        guard let e = entries[name] else { return nil }
        guard e.size <= limit else { throw Failure.tooBig }
        // Encrypted entries (flag bit 0) cannot be read; nor can sizes this reader cannot hold.
        guard e.flags & 1 == 0, e.compressedSize < UInt64(UInt32.max), e.localHeader < UInt64(bytes.count) else {
            throw Failure.damaged
        }
        let header = Int(e.localHeader)
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else { throw Failure.damaged }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        guard start + Int(e.compressedSize) <= bytes.count else { throw Failure.damaged }
        let packed = bytes[start ..< start + Int(e.compressedSize)]
        let out: [UInt8]
        switch e.method {
        case 0: out = Array(packed)
        case 8: out = try Self.inflate(packed, size: Int(e.size))
        default: throw Failure.damaged
        }
        guard out.count == Int(e.size), Self.crc32(out) == e.crc else { throw Failure.damaged }
        return out
    }

    /// One raw-deflate pass over exactly the entry's bytes, into room for one byte more than
    /// declared: a stream that has not ended by then, or that writes that extra byte, is damaged.
    static func inflate(_ packed: ArraySlice<UInt8>, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size + 1)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.damaged
        }
        defer { inflateEnd(&stream) }
        let result: Int32 = packed.withUnsafeBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { o in
                // zlib's next_in is not declared const, but inflate only reads through it.
                stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
                stream.avail_in = uInt(inp.count)
                stream.next_out = o.baseAddress
                stream.avail_out = uInt(o.count)
                return CZlibShim.inflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure.damaged }
        out.removeLast()
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlibShim.crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    // MARK: the directory

    /// Entry count, offset and size of the central directory, from the end-of-directory record
    /// (the last one in the final 64 KiB + 22 bytes) or its zip64 form.
    private func directory() throws -> (Int, Int, Int) {
        guard bytes.count >= 22 else { throw Failure.notZip }
        var at = bytes.count - 22
        let lowest = max(0, at - 0xFFFF)
        while u32(at) != 0x0605_4B50 {
            guard at > lowest else { throw Failure.notZip }
            at -= 1
        }
        var count = UInt64(u16(at + 10)), size = UInt64(u32(at + 12)), start = UInt64(u32(at + 16))
        if at >= 20, u32(at - 20) == 0x0706_4B50 {
            let record = u64(at - 20 + 8)
            guard record < UInt64(bytes.count), Int(record) + 56 <= bytes.count, u32(Int(record)) == 0x0606_4B50 else {
                throw Failure.notZip
            }
            count = u64(Int(record) + 32); size = u64(Int(record) + 40); start = u64(Int(record) + 48)
        }
        // Each entry takes 46 bytes at least: a count the directory cannot hold is a lie.
        guard start <= UInt64(bytes.count), size <= UInt64(bytes.count) - start, count <= size / 46 else {
            throw Failure.notZip
        }
        return (Int(count), Int(start), Int(size))
    }

    /// The zip64 extra field (id 1) holds, in order, the sizes and offset whose 32-bit fields are full.
    private func zip64(extra: Int, length: Int, _ sizes: inout [UInt64]) {
        var at = extra
        while at + 4 <= extra + length {
            let id = u16(at), n = Int(u16(at + 2))
            guard at + 4 + n <= extra + length else { return }
            if id == 1 {
                var field = at + 4
                for i in sizes.indices where sizes[i] == 0xFFFF_FFFF {
                    guard field + 8 <= at + 4 + n else { return }
                    sizes[i] = u64(field)
                    field += 8
                }
                return
            }
            at += 4 + n
        }
    }

    private func u16(_ i: Int) -> UInt16 { UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }
    private func u64(_ i: Int) -> UInt64 { UInt64(u32(i)) | UInt64(u32(i + 4)) << 32 }
}
