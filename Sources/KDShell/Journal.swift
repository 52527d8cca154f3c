import Foundation
import KiemDiem

/// The crash journal of an interactive session: the file the session started from, then every
/// changing command, appended before the command runs (and cut off again if it fails). A clean
/// exit deletes it; after a crash (kill -9, power cut of the terminal) the next interactive kd
/// finds it and offers to replay it. Lines are JSON objects.
public final class Journal {
    struct Entry: Codable {
        /// `base`: the file the state starts from (nil: an empty workspace); `cmd`: a command.
        var kind: String
        var path: String?
        /// The base file's `stamp`, to notice it changed since (an older kd wrote the FNV-1a
        /// hash of its bytes; both are still read).
        var hash: String?
        var text: String?
        /// The folder relative paths of the command resolve against.
        var dir: String?
        var time: String?
        /// The files a command read, each with its `stamp`: recovery says which changed since.
        var files: [String: String]?
        /// On `base`: commands that changed nothing are left out, and made no undo step. An
        /// older kd kept them, as undo steps: its journals replay them so.
        var changesOnly: Bool? = nil
        /// On `base`: `path` is the journal's own copy of a state (`rebase`), and `file` the
        /// workspace's file, if it has one.
        var copy: Bool? = nil
        var file: String? = nil
        /// `file`'s stamp as the session knew it: a save by another session since is noticed.
        var fileHash: String? = nil
        /// On an `undo N` or `redo N`: the steps it did (fewer than N when there were fewer).
        var steps: Int? = nil
    }

    public let path: String
    private var fd: Int32
    /// A line could not be written whole (a full disk): it was cut off again, and no command is
    /// taken until the next base (`reset`), so that a replay never skips one and goes on. The
    /// errno, for the warning the session gives once.
    public private(set) var brokenBy: Int32?
    /// The session has said so (`journalBegin`): once per break, whether the break came at a
    /// command or at a base (a full disk at start, `open` or `save`).
    var brokenSaid = false
    /// The journal's own copy of a state, which its base entry names (`rebase`).
    private var ownCopy: String?

    /// Opens a new journal for this process in `folder` (created 0700), file mode 0600.
    public init?(folder: String) {
        // Every missing folder up to it, as the history's: a home that refuses `.local` was
        // said as "No such file or directory", the open's reason, not the refusal's.
        if let failed = makeFolders(folder) {
            errno = failed.errno
            return nil
        }
        path = Journal.freshName(in: folder)
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o600)
        if fd < 0 { return nil }
        Journal.holdLock(fd)
    }

    /// For tests: a journal writing to `fd` as `path` (/dev/full stands for a full disk).
    init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes over an orphan journal (after recovery) so that it keeps growing under this process;
    /// `lines`: only its first lines, those replayed (a damaged line and what follows it are
    /// dropped, or a second crash would stop there again and lose what this session adds).
    public init?(adopting orphan: String, folder: String, lines: Int? = nil) {
        path = Journal.freshName(in: folder)
        guard rename(orphan, path) == 0 else { return nil }
        fd = open(path, O_WRONLY | O_APPEND)
        if fd < 0 { return nil }
        Journal.holdLock(fd)
        restamp(keeping: lines)
    }

    /// The replay started from the base file as it is now: its stamp is now the one to compare
    /// with, or a second crash would say it changed when it has not since.
    private func restamp(keeping keep: Int?) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let all = data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
        let lines = Array(all.prefix(keep ?? Int.max))
        var based: (index: Int, entry: Entry)?
        if let i = lines.lastIndex(where: { (try? JSONDecoder().decode(Entry.self, from: $0))?.kind == "base" }),
           var e = try? JSONDecoder().decode(Entry.self, from: lines[i]), let base = e.path {
            if e.copy == true { ownCopy = base }
            e.hash = Journal.stamp(base)
            based = (i, e)
        }
        // Rewritten also when the last line lacks its newline: the next command would be glued to it.
        guard based != nil || lines.count < all.count || data.last != 0x0A else { return }
        ftruncate(fd, 0)
        for (k, line) in lines.enumerated() { if let b = based, k == b.index { write(b.entry) } else { writeLine(line) } }
    }

    /// `journal-PID.jsonl`, or `journal-PID-N.jsonl` where a crashed session that had this pid
    /// left its journal (pids are reused, after a reboot most of all): it must not be written over.
    static func freshName(in folder: String) -> String {
        var path = "\(folder)/journal-\(getpid()).jsonl", n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(folder)/journal-\(getpid())-\(n).jsonl"
            n += 1
        }
        return path
    }

    /// A live session holds a lock on its journal for as long as it runs; the kernel drops it when
    /// the process ends, however it ends. A journal no one holds is an orphan, whatever process
    /// now has the pid in its name.
    static func holdLock(_ fd: Int32) { _ = flock(fd, LOCK_EX | LOCK_NB) }

    static func isHeld(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return true }  // cannot tell: leave it alone
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { flock(fd, LOCK_UN); return false }
        return true
    }

    public static func folder() -> String {
        UserFolders.state() + "/kd"
    }

    private func write(_ e: Entry) {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? enc.encode(e) else { return }
        writeLine(data)
    }

    /// A whole line, or none: a short or failed write is cut off again and breaks the journal.
    private func writeLine(_ line: Data) {
        var data = line
        data.append(0x0A)
        let mark = lseek(fd, 0, SEEK_END)
        var done = 0
        let failure: Int32? = data.withUnsafeBytes { raw in
            while done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n < 0 ? errno : ENOSPC }
                done += n
            }
            return nil
        }
        if let failure {
            if mark >= 0 { ftruncate(fd, mark) }
            brokenBy = brokenBy ?? failure
        }
    }

    /// A path as the journal keeps it, absolute: kd may be started again from another folder to
    /// recover.
    static func absolute(_ path: String) -> String {
        WorkingFolder.absolute(path)
    }

    /// Starts over from a file (open, save) or from nothing (new).
    /// `stamp`: the base file's as it was read, when known.
    public func reset(base: String?, stamp: String? = nil) {
        ftruncate(fd, 0)
        brokenBy = nil
        dropCopy()
        let path = base.map(Journal.absolute)
        write(Entry(kind: "base", path: path, hash: stamp ?? path.flatMap(Journal.stamp), text: nil, dir: nil, time: nil, changesOnly: true))
        if brokenBy == nil { brokenSaid = false }  // whole again: a later break is said again
    }

    /// A save's new file is whole and about to be renamed to `path`: its stamp (the rename keeps
    /// inode, size and time) says afterwards whether the rename happened. A kill between the
    /// rename and `reset` left the journal full, and recovery replayed the saved commands on the
    /// saved file: a `snapshot` among them took the later state.
    public func saving(to path: String, stamp: String?) {
        guard let stamp else { return }
        write(Entry(kind: "saved", path: Journal.absolute(path), hash: stamp, text: nil, dir: nil, time: nil, changesOnly: true))
    }

    /// Starts over from a copy of `ws` kept beside the journal (mode 0600): undo or redo
    /// reached a state the commands since the base cannot rebuild (one from before a save).
    /// `file` stays the workspace's file. Costs a save of the workspace, only then.
    public func rebase(on ws: Workspace, file: String?, fileStamp: String?, time: String) throws {
        // A name of its own: after a recovery this journal takes another pid's name, and a later
        // session with the first pid must not take the copy for its own.
        let copy = String(path.dropLast(".jsonl".count)) + "-" + UUID().uuidString.prefix(8).lowercased() + ".state.json"
        try WorkspaceFile.save(ws, to: copy)
        crashPoint?("copy saved")
        // Appended, not written over the journal, and the old copy dropped only then: a recovery
        // takes the last whole base, so a crash at any point finds a base whose copy is there
        // (the old one rebuilds the state before this undo). The old copy went first, and the
        // journal was emptied before its new base, which left a crash nothing to recover.
        write(Entry(kind: "base", path: copy, hash: Journal.stamp(copy), text: nil, dir: nil, time: time, changesOnly: true,
                    copy: true, file: file.map(Journal.absolute), fileHash: fileStamp))
        crashPoint?("base written")
        if let old = ownCopy, old != copy { unlink(old) }
        ownCopy = copy
        crashPoint?("old copy dropped")
    }

    /// Tests stop here to read the journal as a crash at each point of `rebase` would leave it.
    var crashPoint: ((String) -> Void)?

    private func dropCopy() {
        if let c = ownCopy { unlink(c) }
        ownCopy = nil
    }

    /// Records a command before it runs; returns the length to cut back to if it fails.
    public func append(_ command: String, dir: String, time: String, files: [String: String]? = nil, steps: Int? = nil) -> off_t {
        let mark = lseek(fd, 0, SEEK_END)
        guard brokenBy == nil else { return mark }
        write(Entry(kind: "cmd", path: nil, hash: nil, text: command, dir: dir, time: time, files: files, steps: steps))
        return mark
    }

    public func cut(to mark: off_t) { ftruncate(fd, mark) }

    /// The session ended cleanly: nothing to recover.
    public func remove() {
        close(fd)
        unlink(path)
        dropCopy()
    }

    /// Deletes an orphan journal, and its copy of a state if it has one.
    static func discard(_ o: Orphan) {
        unlink(o.path)
        if o.fromCopy, let c = o.base { unlink(c) }
    }

    /// A cheap identity of a file's contents: inode, size and modification time. A kd save
    /// replaces the file by rename (a new inode); another program's edit moves the time. Not
    /// the device: a reboot after the crash may number devices differently.
    /// It replaced reading and hashing the whole file after every `open` and `save` at the
    /// prompt, which cost as much as the `open` itself on a big workspace and held a second
    /// copy of it in memory.
    static func stamp(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return stamp(of: st)
    }

    static func stamp(of st: stat) -> String {
        "stat:\(st.st_ino)-\(st.st_size)-\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    /// FNV-1a of a file's bytes: the base's identity in journals of an older kd.
    static func fnv(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }

    /// A journal left by a process that is no longer running.
    /// A journal's time (`2023-11-25T08:30:00Z`) as a Vietnamese sentence says it:
    /// "08:30:00 (UTC) ngày 25/11/2023"; as it is when it is not of that form.
    static func timeVi(_ t: String?) -> String {
        guard let t else { return "?" }
        let parts = t.split(separator: "T")
        guard parts.count == 2, t.hasSuffix("Z"), let d = Day.parse(String(parts[0])) else { return t }
        return "\(parts[1].dropLast()) (UTC) ngày \(d.vietnamese)"
    }

    public struct Orphan {
        public var path: String
        public var base: String?
        public var baseChanged: Bool
        /// Written by an older kd, whose commands that changed nothing made undo steps.
        public var noOpSteps = false
        /// `base` is the journal's own copy of a state (`Journal.rebase`); `file` the
        /// workspace's file then.
        public var fromCopy = false
        public var file: String?
        public var fileStamp: String?
        /// Each command with the time it was first run (older journals may lack it).
        public var commands: [(text: String, dir: String, time: String?, steps: Int?)]
        public var lastTime: String?
        /// Files commands read that have changed since (or are gone): replayed as they are now.
        public var changedFiles: [String] = []
        /// `base` was saved over since, and the file as the session knew it is kept under this
        /// name (`save` keeps another workspace as `FILE.~N~`, a hard link: the same stamp).
        public var keptAs: String?
        /// The stamp of `base` the session knew (`keptAs`'s).
        public var baseStamp: String?
        /// The first line that could not be read, when lines follow it (a crash's own cut-off
        /// last line is a command that never ran, and no damage): only what comes before it
        /// replays, and recovery says so. 1: not even the base, so nothing can.
        public var damagedAt: Int?
        /// The lines read whole and replayed (before a damaged line, or before a last line the
        /// crash cut off): a journal taken over keeps only these, or the next command was glued
        /// to the cut-off line and a second crash stopped there.
        public var usableLines = 0
    }

    /// `path.~N~` whose stamp is `stamp`: the file as it was, kept by a save over it.
    static func kept(_ path: String, stamp: String) -> String? {
        WorkspaceFile.backups(of: path).map(\.path).first { Journal.stamp($0) == stamp }
    }

    /// Copies of a state no journal names (a kill while one was being written), and their
    /// temporary files: removed once a minute old, so a live session's copy written a moment
    /// before its journal names it is never taken.
    static func sweepCopies(in folder: String) {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
        let old = Date().addingTimeInterval(-60)
        let stale = names.filter { name in
            name.hasPrefix("journal-") && name.hasSuffix(".state.json") || name.hasPrefix(".journal-") && name.contains(".state.json.tmp")
        }.map { "\(folder)/\($0)" }.filter { ((try? fm.attributesOfItem(atPath: $0))?[.modificationDate] as? Date).map { $0 < old } ?? false }
        // Most starts find none: the journals are read only when there is a copy to judge.
        guard !stale.isEmpty else { return }
        var named = Set<String>()
        for name in names where name.hasPrefix("journal-") && name.hasSuffix(".jsonl") {
            guard let data = fm.contents(atPath: "\(folder)/\(name)") else { continue }
            for line in data.split(separator: 0x0A) {
                if let e = try? JSONDecoder().decode(Entry.self, from: Data(line)), e.copy == true, let p = e.path { named.insert(p) }
            }
        }
        for p in stale where !named.contains(p) { unlink(p) }
    }

    public static func orphans(in folder: String) -> [Orphan] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var found: [Orphan] = []
        for name in names.sorted() where name.hasPrefix("journal-") && name.hasSuffix(".jsonl") {
            let p = "\(folder)/\(name)"
            if isHeld(p) { continue }  // a running session's
            guard let data = FileManager.default.contents(atPath: p) else { continue }
            var o = Orphan(path: p, base: nil, baseChanged: false, commands: [], lastTime: nil)
            let lines = data.split(separator: 0x0A)
            for (k, line) in lines.enumerated() {
                // A damaged line was skipped, and the replay went on without that command (or,
                // the base damaged, from an empty workspace), said to be whole (persistence audit).
                guard let e = try? JSONDecoder().decode(Entry.self, from: Data(line)),
                      (k == 0 && e.kind == "base") || (k > 0 && ["base", "saved", "cmd"].contains(e.kind)),
                      e.kind != "cmd" || (e.text != nil && e.dir != nil) else {
                    if k > 0 && k == lines.count - 1 { break }  // cut off by the crash: it never ran
                    o.damagedAt = k + 1
                    break
                }
                o.usableLines = k + 1
                if e.kind == "base" {
                    o.base = e.path
                    o.fromCopy = e.copy == true
                    o.file = e.file
                    o.fileStamp = e.fileHash
                    o.lastTime = e.time
                    o.commands = []
                    o.noOpSteps = e.changesOnly != true
                    o.keptAs = nil
                    o.baseStamp = nil
                    if let b = e.path {
                        if let h = e.hash, h.hasPrefix("stat:") {
                            o.baseChanged = stamp(b) != h
                            o.baseStamp = h
                            if o.baseChanged, e.copy != true, let k = kept(b, stamp: h) {
                                o.keptAs = k
                                o.baseChanged = false
                            }
                        } else {
                            o.baseChanged = FileManager.default.contents(atPath: b).map(fnv) != e.hash
                        }
                    }
                    if o.fromCopy { o.baseChanged = e.file.map { stamp($0) != e.fileHash } ?? false }
                } else if e.kind == "saved" {
                    // The save finished (the file is the one written): it is the base now, and
                    // nothing before it is to be replayed. Otherwise the rename did not happen.
                    guard let b = e.path, let h = e.hash, stamp(b) == h else { continue }
                    o.base = b
                    o.fromCopy = false
                    o.file = nil
                    o.fileStamp = nil
                    o.commands = []
                    o.noOpSteps = false
                    o.keptAs = nil
                    o.baseStamp = h
                    o.baseChanged = false
                    o.changedFiles = []
                } else if let t = e.text, let d = e.dir {
                    o.commands.append((t, d, e.time, e.steps))
                    o.lastTime = e.time
                    for (f, st) in (e.files ?? [:]).sorted(by: { $0.key < $1.key }) where stamp(f) != st && !o.changedFiles.contains(f) {
                        o.changedFiles.append(f)
                    }
                }
            }
            if o.damagedAt != nil && o.commands.isEmpty && !o.fromCopy { found.append(o); continue }  // set aside, not deleted
            // Nothing unsaved in it: no change, or only `new` (a fresh workspace shows no `*`).
            let onlyNew = o.base == nil && o.commands.count == 1 && o.commands[0].text.split(separator: " ").first == "new"
            if (o.commands.isEmpty || onlyNew) && !o.fromCopy { unlink(p); continue }
            found.append(o)
        }
        return found
    }
}

/// Output that goes nowhere but errors, which are kept (replaying a journal quietly).
final class SilentConsole: Console {
    var errors = ""
    func out(_ text: String) {}
    func err(_ text: String) { errors += text }
    var width: Int? { nil }
}

extension Session {
    /// Appends a changing command to the crash journal; returns a mark to cut back to on failure.
    func journalBegin(_ text: String, reading files: [String] = [], steps: Int? = nil) -> off_t? {
        guard let j = journal else { return nil }
        let dir = sourceStack.last.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? WorkingFolder.path
        var stamps: [String: String] = [:]
        for f in files.map(Journal.absolute) {
            if let st = Journal.stamp(f) { stamps[f] = st }
        }
        let mark = j.append(text, dir: dir, time: timestamp(), files: stamps.isEmpty ? nil : stamps, steps: steps)
        // Said once, when it happens: a crash now would lose this command and every one after
        // it until the next save (persistence audit: a full disk went unsaid, and recovery
        // then said "recovered" of a part).
        if !j.brokenSaid, let e = j.brokenBy {
            j.brokenSaid = true
            let reason = Catalog.writeReason(e)
            warn(Message(en: "warning: crash recovery is off from this command on: the journal cannot be written (\(reason.en)); save to keep the work",
                         vi: "cảnh báo: từ lệnh này không còn khôi phục sau sự cố: không ghi được nhật ký (\(reason.vi)); hãy save để giữ kết quả"))
        }
        return mark
    }

    /// Replays an orphan journal into this session; returns the commands that failed, each with
    /// the first line of its error (a file it read may have moved since the crash).
    public func recover(_ o: Journal.Orphan) throws -> [(command: String, error: String)] {
        let silent = SilentConsole()
        let saved = (console, quiet, journal)
        console = silent
        quiet = true
        journal = nil
        noOpSteps = o.noOpSteps
        defer { (console, quiet, journal) = saved; noOpSteps = false }
        if let b = o.base {
            // The journal's own copy of a state stands for the workspace's file, not as it.
            replaceWorkspace(try WorkspaceFile.load(from: o.keptAs ?? b), path: o.fromCopy ? o.file : b)
            // The file as the crashed session knew it: `save` then notices another's save since.
            if o.fromCopy { fileStamp = o.fileStamp }
            if o.keptAs != nil { fileStamp = o.baseStamp }
        } else {
            replaceWorkspace(Workspace(), path: nil)
        }
        var failed: [(String, String)] = []
        // The audit log says when each change was made, not when it was replayed.
        defer { replayClock = nil; replaySteps = nil }
        for c in o.commands {
            replayClock = c.time
            replaySteps = c.steps
            sourceStack.append(c.dir + "/.journal")
            silent.errors = ""
            if !Interpreter(session: self).run(c.text, file: "journal", bail: false, fixed: true) {
                failed.append((c.text, silent.errors.split(separator: "\n").first.map(String.init) ?? ""))
            }
            sourceStack.removeLast()
        }
        // Replayed work is in no file until saved, even where undo came back to the base.
        markUnsaved()
        return failed
    }
}

extension Session {
    /// At the start of an interactive session: offers to recover the newest unsaved session left
    /// by a crash, then starts this session's journal.
    public func startJournal(ask: (String) -> String?) {
        let folder = Journal.folder()
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        Journal.sweepCopies(in: folder)
        var orphans = Journal.orphans(in: folder)
        // Damaged before any change it could replay (its base, or the first command): set aside,
        // not replayed onto an empty workspace, and not deleted as a journal of nothing.
        let unusable = { (o: Journal.Orphan) in o.damagedAt != nil && o.commands.isEmpty && !o.fromCopy }
        for o in orphans where unusable(o) {
            let aside = o.path + ".damaged"
            rename(o.path, aside)
            let line = o.damagedAt ?? 1
            warn(Message(en: "warning: a crash journal is damaged at line \(line), before any change it could replay; kept as \(displayPath(aside))",
                         vi: "cảnh báo: một nhật ký sự cố bị hỏng ở dòng \(line), trước mọi thay đổi có thể chạy lại; được giữ lại thành \(displayPath(aside))"))
        }
        orphans.removeAll(where: unusable)
        if let o = orphans.max(by: { ($0.lastTime ?? "") < ($1.lastTime ?? "") }) {
            let named = o.fromCopy ? o.file : o.base
            let base = named.map { displayPath($0) } ?? t(Message(en: "a new workspace", vi: "một workspace mới"))
            if o.fromCopy {
                say(Message(en: "An unsaved session was found (undone to before \(base) was saved, then \(ShellText.n(o.commands.count, "change")), last at \(o.lastTime ?? "?")).",
                            vi: "Tìm thấy một phiên làm việc chưa lưu (đã hoàn tác về trước lần lưu \(base), sau đó \(o.commands.count) thay đổi, lần cuối lúc \(Journal.timeVi(o.lastTime)))."))
            } else {
                say(Message(en: "An unsaved session was found (\(ShellText.n(o.commands.count, "change")) since \(base), last at \(o.lastTime ?? "?")).",
                            vi: "Tìm thấy một phiên làm việc chưa lưu (\(o.commands.count) thay đổi kể từ \(base), lần cuối lúc \(Journal.timeVi(o.lastTime)))."))
            }
            // Named: a command that itself ended kd (out of memory, killed when it hung) would
            // run again at each recovery, and the user can answer n (prompt audit D9).
            // Not when the journal is damaged after it: commands followed, so it finished.
            if let last = o.commands.last, o.damagedAt == nil {
                let text = Message.shown(last.text, limit: 200)
                say(Message(en: "The last of them, possibly unfinished when kd stopped: \(text)",
                            vi: "Lệnh cuối cùng, có thể chưa xong khi kd dừng: \(text)"))
            }
            // The newest is offered; the others wait their turn, and are said to.
            if orphans.count > 1 {
                say(Message(en: "\(orphans.count - 1) older unsaved session(s) are kept too; kd offers them at the next starts.",
                            vi: "Còn \(orphans.count - 1) phiên chưa lưu cũ hơn được giữ lại; kd sẽ hỏi ở các lần khởi động sau."))
            }
            if let line = o.damagedAt {
                say(Message(en: "Note: the journal is damaged at line \(line): only the \(ShellText.n(o.commands.count, "change")) before it can be replayed.",
                            vi: "Lưu ý: nhật ký bị hỏng ở dòng \(line): chỉ chạy lại được \(o.commands.count) thay đổi trước dòng đó."))
            }
            if !o.changedFiles.isEmpty {
                let list = o.changedFiles.map { displayPath($0) }.joined(separator: ", ")
                say(Message(en: "Note: files the session read have changed since: \(list); the replay reads them as they are now.",
                            vi: "Lưu ý: các tệp phiên làm việc đã đọc đã thay đổi: \(list); việc khôi phục sẽ đọc tệp hiện tại."))
            }
            if let k = o.keptAs {
                say(Message(en: "Note: \(base) was saved over since (by another session?); the replay starts from the workspace as this session had it, kept as \(displayPath(k)); save will not write over \(base) without --force.",
                            vi: "Lưu ý: \(base) đã bị lưu đè (phiên khác?); việc khôi phục bắt đầu từ workspace như phiên này đã có, được giữ lại thành \(displayPath(k)); save sẽ không ghi đè \(base) nếu không có --force."))
            } else if o.baseChanged && o.fromCopy {
                say(Message(en: "Note: \(base) has changed since (saved by another session?); save will not write over it without --force.",
                            vi: "Lưu ý: \(base) đã thay đổi (phiên khác đã lưu?); save sẽ không ghi đè nếu không có --force."))
            } else if o.baseChanged {
                say(Message(en: "Note: \(base) has changed since; the replay starts from the file as it is now.",
                            vi: "Lưu ý: \(base) đã thay đổi; việc khôi phục sẽ bắt đầu từ tệp hiện tại."))
            }
            // Only a plain "n" throws the session away: Enter, Ctrl-C or Ctrl-D keep it, and
            // the next start asks again (so does a replay that could not start).
            let kept = Message(en: "kept: kd asks again at the next start (answer n to discard it)",
                               vi: "đã giữ lại: kd sẽ hỏi lại lần sau (trả lời n để bỏ)")
            let answer = ask(t(Message(en: "Recover it? [y/n, Enter: ask next time] ", vi: "Khôi phục? [c/k (y/n), Enter: hỏi lại lần sau] ")))?
                .trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if answer.hasPrefix("y") || answer.hasPrefix("c") {
                do {
                    let failed = try recover(o)
                    journal = Journal(adopting: o.path, folder: folder, lines: o.usableLines)
                    if journal == nil { warnNoJournal(folder) }
                    // Every step of the replayed history is in the adopted journal.
                    journalSteps = (undoStack.count, redoStack.count)
                    let n = o.commands.count
                    if failed.isEmpty, let line = o.damagedAt {
                        console.err(t(Message(
                            en: "recovered only in part: \(ShellText.n(n, "command")) replayed; the journal is damaged at line \(line), and what came after it is lost; \"save\" to keep the rest",
                            vi: "chỉ khôi phục được một phần: chạy lại \(n) lệnh; nhật ký bị hỏng ở dòng \(line), phần sau dòng đó bị mất; hãy \"save\" để giữ phần còn lại")) + "\n")
                    } else if failed.isEmpty {
                        say(Message(en: "recovered: \(ShellText.n(n, "command")) replayed; \"save\" to keep them",
                                    vi: "đã khôi phục: chạy lại \(n) lệnh; hãy \"save\" để giữ"))
                    } else {
                        if let line = o.damagedAt {
                            console.err(t(Message(en: "the journal is damaged at line \(line): what came after it is lost",
                                                  vi: "nhật ký bị hỏng ở dòng \(line): phần sau dòng đó bị mất")) + "\n")
                        }
                        console.err(t(Message(
                            en: "recovered only in part: \(failed.count) of \(n) commands failed, and the workspace holds what the others did:",
                            vi: "chỉ khôi phục được một phần: \(failed.count)/\(n) lệnh lỗi, workspace chỉ gồm kết quả của các lệnh còn lại:")) + "\n")
                        for f in failed { console.err("  \(f.command)\n    \(f.error)\n") }
                        // The journal starts again at each save, with the saved file as its base:
                        // an undo that reached back before that save has nothing to undo here.
                        let steps = failed.contains { ["undo", "redo"].contains($0.command.split(separator: " ").first.map(String.init) ?? "") }
                        let hint = steps
                            ? Message(en: "hint: an undo or redo that reached back before a save cannot be replayed (the journal starts at each save); the saved file holds the state as saved",
                                      vi: "gợi ý: lệnh undo hoặc redo lùi về trước lần save không chạy lại được (nhật ký bắt đầu lại sau mỗi lần save); tệp đã lưu giữ trạng thái lúc lưu")
                            : Message(en: "hint: a file a command read may have moved since; put it back and run the command again",
                                      vi: "gợi ý: tệp mà lệnh đọc có thể đã bị chuyển đi; trả tệp về chỗ cũ rồi chạy lại lệnh")
                        console.err(t(hint) + "\n")
                    }
                    return
                } catch let e as KDError {
                    // Where: the file the replay starts from (the workspace's, or the journal's own
                    // copy of a state), with the line and column `open` would give.
                    let at = e.location.map { "\($0.description): " } ?? o.base.map { "\(displayPath($0)): " } ?? ""
                    console.err("kd: \(t(Message(en: "the session cannot be replayed", vi: "không chạy lại được phiên làm việc"))): \(at)\(t(e.message))\n")
                } catch {
                    console.err("kd: \(error)\n")
                }
                say(kept)
            } else if ["n", "no", "k", "ko", "không", "khong"].contains(Vietnamese.nfc(answer)) {
                // The word itself, not its first letter: a command typed before the question
                // was read (`new`, `kiểm tra`) threw the unsaved session away.
                Journal.discard(o)
                say(Message(en: "discarded", vi: "đã bỏ"))
            } else {
                say(kept)
            }
        }
        journal = Journal(folder: folder)
        if journal == nil { warnNoJournal(folder) }
        journal?.reset(base: workspacePath)
    }

    /// A session that could not start its journal is not crash safe: it is said once, not found
    /// out after a crash.
    private func warnNoJournal(_ folder: String) {
        let reason = Catalog.systemReason(errno)
        console.err(t(Message(en: "warning: crash recovery is off for this session: cannot write a journal in \(folder) (\(reason.en)); save often",
                              vi: "cảnh báo: phiên này không có khôi phục sau sự cố: không ghi được nhật ký trong \(folder) (\(reason.vi)); hãy lưu thường xuyên")) + "\n")
    }
}
