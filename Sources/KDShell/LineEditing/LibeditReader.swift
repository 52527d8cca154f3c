import CEditLine
import CSignals
import Foundation

/// The last SIGWINCH or SIGCONT, for the reader to redraw (stored by the C handler).
var terminalChanged: sig_atomic_t {
    get { sig_atomic_t(kd_terminal_changed()) }
    set { kd_set_terminal_changed(Int32(newValue)) }
}

/// Set once reading the terminal found its end or an error (EIO): it was hung up. Read and
/// written on the reading thread only.
nonisolated(unsafe) var terminalLost = false
/// Whether standard input was a terminal when the reader started: `-i` on a file or a pipe
/// ends at its end, which is no hang-up (a hung-up terminal no longer answers isatty).
nonisolated(unsafe) var inputWasTerminal = false
/// A reader has ended the line its Ctrl-C was on (`^C` and a line break): the error that follows
/// needs no line break of its own (`Interpreter.endEchoedControlLine`).
nonisolated(unsafe) var lineEndedAtCtrlC = false
/// Where the editor draws the prompt and the line: standard output, or standard error when only
/// that is the terminal (`kd | tee log`), so that the user sees what they type while the
/// results go down the pipe.
nonisolated(unsafe) var editorStream: UnsafeMutablePointer<FILE> = stdout

/// Line editing at a terminal with libedit's own API (el_gets), not its readline emulation:
/// the emulation's completion hooks (append character, word breaks) differ from GNU readline's
/// and cannot quote names with blanks, while el_* lets kd replace the word itself.
///
/// Ctrl-C: SIGINT interrupts read(2) (the handler is installed without SA_RESTART while
/// waiting) and kd's own read function (EL_GETCFN) gives up the line at once. libedit's reader
/// retries an interrupted read in some versions (Ctrl-C twice); a replacement must decode
/// UTF-8 itself, since libedit hands it a wchar_t.
public final class LibeditReader: LineReader {
    let session: Session
    let historyFile: HistoryFile?
    private let el: OpaquePointer
    private let hist: OpaquePointer
    private var promptC: UnsafeMutablePointer<CChar>?

    public init?(session: Session, history: HistoryFile?) {
        Self.useUTF8Locale()
        inputWasTerminal = isatty(0) == 1
        // Only when stderr is the terminal: with no terminal output at all (`kd -i s.kd <cmds
        // >out 2>err`) everything stays where it went.
        editorStream = isatty(1) == 0 && isatty(2) == 1 ? stderr : stdout
        guard let el = el_init("kd", stdin, editorStream, stderr) else { return nil }
        guard let h = history_init() else { el_end(el); return nil }
        self.session = session
        self.historyFile = history
        self.el = el
        self.hist = h
        kd_history_setsize(h, Int32(history?.limit ?? 1000))
        kd_el_set_hist(el, h)
        kd_el_set_editor(el, "emacs")
        kd_el_set_signal(el, 0)
        kd_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        kd_el_set_prompt(el) { el in
            guard let el, let me = LibeditReader.of(el) else { return nil }
            return me.promptC
        }
        kd_el_set_getc(el) { el, out in LibeditReader.readChar(el, out) }
        kd_el_addfn(el, "kd-complete", "complete the word at the cursor") { el, _ in
            guard let el, let me = LibeditReader.of(el) else { return kd_cc_refresh_beep() }
            return me.complete()
        }
        kd_el_bind(el, "^I", "kd-complete")
        el_source(el, nil)  // ~/.editrc (lines may start with "kd:"), as other libedit programs read it
    }

    deinit {
        history_end(hist)
        el_end(el)
        free(promptC)
    }

    static func of(_ el: OpaquePointer) -> LibeditReader? {
        guard let p = kd_el_get_clientdata(el) else { return nil }
        return Unmanaged<LibeditReader>.fromOpaque(p).takeUnretainedValue()
    }

    /// libedit decodes input with the C library's multibyte functions: without a UTF-8 LC_CTYPE
    /// it would split "Nguyễn" into bytes. Vietnamese needs UTF-8 even when LANG says C.
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    public func readLine(prompt: String) -> LineInput {
        free(promptC)
        promptC = strdup(prompt)
        fflush(stdout)
        setInterruptHandler(restart: false)
        setTerminalHandlers(restart: false)
        defer {
            setInterruptHandler(restart: true)
            setTerminalHandlers(restart: true)
        }
        interruptRequested = 0
        terminalChanged = 0
        lineEndedAtCtrlC = false
        Self.brokenBytes = false
        // Editing mode before the prompt is drawn: libedit draws it and only then sets the
        // terminal, so a key pressed as the prompt appeared met the cooked terminal, where a
        // Ctrl-D became an empty line that the mode change dropped (found by the pty tests).
        kd_el_prep_term(el, 1)
        var count: Int32 = 0
        guard let p = el_gets(el, &count) else {
            if count < 0 && interruptRequested != 0 {
                interruptRequested = 0
                fputs("^C\n", editorStream)
                fflush(editorStream)
                lineEndedAtCtrlC = true
                return .interrupted
            }
            return terminalLost ? .lost : .end
        }
        var line = String(cString: p)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Puts an entry in the editor's history (Up arrow) without writing the file.
    func remember(_ entry: String) {
        kd_history_enter(hist, entry)
    }

    public func addHistory(_ entry: String) {
        remember(entry)
        historyFile?.append(entry)
        // Once a session: the user believes what they type is kept for next time.
        if let h = historyFile, h.failedNow, let why = h.failure { session.warn(ShellText.historyNotKept(why, vi: h.failureVi ?? why)) }
    }

    /// Reads one character for libedit (UTF-8 → wchar_t). Returns 1, 0 at end of input, -1 when
    /// Ctrl-C interrupted the wait.
    /// A window resize redraws the line for the new width; after Ctrl-Z and `fg` the terminal is
    /// put back in editing mode (the parent shell leaves it cooked) and the line redrawn.
    static func readChar(_ el: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        func byte() -> Int? {
            if let b = pendingByte {
                pendingByte = nil
                return b
            }
            var b: UInt8 = 0
            while true {
                // Not read(2): a Ctrl-C just before the wait would not end it (CSignals).
                let n = kd_read_byte(0, &b)
                if n == 1 { return Int(b) }
                // Ctrl-D arrives as a byte (the terminal is raw): the end of the input itself
                // means the terminal is gone.
                if n == 0 { terminalLost = inputWasTerminal; return nil }
                if errno == EINTR {
                    if interruptRequested != 0 { return -1 }
                    if let el, terminalChanged != 0 {
                        let continued = terminalChanged == SIGCONT
                        terminalChanged = 0
                        if continued {
                            // libedit still believes the terminal is in editing mode: leave it
                            // first so that entering it sets the terminal again.
                            kd_el_prep_term(el, 0)
                            kd_el_prep_term(el, 1)
                        }
                        el_resize(el)
                        // libedit redraws from where it believes the line starts: back to the
                        // row's first column, or the line is drawn again after itself.
                        fputs("\r", editorStream)
                        fflush(editorStream)
                        kd_el_refresh(el)
                    }
                    terminalChanged = 0  // else kd_read_byte would return at once, again and again
                    continue
                }
                terminalLost = inputWasTerminal  // EIO: hung up
                return nil
            }
        }
        // One UTF-8 character, from its first byte (U+FFFD for a broken one).
        func scalar(_ first: Int) -> Int {
            var value = first
            var more = 0
            switch first {
            case 0..<0x80: more = 0
            case 0xC0..<0xE0: value = first & 0x1F; more = 1
            case 0xE0..<0xF0: value = first & 0x0F; more = 2
            case 0xF0..<0xF8: value = first & 0x07; more = 3
            default: value = 0xFFFD; brokenBytes = true
            }
            for _ in 0..<more {
                guard let b = byte(), b >= 0 else { brokenBytes = true; return 0xFFFD }
                // Not text's next byte: the start of the next character, kept for it (it was
                // dropped, and with it the letter or blank typed after a Latin-1 é).
                guard b & 0xC0 == 0x80 else { pendingByte = b; brokenBytes = true; return 0xFFFD }
                value = (value << 6) | (b & 0x3F)
            }
            return value
        }
        var value: Int
        if !pendingScalars.isEmpty {
            value = pendingScalars.removeFirst()
        } else {
            guard let first = byte() else { out?.pointee = 0; return 0 }
            if first < 0 { errno = EINTR; out?.pointee = 0; return -1 }
            value = scalar(first)
        }
        // Text typed or pasted decomposed (Unikey's "Unicode tổ hợp", macOS): a letter and its
        // marks arrive together. Composed into one character (NFC, as commands are read), or
        // libedit drew the marks apart from their letter and Backspace split them. Only what
        // has already arrived is read: a key typed alone is never waited on.
        var marks: [Int] = []
        while pendingScalars.isEmpty, inputPending(), let b = byte(), b >= 0 {
            let next = scalar(b)
            guard isCombiningMark(next) else { pendingScalars.append(next); break }
            marks.append(next)
        }
        if !marks.isEmpty {
            let text = String(String.UnicodeScalarView(([value] + marks).compactMap { Unicode.Scalar(UInt32($0)) }))
            let composed = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
            value = Int(composed[0].value)
            // What does not compose stays as it came, after the letter.
            pendingScalars.insert(contentsOf: composed.dropFirst().map { Int($0.value) }, at: 0)
        }
        out?.pointee = wchar_t(truncatingIfNeeded: value)
        return 1
    }

    /// Characters read ahead of libedit (a letter's marks were looked for after it).
    nonisolated(unsafe) static var pendingScalars: [Int] = []
    /// A byte read past a broken character, which starts the next one.
    nonisolated(unsafe) static var pendingByte: Int?
    /// The line being read has had bytes that are not UTF-8 text (`readBrokenBytes`).
    nonisolated(unsafe) static var brokenBytes = false
    public var readBrokenBytes: Bool { Self.brokenBytes }

    /// Whether input has already arrived (a paste, an input method's burst), without waiting.
    static func inputPending() -> Bool {
        var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0 && p.revents & Int16(POLLIN) != 0
    }

    /// Combining diacritical marks (the tones and the marks of â, ê, ô, ơ, ư, ă).
    static func isCombiningMark(_ v: Int) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
    }

    // MARK: terminal signals

    /// Installs the SIGWINCH and SIGCONT handlers; while a line is read they interrupt read(2).
    func setTerminalHandlers(restart: Bool) {
        kd_install_terminal_handlers(restart ? 1 : 0)
    }

    // MARK: completion

    func complete() -> UInt8 {
        guard let info = el_line(el)?.pointee, let buffer = info.buffer else { return kd_cc_refresh_beep() }
        let length = info.lastchar - buffer
        let cursor = info.cursor - buffer
        let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
        let result = session.complete(line, cursor: cursor)
        if let r = result.replacement {
            el_deletestr(el, Int32(result.typed.unicodeScalars.count))
            _ = r.withCString { el_insertstr(el, $0) }
            return kd_cc_refresh()
        }
        guard !result.candidates.isEmpty else { return kd_cc_refresh_beep() }
        let list = Self.columns(result.candidates.map { $0.label ?? $0.text }, width: session.console.width ?? 80)
        let hidden = list.hidden + result.more
        fputs("\n" + list.text + (hidden > 0 ? session.t(ShellText.moreCandidates(hidden)) + "\n" : ""), editorStream)
        fflush(editorStream)
        return kd_cc_redisplay()
    }

    /// Candidates in columns, at most 200 of them; how many were left out.
    static func columns(_ items: [String], width: Int) -> (text: String, hidden: Int) {
        let shown = Array(items.prefix(200))
        let w = (shown.map(\.count).max() ?? 1) + 2
        let perLine = max(1, width / w)
        var out = ""
        for (i, s) in shown.enumerated() {
            out += i % perLine == perLine - 1 || i == shown.count - 1 ? s + "\n" : s.padding(toLength: w, withPad: " ", startingAt: 0)
        }
        return (out, items.count - shown.count)
    }
}
