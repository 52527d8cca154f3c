import Foundation
import Testing

/// The refusals only a user who is not root meets: a file kd may not read, a folder it may not
/// write in. CI runs the suite as root, for whom nothing is refused, so there kd runs as `nobody`
/// (setpriv, from util-linux); run by anyone else, it runs as that user. Each case checks what
/// kd said, its status, and that nothing on disk changed.
@Suite struct NonRootRefusalTests {
    /// Runs `cases` (shell lines calling `kd …`) after making the files, as a user without root.
    /// Each case's output is printed after `--- ` and its command, then `status N`.
    func run(_ cases: [String]) throws -> String {
        let setup = """
            set -u
            "$KD" --no-init -q -c 'load demo' -c 'save ws.json' >/dev/null 2>&1 || echo setup failed
            mkdir ro wsro home && cp ws.json wsro/ws.json && printf 'echo hi\\n' >s.kd
            printf 'id,name,unit\\nP1,An,C1\\n' >roster.csv
            chmod 000 s.kd roster.csv
            # The binary where the other user can reach it (the build folder may be private).
            cp "$KD" ./kd-bin && chmod 755 ./kd-bin
            if [ "$(id -u)" = 0 ]; then
              command -v setpriv >/dev/null || { echo "no setpriv: cannot run as nobody"; exit 1; }
              chmod 000 ws.json
              chown -R 65534:65534 . && chmod 755 .
              as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
            else
              chmod 000 ws.json
              as_user() { "$@"; }
            fi
            chmod 555 ro wsro
            kd() { as_user env HOME="$PWD/home" XDG_STATE_HOME="$PWD/home/s" XDG_CONFIG_HOME="$PWD/home/c" ./kd-bin --no-init "$@" 2>&1 >/dev/null; echo "status $?"; }
            # An interactive session (-i) whose home may not be written: its journal cannot be.
            kd_with_home_ro() {
              as_user env -i PATH=/usr/bin:/bin HOME="$PWD/ro" LANG=C.UTF-8 ./kd-bin --no-init -q -i /dev/null </dev/null 2>&1 >/dev/null | sed "s|$PWD/||"
            }
            sum() { ls -A ro wsro; cat wsro/ws.json | cksum; }
            before=$(sum)

            """
        var script = setup
        for c in cases { script += "echo \"--- \(c)\"\n\(c)\n" }
        script += "[ \"$(sum)\" = \"$before\" ] && echo unchanged || { echo changed; sum; }\n"
        let r = try KD.sh(script)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return r.stdout
    }

    @Test func unreadableFilesAreNamedWithTheCause() throws {
        let out = try run([
            "kd -c 'open ws.json'",
            "kd --lang vi -c 'open ws.json'",
            "kd -c 'load roster roster.csv'",
            "kd s.kd",
            "kd -c 'source s.kd'",
        ])
        #expect(out == """
            --- kd -c 'open ws.json'
            -c:1:6: error: cannot read ws.json: permission denied
            hint: check the file's permissions (ls -l): kd reads it as you
            status 1
            --- kd --lang vi -c 'open ws.json'
            -c:1:6: lỗi: không đọc được ws.json: không có quyền đọc
            gợi ý: kiểm tra quyền của tệp (ls -l): kd đọc nó với quyền của bạn
            status 1
            --- kd -c 'load roster roster.csv'
            -c:1:13: error: cannot read roster.csv: permission denied
            hint: check the file's permissions (ls -l): kd reads it as you
            status 1
            --- kd s.kd
            kd: cannot read s.kd: permission denied
            status 2
            --- kd -c 'source s.kd'
            -c:1:8: error: cannot read s.kd: permission denied
            hint: check the file's permissions (ls -l): kd reads it as you
            status 1
            unchanged

            """)
    }

    @Test func aFolderThatRefusesNewFilesIsNamed() throws {
        let out = try run([
            "kd -q -c 'load demo' -c 'save ro/x.json'",
            "kd -q -c 'open wsro/ws.json' -c 'grade P001 HTNV' -c save",
            "kd -q -c 'load demo' -c 'report summary --out ro/r.csv'",
            "kd -q -c 'load demo' -c 'report forms --out ro/f'",
            "kd -c 'generate ward --members 50 --out ro'",
            "kd -c 'generate demo --out ro/x/y'",
            "kd --lang vi -c 'generate ward --members 50 --out ro'",
            "kd_with_home_ro",
        ])
        #expect(out == """
            --- kd -q -c 'load demo' -c 'save ro/x.json'
            -c#2:1:6: error: cannot write ro/x.json: the folder ro does not allow a new file in it (permission denied); kd writes the new file beside the old one, then puts it in its place
            status 1
            --- kd -q -c 'open wsro/ws.json' -c 'grade P001 HTNV' -c save
            -c#3:1:1: error: cannot write wsro/ws.json: the folder wsro does not allow a new file in it (permission denied); kd writes the new file beside the old one, then puts it in its place
            status 1
            --- kd -q -c 'load demo' -c 'report summary --out ro/r.csv'
            -c#2:1:22: error: cannot write ro/r.csv: the folder ro does not allow a new file in it (permission denied); kd writes the new file beside the old one, then puts it in its place
            status 1
            --- kd -q -c 'load demo' -c 'report forms --out ro/f'
            -c#2:1:20: error: cannot make the folder ro/f: ro allows no new folder in it (permission denied)
            status 1
            --- kd -c 'generate ward --members 50 --out ro'
            -c:1:34: error: cannot write ro/units.csv: the folder ro does not allow a new file in it (permission denied)
            status 1
            --- kd -c 'generate demo --out ro/x/y'
            -c:1:21: error: cannot make the folder ro/x/y: ro allows no new folder in it (permission denied)
            status 1
            --- kd --lang vi -c 'generate ward --members 50 --out ro'
            -c:1:34: lỗi: không ghi được ro/units.csv: thư mục ro không cho tạo tệp mới (không có quyền ghi)
            status 1
            --- kd_with_home_ro
            warning: crash recovery is off for this session: cannot write a journal in ro/.local/state/kd (Permission denied); save often
            unchanged

            """)
    }

    /// `save` over a file kd may write but not read (mode 0200) cannot tell whether it is a
    /// workspace: it refuses, and the file is neither replaced nor set aside as a numbered copy.
    @Test func anUnreadableFileIsNotSavedOver() throws {
        let out = try run(["chmod 200 ws.json; kd -c 'new' -c 'save ws.json'; ls ws.json*"])
        #expect(out == """
            --- chmod 200 ws.json; kd -c 'new' -c 'save ws.json'; ls ws.json*
            -c#2:1:6: error: cannot read ws.json to tell whether it is a kd workspace (permission denied); not overwritten
            hint: save under another name, or save --force to replace it
            status 1
            ws.json
            unchanged

            """, "saw: \(out)")
    }
}
