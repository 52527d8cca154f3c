import Foundation
import Testing
@testable import KiemDiem

/// The second core's count of a file's top-level tables: the size each table has, for the
/// tables it reaches; nothing for what it cannot follow; and always an end, however the file is.
struct TableCountsTests {
    /// A generated ward of a few thousand members, saved: over `TableCounts.from`.
    static func savedWard() throws -> (Workspace, [UInt8]) {
        var ws = try WorkspaceReaderTests.demo2023()
        let w = SyntheticWard(members: 3000, cells: 40, seed: 9, year: 2023)
        for m in w.members { ws.members[m.id] = m }
        let bytes = Array(try WorkspaceFile.encode(ws))
        #expect(bytes.count >= TableCounts.from)
        return (ws, bytes)
    }

    /// Where the `{` of the top-level table `name` is.
    static func offset(of name: String, in bytes: [UInt8]) -> Int? {
        let key = Array("\n  \"\(name)\" : {".utf8)
        guard let at = (0...(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }) else { return nil }
        return at + key.count - 1
    }

    @Test func countsEachTopLevelTable() throws {
        let (ws, bytes) = try Self.savedWard()
        let expected: [(String, Int)] = [("members", ws.members.count), ("units", ws.units.count), ("grades", ws.grades.count),
                                         ("positions", ws.positions.count), ("snapshots", ws.snapshots.count),
                                         ("adjustments", ws.adjustments.count), ("collectives", ws.collectives.count)]
        try bytes.withUnsafeBufferPointer { b in
            let counts = try #require(TableCounts.start(b))
            defer { counts.finish() }
            for (name, n) in expected {
                let at = try #require(Self.offset(of: name, in: bytes), "\(name)")
                #expect(counts.count(at: at) == n, "\(name)")
                #expect(counts.count(at: at + 1) == nil, "inside \(name)")
            }
            #expect(counts.count(at: 0) == nil && counts.count(at: b.count) == nil)
        }
        // Read with the counts, the file gives what JSONDecoder gives.
        let read = try WorkspaceReader.readOrGiveUp(Data(bytes)).workspace
        #expect(try WorkspaceFile.referenceEncode(read) == WorkspaceFile.referenceEncode(JSONDecoder().decode(Workspace.self, from: Data(bytes))))
    }

    /// Cut anywhere, or not an object at all, the count ends (no wait for ever) and says nothing
    /// it did not find; the reader gives up on such files as before.
    @Test func endsOnAnyFile() throws {
        let (_, bytes) = try Self.savedWard()
        let members = try #require(Self.offset(of: "members", in: bytes))
        var cases: [[UInt8]] = [Array(repeating: UInt8(ascii: " "), count: TableCounts.from),
                                Array("[".utf8) + Array(repeating: UInt8(ascii: "{"), count: TableCounts.from),
                                Array(repeating: UInt8(ascii: "\""), count: TableCounts.from)]
        // Cuts before the closing brace: one after it leaves only the final newline out, which
        // is still the whole workspace.
        let end = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
        for cut in stride(from: TableCounts.from, to: end, by: max(1, (end - TableCounts.from) / 7)) {
            cases.append(Array(bytes[..<cut]))
        }
        for c in cases {
            c.withUnsafeBufferPointer { b in
                guard let counts = TableCounts.start(b) else { Issue.record("not started"); return }
                _ = counts.count(at: members)
                _ = counts.count(at: b.count)
                counts.finish()
            }
            #expect(throws: (any Error).self) { try WorkspaceReader.readOrGiveUp(Data(c)) }
        }
        // Small files are counted by the reader alone.
        Array(bytes[..<(TableCounts.from - 1)]).withUnsafeBufferPointer { #expect(TableCounts.start($0) == nil) }
    }
}
