import Foundation

/// Where a session writes: results to `out`, errors to `err`. Tests pass a capturing console.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Width of the terminal in columns, nil when not a terminal.
    var width: Int? { get }
}

/// Standard output and error of the process.
public final class StandardConsole: Console {
    public init() {}
    /// The first error writing stdout (an errno; 0: none): a full disk or a closed stdout must
    /// fail the run, not end it with 0 and half a report (commands.md §1).
    public private(set) static var outError: Int32 = 0

    public func out(_ text: String) {
        if fputs(text, stdout) == EOF { Self.noteOutError() }
    }
    public func err(_ text: String) {
        if fflush(stdout) != 0 { Self.noteOutError() }
        fputs(text, stderr)
        fflush(stderr)
    }

    private static func noteOutError() {
        if outError == 0 { outError = errno == 0 ? EIO : errno }
    }

    /// Writes what stdout still holds: the first error writing it since kd started, 0 if none.
    /// Also those of writes made without a console (help, the prompt).
    public static func flushOut() -> Int32 {
        if fflush(stdout) != 0 || ferror(stdout) != 0 { noteOutError() }
        return outError
    }
    public var width: Int? {
        guard isatty(1) == 1 else { return nil }
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return 80
    }
}

extension StandardConsole {
    /// `--color auto` for one stream (1 stdout, 2 stderr): a terminal, no NO_COLOR, not TERM=dumb.
    /// Each stream on its own: `kd 2>err.log` at a terminal keeps the escape codes out of the log.
    public static func colorAuto(_ fd: Int32) -> Bool {
        guard isatty(fd) == 1 else { return false }
        return colorAuto(terminal: true, Environment.values(["NO_COLOR", "TERM"]))
    }

    /// NO_COLOR counts when it holds a value (no-color.org: an empty one asks nothing; it
    /// turned color off).
    static func colorAuto(terminal: Bool, _ env: [String: String]) -> Bool {
        terminal && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }
}

/// Collects output in memory (unit tests).
public final class CapturingConsole: Console {
    public var stdout = ""
    public var stderr = ""
    public init() {}
    public func out(_ text: String) { stdout += text }
    public func err(_ text: String) { stderr += text }
    public var width: Int? { nil }
}
