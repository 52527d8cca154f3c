import CFastScan
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

    /// The scan below the top level (64 bytes at a time, in C) reads as byte by byte does: the
    /// same stopping place and state for random JSON-like bytes dense in quotes, backslashes and
    /// brackets, read whole or in pieces cut anywhere (a backslash last in a block or a piece).
    @Test func nestedScanReadsAsByteByByte() {
        var rng = SystemRandomNumberGenerator()
        // Balanced brackets come back to the top level within a few dozen bytes; more opening
        // ones stay below it past several blocks.
        let alphabets = [Array("\"\\{}[]:, ax\n".utf8), Array("\"\\\\{[{[}]:, ax\n".utf8)]
        for round in 0..<4_000 {
            let alphabet = alphabets[round % 2]
            let n = Int.random(in: 0...400, using: &rng)
            let bytes = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            let start = kd_nested_state(depth: Int.random(in: 2...4, using: &rng), in_string: Int32.random(in: 0...1, using: &rng),
                                        escaped: 0)
            // Byte by byte, as MarkScan read before.
            var want = start, wantRead = n
            for (i, c) in bytes.enumerated() {
                if want.in_string != 0 {
                    if want.escaped != 0 { want.escaped = 0 } else if c == UInt8(ascii: "\\") { want.escaped = 1 } else if c == UInt8(ascii: "\"") { want.in_string = 0 }
                    continue
                }
                if c == UInt8(ascii: "\"") { want.in_string = 1 }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { want.depth += 1 }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                    want.depth -= 1
                    if want.depth == 1 { wantRead = i + 1; break }
                }
            }
            // Whole, then in pieces until the depth is back to 1.
            for cuts in [[Int](), (0..<3).map { _ in Int.random(in: 0...n, using: &rng) }.sorted()] {
                var got = start, read = 0
                for end in cuts + [n] where end > read {
                    read += bytes[read..<end].withUnsafeBufferPointer { kd_skip_nested($0.baseAddress!, $0.count, &got) }
                    if got.depth == 1 { break }
                }
                #expect(read == wantRead && got.depth == want.depth && got.in_string == want.in_string && got.escaped == want.escaped,
                        "round \(round), cuts \(cuts): \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    /// A workspace deep in strings with escapes, the mark found after them wherever a 64-byte
    /// block or a 64 KiB read ends.
    @Test func markAfterEscapesAcrossBlocks() throws {
        let f = Files()
        for shift in 0..<70 {
            let value = String(repeating: "x", count: shift) + String(repeating: "\\\"{[", count: 40_000)
            let text = "{\n  \"audit\" : [ { \"note\" : \"\(value)\" } ],\n  \"format\" : \"kd-workspace\"\n}\n"
            #expect(WorkspaceFile.hasMark(try f.file(text)) == true, "shift \(shift)")
            #expect(WorkspaceFile.hasMark(try f.file(text.replacingOccurrences(of: "\"format\" : \"kd", with: "\"format\" : \"xd"))) == false)
        }
    }

    /// A big file that begins no JSON value is judged by its first 4 KB, with the very error the
    /// whole file gives (a 1 GB disk image took 3 GB and seconds); anything JSON could begin is
    /// left to the full reading.
    @Test func aFileThatIsNoJSONIsJudgedByItsHead() throws {
        let f = Files()
        let csv = "id,name,unit\n" + String(repeating: "P1,Nguyễn Văn A,CB01\n", count: 500)
        for text in ["garbage" + String(repeating: "x", count: 90) + "\n" + String(repeating: "x", count: 9000), csv, "\u{FEFF}  \u{0}" + String(repeating: "\u{0}", count: 9000)] {
            let path = try f.file(text)
            let head = try #require(WorkspaceFile.headIfNotJSON(path, from: 0), "\(text.prefix(10))")
            #expect(head.count == 4096)
            var short: String?, whole: String?
            do { _ = try WorkspaceFile.decode(head, file: "w.json") } catch let e as KDError { short = "\(e.location?.description ?? "") \(e.message.en)" }
            do { _ = try WorkspaceFile.decode(Data(text.utf8), file: "w.json") } catch let e as KDError { whole = "\(e.location?.description ?? "") \(e.message.en)" }
            #expect(short != nil && short == whole, "\(String(describing: short)) / \(String(describing: whole))")
        }
        // A Vietnamese letter across the 4 KB cut: judged as the whole file is (CSV text).
        let straddle = "id,name,unit\n" + String(repeating: "x", count: 4082) + "ễ,a\n" + csv
        let head = try #require(WorkspaceFile.headIfNotJSON(try f.file(straddle), from: 0))
        var short: String?, whole: String?
        do { _ = try WorkspaceFile.decode(head, file: "w.json") } catch let e as KDError { short = e.message.en }
        do { _ = try WorkspaceFile.decode(Data(straddle.utf8), file: "w.json") } catch let e as KDError { whole = e.message.en }
        #expect(short != nil && short == whole, "\(String(describing: short)) / \(String(describing: whole))")
        // A first line longer than the head: read whole, as before.
        #expect(WorkspaceFile.headIfNotJSON(try f.file("id,name" + String(repeating: ",x", count: 3000) + "\n"), from: 0) == nil)
        for text in ["{\"a\": 1}", " [1]", "\"x\"", "-1", "7", "true", "null", "\u{FEFF}{}", "\u{FEFF}\u{FEFF} \n{}"] {
            #expect(WorkspaceFile.headIfNotJSON(try f.file(text + String(repeating: " ", count: 5000)), from: 0) == nil, "\(text)")
        }
        // Small files are read whole, as before.
        #expect(WorkspaceFile.headIfNotJSON(try f.file("garbage")) == nil)
    }
}
