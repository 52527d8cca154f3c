import Foundation

/// Runs the built `kd` binary the way a user does.
enum KD {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `kd` built beside this test bundle (or KD_BINARY).
    static var binary: URL {
        if let b = ProcessInfo.processInfo.environment["KD_BINARY"] { return URL(fileURLWithPath: b) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("kd").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("kd")
    }

    /// A stable environment: English, fixed clock, private home and state folders.
    static func environment(home: URL) -> [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "SOURCE_DATE_EPOCH": "1700870400",  // 2023-11-25T00:00:00Z
            "TERM": "dumb",
        ]
    }

    static func run(_ args: [String], in dir: URL, stdin: Data? = nil, env extra: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = environment(home: dir.appendingPathComponent(".home")).merging(extra) { $1 }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        // Read both pipes while the process runs so a large output cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let outData = Box(), errData = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let s = stdin { inp.fileHandleForWriting.write(s) }
        try? inp.fileHandleForWriting.close()
        group.wait()
        p.waitUntilExit()
        return Result(stdout: String(decoding: outData.data, as: UTF8.self), stderr: String(decoding: errData.data, as: UTF8.self),
                      status: p.terminationStatus)
    }

    /// Runs `script` under /bin/sh in a fresh folder, with $KD the built kd.
    static func sh(_ script: String, env: [String: String] = [:]) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-sh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = dir
        p.environment = environment(home: dir).merging(["KD": binary.path]) { $1 }.merging(env) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    /// A fresh copy of the cases folder in a temporary folder.
    static func copyCases(_ cases: URL) throws -> URL {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kd-transcript-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: cases, to: tmp)
        return tmp
    }

    /// What case NAME can read: its own NAME.* files and the data folders they name as a word
    /// (and the folders those name), not the other cases' files. A whole copy of cases/ for
    /// each case was most of the suite's time, in file creation. A folder missed fails the case.
    static func copyCase(_ name: String, from cases: URL) throws -> URL {
        let fm = FileManager.default
        var folders: [String] = [], own: [String] = []
        for entry in try fm.contentsOfDirectory(atPath: cases.path) {
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: cases.appendingPathComponent(entry).path, isDirectory: &isDir)
            if isDir.boolValue { folders.append(entry) }
            else if entry.hasPrefix(name + "."), !entry.dropFirst(name.count + 1).contains(".") { own.append(entry) }
        }
        var texts = own.map { text(of: cases.appendingPathComponent($0)) }
        var needed: Set<String> = []
        while let t = texts.popLast() {
            let words = Set(t.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            for f in folders where !needed.contains(f) && words.contains(Substring(f)) {
                needed.insert(f)
                let dir = cases.appendingPathComponent(f)
                for sub in fm.subpaths(atPath: dir.path) ?? [] { texts.append(text(of: dir.appendingPathComponent(sub))) }
            }
        }
        return try copyEntries(own + needed.sorted(), of: cases)
    }

    /// A fresh folder holding copies of these entries of `cases`.
    static func copyEntries(_ entries: [String], of cases: URL) throws -> URL {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kd-transcript-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: false)
        for entry in entries {
            try FileManager.default.copyItem(at: cases.appendingPathComponent(entry), to: tmp.appendingPathComponent(entry))
        }
        return tmp
    }

    private static func text(of file: URL) -> String {
        (try? Data(contentsOf: file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
