import Foundation
import Testing

/// `save` killed with SIGKILL at random moments while it writes: the file on disk is always the
/// complete old or the complete new workspace, mode 0600, and the temporary files the killed
/// processes left are removed by the next save (data.md §3).
/// It kills until `kills` of them have landed while the temporary file existed (at most six
/// times as many attempts), so that a faster or slower save, or a loaded machine, changes how
/// long it takes, not whether it proves anything. KD_KILLS and KD_KILL_MEMBERS make it longer
/// (Scripts/fuzz --kills runs more over a larger ward).
@Suite(.serialized) struct CrashSafeSaveTests {
    static let env = ProcessInfo.processInfo.environment
    static let kills = Int(env["KD_KILLS"] ?? "") ?? 12
    static let members = Int(env["KD_KILL_MEMBERS"] ?? "") ?? 20_000

    /// Starts kd generating a ward of `seed` and saving it as ws.json.
    static func start(seed: Int, in dir: URL) throws -> Process {
        let p = Process()
        p.executableURL = KD.binary
        p.arguments = ["--no-init", "-q", "-c", "generate ward --members \(members) --seed \(seed)", "-c", "save --force ws.json"]  // --force: no backup of each run's file
        p.currentDirectoryURL = dir
        p.environment = KD.environment(home: dir.appendingPathComponent(".home"))
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func leftovers(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".ws.json.tmp-") }
    }

    @Test func killedSaveLeavesOldOrNew() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("ws.json")

        // The two versions, saved completely; the second run also times its save (from the
        // temporary file appearing to it being renamed).
        var versions: [Data] = []
        var saveSeconds = 0.0
        for seed in [1, 2] {
            let p = try Self.start(seed: seed, in: dir)
            let tmp = dir.appendingPathComponent(".ws.json.tmp-\(p.processIdentifier)").path
            var began: Date?, ended: Date?
            while p.isRunning {
                let exists = FileManager.default.fileExists(atPath: tmp)
                if began == nil && exists { began = Date() }
                if began != nil && ended == nil && !exists { ended = Date() }
                usleep(200)
            }
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            if let b = began { saveSeconds = (ended ?? Date()).timeIntervalSince(b) }
            versions.append(try Data(contentsOf: file))
        }
        #expect(versions[0] != versions[1])
        #expect(versions.allSatisfy { $0.count > 1_000_000 })
        #expect(saveSeconds > 0, "the save was never seen in progress")

        var killedMidSave = 0, attempts = 0
        var rng = SystemRandomNumberGenerator()
        for i in 0..<(Self.kills * 6) where killedMidSave < Self.kills {
            attempts += 1
            let before = try Data(contentsOf: file)
            let p = try Self.start(seed: 1 + i % 2, in: dir)  // 1, 2, 1…: always the other version
            let tmp = dir.appendingPathComponent(".ws.json.tmp-\(p.processIdentifier)").path
            while p.isRunning && !FileManager.default.fileExists(atPath: tmp) { usleep(200) }
            usleep(UInt32(Double.random(in: 0...(saveSeconds), using: &rng) * 1_000_000))
            let inSave = FileManager.default.fileExists(atPath: tmp)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if inSave && p.terminationReason == .uncaughtSignal { killedMidSave += 1 }
            let now = try Data(contentsOf: file)
            let new = versions[i % 2]
            #expect(now == before || now == new, "kill \(i): ws.json is neither the old nor the new version (\(now.count) bytes)")
            let mode = (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) ?? 0
            #expect(mode == 0o600, "kill \(i): mode \(String(mode, radix: 8))")
        }
        // Enough kills landed while the temporary file existed for the check to mean something.
        #expect(killedMidSave >= Self.kills / 2, "only \(killedMidSave) of \(attempts) kills landed during a save")
        print("CrashSafeSaveTests: \(attempts) kills, \(killedMidSave) during save, \(versions[0].count) bytes, save \(String(format: "%.2f", saveSeconds)) s")

        // The killed processes' temporary files are hidden, not named *.json, and the next save
        // removes them.
        #expect(Self.leftovers(dir).allSatisfy { !$0.hasSuffix(".json") })
        let p = try Self.start(seed: 1, in: dir)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(Self.leftovers(dir) == [])
        #expect(try Data(contentsOf: file) == versions[0])
    }

    /// Another kd saving in the folder (its lock held for 1.6 s): `save` waits, says so once
    /// after a second, then saves.
    @Test func aWaitForAnotherSaveIsSaidOnce() throws {
        let r = try KD.sh("""
            mkdir d; flock -x d -c 'sleep 1.6' & sleep 0.3
            "$KD" --no-init --color never -c new -c 'save d/ws.json'; echo "status $?"; wait
            """)
        #expect(r.stderr == "note: waiting for another kd that is saving in d\n", "saw: \(r.stderr)")
        #expect(r.stdout == "new workspace\nsaved d/ws.json\nstatus 0\n", "saw: \(r.stdout)")
    }
}
