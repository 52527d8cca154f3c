import Foundation
import KiemDiem

extension Session {
    /// Runs a script file as `kd FILE.kd` does; paths inside it are relative to its folder.
    public func runScript(_ path: String, bail: Bool) -> Bool {
        let full = WorkingFolder.full(path)
        let text: String
        do { text = try ScriptText.read(path: full, shown: path, file: path) } catch let e as KDError {
            if e.location == nil {
                console.err("kd: \(t(e.message))\n")
            } else {
                Interpreter(session: self).report(e, command: nil, file: path)
            }
            return false
        } catch { return false }
        sourceStack.append(full)
        defer { sourceStack.removeLast() }
        return Interpreter(session: self).run(text, file: path, bail: bail)
    }

    /// Why a script named in the process arguments cannot be run, found before any runs (a
    /// usage error, exit 2: a typo in the second name half-ran the yearly round): it is not
    /// there, is a folder, or may not be read. Only looked at, never read: it may be a pipe
    /// (`kd <(…)`). Its content is checked when it runs.
    public func scriptArgumentProblem(_ path: String) -> Message? {
        ScriptText.unreadable(path, shown: path)?.message
    }

    /// Runs a script read from stdin, or a `-c` command as the process was given it, held to
    /// the checks of a script file (UTF-8 text, no NUL byte).
    public func runScriptBytes(_ bytes: [UInt8], file: String, bail: Bool, command: Bool = false) -> Bool {
        do {
            let text = try ScriptText.decode(bytes, file: file, hints: [command ? ShellText.hintCommandUTF8 : ShellText.hintScriptUTF8])
            return runScriptText(text, file: file, bail: bail)
        } catch let e as KDError {
            Interpreter(session: self).report(e, command: nil, file: file)
        } catch {}
        return false
    }
}

extension Session {
    /// Runs the script kd's stdin holds (commands from a pipe, `kd < FILE`).
    public func runStdin(bail: Bool) -> Bool {
        do { return runScriptBytes(try ScriptText.stdinBytes(), file: "<stdin>", bail: bail) } catch let e as KDError {
            console.err("kd: \(t(e.message))\n")
        } catch {}
        return false
    }

    /// Runs text that is not a file (`-c`, `-w`, a pipe).
    public func runScriptText(_ text: String, file: String, bail: Bool = true) -> Bool {
        Interpreter(session: self).run(text, file: file, bail: bail)
    }

    /// Runs `$XDG_CONFIG_HOME/kd/init.kd` (default `~/.config/kd/init.kd`) when it exists;
    /// whether every command in it succeeded.
    public func runInitFile() -> Bool {
        let path = UserFolders.config() + "/kd/init.kd"
        return !FileManager.default.fileExists(atPath: path) || runScript(path, bail: false)
    }
}
