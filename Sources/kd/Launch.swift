import KDShell
import KiemDiem

/// What the process arguments ask for, however they were read.
struct Launch: Equatable {
    /// A script or a `-c` command, run in the order they were typed (`kd base.kd -c 'list
    /// members'` lists after the script).
    enum Step: Equatable { case file(String), command(String) }
    var steps: [Step] = []
    var files: [String] { steps.compactMap { if case .file(let f) = $0 { return f }; return nil } }
    var commands: [String] { steps.compactMap { if case .command(let c) = $0 { return c }; return nil } }
    var interactiveScript: String?
    var workspace: String?
    var bail: Bool?
    var echo = false
    var quiet = false
    var color: KD.ColorMode = .auto
    var lang: Language?
    var noInit = false

    init() {}

    /// `args`: the arguments `kd` was parsed from, for the order of its scripts and commands.
    init(_ kd: KD, args: [String]) {
        steps = Self.order(args, files: kd.files, commands: kd.commands)
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
                l.steps.append(.file(a))
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
            case "-c": guard let v = value() else { return nil }; l.steps.append(.command(v))
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

    /// "-i" or "-w" when the arguments give it twice (also as `--workspace`, `--workspace=F`,
    /// or at the end of a cluster `-qi F`); nil otherwise. Nothing after `--` is an option.
    static func repeated(_ args: [String]) -> String? {
        var seen: [String: Int] = [:]
        for a in args {
            if a == "--" { break }
            let name: String?
            if a == "--workspace" || a.hasPrefix("--workspace=") { name = "-w" }
            else if !a.hasPrefix("--"), a.hasPrefix("-"), a.count > 1, let last = a.last, "iw".contains(last) { name = "-" + String(last) }
            else { name = nil }
            if let name { seen[name, default: 0] += 1 }
        }
        return ["-i", "-w"].first { (seen[$0] ?? 0) > 1 }
    }

    /// ArgumentParser's scripts and commands, put back in the order `args` gives them. Only the
    /// lists `quick` leaves to it come here (`--color=never`, `--`, `-qc x`); what is not found
    /// keeps ArgumentParser's order, commands first.
    static func order(_ args: [String], files: [String], commands: [String]) -> [Step] {
        var steps: [Step] = []
        var f = files[...], c = commands[...]
        var i = 0, rest = false
        while i < args.count {
            let a = args[i]
            i += 1
            if rest || !a.hasPrefix("-") || a == "-" {
                if let x = f.popFirst() { steps.append(.file(x)) }
            } else if a == "--" {
                rest = true
            } else if a.hasPrefix("--") {
                if !a.contains("="), ["--workspace", "--color", "--lang"].contains(a) { i += 1 }
            } else if let last = a.last, "ciw".contains(last) {
                // A cluster of short flags ends with the one whose value follows.
                if last == "c", let x = c.popFirst() { steps.append(.command(x)) }
                i += 1
            }
        }
        return c.map { .command($0) } + steps + f.map { .file($0) }
    }
}
