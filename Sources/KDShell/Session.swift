import CSignals
import Foundation
import KiemDiem

/// Set by SIGINT; long commands poll it and abandon their transaction. The flag and its handler
/// are C's (Sources/CSignals): a Swift global stored from a signal handler trips Swift's
/// exclusivity checks when the signal lands while the main thread reads it.
public var interruptRequested: sig_atomic_t {
    get { sig_atomic_t(kd_interrupt_requested()) }
    set { kd_set_interrupt_requested(Int32(newValue)) }
}

/// A running kd: the workspace, the shell settings, undo, and where output goes.
public final class Session {
    /// Any change (a command, undo, open) moves `workspaceGeneration` on; caches compare it.
    /// A didSet that ignores the old value keeps in-place edits in place (no copy).
    public var workspace: Workspace {
        didSet {
            workspaceGeneration &+= 1
            whyCap = nil
            if !keepsSubjects { keptSubjects = nil; leaderIds = nil }
            if !keepsPeople {
                peopleGeneration &+= 1
                if inCommand { pendingNameOrder = nil; pendingPeopleIndex = nil } else { startPeopleWork() }
            }
        }
    }
    public private(set) var workspaceGeneration = 0
    /// The whole cap's result that `why` read, kept until the workspace changes: a second `why`
    /// at a province's size took the seconds of the first again.
    var whyCap: CapResult?
    /// Moves on when the roster, units or collectives may have changed: the Tab index of names
    /// (5.6M of them take seconds to sort) is rebuilt only then, not after every `grade`.
    public private(set) var peopleGeneration = 0
    /// Set while a command or an undo puts back a workspace whose people tables it did not touch.
    private var keepsPeople = false
    /// The same for the tables the subjects come from (people tables and positions).
    private var keepsSubjects = false
    /// Rule indexes that depend only on who the subjects are, kept for the next command's
    /// facts until those tables change (`subjectIndexes()`).
    private var keptSubjects: SubjectIndexes?
    /// Tab's list of the ids `leader:` takes, kept as long as `keptSubjects` (positions count).
    var leaderIds: LeaderIds?
    /// Member ids in name order at a people generation (see `peopleOrder()`).
    var nameOrder: (generation: Int, ids: [String])?
    /// The name order and Tab index of the current people generation, being built in the
    /// background (`startPeopleWork`).
    var pendingNameOrder: Pending<[String]>?
    var pendingPeopleIndex: Pending<PeopleIndex>?
    /// The grades table being copied ahead of the next change, and the table it copies
    /// (`copyGradesAhead`).
    var gradesAhead: (source: [String: GradeSet], copy: Pending<[String: GradeSet]>)?
    /// From this many grade sets the copy is made ahead; below, the edit's own copy takes a few
    /// milliseconds. Lowered by the tests.
    var copyAheadFrom = 50_000
    /// Up to this many members, Tab finds a name's bearers by scanning the roster (`bearers`).
    var bearersScanUpTo = 200_000
    /// Inside `mutate`: `workspace` is a stand-in until the command commits.
    private(set) var inCommand = false
    /// Tab completion's index of the roster, and the generation it was built for.
    var peopleIndex: (generation: Int, index: PeopleIndex)?
    public var workspacePath: String?
    /// The files this session loaded data from (device and inode), with the command that
    /// loaded each: a report written over one would lose them (`ReportTargets`).
    var loadedFiles: [LoadedFile: String] = [:]
    /// The stamp (`Journal.stamp`) of the workspace's file when this session last read or wrote
    /// it: `save` refuses to write over another session's save made since.
    var fileStamp: String?
    /// Where the undo history stood when the workspace last matched its file (saved, opened,
    /// new): unsaved is anywhere else, so that undo back to a save is saved again.
    private var savePoint = SavePoint(top: nil, atBottom: true)
    /// While an older kd's crash journal is replayed: a command that stored only what was
    /// there makes an undo step, as it did then, so that an `undo` after it takes back the same.
    var noOpSteps = false
    public var console: Console

    // Shell settings (not saved with the workspace).
    public var lang: Language
    public var color: Bool
    /// The same for stderr (errors and hints), decided for that stream.
    public var errColor: Bool
    /// How colour was chosen (`auto`, `always`, `never`; nil: on or off): `show settings`
    /// shows it beside what it gives, `auto` reading as off in a pipe.
    public var colorChoice: String?
    /// nil: the mode's default (bail in scripts, not at the prompt).
    public var bail: Bool?
    /// While a crashed session is replayed: the time the command being replayed was first run.
    var replayClock: String?
    /// The steps the replayed `undo N` or `redo N` did when it first ran (journal entries of an
    /// older kd have none).
    var replaySteps: Int?
    public var echo = false
    public var timer = false
    public var quiet = false
    public var interactive = false
    /// The prompt's terminal went away (`LineInput.lost`): kd leaves keeping unsaved work's journal.
    public var inputLost = false

    public var undoStack: [UndoStep] = []
    /// How many times `open` or `new` replaced the workspace (and cleared the undo history).
    var workspaceReplacements = 0
    /// The fewest records the undo history may hold (`boundUndoHistory`); tests set less.
    var undoFloor = 1_000_000
    public var redoStack: [UndoStep] = []
    /// Commands typed at the prompt in this session (and the history file's, once loaded).
    public var history: [String] = []
    /// Set by `quit`; the runner stops reading commands.
    public var quitRequested = false
    /// Where in the undo history `quit` (or Ctrl-D) warned about unsaved changes: the next one
    /// leaves only while the history is still there (`quit; grade …` or `quit; redo` on one
    /// line moved it, and asks again).
    private var quitWarnedAt: SavePoint?
    var quitWarned: Bool {
        get { quitWarnedAt.map(isAt) ?? false }
        set { quitWarnedAt = newValue ? here : nil }
    }
    /// The current Ctrl-C has been reported (once, by the innermost script that saw it).
    public var interruptReported = false
    /// Scripts being run, innermost last (for `source` paths and cycles).
    var sourceStack: [String] = []
    /// The crash journal, at the interactive prompt only.
    public var journal: Journal?
    /// How many undo and redo steps a replay of the journal would have: an undo or redo beyond
    /// them reaches a state its commands cannot rebuild (`Journal.rebase`).
    var journalSteps = (undo: 0, redo: 0)
    /// Reads a line for `pause` at a terminal; nil in scripts and pipes.
    public var pauseReader: (() -> String?)?
    /// At the prompt, the lines typed so far of a command continued with `\` (joined as the
    /// history joins them), for Tab on the next line; empty otherwise.
    public var continuedText = ""
    /// Clock for the audit log; fixed by SOURCE_DATE_EPOCH so transcripts are stable.
    public var now: () -> Date = {
        if let e = Environment.value("SOURCE_DATE_EPOCH"), let s = Double(e) {
            return Date(timeIntervalSince1970: s)
        }
        return Date()
    }

    public init(console: Console = StandardConsole(), lang: Language = .en, color: Bool = false, errColor: Bool? = nil) {
        WorkingFolder.remember()
        self.console = console
        self.lang = lang
        self.color = color
        self.errColor = errColor ?? color
        self.workspace = Workspace()
    }

    // MARK: output

    public func say(_ m: Message) { console.out(m.text(lang) + "\n") }
    /// A warning goes where errors go (stderr), so that a result on stdout (`report --format
    /// json`) stays only the result.
    public func warn(_ m: Message) { console.err(m.text(lang) + "\n") }
    /// The line editor draws on stderr (`kd | cat >log`: only stderr is the terminal).
    public var editsOnStderr = false
    /// What the person at the terminal must read (the unsaved-changes question, the line break
    /// after a Ctrl-D): where the line is edited, not down the pipe.
    public func tellUser(_ m: Message) {
        if editsOnStderr { warn(m) } else { say(m) }
    }
    public func endUserLine() {
        if editsOnStderr { console.err("\n") } else { console.out("\n") }
    }
    public func print(_ s: String) { console.out(s + "\n") }
    public func t(_ m: Message) -> String { m.text(lang) }

    // MARK: changes

    /// Runs a command's changes as one transaction: all or nothing, one undo step, one audit line.
    public func mutate(_ inv: Invocation, _ body: (Transaction) throws -> Void) throws {
        let mark = journalBegin(inv.text, reading: inv.inputFiles.map(resolve))
        let tx = Transaction(workspace)
        tx.beforeEditingInPlace = { [unowned self] table, ws in
            if table == \Workspace.grades { takeCopyAhead(for: &ws.grades) }
        }
        // Nothing reads the people index while the command runs; the commit below decides.
        keepsPeople = true
        keepsSubjects = true
        inCommand = true
        defer { keepsPeople = false; keepsSubjects = false; inCommand = false }
        workspace = Workspace()  // the transaction holds the only reference: edits happen in place
        do {
            try body(tx)
            try checkInterrupt()
        } catch {
            workspace = tx.rollback()
            if let m = mark { journal?.cut(to: m) }
            throw error
        }
        noteLoaded(inv)
        // A command that changed nothing is no step to undo, nothing unsaved, nothing to replay.
        if tx.isEmpty && !(noOpSteps && tx.hasEdits) {
            workspace = tx.commit().0
            if let m = mark { journal?.cut(to: m) }
            return
        }
        let kept = tx.wholeReplacementKept
        let (ws, step) = tx.commit(command: inv.text)
        var people = Session.touchesPeople(step.touched), subjects = Session.touchesSubjects(step.touched)
        // A whole workspace put back (`restore`) that leaves the people as they were.
        if let kept, step.touched == [\Workspace.self] { (people, subjects) = (!kept.people, !kept.subjects) }
        keepsPeople = !people
        keepsSubjects = !subjects
        workspace = ws
        keepsPeople = false
        keepsSubjects = false
        if people { startPeopleWork() }
        // The audit log is append-only: undo adds a line, it never removes one.
        audit(inv.text, tx.changes, vi: tx.changesVi, files: inv.inputFiles.isEmpty ? nil : inv.inputFiles.map { WorkingFolder.full(resolve($0)) })
        undoStack.append(step)
        redoStack.removeAll()
        journalSteps = (journalSteps.undo + 1, 0)
        boundUndoHistory()
        copyGradesAhead()  // last: the audit line above changes the workspace too
    }

    /// The undo history holds what each step replaced: a day of reloading a province's roster
    /// grew it by 220 MB a load, without end (prompt audit D4). It keeps at most as many records
    /// as the workspace has (`undoFloor` at least), dropping the oldest steps, never the last,
    /// and says which. The same commands drop the same steps, so a crash replay undoes alike.
    func boundUndoHistory() {
        let budget = max(undoFloor, workspace.recordCount)
        var total = undoStack.reduce(0) { $0 + $1.weight }
        var dropped: [String] = []
        while undoStack.count > 1 && total > budget {
            let old = undoStack.removeFirst()
            total -= old.weight
            dropped.append(old.command)
        }
        guard !dropped.isEmpty else { return }
        journalSteps.undo = min(journalSteps.undo, undoStack.count)
        if !quiet { warn(ShellText.undoDropped(dropped, kept: undoStack.count)) }
    }

    /// A place in the undo history: the step on top of the undo stack (nil: none).
    struct SavePoint {
        /// Weak: a step dropped from the history can never be on top again, and once gone it
        /// must not be taken for a new step at its address.
        weak var top: UndoStep?
        /// No step was on top. Both nil and false: a state no undo or redo comes back to.
        var atBottom: Bool
    }

    /// The place the undo history is at now.
    var here: SavePoint { SavePoint(top: undoStack.last, atBottom: undoStack.isEmpty) }

    /// Whether the undo history is at this place now.
    func isAt(_ p: SavePoint) -> Bool {
        if p.atBottom { return undoStack.isEmpty }
        guard let top = p.top else { return false }
        return undoStack.last === top
    }

    /// There are changes the workspace's file does not hold (the prompt's `*`).
    public var dirty: Bool { !isAt(savePoint) }

    /// The workspace as it is now is the one in its file (saved or opened).
    public func markSaved() {
        savePoint = here
    }

    /// The workspace as it is now is in no file, whatever undo and redo do (a recovered session).
    func markUnsaved() {
        savePoint = SavePoint(top: nil, atBottom: false)
    }

    /// Whether changes to these paths can change the names Tab offers. Whole-workspace
    /// replacements (`\.self`) count; a new path into a people table must be listed here.
    static func touchesPeople(_ touched: Set<AnyKeyPath>) -> Bool {
        [\Workspace.self, \Workspace.members, \Workspace.units, \Workspace.collectives].contains { touched.contains($0) }
    }

    /// Whether changes to these paths can change who the subjects are (`SubjectIndexes`).
    static func touchesSubjects(_ touched: Set<AnyKeyPath>) -> Bool {
        touchesPeople(touched) || touched.contains(\Workspace.positions)
    }

    /// The indexes kept for facts on this session's workspace as it is now; fresh ones inside
    /// a command, whose workspace is its own.
    func subjectIndexes() -> SubjectIndexes {
        guard !inCommand else { return SubjectIndexes() }
        if let kept = keptSubjects { return kept }
        let fresh = SubjectIndexes()
        keptSubjects = fresh
        return fresh
    }

    /// Undoes or redoes a step; the people index survives when the step left people alone.
    public func apply(_ step: UndoStep, undo: Bool) {
        if step.touched.contains(\Workspace.grades) { takeCopyAhead() }
        defer { copyGradesAhead() }
        keepsPeople = !Session.touchesPeople(step.touched)
        keepsSubjects = !Session.touchesSubjects(step.touched)
        defer { keepsPeople = false; keepsSubjects = false }
        // The audit log only grows: a step that replaced the whole workspace (restore) would
        // otherwise bring back the log as it was then, dropping the lines since.
        let audit = workspace.audit
        if step.touched == [\Workspace.self] {
            // A whole workspace swapped (a `restore` undone or redone) keeps the people caches
            // when it leaves the people as they were (see `mutate`). Such a step edits no table
            // in place, so the copy made here to compare copies no table.
            var next = workspace
            if undo { step.undo(&next) } else { step.redo(&next) }
            (keepsPeople, keepsSubjects) = workspace.samePeople(as: next)
            workspace = next
        } else if undo {
            step.undo(&workspace)
        } else {
            step.redo(&workspace)
        }
        if workspace.audit.count != audit.count || workspace.audit.last != audit.last { workspace.audit = audit }
    }

    /// Runs `body` on the workspace for a change that is none (a table swapped for its equal
    /// copy): the caches built on the people tables stay.
    func replaceKeepingCaches(_ body: (inout Workspace) -> Void) {
        (keepsPeople, keepsSubjects) = (true, true)
        defer { (keepsPeople, keepsSubjects) = (false, false) }
        body(&workspace)
    }

    /// Replaces the whole workspace (open, new): not undoable, clears undo. The journal
    /// starts over from the opened file.
    /// `stamp`: the file's as it was read (`Journal.stamp(of:)`); else taken from the path now.
    public func replaceWorkspace(_ ws: Workspace, path: String?, stamp: String? = nil) {
        workspaceReplacements += 1
        workspace = ws
        workspacePath = path
        fileStamp = stamp ?? path.flatMap(Journal.stamp)
        undoStack.removeAll()
        redoStack.removeAll()
        markSaved()
        journal?.reset(base: path, stamp: stamp)
        journalSteps = (0, 0)
    }

    /// After undo or redo went beyond what the journal can replay: it starts again from a copy
    /// of the state now. Said when it cannot: the journal would then replay short.
    /// Back on the state of the workspace's file, it starts again from that file instead.
    func rebaseJournal() {
        guard let j = journal else { return }
        if !dirty, let file = workspacePath {
            j.reset(base: file)
            journalSteps = (0, 0)
            return
        }
        do {
            try j.rebase(on: workspace, file: workspacePath, fileStamp: fileStamp, time: timestamp())
            journalSteps = (0, 0)
        } catch {
            let why = (error as? KDError).map { t($0.message) } ?? "\(error)"
            console.err(t(Message(en: "warning: crash recovery cannot follow this undo (\(why)); save to be safe",
                                  vi: "cảnh báo: khôi phục sau sự cố không theo kịp lệnh hoàn tác này (\(why)); hãy lưu cho chắc")) + "\n")
        }
    }

    public func audit(_ command: String, _ changes: [String], vi: [String]? = nil, files: [String]? = nil) {
        let keeps = (keepsPeople, keepsSubjects)
        keepsPeople = true  // the log is not the roster
        keepsSubjects = true
        defer { (keepsPeople, keepsSubjects) = keeps }
        workspace.audit.append(AuditEntry(time: timestamp(), command: command, changes: changes,
                                          changesVi: vi == changes ? nil : vi, files: files))
    }

    /// Throws "interrupted" after Ctrl-C. The flag stays set so that every enclosing script stops
    /// too; the prompt clears it (`clearInterrupt`) before the next command.
    /// `message`: what the interrupt left (a command that writes as it goes says how far it got).
    public func checkInterrupt(saying message: @autoclosure () -> Message = ShellText.interrupted) throws {
        if interruptRequested != 0 {
            interruptReported = true
            throw KDError(message())
        }
    }

    public func clearInterrupt() {
        interruptRequested = 0
        interruptReported = false
    }

    /// `2023-11-25T08:30:00Z`, as ISO8601DateFormatter's internet date-time writes it. By hand
    /// from gmtime_r: setting up the formatter (ICU) cost about a millisecond of each run.
    func timestamp() -> String {
        replayClock ?? Session.iso8601(now())
    }

    /// The session's clock: the original time of the command a crash journal replays, else now.
    func clock() -> Date {
        guard let r = replayClock else { return now() }
        let f = r.split { !$0.isNumber }.compactMap { Int32($0) }
        guard f.count >= 6 else { return now() }
        var t = tm()
        (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec) = (f[0] - 1900, f[1] - 1, f[2], f[3], f[4], f[5])
        return Date(timeIntervalSince1970: TimeInterval(timegm(&t)))
    }

    static func iso8601(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tm = tm()
        gmtime_r(&t, &tm)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))Z"
    }

    /// The prompt: workspace name, year, rulebook and `*` when unsaved.
    public var prompt: String {
        let name = workspacePath.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "kd"
        let s = workspace.settings
        return "\(name) \(s.year) \(s.rules)\(dirty ? "*" : "")> "
    }
}

extension Session {
    /// Ids and codes that are `text` but for diacritics (`DV01` for ĐV01, `ĐV01` for DV01), at
    /// most three, for an unknown subject's hint. A typed ASCII word can only be a code with
    /// diacritics (the others are found in any case): only those are folded, so a national
    /// roster's ASCII ids cost a look at their bytes.
    func codesWithoutDiacritics(_ text: String) -> [String] {
        let ws = workspace
        let key = Vietnamese.fold(text).uppercased()
        guard !key.isEmpty else { return [] }
        var out: [String] = []
        if !text.utf8.allSatisfy({ $0 < 0x80 }), case .found(let r) = ws.lookup(key) { out.append(r.id) }
        func look<S: Sequence>(_ ids: S) where S.Element == String {
            for id in ids where out.count < 3 && !id.utf8.allSatisfy({ $0 < 0x80 }) && Vietnamese.fold(id).uppercased() == key && id != text {
                out.append(id)
            }
        }
        look(ws.members.keys)
        look(ws.units.values.lazy.filter(\.isGraded).map(\.code))
        look(ws.collectives.keys)
        return Array(Set(out)).sorted()
    }

    /// The subject a word names, or an error at that word: unknown (with the nearest ids) or
    /// ambiguous (listing the candidates).
    public func subject(_ w: Word, in inv: Invocation) throws -> SubjectRef {
        switch workspace.lookup(w.text) {
        case .found(let r): return r
        case .ambiguous(let refs):
            // A member's unit beside the name: namesakes differ there, if anywhere.
            var list = zip(SubjectRef.shown(refs), refs).prefix(10).map { shown, r in
                let unit = r.cls == .member || r.cls == .leader ? workspace.members[r.id].map { " (\($0.unit))" } ?? "" : ""
                return "\(shown) \(workspace.displayName(r))\(unit)"
            }
            if refs.count > list.count { list.append("…(+\(refs.count - list.count); find TEXT lists them)") }
            throw inv.error(Message(en: "\"\(w.text)\" names \(refs.count) subjects", vi: "\"\(w.text)\" trùng với \(refs.count) đối tượng"),
                            at: w, hints: [Message(en: "use the id: \(list.joined(separator: "; "))",
                                                   vi: "hãy dùng mã: \(list.joined(separator: "; "))")])
        case .notFound:
            // A party group is a unit, but no subject: it is neither reviewed nor graded itself.
            if let g = LoadKind.partyGroup(w.text, in: workspace) {
                throw inv.error(Catalog.groupNotGraded(g), at: w,
                                hints: [Message(en: "list members --unit \(g) lists them", vi: "list members --unit \(g) liệt kê các đảng viên")])
            }
            let near = codesWithoutDiacritics(w.text)
            throw inv.error(Message(en: "unknown subject \"\(w.text)\"", vi: "không có đối tượng \"\(w.text)\""), at: w,
                            hints: ShellText.typographicQuotes([w])
                                + (near.isEmpty ? [] : [Message(en: "did you mean \(near.joined(separator: " or "))?", vi: "có phải ý bạn là \(near.joined(separator: " hoặc "))?")])
                                + [Message(en: "use a member id, a unit or collective code, or a quoted full name (find TEXT searches)",
                                           vi: "dùng mã đảng viên, mã đơn vị hoặc tập thể, hoặc họ tên đầy đủ trong ngoặc kép (find để tìm)")])
        }
    }
}
