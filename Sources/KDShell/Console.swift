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
    public func out(_ text: String) {
        fputs(text, stdout)
    }
    public func err(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
        fflush(stderr)
    }
    public var width: Int? {
        guard isatty(1) == 1 else { return nil }
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return 80
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
