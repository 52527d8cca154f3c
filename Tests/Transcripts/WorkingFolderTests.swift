import Foundation
import Testing

/// kd in a folder whose path is over 1024 bytes (Foundation's `currentDirectoryPath` gives ""
/// there, as for a deleted folder): the paths kd keeps whole still name the real folder.
@Suite struct WorkingFolderTests {
    /// The audit log kept `/u.csv` for a file loaded there: a file that never existed.
    @Test func theAuditLogNamesTheFileLoaded() throws {
        let r = try KD.sh(#"""
            d=$PWD; for k in 1 2 3 4 5; do d=$d/$(printf "%0225d" $k); done
            mkdir -p "$d" && cd "$d" || exit 9
            printf 'code,name,kind\nCB01,Chi bộ 1,cell\n' > u.csv
            "$KD" --no-init -q -c new -c 'load units u.csv' -c 'save ws.json' || exit 8
            grep -c "\"$d/u.csv\"" ws.json
            """#)
        #expect(r.stdout == "1\n", "the audit line names the file in its folder; saw: \(r.stdout)")
        #expect(r.stderr == "")
        #expect(r.status == 0)
    }

    /// A sourced script's error place was `./sub/b.kd:1:8:` there (Foundation's own folder).
    @Test func aSourcedScriptsPlaceIsAsAnywhere() throws {
        let r = try KD.sh(#"""
            d=$PWD; for k in 1 2 3 4 5; do d=$d/$(printf "%0225d" $k); done
            mkdir -p "$d/sub" && cd "$d" || exit 9
            printf 'source sub/b.kd\n' > a.kd
            printf 'source ../a.kd\n' > sub/b.kd
            "$KD" --no-init a.kd
            """#)
        #expect(r.stderr == """
            sub/b.kd:1:8: error: source cycle: a.kd → b.kd → a.kd
            a.kd:1:1: note: while running "source sub/b.kd"

            """, "saw: \(r.stderr)")
        #expect(r.status == 1)
    }
}
