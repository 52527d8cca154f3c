import ArgumentParser
import CMallocConf
import Foundation
import KDShell
import KiemDiem

StandardStreams.holdClosed()

// Transparent huge pages once kd reads a big input, not before (CMallocConf/huge_pages.c). At
// ward size, zeroing each fresh 2 MB page cost more than huge pages save; for the nation the
// rules' lookups in gigabytes of tables miss the TLB on 4 KB pages (BENCHMARKS.md).
BigInput.action = { _ = kd_huge_pages() }

/// Messages follow LC_ALL, then LC_MESSAGES, then LANG (POSIX); an empty one is no setting:
/// `LC_ALL= LANG=vi_VN.UTF-8 kd` is Vietnamese.
func localeIsVietnamese() -> Bool {
    (["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap(Environment.value).first { !$0.isEmpty } ?? "").lowercased().hasPrefix("vi")
}

struct KD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kd",
        abstract: "Yearly review and quality grading of a ward party committee (kiểm điểm, đánh giá, xếp loại chất lượng).",
        discussion: "Without FILE or -c, kd reads commands from the terminal (with line editing) or from a pipe.",
        version: KDVersion.string)

    @Argument(help: "Scripts (.kd) to run in order.") var files: [String] = []
    @Option(name: .customShort("c"), help: "Run these commands, then exit (repeatable).") var commands: [String] = []
    @Option(name: .customShort("i"), help: "Run this script, then stay in the interactive shell.") var interactiveScript: String?
    @Option(name: [.customShort("w"), .long], help: "Open a saved workspace first.") var workspace: String?
    @Flag(inversion: .prefixedNo, help: "Stop at the first failing command (default: in scripts, not at the prompt).") var bail: Bool?
    @Flag(help: "Print each command before running it.") var echo = false
    @Flag(name: .shortAndLong, help: "No banner, no progress.") var quiet = false
    @Option(help: "auto|always|never (auto: only on a terminal, not with NO_COLOR).") var color: ColorMode = .auto
    @Option(help: "vi|en: messages and documents (default from LANG).") var lang: Language?
    @Flag(help: "Skip the init file.") var noInit = false

    enum ColorMode: String, ExpressibleByArgument { case auto, always, never }

}

extension Language: ExpressibleByArgument {}

/// The language as the session would take it, before the arguments are parsed: --lang, else
/// the locale.
func askedVietnamese() -> Bool {
    let a = CommandLine.arguments, i = a.firstIndex(of: "--lang")
    let asked = i.flatMap { $0 + 1 < a.count ? a[$0 + 1] : nil } ?? a.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst(7)) }
    // A value that is no language (`--lang xx`, the error being reported) asks for none: the
    // locale's is used, as when --lang is not given (it gave English under a Vietnamese one).
    return asked.flatMap { $0 == "vi" ? true : $0 == "en" ? false : nil } ?? localeIsVietnamese()
}

extension KD {
    /// The usage line of `vietnameseHelp`.
    static var vietnameseUsage: String {
        vietnameseHelp.split(separator: "\n").first { $0.hasPrefix("CÁCH DÙNG:") }.map(String.init) ?? ""
    }

    /// ArgumentParser's error messages (English only) in Vietnamese, by their fixed wording;
    /// one not known here is shown as it is.
    static func vietnameseError(_ message: String) -> String {
        func quoted(_ s: Substring) -> [String] { s.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) } }
        let first = message.split(separator: "\n").first.map(String.init) ?? message
        let q = quoted(Substring(first))
        if first.hasPrefix("Unknown option"), let o = q.first { return "không có tùy chọn \(o)" }
        if first.hasPrefix("Missing value for"), let o = q.first { return "tùy chọn \(o.split(separator: " ").first ?? "") cần một giá trị" }
        if first.hasPrefix("The value"), q.count >= 2 {
            let choices = first.range(of: "Please provide one of ").map { first[$0.upperBound...].replacingOccurrences(of: "'", with: "") }
            return "giá trị \"\(q[0])\" không hợp lệ cho \(q[1].split(separator: " ").first ?? "")"
                + (choices.map { "; chọn một trong: " + $0.replacingOccurrences(of: " and ", with: ", ").trimmingCharacters(in: CharacterSet(charactersIn: ".")) } ?? "")
        }
        if first.hasPrefix("Unexpected argument"), let a = q.first { return "đối số thừa \"\(a)\"" }
        if first.hasPrefix("-i takes one script") { return "chỉ được một -i; chạy các tệp khác như đối số TỆP, hoặc source chúng từ tệp đó" }
        if first.hasPrefix("-w takes one workspace") { return "chỉ được một -w (một workspace)" }
        return first
    }

    /// `kd --help` in Vietnamese (ArgumentParser writes English only): kept in step with the
    /// options above by hand; LaunchTests compares the two lists of options.
    static let vietnameseHelp = """
        TỔNG QUAN: Kiểm điểm, đánh giá, xếp loại chất lượng hằng năm của đảng bộ phường.

        Không có TỆP hay -c thì kd đọc lệnh từ bàn phím (có sửa dòng) hoặc từ đường ống (pipe).

        CÁCH DÙNG: kd [TỆP.kd ...] [-c LỆNH ...] [-i TỆP.kd] [-w TỆP.json] [--bail|--no-bail] [--echo] [-q] [--color auto|always|never] [--lang vi|en] [--no-init]

        ĐỐI SỐ:
          TỆP.kd                  Các tệp lệnh, chạy lần lượt.

        TÙY CHỌN:
          -c LỆNH                 Chạy các lệnh này rồi thoát (dùng được nhiều lần).
          -i TỆP.kd               Chạy tệp lệnh này rồi ở lại trình lệnh tương tác.
          -w, --workspace TỆP     Mở workspace đã lưu trước.
          --bail/--no-bail        Dừng ở lệnh lỗi đầu tiên (mặc định: có trong tệp lệnh,
                                  không ở dấu nhắc).
          --echo                  In mỗi lệnh trước khi chạy.
          -q, --quiet             Không in lời chào, không in tiến độ.
          --color <màu>           auto|always|never (auto: chỉ trên màn hình, không khi có
                                  NO_COLOR).
          --lang <ngôn ngữ>       vi|en: thông báo và văn bản (mặc định theo LANG).
          --no-init               Bỏ qua tệp khởi động.
          --version               In phiên bản.
          -h, --help              In trợ giúp này.
        """
}


let options: Launch
if let quick = Launch.quick(Array(CommandLine.arguments.dropFirst())) {
    options = quick
} else {
    do {
        let args = Array(CommandLine.arguments.dropFirst())
        let kd = try KD.parse(args)
        // One -i and one -w: ArgumentParser keeps the last, and the first's script never ran.
        if let twice = Launch.repeated(args) {
            throw ValidationError(twice == "-i" ? "-i takes one script; run the others as FILE arguments, or source them from it"
                                                : "-w takes one workspace")
        }
        options = Launch(kd, args: args)
    } catch {
        let code = KD.exitCode(for: error)
        if code == .success {
            // --help and --version: output that could not be written fails the run here too.
            let text = KD.fullMessage(for: error)
            print(text.hasPrefix("OVERVIEW") && askedVietnamese() ? KD.vietnameseHelp : text)
            guard fflush(stdout) == 0 else {
                let reason = ShellText.outputFailed(errno)
                fputs("kd: " + (askedVietnamese() ? reason.vi : reason.en) + "\n", stderr)
                exit(1)
            }
            exit(0)
        }
        // fputs: FileHandle.write traps when stderr cannot be written (2>/dev/full).
        if askedVietnamese() {
            fputs("kd: lỗi: " + KD.vietnameseError(KD.message(for: error)) + "\n" + KD.vietnameseUsage + "\n"
                  + "gợi ý: kd --help liệt kê các tùy chọn\n", stderr)
        } else {
            fputs("kd: " + KD.fullMessage(for: error) + "\n", stderr)
        }
        exit(2)
    }
}

let lang = options.lang ?? (localeIsVietnamese() ? .vi : .en)
let color: (out: Bool, err: Bool)
switch options.color {
case .always: color = (true, true)
case .never: color = (false, false)
case .auto: color = (StandardConsole.colorAuto(1), StandardConsole.colorAuto(2))
}

let session = Session(lang: lang, color: color.out, errColor: color.err)
for script in options.files + [options.interactiveScript].compactMap({ $0 }) {
    if let problem = session.scriptArgumentProblem(script) {
        session.console.err("kd: " + session.t(problem) + "\n")
        exit(2)
    }
}
if let w = options.workspace, w.contains(where: \.isNewline) {
    session.console.err("kd: " + session.t(ShellText.workspaceNameLineBreak) + "\n")
    exit(2)
}
session.colorChoice = options.color.rawValue
session.echo = options.echo
session.quiet = options.quiet
session.bail = options.bail

/// Every end of kd once the session is made; output that could not be written fails the run
/// (commands.md §1). A deliberate end (`quit`) removes the journal (if any); a failure before
/// the prompt keeps it while there are unsaved changes: they may be a recovered session's.
func finish(_ ok: Bool, deliberate: Bool = true) -> Never {
    if deliberate || !session.dirty {
        session.journal?.remove()
    } else if session.journal != nil {
        session.console.err("kd: " + session.t(ShellText.unsavedKeptInJournal) + "\n")
    }
    let code = StandardConsole.flushOut()
    if code != 0 { session.console.err("kd: " + session.t(ShellText.outputFailed(code)) + "\n") }
    exit(ok && code == 0 ? 0 : 1)
}

var ok = true
if let w = options.workspace {
    ok = session.runScriptText("open \"\(CommandWord.escaped(w))\"", file: Interpreter.workspaceOption)
    if !ok { finish(false) }
}

/// The bytes of the argument Swift read as `text` when they are not UTF-8: CommandLine.arguments
/// holds U+FFFD in place of such bytes, and a `-c` command is refused for them as a script is.
func argumentNotUTF8(_ text: String) -> [UInt8]? {
    guard text.unicodeScalars.contains("\u{FFFD}") else { return nil }
    for k in 1..<Int(CommandLine.argc) {
        guard let p = CommandLine.unsafeArgv[k], String(validatingCString: p) == nil else { continue }
        let bytes = UnsafeRawBufferPointer(start: p, count: strlen(p)).map { $0 }
        if String(decoding: bytes, as: UTF8.self) == text { return bytes }
    }
    return nil
}

let interactive: Bool = {
    if options.interactiveScript != nil { return true }
    if !options.commands.isEmpty || !options.files.isEmpty { return false }
    return isatty(0) == 1
}()

if !interactive {
    installScriptInterruptHandler()
    // `pause` waits for Enter at a terminal (commands.md §3: trainers run `kd tour.kd`), not
    // when stdin is a pipe or file; the script itself comes from a file or -c then.
    if isatty(0) == 1 { session.pauseReader = readTerminalLine }
}

// An interactive session journals from its first changing command: the -c commands and scripts
// that run before the prompt too, or a crash would lose what they did (README "Crash safety").
// Recovery is offered first, so that they run on the recovered workspace as the -i script does.
let reader: LineReader? = interactive ? makeTerminalReader(session: session) : nil
if let reader {
    if !options.quiet { session.tellUser(ShellText.banner(KDVersion.string)) }
    session.startJournal { question in
        if case .line(let l) = typedAnswer(reader, prompt: question) { return l }
        return nil
    }
}

// Scripts and -c commands in the order typed; commands are named -c, or -c#N when several.
let commandCount = options.commands.count
var commandNumber = 0
for step in options.steps {
    let done: Bool
    switch step {
    case .command(let cmd):
        commandNumber += 1
        let name = commandCount > 1 ? "-c#\(commandNumber)" : "-c"
        if let raw = argumentNotUTF8(cmd) {
            done = session.runScriptBytes(raw, file: name, bail: options.bail ?? true, command: true)
        } else {
            done = session.runScriptText(cmd, file: name, bail: options.bail ?? true)
        }
    case .file(let file):
        done = session.runScript(file, bail: options.bail ?? true)
    }
    if !done {
        ok = false
        if session.bail ?? true || interruptRequested != 0 { finish(false, deliberate: false) }
    }
    if session.quitRequested { finish(ok) }
}

if let reader {
    session.interactive = true
    // Ctrl-C interrupts a command or abandons a line; it never ends the shell.
    installInterruptHandler()
    session.pauseReader = {
        switch typedAnswer(reader, prompt: "") {
        case .line(let l): return l
        case .interrupted:
            // The reader clears the flag for its next prompt; a Ctrl-C at a pause is still an
            // interrupt, and stops the rest of a `;` line as any other does.
            interruptRequested = 1
            return nil
        case .end, .lost: return nil
        }
    }
    // The init file starts the interactive shell (commands.md §1 lists it among the interactive
    // extras): after the -c commands and scripts, before the -i script and the prompt. Run
    // before them, its settings (`set year`) made a `-c 'open ws.json'` refuse for unsaved
    // changes (code review 51), so it stays here.
    if !options.noInit {
        // As the -i script's: failures count in the exit status, and a `quit` there does not
        // end kd before its prompt.
        ok = session.runInitFile() && ok
        session.quitRequested = false
        session.clearInterrupt()
    }
    if let script = options.interactiveScript {
        // Its failures count in the exit status, as every command's do (commands.md §1).
        ok = session.runScript(script, bail: options.bail ?? true) && ok
        session.quitRequested = false
        session.clearInterrupt()
    }
    let replOK = Repl(session: session, reader: reader).run()
    finish(ok && replOK, deliberate: !session.inputLost)
} else if options.commands.isEmpty && options.files.isEmpty {
    // Commands from a pipe: a script read from stdin.
    // Held to a script file's checks: a byte-order mark is dropped, bytes that are not UTF-8
    // text refuse the whole script before any of it runs.
    ok = session.runStdin(bail: options.bail ?? true) && ok
}
finish(ok)

/// An answer typed to a question before the prompt or at a `pause`. Ctrl-D is not echoed and
/// its line not ended: what kd says next starts a line of its own (`^Dkept: …` was one line).
func typedAnswer(_ reader: LineReader, prompt: String) -> LineInput {
    let input = reader.readLine(prompt: prompt)
    if input == .end { endTerminalLine() }
    return input
}
