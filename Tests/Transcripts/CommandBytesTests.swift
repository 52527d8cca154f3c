import Foundation
import Testing

/// A `-c` command is held to a script file's checks: bytes that are not UTF-8 text are refused
/// at their line and column, not run as U+FFFD. (Process takes Strings: a shell passes the bytes.)
@Suite struct CommandBytesTests {
    @Test func aCommandThatIsNotUTF8IsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", #"exec "$0" --no-init -c 'echo ok' -c "$(printf 'echo a\necho \377')""#, KD.binary.path]
        p.currentDirectoryURL = dir
        p.environment = KD.environment(home: dir)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(String(decoding: o, as: UTF8.self) == "ok\n", "the first command ran; nothing of the second")
        #expect(String(decoding: e, as: UTF8.self).hasPrefix("-c#2:2:6: error: invalid UTF-8 text in a script\n"))
        #expect(p.terminationStatus == 1)
    }

    /// A CRLF script given as `-c "$(cat FILE)"`: the shell strips the last line feed and keeps
    /// its carriage return. Both lines run; a CR with only blanks after it ends the text.
    @Test func aCarriageReturnThatEndsTheTextIsALineEnd() throws {
        let r = try KD.sh(#""$KD" --no-init --color never -c "$(printf 'echo one\r\necho two\r\n')""#)
        #expect(r.stdout == "one\ntwo\n", "saw: \(r.stdout) \(r.stderr)")
        #expect(r.stderr.isEmpty && r.status == 0, "saw: \(r.stderr)")
        // A CR inside the text is still an old Mac line end, refused.
        let inside = try KD.sh(#""$KD" --no-init --color never -c "$(printf 'echo one\recho two')""#)
        #expect(inside.status == 1 && inside.stderr.hasPrefix("-c:1:9: error: a carriage return alone"), "saw: \(inside.stderr)")
    }
}
