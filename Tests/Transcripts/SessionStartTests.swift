import Foundation
import Testing

/// What an interactive session says as it starts.
@Suite struct SessionStartTests {
    /// Its state folder cannot be written: crash recovery is off, and that is said once, on stderr.
    @Test func journalThatCannotBeWrittenIsSaid() throws {
        let r = try KD.sh("touch state; echo 'set quota 25' > t.kd; XDG_STATE_HOME=\"$PWD/state\" \"$KD\" --no-init -q -i t.kd < /dev/null")
        #expect(r.stderr.components(separatedBy: "crash recovery is off").count == 2, "once; saw: \(r.stderr)")
        #expect(r.stderr.contains("warning: crash recovery is off for this session: cannot write a journal in "), "saw: \(r.stderr)")
        #expect(r.stderr.contains("/state/kd (Not a directory); save often\n"), "saw: \(r.stderr)")
        #expect(!r.stdout.contains("crash recovery"))
    }

    /// An empty LC_ALL is ignored (POSIX), so LANG decides; a set one still wins.
    @Test func emptyLCAllLeavesLangToDecide() throws {
        let vi = try KD.sh("\"$KD\" --no-init -c bogus", env: ["LC_ALL": "", "LANG": "vi_VN.UTF-8"])
        #expect(vi.stderr.hasPrefix("-c:1:1: lỗi:"), "saw: \(vi.stderr)")
        let en = try KD.sh("\"$KD\" --no-init -c bogus", env: ["LC_ALL": "C.UTF-8", "LANG": "vi_VN.UTF-8"])
        #expect(en.stderr.hasPrefix("-c:1:1: error:"), "saw: \(en.stderr)")
        // LC_MESSAGES comes between them, for messages.
        let messages = try KD.sh("\"$KD\" --no-init -c bogus", env: ["LC_ALL": "", "LC_MESSAGES": "vi_VN.UTF-8", "LANG": "C.UTF-8"])
        #expect(messages.stderr.hasPrefix("-c:1:1: lỗi:"), "saw: \(messages.stderr)")
        let lang = try KD.sh("\"$KD\" --no-init -c bogus", env: ["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "vi_VN.UTF-8"])
        #expect(lang.stderr.hasPrefix("-c:1:1: error:"), "saw: \(lang.stderr)")
    }

    /// `-w` opens its file through the command language, which cannot write a line break: such
    /// a name is refused as a usage error that says why, before anything runs (it said
    /// "unterminated quote").
    @Test func aWorkspaceNameWithALineBreakIsRefusedPlainly() throws {
        let r = try KD.sh("\"$KD\" --no-init -w \"$(printf 'a\\nb.json')\" -c 'echo ran'")
        #expect(r.status == 2, "saw: \(r.stderr)")
        #expect(r.stderr == "kd: -w: the file name holds a line break, which kd's commands cannot name (nor save to); rename the file\n", "saw: \(r.stderr)")
        #expect(r.stdout.isEmpty, "nothing ran; saw: \(r.stdout)")
        let vi = try KD.sh("\"$KD\" --no-init --lang vi -w \"$(printf 'a\\rb.json')\" -c 'echo ran'")
        #expect(vi.status == 2 && vi.stderr.hasPrefix("kd: -w: tên tệp có dấu xuống dòng"), "saw: \(vi.stderr)")
    }

    /// The init file runs to its end, as the prompt does: a failing line is said and the lines
    /// after it still run (it is the person's own setup, not a script to stop).
    @Test func theInitFileRunsPastAFailingLine() throws {
        let r = try KD.sh("""
            mkdir -p cfg/kd; printf 'set lang xx\\nset quota 30\\n' > cfg/kd/init.kd; echo 'show settings' > t.kd
            XDG_CONFIG_HOME="$PWD/cfg" XDG_STATE_HOME="$PWD/state" "$KD" --color never -i t.kd < /dev/null
            """)
        #expect(r.stderr.contains("cfg/kd/init.kd:1:10: error: \"xx\" is not one of en, vi"), "saw: \(r.stderr)")
        #expect(r.stdout.contains("quota = 30%"), "the line after it ran; saw: \(r.stdout)")
        #expect(r.status == 1, "the failed line counts in the exit status")
    }
}
