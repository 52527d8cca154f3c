import Foundation
import Testing
@testable import KiemDiem

/// `save` overwrites a file only when it is a kd workspace (or empty): the mark is found at the
/// head, deep in the file, and across the boundary between two reads.
struct WorkspaceMarkTests {
    @Test func foundWhereverItIs() throws {
        var written: [String] = []
        defer { for p in written { try? FileManager.default.removeItem(atPath: p) } }
        func file(_ bytes: [UInt8]) throws -> String {
            let path = NSTemporaryDirectory() + "kd-mark-\(UUID().uuidString)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            written.append(path)
            return path
        }
        let key = Array("\"format\" : \"kd-workspace\"".utf8)
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        #expect(WorkspaceFile.hasMark(try file([])) == true)
        #expect(WorkspaceFile.hasMark("/nonexistent/kd-mark") == nil)
        #expect(WorkspaceFile.hasMark(try file(Array("{\"kd-workspace\"}".utf8))) == true)
        #expect(WorkspaceFile.hasMark(try file(filler)) == false)
        #expect(WorkspaceFile.hasMark(try file(filler + Array("\"kd-workspace\"".utf8))) == false)  // not at the head
        for at in [4_000, 65_536 - 10, 65_536 - 1, 65_536, 131_072 - 5, 199_000] {
            var bytes = filler
            bytes.insert(contentsOf: key, at: at)
            #expect(WorkspaceFile.hasMark(try file(bytes)) == true, "key at \(at)")
        }
    }
}
