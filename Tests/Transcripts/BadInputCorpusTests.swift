import Foundation
import Testing

/// Every file of Tests/Corpus (plus a few large ones made here rather than kept in git) is given
/// to the built kd over the demo ward: a CSV to `load roster`, a workspace to `open`, a script to
/// `source`, a workbook the xlsx fuzzer once broke kd with (fuzz/xlsx) to `load workbook`.
/// Each must be refused with exit status 1 and an error that names its position, within a time
/// limit, without a crash, and the workspace saved afterwards must equal the one before.
@Suite struct BadInputCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Corpus").standardized

    struct Case: CustomTestStringConvertible, Sendable {
        var kind: String
        var name: String
        /// The files to put beside the workspace; the first is the one given to kd.
        var files: [(String, Data)]
        var testDescription: String { "\(kind)/\(name)" }
    }

    static let cases: [Case] = {
        var all: [Case] = []
        for (kind, folder) in [("csv", "csv"), ("workspace", "workspace"), ("script", "script"), ("xlsx", "fuzz/xlsx")] {
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for n in names.sorted() where kind != "xlsx" || n.hasSuffix(".xlsx") {
                all.append(Case(kind: kind, name: n, files: [(n, (try? Data(contentsOf: dir.appendingPathComponent(n))) ?? Data())]))
            }
        }
        return all + generated
    }()

    /// Large inputs, made at run time.
    static let generated: [Case] = {
        func d(_ s: String) -> Data { Data(s.utf8) }
        let mb = 1 << 20
        var chain: [(String, Data)] = []
        for i in 0..<10_000 { chain.append(("chain-\(i).kd", d("source chain-\(i + 1).kd\n"))) }
        chain.append(("chain-10000.kd", d("source chain-0.kd\n")))  // and back: a cycle
        return [
            Case(kind: "csv", name: "long-cell.csv", files: [("long-cell.csv", d("id,name,unit\nP900," + String(repeating: "a", count: mb) + ",CB01\n"))]),
            Case(kind: "csv", name: "long-ragged-line.csv", files: [("long-ragged-line.csv", d("id,name,unit\n" + String(repeating: ",", count: mb) + "\n"))]),
            Case(kind: "csv", name: "long-header.csv", files: [("long-header.csv", d(String(repeating: "x", count: mb) + "\nP900\n"))]),
            Case(kind: "workspace", name: "deep-nesting.json", files: [("deep-nesting.json", d(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)))]),
            Case(kind: "workspace", name: "deep-nesting-in-settings.json", files: [("deep-nesting-in-settings.json",
                d("{\"format\": \"kd-workspace\", \"version\": 1, \"settings\": " + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_001)))]),
            Case(kind: "workspace", name: "deep-objects.json", files: [("deep-objects.json", d(String(repeating: "{\"a\":", count: 100_000)))]),
            Case(kind: "script", name: "long-unknown-verb.kd", files: [("long-unknown-verb.kd", d(String(repeating: "x", count: mb) + "\n"))]),
            // Not echo: its words are all text (`echo --- Bước 2 ---`).
            Case(kind: "script", name: "long-option.kd", files: [("long-option.kd", d("list --" + String(repeating: "y", count: mb) + "\n"))]),
            Case(kind: "script", name: "long-line-then-quote.kd", files: [("long-line-then-quote.kd", d("echo " + String(repeating: "a ", count: mb / 2) + "\"open\n"))]),
            Case(kind: "script", name: "chain-0.kd", files: chain),
        ]
    }()

    /// The demo ward as kd saves it, made once.
    static let base: Data? = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-corpus-base-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try? KD.run(["--no-init", "-q", "-c", "load demo", "-c", "save base.json"], in: dir)
        return try? Data(contentsOf: dir.appendingPathComponent("base.json"))
    }()

    @Test func corpusIsThere() {
        #expect(Self.cases.count >= 60)
        #expect(Self.base != nil)
    }

    @Test(arguments: cases)
    func refusedWithPositionAndNothingChanged(_ c: Case) throws {
        let base = try #require(Self.base)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try base.write(to: dir.appendingPathComponent("base.json"))
        for (n, data) in c.files { try data.write(to: dir.appendingPathComponent(n)) }
        let command: String
        switch c.kind {
        case "csv": command = "load roster \(c.name) --merge"
        case "workspace": command = "open \(c.name)"
        case "xlsx": command = "load workbook \(c.name)"
        default: command = "source \(c.name)"
        }
        let r = try KD.run(["--no-init", "--color", "never", "--no-bail", "-c", "open base.json", "-c", command,
                            "-c", "save after.json"], in: dir, seconds: 60)
        #expect(!r.timedOut, "hung")
        #expect(!r.signalled && !r.stderr.contains("Fatal error"), "crashed: \(r.stderr.prefix(500))")
        #expect(r.status == 1)
        let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        let escaped = NSRegularExpression.escapedPattern(for: c.kind == "script" ? "" : c.name)
        // CSV: FILE:ROW:COL; workspace: FILE: $.json.path, or FILE:LINE:COL for text that is not
        // JSON; script: SOMEFILE.kd:LINE:COL; workbook: FILE, FILE[sheet] or FILE[sheet]!CELL.
        let pattern = c.kind == "workspace" ? "^\(escaped)(: \\$[^ ]*|:[0-9]+:[0-9]+): error: \\S"
            : c.kind == "csv" ? "^\(escaped):[0-9]+:[0-9]+: error: \\S"
            : c.kind == "xlsx" ? "^\(escaped)(\\[[^\\]]*\\](![A-Z]+[0-9]+)?)?: error: \\S" : "^[^ ]+\\.kd:[0-9]+:[0-9]+: error: \\S"
        #expect(first.range(of: pattern, options: .regularExpression) != nil, "stderr: \(r.stderr.prefix(500))")
        #expect(first.count < 1200, "error line too long: \(first.count) characters")
        let after = try? Data(contentsOf: dir.appendingPathComponent("after.json"))
        #expect(after == base, "the workspace changed")
    }
}
