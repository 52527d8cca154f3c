import KDShell
import KiemDiem

/// What the process arguments ask for, however they were read.
struct Launch: Equatable {
    var files: [String] = []
    var commands: [String] = []
    var interactiveScript: String?
    var workspace: String?
    var bail: Bool?
    var echo = false
    var quiet = false
    var color: KD.ColorMode = .auto
    var lang: Language?
    var noInit = false

    init() {}

    init(_ kd: KD) {
        files = kd.files
        commands = kd.commands
        interactiveScript = kd.interactiveScript
        workspace = kd.workspace
        bail = kd.bail
        echo = kd.echo
        quiet = kd.quiet
        color = kd.color
        lang = kd.lang
        noInit = kd.noInit
    }

    /// The everyday argument lists (scripts, `-c`, plain flags and options with a plain value)
    /// read by hand; nil sends anything else — help, `--version`, `--opt=value`, `--`, a
    /// repeated single option, a value that looks like an option, a mistake — to
    /// ArgumentParser, which stays the definition of the interface (`KD`). Measured need: its
    /// reflection took about 2 ms of kd's 10 ms start, and scripts start kd again and again.
    static func quick(_ args: [String]) -> Launch? {
        var l = Launch()
        var seen = Set<String>()
        var i = 0
        func value() -> String? {
            i += 1
            guard i < args.count, !args[i].hasPrefix("-") else { return nil }
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            if !a.hasPrefix("-") {
                l.files.append(a)
                i += 1
                continue
            }
            let single = ["-i", "-w", "--workspace", "--color", "--lang", "--bail", "--no-bail", "--echo",
                          "-q", "--quiet", "--no-init"]
            if single.contains(a) {
                let name = a == "--workspace" ? "-w" : a == "--quiet" ? "-q" : a == "--no-bail" ? "--bail" : a
                guard seen.insert(name).inserted else { return nil }
            }
            switch a {
            case "-c": guard let v = value() else { return nil }; l.commands.append(v)
            case "-i": guard let v = value() else { return nil }; l.interactiveScript = v
            case "-w", "--workspace": guard let v = value() else { return nil }; l.workspace = v
            case "--color": guard let v = value().flatMap(KD.ColorMode.init(rawValue:)) else { return nil }; l.color = v
            case "--lang": guard let v = value().flatMap(Language.init(rawValue:)) else { return nil }; l.lang = v
            case "--bail": l.bail = true
            case "--no-bail": l.bail = false
            case "--echo": l.echo = true
            case "-q", "--quiet": l.quiet = true
            case "--no-init": l.noInit = true
            default: return nil
            }
            i += 1
        }
        return l
    }
}
