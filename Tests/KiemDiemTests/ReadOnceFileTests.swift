import Foundation
import Testing
@testable import KiemDiem

/// `open` reads a workspace from a ReadOnceFile, which gives pages back as the reader goes:
/// the workspace must come out the same as from the whole bytes, and where the reader gives
/// up after giving pages back, the error must be the same as well.
struct ReadOnceFileTests {
    /// Enough members that the reader gives pages back many times (every 8,192 entries).
    static func bigWorkspace() -> Workspace {
        let w = SyntheticWard(members: 40_000, cells: 300, seed: 3, year: 2023)
        let tx = Transaction(Workspace(settings: Settings(year: 2023)))
        w.apply(to: tx)
        var ws = tx.commit().0
        for g in w.grades {
            var set = GradeSet()
            set.proposed = GradeRecord(level: g.level, score: Points(hundredths: g.score * 100), votes: g.votes)
            ws.grades[SubjectRef(.member, g.member).key] = set
        }
        return ws
    }

    static func file(_ bytes: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kd-readonce-\(UUID().uuidString).json").path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func sameWorkspaceAndPagesGiven() throws {
        let data = try WorkspaceFile.encode(Self.bigWorkspace())
        let path = try Self.file(data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try #require(ReadOnceFile(path: path))
        #expect(bytes.count == data.count)
        #expect(bytes.withBytes { Data(buffer: $0) } == data)
        let ws = try WorkspaceFile.decode(bytes, path: path, file: "big.json")
        #expect(bytes.released > data.count / 2)  // most of the file went back as it was read
        #expect(try WorkspaceFile.encode(ws) == data)
    }

    @Test func givingUpLateReadsTheFileAgain() throws {
        var text = String(decoding: try WorkspaceFile.encode(Self.bigWorkspace()), as: UTF8.self)
        // `units` is the last table: the reader has given the members' pages back when it
        // meets the bad kind and leaves the file to JSONDecoder.
        let unit = try #require(text.range(of: "\"kind\" : \"cell\"", options: .backwards))
        text.replaceSubrange(unit, with: "\"kind\" : \"cel\"")
        let data = Data(text.utf8)
        let path = try Self.file(data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try #require(ReadOnceFile(path: path))
        func said(_ body: () throws -> Workspace) -> String? {
            do { _ = try body() } catch let e as KDError { return "\(e.place ?? "-"): \(e.message.en) / \(e.message.vi)" } catch {}
            return nil
        }
        let viaPages = said { try WorkspaceFile.decode(bytes, path: path, file: "big.json") }
        let viaData = said { try WorkspaceFile.decode(data, file: "big.json") }
        #expect(bytes.released > 0)
        #expect(viaPages != nil && viaPages == viaData)
        #expect(viaData?.hasPrefix("big.json: $.units.") == true && viaData?.contains("\"cel\"") == true)
    }

    @Test func onlyRegularFiles() throws {
        #expect(ReadOnceFile(path: FileManager.default.temporaryDirectory.path) == nil)
        #expect(ReadOnceFile(path: "/nonexistent/kd.json") == nil)
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("kd-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(ReadOnceFile(path: fifo) == nil)  // `open` reads a pipe the ordinary way
        let empty = try Self.file(Data())
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let e = try #require(ReadOnceFile(path: empty))
        #expect(e.count == 0 && e.withBytes { $0.count } == 0)
    }
}
