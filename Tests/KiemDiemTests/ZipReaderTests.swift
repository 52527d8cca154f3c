import Foundation
import Testing
@testable import KiemDiem

/// kd's own zip reader (workbooks): what a sound zip holds comes back byte for byte, and every
/// field a damaged or hostile zip can get wrong is refused, never trusted.
@Suite struct ZipReaderTests {
    static let text = Array(String(repeating: "Nguyễn Văn An, Chi bộ Khu phố 1; ", count: 6000).utf8)

    /// A zip written by ZIPFoundation (as kd writes its reports): deflated entries.
    static func written() throws -> [UInt8] {
        [UInt8](try XlsxWriter.zip([("empty.xml", Data()), ("a/b.xml", Data(text)), ("one", Data([7]))]))
    }

    @Test func readsWhatZIPFoundationWrote() throws {
        let zip = try ZipReader(Self.written())
        #expect(try zip.read("a/b.xml", limit: 1 << 20) == Self.text)
        #expect(try zip.read("empty.xml", limit: 1 << 20) == [])
        #expect(try zip.read("one", limit: 1 << 20) == [7])
        #expect(try zip.read("missing.xml", limit: 1 << 20) == nil)
    }

    @Test(arguments: [false, true])
    func readsStoredEntries(zip64: Bool) throws {
        let bytes = HandZip.make([("x.xml", Array("<x/>".utf8)), ("y.xml", Self.text)], zip64: zip64)
        let zip = try ZipReader(bytes)
        #expect(try zip.read("x.xml", limit: 1 << 20) == Array("<x/>".utf8))
        #expect(try zip.read("y.xml", limit: 1 << 20) == Self.text)
    }

    @Test func theFirstOfTwoSameNamesIsRead() throws {
        let zip = try ZipReader(HandZip.make([("x.xml", [1]), ("x.xml", [2])]))
        #expect(try zip.read("x.xml", limit: 10) == [1])
    }

    /// The sheet of Tests/Corpus/fuzz/xlsx/inflate-never-ends.xlsx: a deflate stream that does
    /// not end inside its entry (ZIPFoundation 0.9.20 looped forever on it).
    @Test func aStreamThatNeverEndsIsDamaged() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Corpus/fuzz/xlsx/inflate-never-ends.xlsx").standardized
        let zip = try ZipReader([UInt8](try Data(contentsOf: url)))
        #expect(throws: ZipReader.Failure.damaged) { try zip.read("xl/worksheets/s2.xml", limit: 1 << 20) }
    }

    /// One field of the first central-directory entry changed (offset from its signature).
    static func withEntryField(_ offset: Int, _ value: UInt32, width: Int = 4) throws -> [UInt8] {
        var bytes = try written()
        let entry = try #require(HandZip.find(bytes, [0x50, 0x4B, 0x01, 0x02]))
        for i in 0 ..< width { bytes[entry + offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
        return bytes
    }

    @Test func entriesThatDoNotUnpackToWhatTheDirectorySaysAreDamaged() throws {
        // The first entry is empty.xml (deflated, 0 bytes); a.b.xml follows. Each case breaks one field.
        let size = UInt32(0)
        let cases: [(String, [UInt8])] = [
            ("crc wrong", try Self.withEntryField(16, 0xDEAD_BEEF)),
            ("declared size one more", try Self.withEntryField(24, size + 1)),
            ("unknown method", try Self.withEntryField(10, 99, width: 2)),
            ("encrypted", try Self.withEntryField(8, 1, width: 2)),
            ("local header past the end", try Self.withEntryField(42, 0x7FFF_FFFF)),
            ("local header elsewhere", try Self.withEntryField(42, 1)),
            ("compressed size past the end", try Self.withEntryField(20, 0x00FF_FFFF)),
        ]
        for (what, bytes) in cases {
            let zip = try ZipReader(bytes)
            #expect(throws: ZipReader.Failure.damaged, "\(what)") { try zip.read("empty.xml", limit: 1 << 20) }
        }
        // The untouched entries of the same zips still read.
        #expect(try ZipReader(try Self.withEntryField(16, 0xDEAD_BEEF)).read("a/b.xml", limit: 1 << 20) == Self.text)
    }

    @Test func aDeflatedEntryLargerOrSmallerThanDeclaredIsDamaged() throws {
        var bytes = try Self.written()
        let first = try #require(HandZip.find(bytes, [0x50, 0x4B, 0x01, 0x02]))
        let second = first + 46 + "empty.xml".utf8.count
        #expect(HandZip.u32(bytes, second) == 0x0201_4B50)
        let declared = HandZip.u32(bytes, second + 24)
        for wrong in [declared - 1, declared + 1] {
            for i in 0 ..< 4 { bytes[second + 24 + i] = UInt8(truncatingIfNeeded: wrong >> (8 * UInt32(i))) }
            #expect(throws: ZipReader.Failure.damaged) { try ZipReader(bytes).read("a/b.xml", limit: 1 << 20) }
        }
    }

    @Test func aPartOverTheLimitIsRefusedBeforeUnpacking() throws {
        let zip = try ZipReader(Self.written())
        #expect(throws: ZipReader.Failure.tooBig) { try zip.read("a/b.xml", limit: UInt64(Self.text.count - 1)) }
        #expect(try zip.read("a/b.xml", limit: UInt64(Self.text.count)) == Self.text)
    }

    @Test func aDirectoryThatDoesNotFitIsNotAZip() throws {
        let good = try Self.written()
        let end = try #require(HandZip.find(good, [0x50, 0x4B, 0x05, 0x06]))
        func with(_ offset: Int, _ value: UInt32, width: Int = 4) -> [UInt8] {
            var b = good
            for i in 0 ..< width { b[end + offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
            return b
        }
        let cases: [(String, [UInt8])] = [
            ("no end record", Array(good.dropLast(22))),
            ("nothing", []),
            ("more entries than the directory can hold", with(10, 0xFFFF, width: 2)),
            ("one entry more than there is", with(10, 4, width: 2)),
            ("directory past the end", with(16, 0x7FFF_FFFF)),
            ("directory larger than the file", with(12, 0x7FFF_FFFF)),
        ]
        for (what, bytes) in cases {
            #expect(throws: ZipReader.Failure.notZip, "\(what)") { try ZipReader(bytes) }
        }
        #expect(try ZipReader(good).entries.count == 3)
    }
}

/// Stored (uncompressed) zips made field by field, optionally in zip64 form.
enum HandZip {
    static func make(_ parts: [(String, [UInt8])], zip64: Bool = false) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func le(_ v: UInt64, _ n: Int, _ into: inout [UInt8]) { for i in 0 ..< n { into.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
        for (name, data) in parts {
            let offset = out.count, crc = UInt64(ZipReader.crc32(data)), name = Array(name.utf8)
            le(0x0403_4B50, 4, &out); le(20, 2, &out); le(0, 2, &out); le(0, 2, &out); le(0, 4, &out)
            le(crc, 4, &out); le(UInt64(data.count), 4, &out); le(UInt64(data.count), 4, &out)
            le(UInt64(name.count), 2, &out); le(0, 2, &out); out += name; out += data
            let full: UInt64 = 0xFFFF_FFFF
            le(0x0201_4B50, 4, &directory); le(45, 2, &directory); le(45, 2, &directory); le(0, 2, &directory)
            le(0, 2, &directory); le(0, 4, &directory); le(crc, 4, &directory)
            le(zip64 ? full : UInt64(data.count), 4, &directory); le(zip64 ? full : UInt64(data.count), 4, &directory)
            le(UInt64(name.count), 2, &directory); le(zip64 ? 28 : 0, 2, &directory); le(0, 2, &directory)
            le(0, 2, &directory); le(0, 2, &directory); le(0, 4, &directory); le(zip64 ? full : UInt64(offset), 4, &directory)
            directory += name
            if zip64 {
                le(1, 2, &directory); le(24, 2, &directory)
                le(UInt64(data.count), 8, &directory); le(UInt64(data.count), 8, &directory); le(UInt64(offset), 8, &directory)
            }
        }
        let start = out.count
        out += directory
        if zip64 {
            let record = out.count
            le(0x0606_4B50, 4, &out); le(44, 8, &out); le(45, 2, &out); le(45, 2, &out); le(0, 4, &out); le(0, 4, &out)
            le(UInt64(parts.count), 8, &out); le(UInt64(parts.count), 8, &out)
            le(UInt64(directory.count), 8, &out); le(UInt64(start), 8, &out)
            le(0x0706_4B50, 4, &out); le(0, 4, &out); le(UInt64(record), 8, &out); le(1, 4, &out)
        }
        le(0x0605_4B50, 4, &out); le(0, 2, &out); le(0, 2, &out)
        le(zip64 ? 0xFFFF : UInt64(parts.count), 2, &out); le(zip64 ? 0xFFFF : UInt64(parts.count), 2, &out)
        le(zip64 ? 0xFFFF_FFFF : UInt64(directory.count), 4, &out); le(zip64 ? 0xFFFF_FFFF : UInt64(start), 4, &out)
        le(0, 2, &out)
        return out
    }

    static func find(_ bytes: [UInt8], _ signature: [UInt8]) -> Int? {
        guard bytes.count >= signature.count else { return nil }
        return (0 ... bytes.count - signature.count).first { bytes[$0 ..< $0 + signature.count].elementsEqual(signature) }
    }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        (0 ..< 4).reduce(0) { $0 | UInt32(b[i + $1]) << (8 * UInt32($1)) }
    }
}
