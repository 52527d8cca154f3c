import Foundation

/// Where kd keeps a user's own files, by one rule for all of them: the history, the crash
/// journal, the init file, and `~/` in a typed path. HOME unset or empty had each fall back
/// differently (the journal to a /tmp/.local shared by every user, the init file to /.config,
/// `~/x.json` taken as a folder named `~`), so a crashed session's journal was never offered
/// to the same user's next session.
enum UserFolders {
    /// The variables these folders come from.
    static var environment: [String: String] { Environment.values(["HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"]) }

    /// HOME when it is a path from the root; else the password file's home for this user;
    /// else "/nonexistent" (Debian's home of no one: nothing is written there).
    static func home(_ env: [String: String] = environment) -> String {
        if let h = env["HOME"], h.hasPrefix("/") { return trimmed(h) }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir {
            let d = String(cString: dir)
            if d.hasPrefix("/") { return trimmed(d) }
        }
        return "/nonexistent"
    }

    /// Without a trailing `/`, so that `/` and `/home/an/` give `/.local`, `/home/an/.local`.
    private static func trimmed(_ path: String) -> String {
        var p = Substring(path)
        while p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }

    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    static func state(_ env: [String: String] = environment) -> String {
        xdg("XDG_STATE_HOME", env) ?? home(env) + "/.local/state"
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    static func config(_ env: [String: String] = environment) -> String {
        xdg("XDG_CONFIG_HOME", env) ?? home(env) + "/.config"
    }

    /// An XDG folder variable, when it is a path from the root: the XDG specification has a
    /// relative one ignored (it made a new history in each folder kd was started from).
    private static func xdg(_ name: String, _ env: [String: String]) -> String? {
        env[name].flatMap { $0.hasPrefix("/") ? trimmed($0) : nil }
    }
}
