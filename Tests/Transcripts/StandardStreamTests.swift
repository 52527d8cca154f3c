import Foundation
import Testing

/// kd's stdin, stdout and stderr as a shell may hand them over: a folder, closed, a pipe left
/// non-blocking, a full disk. Each ended kd with SIGILL (132) or an exit status 0.
@Suite struct StandardStreamTests {
    @Test func stdinAFolderIsSaidSo() throws {
        let r = try KD.sh("\"$KD\" --no-init < .")
        #expect(r.stderr == "kd: <stdin> is a folder, not a script\n")
        #expect(r.status == 1)
    }

    @Test func stdinClosedIsSaidSo() throws {
        let r = try KD.sh("\"$KD\" --no-init <&-")
        #expect(r.stderr == "kd: no commands to read: standard input is closed\n")
        #expect(r.status == 1)
    }

    /// Another program left the pipe non-blocking: kd waits for the commands all the same.
    @Test func nonBlockingStdinIsReadWhole() throws {
        let p = Process()
        p.executableURL = KD.binary
        p.arguments = ["--no-init"]
        p.environment = KD.environment(home: FileManager.default.temporaryDirectory)
        let inp = Pipe(), out = Pipe()
        let fd = inp.fileHandleForReading.fileDescriptor
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        p.standardInput = inp
        p.standardOutput = out
        try p.run()
        usleep(200_000)
        inp.fileHandleForWriting.write(Data("echo slow\n".utf8))
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(String(decoding: o, as: UTF8.self) == "slow\n")
        #expect(p.terminationStatus == 0)
    }

    /// A report that could not be written is a failure, with a message (commands.md §1).
    @Test func stdoutThatCannotBeWrittenFailsTheRun() throws {
        let full = try KD.sh("\"$KD\" --no-init -c 'load demo; report members' > /dev/full")
        #expect(full.stderr == "kd: cannot write the output to stdout: No space left on device\n")
        #expect(full.status == 1)
        let closed = try KD.sh("\"$KD\" --no-init -c 'echo hi' >&-")
        #expect(closed.stderr == "kd: cannot write the output to stdout: Bad file descriptor\n")
        #expect(closed.status == 1)
        let vi = try KD.sh("\"$KD\" --no-init --lang vi -c 'echo hi' > /dev/full")
        #expect(vi.stderr == "kd: không ghi được kết quả ra stdout: ổ đĩa đã đầy\n", "the cause in Vietnamese too")
        for flag in ["--help", "--version"] {
            let asked = try KD.sh("\"$KD\" \(flag) > /dev/full")
            #expect(asked.stderr == "kd: cannot write the output to stdout: No space left on device\n", "\(flag)")
            #expect(asked.status == 1, "\(flag)")
        }
        let helpVi = try KD.sh("\"$KD\" --lang vi --help > /dev/full")
        #expect(helpVi.stderr.hasPrefix("kd: không ghi được kết quả ra stdout: "), "\(helpVi.stderr)")
    }

    /// A usage error whose message cannot be written still ends kd with status 2 (it trapped).
    @Test func aUsageErrorWithStderrFullStillEndsWithStatus2() throws {
        #expect(try KD.sh("\"$KD\" --bogus 2>/dev/full").status == 2)
        #expect(try KD.sh("\"$KD\" --lang vi --bogus 2>/dev/full").status == 2)
    }

    /// Colour is decided for each stream: an error log is plain text though stdout is a
    /// terminal, and errors at a terminal are in colour though stdout is a file.
    @Test func colorIsDecidedPerStream() throws {
        let log = try KD.sh("script -qc '\"$KD\" --no-init -c bogus 2>err.log' /dev/null >/dev/null; cat err.log", env: ["TERM": "xterm"])
        #expect(log.stdout.hasPrefix("-c:1:1: error: unknown command"), "saw: \(log.stdout)")
        #expect(!log.stdout.contains("\u{1B}"))
        let tty = try KD.sh("script -qc '\"$KD\" --no-init -c bogus >out.txt' /dev/null", env: ["TERM": "xterm"])
        #expect(tty.stdout.contains("\u{1B}[1;31merror:"), "saw: \(tty.stdout)")
    }
}
