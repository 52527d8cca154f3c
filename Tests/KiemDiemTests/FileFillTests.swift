import Foundation
import Testing
@testable import KiemDiem

/// A big file is read in two halves on two cores: the same bytes as one read, what is there
/// when the file is shorter than its size said, and the file's offset after them.
struct FileFillTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-fill-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 4096, 100_001])
    func sameBytesAtEverySplit(size: Int) throws {
        var rng = SeededRandom(seed: UInt64(size) + 1)
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: rng.below(256)) }
        let path = try Self.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        // In two halves (from 1 byte) and in one read; and asked for more than the file holds.
        for (ask, from) in [(size, 1), (size, Int.max), (size + 10, 1), (size + 10, Int.max)] {
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(ask, 1), alignment: 1)
            defer { p.deallocate() }
            let n = FileFill.fill(fd, p, ask, twoCoresFrom: from)
            #expect(n == size, "ask \(ask), two cores from \(from)")
            let same = n >= 0 && Array(UnsafeRawBufferPointer(start: p, count: n)) == bytes  // not printed: thousands of bytes
            #expect(same, "ask \(ask), two cores from \(from)")
            #expect(lseek(fd, 0, SEEK_CUR) == off_t(size))  // a caller reads on from here
        }
    }

    @Test func aBadDescriptorIsAnError() {
        let p = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 1)
        defer { p.deallocate() }
        #expect(FileFill.fill(-1, p, 16, twoCoresFrom: 1) == -1)
        #expect(FileFill.fill(-1, p, 16) == -1)
    }

    /// A CSV file of more than `twoCoresFrom` bytes reads to the same rows as its text.
    @Test func aBigCSVFileReadsAsItsText() throws {
        var lines = ["id,name,unit"]
        for k in 0..<260_000 { lines.append("G\(k),Nguyễn Văn \(k),CB\(k % 97)") }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count >= FileFill.twoCoresFrom)
        let path = try Self.file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let same = FileBytes.read(path) == Array(text.utf8)
        #expect(same)
    }
}
