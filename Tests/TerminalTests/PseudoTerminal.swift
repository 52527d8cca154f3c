import Foundation

/// Runs the built `kd` on a pseudo-terminal that is its controlling terminal (through
/// `setsid -w -c`), so that line editing is on and Ctrl-C (\u{03}) raises SIGINT as at a real
/// terminal. Everything kd writes is collected by a reader thread; `waitFor` polls it with a
/// timeout, so a broken shell fails the test instead of hanging it.
final class PseudoTerminal {
    let master: Int32
    let process = Process()
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var done = false
    /// Bytes before this offset have been matched already.
    private(set) var mark = 0

    /// The `kd` built beside this test bundle (or KD_BINARY).
    static var kd: String {
        if let b = ProcessInfo.processInfo.environment["KD_BINARY"] { return b }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("kd").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("kd").path
    }

    /// The terminal's number (`/dev/pts/N`).
    private var number: UInt32 = 0

    /// `ignoringHangup`: kd starts with SIGHUP ignored, as under `nohup`. `fileSizeLimit`: no
    /// file kd writes may grow past that many 512-byte blocks (`ulimit -f`, SIGXFSZ ignored),
    /// so that a write stops part-way as on a full disk. `stdout`: kd's standard output goes
    /// there instead of the terminal (`kd | tee log`).
    init(arguments: [String] = [], home: URL, directory: URL? = nil, ignoringHangup: Bool = false,
         fileSizeLimit: Int? = nil, stdout: Pipe? = nil, stderr: Pipe? = nil) throws {
        // posix_openpt/unlockpt/ptsname are hidden from Swift's Glibc module: the Linux ioctls
        // they wrap (TIOCSPTLCK, TIOCGPTN; function-like macros, so spelled out) do the same.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.EIO)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.EIO) }
        var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-w", "-c", Self.kd, "--color", "never"] + arguments
        // An ignored signal and a limit stay across exec.
        let prelude = (ignoringHangup ? "trap '' HUP; " : "") + (fileSizeLimit.map { "trap '' XFSZ; ulimit -f \($0); " } ?? "")
        if !prelude.isEmpty {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", prelude + "exec /usr/bin/setsid \"$@\"", "sh"] + process.arguments!
        }
        process.currentDirectoryURL = directory ?? home
        process.environment = [
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TERM": "xterm",
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "SOURCE_DATE_EPOCH": "1700870400",
        ]
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = stdout ?? handle
        process.standardError = stderr ?? handle
        try process.run()
        close(slave)

        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(master, &chunk, chunk.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                lock.lock()
                output.append(contentsOf: chunk[0..<n])
                lock.unlock()
            }
            lock.lock()
            done = true
            lock.unlock()
        }
        thread.start()
    }

    /// Once a wait has failed the shell is broken: later waits give up sooner, to keep CI short.
    private var failed = false

    /// Kills kd if it still runs, then closes the terminal once the reader thread has stopped
    /// (closing earlier could let it read a reused descriptor of another test).
    deinit {
        if process.isRunning { killShell() }
        let deadline = Date().addingTimeInterval(5)
        while !isDone && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if isDone { close(master) }
    }

    private var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    /// Kills kd with SIGKILL, as a crash or a closed terminal emulator would.
    func crash() { killShell() }

    /// SIGKILL to the terminal's foreground process group: the session kd leads, nothing else.
    private func killShell() { signal(SIGKILL) }

    /// SIGINT to the terminal's foreground process group `times` times, `gap` microseconds
    /// apart: faster than anyone types Ctrl-C, to find a handler that is not async-signal-safe.
    func interrupt(times: Int, gap: UInt32 = 100) {
        for _ in 0..<times {
            signal(SIGINT)
            usleep(gap)
        }
    }

    /// A signal to the terminal's foreground process group (kd's session, nothing else), as
    /// the terminal or a job-control shell would send it.
    func signal(_ sig: Int32) {
        let group = tcgetpgrp(master)
        if group > 1 && group != getpgrp() { kill(-group, sig) }
    }

    /// Hangs the terminal up, as closing its window does, while this side stays open (the
    /// reader thread keeps reading): kd's reads of it fail from then on (vhangup). Returns
    /// whether the kernel did it (it needs CAP_SYS_ADMIN).
    func hangUp() -> Bool {
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { return false }
        defer { close(slave) }
        return ioctl(slave, 0x5437) == 0  // TIOCVHANGUP
    }

    /// Resizes the terminal, as a user dragging the window does: the kernel sends SIGWINCH.
    func resize(rows: UInt16, columns: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Types text (keys: "\t" Tab, "\u{1B}[A" Up, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D, "\r" Enter).
    func send(_ keys: String) { send(bytes: Array(keys.utf8)) }

    /// Types bytes as they are, text or not (a terminal set to Latin-1 sends é as 0xE9).
    func send(bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// What kd showed since the last match, terminal escape sequences and carriage returns removed.
    var screen: String {
        lock.lock()
        let bytes = Array(output[mark...])
        lock.unlock()
        return Self.plain(bytes)
    }

    var all: String {
        lock.lock()
        defer { lock.unlock() }
        return Self.plain(output)
    }

    /// Waits until `text` appears after the mark, then moves the mark past it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(failed ? min(timeout, 2) : timeout)
        while Date() < deadline {
            lock.lock()
            let bytes = Array(output[mark...])
            let finished = done
            lock.unlock()
            let plain = Self.plain(bytes)
            if let r = plain.range(of: text) {
                // Move the mark to the end of the raw bytes that held the match.
                advanceMark(pastPlainCount: plain[..<r.upperBound].utf8.count, in: bytes)
                return true
            }
            if finished { failed = true; return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        failed = true
        return false
    }

    private func advanceMark(pastPlainCount target: Int, in bytes: [UInt8]) {
        var plainCount = 0
        var i = 0
        while i < bytes.count && plainCount < target {
            let skip = Self.escapeLength(bytes, i)
            if skip > 0 { i += skip; continue }
            if bytes[i] != 0x0D && bytes[i] != 0x07 { plainCount += 1 }
            i += 1
        }
        lock.lock()
        mark += i
        lock.unlock()
    }

    /// Waits for kd to end; nil when it did not within the timeout (it is then killed).
    func waitForExit(timeout: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            killShell()
            let end = Date().addingTimeInterval(5)
            while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.02) }
            return nil
        }
        return process.terminationStatus
    }

    static func plain(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let skip = escapeLength(bytes, i)
            if skip > 0 { i += skip; continue }
            if bytes[i] != 0x0D && bytes[i] != 0x07 { out.append(bytes[i]) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Length of a terminal escape sequence (CSI or two-byte ESC) starting at i, else 0.
    static func escapeLength(_ b: [UInt8], _ i: Int) -> Int {
        guard b[i] == 0x1B, i + 1 < b.count else { return 0 }
        if b[i + 1] == UInt8(ascii: "[") {
            var j = i + 2
            while j < b.count, !(0x40...0x7E).contains(b[j]) { j += 1 }
            return min(j + 1, b.count) - i
        }
        return 2
    }
}
