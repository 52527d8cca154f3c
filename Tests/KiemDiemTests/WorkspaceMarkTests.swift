import Foundation
import Testing
@testable import KiemDiem

/// `save` overwrites a file only when it is a kd workspace (or empty): a JSON object whose
/// top-level "format" is "kd-workspace", found deep in the file and across the boundary between
/// two reads; text that only quotes the mark is not one.
struct WorkspaceMarkTests {
    private final class Files {
        var written: [String] = []
        func file(_ bytes: [UInt8]) throws -> String {
            let path = NSTemporaryDirectory() + "kd-mark-\(UUID().uuidString)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            written.append(path)
            return path
        }
        func file(_ text: String) throws -> String { try file(Array(text.utf8)) }
        deinit { for p in written { try? FileManager.default.removeItem(atPath: p) } }
    }

    @Test func foundWhereverItIs() throws {
        let f = Files()
        let key = Array("\"format\" : \"kd-workspace\"".utf8)
        #expect(WorkspaceFile.hasMark(try f.file([])) == true)
        #expect(WorkspaceFile.hasMark("/nonexistent/kd-mark") == nil)
        for at in [4_000, 65_536 - 10, 65_536 - 1, 65_536, 131_072 - 5, 199_000] {
            // {"a" : "xxx…", "b" : {"c" : [1, {"d" : "x"}]}, "format" : "kd-workspace"}, the key starting at `at`.
            let head = Array("{\n  \"a\" : \"".utf8), tail = Array("\",\n  \"b\" : {\"c\" : [1, {\"d\" : \"x\\\"\"}]},\n  ".utf8)
            let bytes = head + [UInt8](repeating: UInt8(ascii: "x"), count: at - head.count - tail.count) + tail + key + Array("\n}\n".utf8)
            #expect(WorkspaceFile.hasMark(try f.file(bytes)) == true, "key at \(at)")
        }
    }

    @Test func onlyTheTopLevelFormatKey() throws {
        let f = Files()
        #expect(WorkspaceFile.hasMark(try f.file("{\"format\":\"kd-workspace\",\"version\":1}")) == true)  // reformatted
        #expect(WorkspaceFile.hasMark(try f.file("\u{FEFF}{ \"version\" : 1,\r\n\t\"format\"\t:\t\"kd-workspace\" }")) == true)
        // Text quoting the mark: data.md itself, notes, a JSON string, a nested or other key.
        #expect(WorkspaceFile.hasMark(try f.file("# Data\n`{\"format\": \"kd-workspace\", \"version\": N}`\n")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("{\"kd-workspace\"}")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("\"format\" : \"kd-workspace\"")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("{\"x\" : {\"format\" : \"kd-workspace\"}}")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("{\"note\" : \"\\\"format\\\" : \\\"kd-workspace\\\"\"}")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("{\"kd-workspace\" : \"format\"}")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("{\"format\" : \"kd-workspace-2\"}")) == false)
        #expect(WorkspaceFile.hasMark(try f.file("[{\"format\" : \"kd-workspace\"}]")) == false)
    }
}
