import CSignals
import Foundation
import KiemDiem

/// The reader for an interactive terminal: libedit with history and completion, or a plain
/// prompt when libedit cannot start. Loads the history file into the reader and the session.
public func makeTerminalReader(session: Session) -> LineReader {
    let file = HistoryFile(path: HistoryFile.defaultPath())
    let entries = file.load()
    session.history = entries
    // Typing at a terminal whose outputs both go elsewhere (`kd >out 2>&1`): nowhere to draw
    // the line, and libedit then left the terminal without echo, for the shell after kd too.
    // The terminal's own line reading (its echo and erase) is used instead.
    guard isatty(0) == 0 || isatty(1) == 1 || isatty(2) == 1,
          let reader = LibeditReader(session: session, history: file) else { return PromptingReader() }
    session.editsOnStderr = editorStream == stderr
    for e in entries { reader.remember(e) }
    return reader
}

/// Prints the prompt and reads stdin a byte at a time: a fallback without line editing (the
/// terminal's own line reading). Not through stdio: its end of input stays set, and after the
/// first Ctrl-D (which asks about unsaved changes) the next read ended at once, leaving.
public final class PromptingReader: LineReader {
    public private(set) var readBrokenBytes = false
    public init() {}
    public func readLine(prompt: String) -> LineInput {
        readBrokenBytes = false
        func text(_ bytes: [UInt8]) -> String {
            readBrokenBytes = String(validating: bytes, as: UTF8.self) == nil
            return String(decoding: bytes, as: UTF8.self)
        }
        fputs(prompt, stdout)
        fflush(stdout)
        setInterruptHandler(restart: false)
        defer { setInterruptHandler(restart: true) }
        switch readTypedBytes() {
        case .line(let bytes): return .line(text(bytes))
        // Ctrl-D: at the start of a line the end, after text that text as a line.
        case .end(let bytes): return bytes.isEmpty ? .end : .line(text(bytes))
        case .interrupted:
            interruptRequested = 0
            return .interrupted
        case .failed: return .end
        }
    }
    public func addHistory(_ entry: String) {}
}

/// `pause` in a script run whose stdin is a terminal (`kd tour.kd`): a line typed there, nil at
/// Ctrl-C (the script's first one, which then stops the script) or at Ctrl-D.
public func readTerminalLine() -> String? {
    fflush(stdout)
    if case .line(let bytes) = readTypedBytes() { return String(decoding: bytes, as: UTF8.self) }
    // The terminal echoed `^C` (or nothing, for Ctrl-D) after the question: the error follows
    // on a line of its own.
    endTerminalLine()
    if interruptRequested != 0 { lineEndedAtCtrlC = true }
    return nil
}

/// A line typed at the terminal in its own line reading, a byte at a time (`kd_read_byte`: a
/// Ctrl-C ends the wait), as the plain prompt and a script's `pause` read it.
enum TypedBytes {
    case line([UInt8])
    /// Ctrl-D, after these bytes of the line.
    case end([UInt8])
    /// Ctrl-C (`interruptRequested` is left set).
    case interrupted
    case failed
}

func readTypedBytes() -> TypedBytes {
    var bytes: [UInt8] = []
    var b: UInt8 = 0
    while true {
        let n = kd_read_byte(0, &b)
        if n == 1 {
            if b == UInt8(ascii: "\n") { return .line(bytes) }
            bytes.append(b)
        } else if n == 0 {
            return .end(bytes)
        } else if errno == EINTR && interruptRequested != 0 {
            return .interrupted
        } else if errno != EINTR {
            return .failed
        } else {
            terminalChanged = 0  // a resize: nothing to redraw here
        }
    }
}

/// Ends the line the cursor is on, at the terminal: on whichever of stderr and stdout is the
/// terminal (stderr first, where errors go), not into a file either was sent to (`2>err.log`
/// got the line break, and the terminal showed `^CEXIT=1`).
public func endTerminalLine() {
    fflush(stdout)
    if isatty(2) == 1 { fputs("\n", stderr) } else if isatty(1) == 1 { fputs("\n", stdout); fflush(stdout) }
}

/// SIGINT sets `interruptRequested`; read(2) is restarted (SA_RESTART) while commands run so that
/// their file and terminal I/O is not cut short; the line reader turns restarting off while it waits.
public func installInterruptHandler() {
    setInterruptHandler(restart: true)
    kd_ignore_quit()
    // The rules' long passes stop at Ctrl-C instead of running to their end.
    Interrupt.isRequested = { kd_interrupt_requested() != 0 }
}

/// A script run (-c, files, stdin): the first Ctrl-C stops kd after the command under way (the
/// rules' passes at once), keeping what was printed, with status 1; a second ends it at once.
public func installScriptInterruptHandler() {
    kd_install_script_interrupt_handler()
    Interrupt.isRequested = { kd_interrupt_requested() != 0 }
}

func setInterruptHandler(restart: Bool) {
    // In C (Sources/CSignals): it also unblocks SIGINT, which a parent may have blocked.
    kd_install_interrupt_handler(restart ? 1 : 0)
}
