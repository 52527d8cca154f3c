import Foundation
import KiemDiem

extension Verbs {
    static let open = VerbSpec(
        name: "open", group: .workspace, usage: "open FILE [--force]",
        summary: Message(en: "open a saved workspace (the one in memory is kept if the file is refused)",
                         vi: "mở workspace đã lưu (nếu tệp bị từ chối, workspace đang mở được giữ nguyên)"),
        options: [OptionSpec("force", nil, Message(en: "drop unsaved changes", vi: "bỏ các thay đổi chưa lưu"))],
        positionals: [.file],
        examples: ["open ws-2023.json"],
        run: { inv, s in
            let w = try inv.positional(0, "FILE")
            try inv.noMorePositionals(than: 1)
            if s.dirty && !inv.has("force") { throw inv.error(ShellText.unsavedNew) }
            let path = s.resolve(w.text)
            // Messages name the file as typed, not the path resolved against the script's folder.
            guard let data = FileManager.default.contents(atPath: path) else { throw inv.error(Catalog.cannotRead(w.text), at: w) }
            let ws = try WorkspaceFile.decode(data, file: w.text)
            s.replaceWorkspace(ws, path: path)
            if !s.quiet { s.say(ShellText.opened(w.text, ws.members.count)) }
        })

    static let save = VerbSpec(
        name: "save", group: .workspace, usage: "save [FILE] | save --as FILE",
        summary: Message(en: "save the workspace as JSON (atomic, mode 0600); FILE becomes the workspace's file",
                         vi: "lưu workspace dạng JSON (ghi an toàn, quyền 0600); TỆP trở thành tệp của workspace"),
        options: [
            OptionSpec("as", .file, Message(en: "save under this name", vi: "lưu với tên này")),
            OptionSpec("force", nil, Message(en: "overwrite a file that is not a kd workspace", vi: "ghi đè tệp không phải workspace")),
        ],
        positionals: [.file],
        examples: ["save ws-2023.json", "save"],
        run: { inv, s in
            try inv.noMorePositionals(than: 1)
            let given = inv.value("as") ?? inv.positionals.first
            guard let path = given.map({ s.resolve($0.text) }) ?? s.workspacePath else {
                throw inv.error(ShellText.noPath, hints: [ShellText.hintSaveAs])
            }
            do { try WorkspaceFile.refuseSymlink(path, display: given?.text) } catch var e as KDError {
                e.location = given.map { inv.location($0) } ?? e.location
                throw e
            }
            // The format mark first: decoding a big workspace only to overwrite it cost seconds.
            if !inv.has("force"), let mark = hasWorkspaceMark(path), !mark,
               let existing = FileManager.default.contents(atPath: path), (try? WorkspaceFile.decode(existing, file: path)) == nil {
                throw inv.error(Message(en: "\(given?.text ?? path) exists and is not a kd workspace; not overwritten",
                                        vi: "\(given?.text ?? path) đã có và không phải workspace; không ghi đè"),
                                at: given, hints: [Message(en: "choose another name, or add --force", vi: "chọn tên khác, hoặc thêm --force")])
            }
            try WorkspaceFile.save(s.workspace, to: path)
            s.workspacePath = path
            s.dirty = false
            s.journal?.reset(base: path)
            if !s.quiet { s.say(ShellText.saved(given?.text ?? path)) }
        })
}

/// Whether a file carries the workspace format mark: `"kd-workspace"` in its first 4 KB (the
/// old check), or the key `"format" : "kd-workspace"` anywhere, read 1 MB at a time. nil when it
/// cannot be read; an empty file has nothing to protect. The key sits mid-file (keys are
/// sorted), so the head check missed it on big workspaces and `save` decoded the whole old file
/// to find out: 20 s and 3 GB before saving a 2,500-member ward over a 1M-member one.
func hasWorkspaceMark(_ path: String) -> Bool? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let short = Array("\"\(WorkspaceFile.format)\"".utf8), key = Array("\"format\" : \"\(WorkspaceFile.format)\"".utf8)
    var buf = [UInt8](repeating: 0, count: 1 << 20)
    var carry: [UInt8] = []
    var first = true
    while true {
        let n = read(fd, &buf, buf.count)
        if n < 0 { return nil }
        if n == 0 { return first }  // empty: nothing to protect
        let chunk = carry + buf[0..<n]
        if first && contains(chunk.prefix(4096), short) { return true }
        if contains(chunk[...], key) { return true }
        carry = Array(chunk.suffix(key.count - 1))
        first = false
    }
}

private func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard hay.count >= needle.count, let f = needle.first else { return false }
    var i = hay.startIndex
    let last = hay.endIndex - needle.count
    while i <= last {
        if hay[i] == f && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
        i += 1
    }
    return false
}

extension Session {
    /// Paths in a script are relative to the script's folder; at the prompt, to the current one.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst(1)
        }
        if let script = sourceStack.last {
            let dir = URL(fileURLWithPath: script).deletingLastPathComponent().path
            return dir + "/" + path
        }
        return path
    }
}
