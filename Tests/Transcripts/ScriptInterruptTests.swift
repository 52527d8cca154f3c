import Foundation
import Testing

/// Ctrl-C during a script run stops kd before the next command, saying so, with status 1: it
/// used to die of the signal, and output waiting in a pipe's buffer was lost.
@Suite struct ScriptInterruptTests {
    /// A fresh folder for one run, removed by the caller.
    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-int-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// kd started in `dir` with `arguments`, its output and errors piped, and its input too
    /// when `input` is given.
    func start(_ arguments: [String], in dir: URL, input: Pipe? = nil) throws -> (Process, out: Pipe, err: Pipe) {
        let p = Process()
        p.executableURL = KD.binary
        p.currentDirectoryURL = dir
        p.environment = KD.environment(home: dir.appendingPathComponent(".home"))
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        if let input { p.standardInput = input }
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    @Test func ctrlCStopsAScriptWithStatusOne() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Commands from a pipe: kd reads them all first, and waits there for the signal.
        let inp = Pipe()
        let (p, out, err) = try start([], in: dir, input: inp)
        // Once kd catches SIGINT (its mask in /proc), the signal is kd's to handle.
        var caught = false
        for _ in 0..<200 where !caught {
            let status = (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8)) ?? ""
            if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
               let mask = UInt64(line.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) {
                caught = mask & (1 << (UInt64(SIGINT) - 1)) != 0
            }
            if !caught { usleep(50_000) }
        }
        #expect(caught)
        kill(p.processIdentifier, SIGINT)
        usleep(100_000)
        inp.fileHandleForWriting.write(Data("echo first\necho second\n".utf8))
        try inp.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 1)
        #expect(String(decoding: stdout, as: UTF8.self) == "")
        #expect(String(decoding: stderr, as: UTF8.self).hasPrefix("<stdin>:1:1: error: interrupted before this command"))
    }

    /// `open` of a big workspace (seconds at national size) did not look at Ctrl-C: it read the
    /// whole file, opened it, and only the next command stopped. It stops reading now, and the
    /// workspace is not opened.
    @Test func ctrlCStopsOpeningAWorkspace() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (made, _, madeErr) = try start(["--no-init", "-q", "-c", "generate ward --members 200000 --seed 4", "-c", "save big.json"], in: dir)
        _ = madeErr.fileHandleForReading.readDataToEndOfFile()
        made.waitUntilExit()
        #expect(made.terminationStatus == 0)
        let size = (try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("big.json").path)[.size] as? Int) ?? 0
        let (p, out, err) = try start(["--no-init", "-c", "open big.json", "-c", "echo after"], in: dir)
        // Once the file is in memory (its size in resident pages), kd is reading its records.
        let reading = waitFor(p, times: 3000) { resident(p) > size }
        #expect(reading, "kd was reading the file")
        kill(p.processIdentifier, SIGINT)
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "saw: \(text)")
        #expect(text.contains("error: interrupted; nothing was changed"), "saw: \(text)")
        #expect(String(decoding: stdout, as: UTF8.self) == "", "neither opened nor the next command")
    }

    /// `save` of a big workspace (seconds at national size) could not be stopped. It stops now,
    /// and what was there stays whole: the other workspace it would have replaced, with no
    /// numbered copy of it and no temporary file left behind.
    @Test func ctrlCStopsASave() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (made, _, madeErr) = try start(["--no-init", "-q", "-c", "generate ward --members 200000 --seed 4", "-c", "save big.json",
                                            "-c", "new --force", "-c", "save small.json"], in: dir)
        _ = madeErr.fileHandleForReading.readDataToEndOfFile()
        made.waitUntilExit()
        #expect(made.terminationStatus == 0)
        let small = dir.appendingPathComponent("small.json")
        let before = try Data(contentsOf: small)
        // Two snapshots: the file holds the roster three times, a longer save to stop.
        let (p, out, err) = try start(["--no-init", "-c", "open big.json", "-c", "snapshot a", "-c", "snapshot b",
                                       "-c", "save small.json", "-c", "echo after"], in: dir)
        // The save has begun once its temporary file is there.
        let tmp = dir.appendingPathComponent(".small.json.tmp-\(p.processIdentifier)").path
        let saving = waitFor(p, times: 15000) { FileManager.default.fileExists(atPath: tmp) }
        #expect(saving, "kd was saving")
        kill(p.processIdentifier, SIGINT)
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: stderr, as: UTF8.self), said = String(decoding: stdout, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "saw: \(text)")
        #expect(text == "-c#4:1:6: error: interrupted; nothing was saved (small.json is as it was)\n", "saw: \(text)")
        #expect(!said.contains("saved") && !said.contains("after"), "saw: \(said)")
        #expect(try Data(contentsOf: small) == before, "the workspace it would have replaced is as it was")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != ".home" }.sorted()
        #expect(files == ["big.json", "small.json"])
    }

    /// `report forms --out DIR` writes one file per subject (minutes for a big ward) and did not
    /// look at Ctrl-C at all: it stops now, and says the folder is incomplete.
    @Test func ctrlCStopsWritingTheForms() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (p, out, err) = try start(["--no-init", "-c", "generate ward --members 5000 --seed 4", "-c", "report forms --out frm"], in: dir)
        let folder = dir.appendingPathComponent("frm").path
        let twenty = waitFor(p, times: 3000, every: 10_000) {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder).count) ?? 0) >= 20
        }
        #expect(twenty, "the forms were being written")
        kill(p.processIdentifier, SIGINT)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "saw: \(text)")
        #expect(text.contains("error: interrupted after writing "), "saw: \(text)")
        #expect(text.contains("forms to frm: the folder is incomplete"), "saw: \(text)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let wroteAll = files.contains("mau-kiem-diem.html"), count = files.count
        #expect(!wroteAll, "the whole-ward file is written last")
        #expect(count < 5000)
    }

    /// Asks `condition` every `every` microseconds while kd runs, at most `times` times: true
    /// once it holds.
    func waitFor(_ p: Process, times: Int, every: UInt32 = 2_000, _ condition: () -> Bool) -> Bool {
        for _ in 0..<times where p.isRunning {
            if condition() { return true }
            usleep(every)
        }
        return false
    }

    /// kd's resident memory in bytes.
    func resident(_ p: Process) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// `generate ward` (a minute and 4 GB for ten million members) did not look at Ctrl-C: it
    /// made the whole ward, loaded it, and only then was it rolled back.
    @Test func ctrlCStopsGeneratingAWard() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (p, out, err) = try start(["--no-init", "-c", "generate ward --members 10000000", "-c", "echo after"], in: dir)
        let making = waitFor(p, times: 15000) { resident(p) > 150 << 20 }
        #expect(making, "kd was making the ward")
        kill(p.processIdentifier, SIGINT)
        let asked = Date()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        // The message alone does not tell: a ward made whole is then rolled back, and says so.
        #expect(Date().timeIntervalSince(asked) < 5, "stopped when asked, not once the ward was made")
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "saw: \(text)")
        #expect(text == "-c#1:1:1: error: interrupted; nothing was changed\n", "saw: \(text)")
        #expect(String(decoding: stdout, as: UTF8.self) == "", "neither generated nor the next command")
    }

    /// `generate ward --out DIR --replace` stopped while writing: the folder is as it was, the
    /// other ward's files it had set aside put back, no part-written file left.
    @Test func ctrlCStopsWritingAWardsFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (made, _, _) = try start(["--no-init", "-q", "-c", "generate demo --out big"], in: dir)
        made.waitUntilExit()
        let big = dir.appendingPathComponent("big")
        func files() throws -> [String: Data] {
            let names = try FileManager.default.contentsOfDirectory(atPath: big.path)
            return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: big.appendingPathComponent($0))) })
        }
        let before = try files()
        #expect(before.keys.contains("reviews.csv"), "the demo has files a generated ward does not write")
        let (p, out, err) = try start(["--no-init", "-c", "generate ward --members 250000 --out big --replace", "-c", "echo after"], in: dir)
        let part = big.appendingPathComponent(".roster.csv.kd-part").path
        let writing = waitFor(p, times: 30000) {
            ((try? FileManager.default.attributesOfItem(atPath: part)[.size] as? Int) ?? 0) > 1 << 20
        }
        #expect(writing, "kd was writing the roster")
        kill(p.processIdentifier, SIGINT)
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "saw: \(text)")
        #expect(text == "-c#1:1:38: error: interrupted; nothing was changed\n", "saw: \(text)")
        #expect(String(decoding: stdout, as: UTF8.self) == "")
        let after = try files()
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after == before, "every file as it was")
    }

    /// Runs `commands` and stops kd with SIGINT once the last is under way: just after a `set
    /// as-of` whose warning (stderr, written at once; stdout, a pipe, is not) says it has run.
    /// Returns stdout, stderr after the warning, and the status.
    func interruptLast(_ commands: [String]) throws -> (out: String, err: String, status: Int32) {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["--no-init", "-q"] + (commands.dropLast() + ["set as-of 2019-01-01", commands.last!, "echo after"])
            .flatMap { ["-c", $0] }
        let (p, out, err) = try start(args, in: dir)
        var seen = ""
        while !seen.contains("set as-of 2023-11-26\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        // The write woke this process, which may run before kd ends the command: a moment for
        // kd to begin the next (a tenth of a second or more in each test, ten in a debug build).
        usleep(50_000)
        kill(p.processIdentifier, SIGINT)
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let all = seen + String(decoding: stderr, as: UTF8.self)
        let after = all.range(of: "set as-of 2023-11-26\n").map { String(all[$0.upperBound...]) } ?? all
        return (String(decoding: stdout, as: UTF8.self), after, p.terminationStatus)
    }

    /// `find` reads every name of the roster (seconds at national size) and did not look at
    /// Ctrl-C: it read them all, said what it found (here nothing), and the next command stopped.
    @Test func ctrlCStopsAFind() throws {
        let r = try interruptLast(["generate ward --members 200000", "find \"không ai\""])
        #expect(r.err == "-c#3:1:1: error: interrupted; nothing was changed\n", "saw: \(r.err)")
        #expect(r.out == "generated 200000 members in 5000 cells with 17195 positions (seed 1)\n",
                "no \"nothing matches\", nor the next command; saw: \(r.out)")
        #expect(r.status == 1)
    }

    /// Nor did `diff` (a snapshot against now, every subject of both): it printed the diff.
    @Test func ctrlCStopsADiff() throws {
        let r = try interruptLast(["generate ward --members 100000", "snapshot a", "set quota 25", "diff a"])
        #expect(r.err == "-c#5:1:1: error: interrupted; nothing was changed\n", "saw: \(r.err)")
        #expect(!r.out.contains("diff a") && !r.out.contains("after"), "no diff printed, nor the next command; saw: \(r.out)")
        #expect(r.status == 1)
    }
}
