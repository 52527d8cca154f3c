import Foundation
import Testing

/// `save` and `report --out` never write through a symbolic link, write mode 0600 whatever the
/// umask, and leave no temporary file behind.
@Suite struct SafeWriteTests {
    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kd-safewrite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// Two sessions saving one workspace at once: a session told "saved" has its change in the
    /// file (the other is refused as changed on disk, or saved after it and holds both); two
    /// saving new workspaces over one file keep every workspace, the old one and both new ones,
    /// in the file and its numbered backups. Without a lock both said "saved" and one session's
    /// work was in no file (persistence audit, 35 of 40 trials).
    @Test func concurrentSavesLoseNothing() throws {
        let r = try KD.sh(#"""
            "$KD" --no-init -q -c 'load demo' -c 'save ws.json' >/dev/null 2>&1
            lost=0
            for i in 1 2 3 4 5 6; do
              "$KD" --no-init -q -c 'load demo' -c 'save --force ws.json' >/dev/null 2>&1
              "$KD" --no-init -c 'open ws.json' -c 'set as-of 2023-10-01' -c save >a.out 2>&1 &
              "$KD" --no-init -c 'open ws.json' -c 'set as-of 2023-10-02' -c save >b.out 2>&1 &
              wait
              grep -q '^saved' a.out && ! grep -q '"set as-of 2023-10-01"' ws.json && lost=$((lost+1))
              grep -q '^saved' b.out && ! grep -q '"set as-of 2023-10-02"' ws.json && lost=$((lost+1))
              grep -q '^saved' a.out || grep -q '^saved' b.out || lost=$((lost+100))
            done
            for i in 1 2 3 4 5 6; do
              rm -f ws.json ws.json.~*
              "$KD" --no-init -q -c 'new --year 2023 --title ORIG' -c 'save ws.json'
              "$KD" --no-init -q -c 'new --year 2023 --title AAA' -c 'save ws.json' 2>/dev/null &
              "$KD" --no-init -q -c 'new --year 2023 --title BBB' -c 'save ws.json' 2>/dev/null &
              wait
              for t in ORIG AAA BBB; do grep -q "\"title\" : \"$t\"" ws.json ws.json.~* || lost=$((lost+1)); done
            done
            echo "lost $lost"
            """#)
        #expect(r.stdout == "lost 0\n", "\(r.stdout)\(r.stderr)")
    }

    /// A folder that takes no new file: save's refusal does not hint at `save --force`, which
    /// writes a new file beside the old one and fails there too (persistence audit). An
    /// immutable folder (chattr +i) stands for a read-only one even to root; where the file
    /// system has no such flag the test has nothing to check.
    @Test func aReadOnlyFolderIsNotToldToForce() throws {
        let r = try KD.sh(#"""
            mkdir ro
            "$KD" --no-init -q -c 'new --year 2023' -c 'save ro/ws.json' >/dev/null 2>&1
            chattr +i ro 2>/dev/null || { echo skipped; exit 0; }
            "$KD" --no-init -q -c 'new --year 2023' -c 'save ro/ws.json'
            echo "rc $?"
            chattr -i ro
            """#)
        guard r.stdout != "skipped\n" else { return }
        #expect(r.stdout == "rc 1\n")
        #expect(r.stderr.contains("cannot keep the workspace in ro/ws.json as ro/ws.json.~1~"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: write under another name or into another folder") && !r.stderr.contains("--force"), "\(r.stderr)")
    }

    /// A name of up to 255 bytes (about 120 Vietnamese letters) saves: the temporary name beside
    /// it is cut to fit, and nothing is left behind.
    @Test func aNameNearTheLimitSaves() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let name = String(repeating: "đ", count: 120) + String(repeating: "d", count: 10) + ".json"  // 255 bytes
        #expect(name.utf8.count == 255)
        let report = String(repeating: "đ", count: 122) + "d.json"  // 255 bytes too
        let r = try KD.run(["--no-init", "-q", "-c", "new --year 2023", "-c", "save \(name)", "-c", "report summary --out \(report)"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.path).filter { !$0.hasPrefix(".home") }.sorted() == [name, report].sorted())
    }

    @Test(arguments: ["save ws.json", "report members --format json --out ws.json"])
    func refusesASymlinkAtTheTarget(_ command: String) throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let target = d.appendingPathComponent("precious.txt")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: d.appendingPathComponent("ws.json").path, withDestinationPath: target.path)
        let r = try KD.run(["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", command], in: d)
        #expect(r.status == 1)
        #expect(r.stderr.contains("symbolic link"), "\(r.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: d.appendingPathComponent("ws.json").path) == target.path)
    }

    /// A pipe (or a device) is not replaced by a file, nor read for ever; a file its owner made
    /// read-only is not replaced through the rename either (the mode bits decide, root or not).
    @Test(arguments: ["save ws.json", "save ws.json --force", "report members --format json --out ws.json"])
    func refusesAPipeAndAReadOnlyFile(_ command: String) throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let target = d.appendingPathComponent("ws.json").path
        #expect(mkfifo(target, 0o600) == 0)
        let piped = try KD.run(["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", command], in: d, seconds: 30)
        #expect(!piped.timedOut && piped.status == 1)
        #expect(piped.stderr.contains("ws.json is not a regular file"), "\(piped.stderr)")
        var st = stat()
        #expect(lstat(target, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the pipe is still there")
        unlink(target)

        try "{\"format\": \"kd-workspace\"}".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o444)
        let ro = try KD.run(["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", command], in: d)
        #expect(ro.status == 1)
        #expect(ro.stderr.contains("ws.json is read-only; it is not replaced"), "\(ro.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "{\"format\": \"kd-workspace\"}")
    }

    /// `generate --replace` sets another ward's files aside one by one; when one cannot be (its
    /// numbered names are used up), those already set aside are put back, as its error says.
    @Test func generateReplacePutsBackWhenOneCannotBeKept() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let made = try KD.run(["--no-init", "--color", "never", "-q", "-c", "generate demo --out w"], in: d)
        #expect(made.status == 0, "\(made.stderr)")
        let w = d.appendingPathComponent("w").path
        let reviews = try String(contentsOfFile: w + "/reviews.csv", encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: w + "/targets.csv.~\(Int.max)~", contents: Data()))
        let r = try KD.run(["--no-init", "--color", "never", "-q", "-c", "generate ward --members 50 --out w --replace"], in: d)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot keep w/targets.csv as w/targets.csv.~N~"), "\(r.stderr)")
        #expect(r.stderr.contains("nothing was written"), "\(r.stderr)")
        #expect(try String(contentsOfFile: w + "/reviews.csv", encoding: .utf8) == reviews, "reviews.csv is back")
        let left = try FileManager.default.contentsOfDirectory(atPath: w).filter { $0.hasSuffix("~") }
        #expect(left == ["targets.csv.~\(Int.max)~"], "\(left)")
    }

    /// A socket is called one: `open` called it a device, and `save` "a device or a pipe".
    @Test func aSocketIsNamed() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let path = d.appendingPathComponent("kd.sock").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { p in _ = path.utf8CString.withUnsafeBytes { memcpy(p.baseAddress!, $0.baseAddress!, min(p.count - 1, $0.count)) } }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        let opened = try KD.run(["--no-init", "--color", "never", "-q", "-c", "open kd.sock"], in: d)
        #expect(opened.status == 1)
        #expect(opened.stderr.contains("kd.sock is a socket, not a workspace file"), "\(opened.stderr)")
        let saved = try KD.run(["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", "save kd.sock"], in: d)
        #expect(saved.status == 1)
        #expect(saved.stderr.contains("kd.sock is not a regular file (a device, a pipe or a socket)"), "\(saved.stderr)")
        var st = stat()
        #expect(lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK, "the socket is still there")
    }

    /// A named pipe nothing writes to is read as empty at once: opening it waited for a writer
    /// for ever, and Ctrl-C could not stop the wait.
    @Test(arguments: ["load units pipe.csv", "source pipe.csv"])
    func aPipeWithNoWriterDoesNotHang(_ command: String) throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        #expect(mkfifo(d.appendingPathComponent("pipe.csv").path, 0o600) == 0)
        let r = try KD.run(["--no-init", "--color", "never", "-q", "-c", "new --year 2023", "-c", command], in: d, seconds: 20)
        #expect(!r.timedOut)
        #expect(r.status == 1, "\(r.stderr)")
    }

    @Test(arguments: ["save ws.json", "report members --format json --out ws.json"])
    func privateModeAndNoTemporaryLeft(_ command: String) throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        // An old file readable by all is replaced by a private one.
        try "{}".write(to: d.appendingPathComponent("ws.json"), atomically: true, encoding: .utf8)
        chmod(d.appendingPathComponent("ws.json").path, 0o644)
        let r = try KD.run(["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", command + (command.hasPrefix("save") ? " --force" : "")], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: d.appendingPathComponent("ws.json").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A report keeps the "{}" it did not write (ReportOverInputTests); nothing else is left.
        let left = try FileManager.default.contentsOfDirectory(atPath: d.path).filter { !$0.hasPrefix(".home") }.sorted()
        #expect(left == (command.hasPrefix("save") ? ["ws.json"] : ["ws.json", "ws.json.~1~"]))
    }

    /// A temporary file of a save killed earlier (its pid is gone) is removed by the next save.
    @Test func staleTemporaryRemovedByTheNextSave() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let stale = d.appendingPathComponent(".ws.json.tmp-999999999")
        try "{\"format\": \"kd-work".write(to: stale, atomically: false, encoding: .utf8)
        let r = try KD.run(["--no-init", "-q", "-c", "load demo", "-c", "save ws.json"], in: d)
        #expect(r.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    /// ... and by an open of that file: one that is opened but never saved again kept it.
    @Test func staleTemporaryRemovedByOpen() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        #expect(try KD.run(["--no-init", "-q", "-c", "load demo", "-c", "save ws.json"], in: d).status == 0)
        let stale = d.appendingPathComponent(".ws.json.tmp-999999999")
        try "{\"format\": \"kd-work".write(to: stale, atomically: false, encoding: .utf8)
        let other = d.appendingPathComponent(".other.json.tmp-999999999")
        try "x".write(to: other, atomically: false, encoding: .utf8)
        let r = try KD.run(["--no-init", "-q", "-c", "open ws.json"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: other.path), "another file's is not this open's to judge")
    }

    /// A save whose write fails part-way (here past a file size limit, as on a full disk)
    /// says so, in the user's language, and leaves no hidden partial copy (`.ws.json.tmp-PID`,
    /// personal data) behind.
    @Test func aFailedWriteLeavesNoPartialCopy() throws {
        let r = try KD.sh("""
            sh -c "trap '' XFSZ; ulimit -f 16; exec \\"$KD\\" --no-init -q -c 'generate ward --members 400' -c 'save ws.json'"
            echo "status $?"
            sh -c "trap '' XFSZ; ulimit -f 16; exec \\"$KD\\" --no-init -q --lang vi -c 'generate ward --members 400' -c 'save ws.json'"
            echo "status $?"; ls -A
            """)
        #expect(r.stderr == """
            -c#2:1:6: error: cannot write ws.json: the file would pass the file size limit (ulimit -f)
            -c#2:1:6: lỗi: không ghi được ws.json: tệp sẽ vượt giới hạn kích thước tệp (ulimit -f)

            """, "saw: \(r.stderr)")
        #expect(r.stdout == """
            generated 400 members in 10 cells with 70 positions (seed 1)
            status 1
            đã tạo 400 đảng viên trong 10 chi bộ, 70 chức vụ (--seed 1)
            status 1

            """, "no file at all after the statuses; saw: \(r.stdout)")
    }
}
