import Foundation
import Testing

/// The executable specification: every `cases/NAME.kd` is run by the built `kd` and its stdout,
/// stderr and exit status are compared with `NAME.out`, `NAME.err` (absent: empty) and
/// `NAME.status` (absent: 0). `NAME.args` holds extra process arguments, one per line;
/// `NAME.stdin`, when present, is piped in (`NAME.kd` is then not passed as an argument unless
/// `NAME.args` names it). Each case runs in a fresh copy of its own files and `cases/`'s data
/// folders, so that saves stay in the copy. KD_UPDATE_TRANSCRIPTS=1 rewrites the expectations
/// from the actual run, for review.
struct TranscriptTests {
    static let casesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    static var caseNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: casesDir.path)) ?? []
        return files.filter { $0.hasSuffix(".kd") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// One copy of cases/ taken before any case runs: each case copies this, never the folder
    /// that KD_UPDATE_TRANSCRIPTS=1 is rewriting at the same time. Removed when the tests exit.
    static let pristine: URL? = {
        let url = try? KD.copyCases(casesDir)
        if url != nil { atexit { TranscriptTests.pristine.map { try? FileManager.default.removeItem(at: $0) } } }
        return url
    }()

    @Test("transcript", arguments: caseNames)
    func transcript(_ name: String) throws {
        let work = try KD.copyCase(name, from: try #require(Self.pristine))
        defer { try? FileManager.default.removeItem(at: work) }
        var args = ["--no-init", "--color", "never"]
        let argsFile = work.appendingPathComponent("\(name).args")
        let stdinFile = work.appendingPathComponent("\(name).stdin")
        let hasStdin = FileManager.default.fileExists(atPath: stdinFile.path)
        if let extra = try? String(contentsOf: argsFile, encoding: .utf8) {
            args += extra.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        } else if !hasStdin {
            args.append("\(name).kd")
        }
        let stdin = hasStdin ? try Data(contentsOf: stdinFile) : nil
        let r = try KD.run(args, in: work, stdin: stdin)

        let expectedOut = Self.read(name, "out")
        let expectedErr = Self.read(name, "err")
        let expectedStatus = Int32(Self.read(name, "status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        if ProcessInfo.processInfo.environment["KD_UPDATE_TRANSCRIPTS"] == "1" {
            Self.write(name, "out", r.stdout)
            Self.write(name, "err", r.stderr)
            Self.write(name, "status", r.status == 0 ? "" : "\(r.status)\n")
            return
        }
        #expect(r.stdout == expectedOut, "stdout of \(name).kd")
        #expect(r.stderr == expectedErr, "stderr of \(name).kd")
        #expect(r.status == expectedStatus, "exit status of \(name).kd")
    }

    static func read(_ name: String, _ ext: String) -> String {
        (try? String(contentsOf: casesDir.appendingPathComponent("\(name).\(ext)"), encoding: .utf8)) ?? ""
    }

    static func write(_ name: String, _ ext: String, _ text: String) {
        let url = casesDir.appendingPathComponent("\(name).\(ext)")
        if text.isEmpty { try? FileManager.default.removeItem(at: url) } else { try? text.write(to: url, atomically: true, encoding: .utf8) }
    }
}
