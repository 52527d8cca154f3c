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
            let path = URL(fileURLWithPath: s.resolve(w.text)).standardizedFileURL.path
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
            s.sourceStack.append(path)
            defer { s.sourceStack.removeLast() }
            let ok = Interpreter(session: s).run(text, file: s.displayPath(path), bail: true)
            if !ok { throw SilentFailure() }
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

extension Session {
    /// A path as the user would recognise it: relative to the current folder where possible.
    func displayPath(_ p: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
