import Foundation
import Testing
@testable import KDShell
import KiemDiem

/// Recovery tells whether the file a crashed session started from changed since: by the file's
/// stamp (inode, size, time), not by reading it, and still by the FNV hash that journals
/// of an older kd hold.
@Suite struct JournalBaseTests {
    /// A pid that ran and is gone, so its journal counts as left by a crash.
    func deadPid() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    func orphan(_ folder: String, base: String, hash: String?) throws -> Journal.Orphan? {
        let lines = [
            try String(decoding: JSONEncoder().encode(Journal.Entry(kind: "base", path: base, hash: hash)), as: UTF8.self),
            try String(decoding: JSONEncoder().encode(Journal.Entry(kind: "cmd", text: "set quota 25", dir: folder, time: "t")), as: UTF8.self),
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/journal-\(try deadPid()).jsonl", atomically: false, encoding: .utf8)
        defer { for n in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where n.hasPrefix("journal-") { unlink("\(folder)/\(n)") } }
        return Journal.orphans(in: folder).first
    }

    /// A fresh folder holding `ws.json` = `{"a": 1}`, removed afterwards.
    func withBase(_ body: (_ dir: String, _ base: String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-jbase-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let base = "\(dir)/ws.json"
        try "{\"a\": 1}".write(toFile: base, atomically: false, encoding: .utf8)
        try body(dir, base)
    }

    @Test func baseChangesAreNoticedWithoutReadingTheFile() throws {
        try withBase { dir, base in
            let stamp = try #require(Journal.stamp(base))

            #expect(try orphan(dir, base: base, hash: stamp)?.baseChanged == false)
            // Rewritten in place, same size: the time moves.
            usleep(10_000)
            try "{\"a\": 2}".write(toFile: base, atomically: false, encoding: .utf8)
            #expect(try orphan(dir, base: base, hash: stamp)?.baseChanged == true)
            // Replaced by rename, as a save does: another inode.
            let now = try #require(Journal.stamp(base))
            try "{\"a\": 2}".write(toFile: "\(dir)/new.json", atomically: false, encoding: .utf8)
            rename("\(dir)/new.json", base)
            #expect(try orphan(dir, base: base, hash: now)?.baseChanged == true)
            // Gone.
            let last = try #require(Journal.stamp(base))
            unlink(base)
            #expect(try orphan(dir, base: base, hash: last)?.baseChanged == true)
        }
    }

    /// Another session saved over the crashed session's file, and save kept that file as
    /// FILE.~1~ (a hard link, the stamp the journal holds): the replay starts from it, not from
    /// the other session's workspace, and save then does not write over the other's.
    @Test func aBaseSavedOverIsReplayedFromWhereItWasKept() throws {
        try withBase { dir, _ in
            let base = "\(dir)/board.json"
            let a = Session(console: CapturingConsole())
            #expect(a.runScriptText("load demo; save \(base)", file: "-c"))
            let stamp = try #require(Journal.stamp(base))
            let other = Session(console: CapturingConsole())
            #expect(other.runScriptText("new --force; save \(base)", file: "-c"))
            let o = try #require(try orphan(dir, base: base, hash: stamp))
            #expect(o.keptAs == "\(base).~1~" && !o.baseChanged)

            let console = CapturingConsole()
            let b = Session(console: console)
            #expect(try b.recover(o).isEmpty)
            #expect(b.workspace.members.count == 148 && b.workspace.settings.quota == 25)
            #expect(b.workspacePath == base)
            #expect(!b.runScriptText("save", file: "-c"), "the other session's save is not written over")
            #expect(console.stderr.contains("has changed on disk"), "\(console.stderr)")
            #expect(b.runScriptText("save --as \(dir)/mine.json", file: "-c"))
        }
    }

    @Test func olderJournalsAreComparedByTheirHash() throws {
        try withBase { dir, base in
            let hash = Journal.fnv(Data("{\"a\": 1}".utf8))
            #expect(try orphan(dir, base: base, hash: hash)?.baseChanged == false)
            try "{\"a\": 2}".write(toFile: base, atomically: false, encoding: .utf8)
            #expect(try orphan(dir, base: base, hash: hash)?.baseChanged == true)
        }
    }

    /// A kill after a save's rename and before the journal starts over: the journal says the
    /// save was under way, and the file bearing that save's stamp means it finished, so there
    /// is nothing to recover (the saved commands were replayed on the saved file, and a
    /// `snapshot` among them took the later state). Killed before the rename, the commands are
    /// still there to replay.
    @Test func aFinishedSaveLeavesNothingToRecover() throws {
        try withBase { dir, base in
            let folder = dir + "/state"
            let j = try #require(Journal(folder: folder))
            defer { j.remove() }
            j.reset(base: base)
            _ = j.append("snapshot s1", dir: dir, time: "t1")
            _ = j.append("set quota 25", dir: dir, time: "t2")
            try WorkspaceFile.save(Workspace(), to: base) { tmp in j.saving(to: base, stamp: Journal.stamp(tmp)) }
            // The journal as the kill left it, under a dead pid's name (the live one is held).
            let left = "\(folder)/journal-\(try deadPid()).jsonl"
            try FileManager.default.copyItem(atPath: j.path, toPath: left)
            #expect(Journal.orphans(in: folder).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: left), "nothing to recover: removed")

            // The rename did not happen: the stamp written is not the file's.
            let lines = [
                Journal.Entry(kind: "base", path: base, hash: Journal.stamp(base)),
                Journal.Entry(kind: "cmd", text: "set quota 25", dir: dir, time: "t"),
                Journal.Entry(kind: "saved", path: base, hash: "stat:1-2-3.4"),
            ].map { String(decoding: try! JSONEncoder().encode($0), as: UTF8.self) }
            try (lines.joined(separator: "\n") + "\n").write(toFile: left, atomically: false, encoding: .utf8)
            let o = try #require(Journal.orphans(in: folder).first)
            #expect(o.commands.map(\.text) == ["set quota 25"])
            #expect(o.baseChanged == false)
            unlink(left)
        }
    }
}

/// Whether a journal is a crashed session's is told by the lock its live session holds, not by
/// the pid in its name: pids are reused (after a reboot most of all), and a crashed session's
/// journal named with a pid some other process now has must still be offered, never written over.
@Suite struct JournalLockTests {
    /// A fresh folder, removed afterwards.
    func inFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kd-jlock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    /// A crashed session's journal at `path`: its base, then one command.
    func writeJournal(_ path: String, base: Journal.Entry = Journal.Entry(kind: "base"), _ cmd: Journal.Entry) throws {
        let lines = try [base, cmd].map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func anUnheldJournalIsAnOrphanWhateverItsPid() throws {
        try inFolder { folder in
            // Named with this (live) process's pid, as a crashed session whose pid was reused.
            let crashed = "\(folder)/journal-\(getpid()).jsonl"
            try writeJournal(crashed, Journal.Entry(kind: "cmd", text: "set quota 25", dir: folder, time: "t"))
            #expect(Journal.orphans(in: folder).map(\.path) == [crashed])
            // A session starting now takes another name, and its own journal is not an orphan.
            let live = try #require(Journal(folder: folder))
            #expect(live.path != crashed)
            live.reset(base: nil)
            #expect(Journal.orphans(in: folder).map(\.path) == [crashed])
            #expect(FileManager.default.contents(atPath: crashed).map { String(decoding: $0, as: UTF8.self).contains("set quota 25") } == true)
            live.remove()
        }
    }

    /// A replayed change is logged at the time it was first made, as the journal recorded it.
    @Test func aReplayedChangeKeepsItsTime() throws {
        try inFolder { folder in
            try writeJournal("\(folder)/journal-1.jsonl", Journal.Entry(kind: "cmd", text: "set quota 25", dir: folder, time: "2023-11-20T08:00:00Z"))
            let o = try #require(Journal.orphans(in: folder).first)
            let s = Session(console: CapturingConsole())
            #expect(try s.recover(o).isEmpty)
            #expect(s.workspace.settings.quota == 25)
            #expect(s.workspace.audit.last?.time == "2023-11-20T08:00:00Z")
        }
    }

    /// A file a command read that changed since the crash (or is gone) is named: the replay reads
    /// it as it is now.
    @Test func changedInputFilesAreNamed() throws {
        try inFolder { folder in
            let same = "\(folder)/same.csv", changed = "\(folder)/changed.csv"
            try "a\n".write(toFile: same, atomically: false, encoding: .utf8)
            try "b\n".write(toFile: changed, atomically: false, encoding: .utf8)
            let files = [same: try #require(Journal.stamp(same)), changed: "stat:0-0-0.0", "\(folder)/gone.csv": "stat:1-1-1.1"]
            try writeJournal("\(folder)/journal-1.jsonl", Journal.Entry(kind: "cmd", text: "load units same.csv", dir: folder, time: "t", files: files))
            #expect(Journal.orphans(in: folder).first?.changedFiles == [changed, "\(folder)/gone.csv"])
        }
    }

    /// An adopted journal compares later with the base as the replay found it: after a second
    /// crash it does not say the file changed when it has not since.
    @Test func anAdoptedJournalTakesTheBaseAsItIsNow() throws {
        try inFolder { folder in
            let base = "\(folder)/ws.json"
            try "{}".write(toFile: base, atomically: false, encoding: .utf8)
            try writeJournal("\(folder)/journal-1.jsonl", base: Journal.Entry(kind: "base", path: base, hash: "stat:0-0-0.0"),
                             Journal.Entry(kind: "cmd", text: "set quota 25", dir: folder, time: "t"))
            let o = try #require(Journal.orphans(in: folder).first)
            #expect(o.baseChanged)
            let adopted = try #require(Journal(adopting: o.path, folder: folder))
            let text = String(decoding: try #require(FileManager.default.contents(atPath: adopted.path)), as: UTF8.self)
            let first = try JSONDecoder().decode(Journal.Entry.self, from: Data(text.split(separator: "\n")[0].utf8))
            #expect(first.hash == Journal.stamp(base))
            #expect(text.contains("set quota 25"))
            adopted.remove()
        }
    }

    /// A command that changes nothing is no undo step and is not journaled. An older kd made it
    /// a step and journaled it: its journals (no `changesOnly` on the base) replay it as one, so
    /// that the `undo` after it takes back what it took back in the crashed session.
    @Test func noOpCommandsAreLeftOutAndOlderJournalsReplayThemAsSteps() throws {
        try inFolder { folder in
            let live = try #require(Journal(folder: folder))
            live.reset(base: nil)
            let s = Session(console: CapturingConsole())
            s.journal = live
            #expect(s.runScriptText("set quota 25\nset quota 25\nset head-cap on", file: "t"))
            let text = String(decoding: try #require(FileManager.default.contents(atPath: live.path)), as: UTF8.self)
            #expect(text.components(separatedBy: "set quota 25").count == 2, "journaled once: \(text)")
            #expect(!text.contains("head-cap"))
            live.remove()

            let commands = ["set quota 25", "set quota 30", "set quota 30", "undo"]
            for (base, quota) in [(Journal.Entry(kind: "base"), 30), (Journal.Entry(kind: "base", changesOnly: true), 25)] {
                let lines = try ([base] + commands.map { Journal.Entry(kind: "cmd", text: $0, dir: folder, time: "t") })
                    .map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
                try (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/journal-1.jsonl", atomically: false, encoding: .utf8)
                let o = try #require(Journal.orphans(in: folder).first)
                let r = Session(console: CapturingConsole())
                #expect(try r.recover(o).isEmpty)
                #expect(r.workspace.settings.quota == quota, "changesOnly: \(base.changesOnly as Any)")
                #expect(r.dirty, "a recovered session is unsaved")
                unlink(o.path)
            }
        }
    }

    /// A crash at any point of a rebase (undo back before a save) leaves a journal whose last
    /// base names a copy that is there, and that replays to the state before the undo or after.
    @Test func aRebaseLeavesARecoverableJournalAtEveryPoint() throws {
        try inFolder { folder in
            let j = try #require(Journal(folder: "\(folder)/state"))
            defer { j.remove() }
            j.reset(base: nil)
            _ = j.append("set quota 25", dir: folder, time: "t1")
            let crashed = "\(folder)/crashed"
            try FileManager.default.createDirectory(atPath: crashed, withIntermediateDirectories: true)
            var seen: [String] = []
            j.crashPoint = { point in
                // The journal as a crash here leaves it, read as the next start reads it.
                let left = "\(crashed)/journal-1.jsonl"
                unlink(left)
                try? FileManager.default.copyItem(atPath: j.path, toPath: left)
                let o = Journal.orphans(in: crashed).first
                #expect(o != nil, "\(point): nothing to recover")
                if let b = o?.base { #expect(FileManager.default.fileExists(atPath: b), "\(point): its base \(b) is gone") }
                seen.append(point)
            }
            var ws = Workspace()
            ws.settings.quota = 25
            try j.rebase(on: ws, file: nil, fileStamp: nil, time: "t2")
            _ = j.append("set quota 30", dir: folder, time: "t3")
            try j.rebase(on: ws, file: nil, fileStamp: nil, time: "t4")  // drops the first copy
            #expect(seen == ["copy saved", "base written", "old copy dropped", "copy saved", "base written", "old copy dropped"])
            // Recovered after the last: from the second copy, with nothing after it.
            let o = try #require(Journal.orphans(in: crashed).first)
            #expect(o.fromCopy && o.commands.isEmpty && o.lastTime == "t4")
            let copies = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/state").filter { $0.hasSuffix(".state.json") }
            #expect(copies.count == 1 && o.base?.hasSuffix(copies[0]) == true)
        }
    }

}
