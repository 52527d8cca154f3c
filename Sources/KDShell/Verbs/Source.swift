import Foundation
import KiemDiem

extension Verbs {
    static let maxSourceDepth = 64

    static let source = VerbSpec(
        name: "source", group: .shell, usage: "source FILE.kd",
        summary: Message(en: "run the commands of a script (paths relative to the calling script)",
                         vi: "chạy các lệnh trong tệp lệnh (đường dẫn tính từ tệp đang chạy)"),
        positionals: [.file],
        examples: ["source common/settings.kd"],
        run: { inv, s in
            let w = try inv.positional(0, "FILE")
            try inv.noMorePositionals(than: 1)
            let path = WorkingFolder.full(s.resolve(w.text))
            // Compared as the files they are: a symlink to a script running is that script (the
            // stack keeps paths as named, for the folder relative paths resolve against).
            let file = realFile(path)
            if let i = s.sourceStack.firstIndex(where: { realFile($0) == file }) {
                throw inv.error(ShellText.sourceCycle(s.sourceStack[i...].map(display) + [display(path)]), at: w)
            }
            if s.sourceStack.count >= maxSourceDepth { throw inv.error(ShellText.sourceTooDeep(maxSourceDepth), at: w) }
            let text: String
            do { text = try ScriptText.read(path: path, shown: w.text, file: s.displayPath(path), looked: s.displayPath(path)) } catch var e as KDError where e.location == nil {
                e.location = inv.location(w)  // it cannot be read: point at its name
                throw e
            }
            let before = (depth: s.undoStack.count, top: s.undoStack.last, replaced: s.workspaceReplacements)
            s.sourceStack.append(path)
            let ok = Interpreter(session: s).run(text, file: s.displayPath(path), bail: true)
            s.sourceStack.removeLast()
            if !ok {
                // Which call failed: a common file is sourced from several yearly scripts (the
                // error itself names the line in the sourced file). At the prompt it was just typed.
                if inv.file != Interpreter.promptFile {
                    s.console.err("\(inv.location.description): \(s.t(ShellText.whileRunning)) \"\(inv.text)\"\n")
                }
                // At the prompt, the error (or "interrupted; nothing was changed") is true of the
                // command it names: what the script's earlier commands changed stays, said here
                // with the undo that takes it back (prompt audit).
                if s.interactive && s.sourceStack.isEmpty {
                    // Steps above the history as it was (a script's own `undo` may have gone below it).
                    let above = s.undoStack.count >= before.depth && (before.depth == 0 || s.undoStack[before.depth - 1] === before.top)
                    if s.workspaceReplacements != before.replaced {
                        s.warn(ShellText.sourceStoppedReplaced(w.text))
                    } else if above && s.undoStack.count > before.depth {
                        s.warn(ShellText.sourceStoppedKept(w.text, s.undoStack.count - before.depth))
                    }
                }
                throw SilentFailure()
            }
        })

    static func display(_ p: String) -> String { URL(fileURLWithPath: p).lastPathComponent }

    /// The path with every symlink resolved (realpath); as given when it cannot be.
    static func realFile(_ p: String) -> String {
        guard let r = realpath(p, nil) else { return p }
        defer { free(r) }
        return String(cString: r)
    }
}

/// A failure already reported (inside a sourced script): the caller only counts it.
public struct SilentFailure: Error {}

extension ShellText {
    /// Names the command whose file (a data file, a sourced script) held the error above.
    static let whileRunning = m("note: while running", "lưu ý: khi chạy")
}

extension Session {
    /// A path as the user would recognise it: relative to the current folder where possible.
    func displayPath(_ p: String) -> String {
        let cwd = WorkingFolder.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
