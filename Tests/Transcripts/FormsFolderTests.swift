import Foundation
import Testing

/// `report forms --out DIR`: one private file per subject and one file with every form, a page
/// each; the folder is private too and never reached through a symbolic link.
@Suite struct FormsFolderTests {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    @Test func writesAFilePerSubjectAndAllInOne() throws {
        let work = try KD.copyEntries(["rules"], of: Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out out/mau"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let dir = work.appendingPathComponent("out/mau")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        // 5 graded units, 6 collectives, 10 people reviewed (P07 exempt, P08 suspended, P09 new are not).
        #expect(files.count == 5 + 6 + 10 + 1)
        #expect(files.contains("2A-P06.html") && files.contains("2B-P02.html") && files.contains("01-UBND.html"))
        #expect(!files.contains { $0.hasSuffix("-P07.html") })
        let all = try String(contentsOf: dir.appendingPathComponent("mau-kiem-diem.html"), encoding: .utf8)
        #expect(all.components(separatedBy: "<section class=\"page\">").count - 1 == files.count - 1)
        #expect(all.contains("page-break-after: always"))
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("2A-P06.html").path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let dirAttrs = try FileManager.default.attributesOfItem(atPath: dir.path)
        #expect((dirAttrs[.posixPermissions] as? Int) == 0o700)
        #expect(r.stdout.contains("wrote 21 forms to out/mau"))
    }

    @Test func refusesALinkedFolder() throws {
        let work = try KD.copyEntries(["rules"], of: Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let target = work.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link").path, withDestinationPath: target.path)
        let r = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out link"], in: work)
        #expect(r.status == 1)
        #expect(r.stderr.contains("link is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
    }

    /// Written again under qd366, a member's form changes letter (2A was the 2023 member form, it
    /// is the leader form under qd366): the earlier file of that subject stays (the user may have
    /// filled it in), and kd names it so that it is not printed instead of the new one.
    @Test func anEarlierRunsFormsOfTheSameSubjectsStayAndAreNamed() throws {
        let work = try KD.copyEntries(["rules"], of: Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let dir = work.appendingPathComponent("out/mau")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "ghi chú".write(to: dir.appendingPathComponent("ghi-chu.txt"), atomically: true, encoding: .utf8)
        let first = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out out/mau"], in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let filled = dir.appendingPathComponent("2A-P06.html")
        let edited = try String(contentsOf: filled, encoding: .utf8) + "<p>Tự nhận xét: đã điền</p>"
        try edited.write(to: filled, atomically: true, encoding: .utf8)
        let r = try KD.run(["--no-init", "-c", "source rules/base.kd",
                            "-c", "set rules qd366", "-c", "report forms --out out/mau --format md"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.contains("2B-P06.md") && files.contains("ghi-chu.txt") && files.contains("mau-kiem-diem.md"), "\(files)")
        #expect(try String(contentsOf: filled, encoding: .utf8) == edited)
        #expect(files.contains("mau-kiem-diem.html"))
        #expect(r.stdout.contains("22 files of an earlier run for these subjects (another form letter or format) are still in out/mau"), "\(r.stdout)")
        #expect(!r.stdout.contains("removed"))
    }

    /// A symbolic link among the targets refuses the command before any form is written: the
    /// folder stays as the earlier run and the user left it.
    @Test func aRefusedTargetLeavesTheFolderAsItWas() throws {
        let work = try KD.copyEntries(["rules"], of: Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let dir = work.appendingPathComponent("out/mau")
        let first = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out out/mau --format md"], in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("mau-kiem-diem.html").path,
                                                   withDestinationPath: work.appendingPathComponent("elsewhere.html").path)
        let r = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out out/mau"], in: work)
        #expect(r.status == 1)
        #expect(r.stderr.contains("symbolic link"), "\(r.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(after == (before + ["mau-kiem-diem.html"]).sorted(), "\(after)")
    }

    /// Ids that read alike as file names (`A.1`, `A_1`, `A/1`; `Đ01` and `Ư01` were both `_01`)
    /// still give a file each: Vietnamese letters stay, and a name met again takes `~2`, `~3`.
    @Test func idsThatReadAlikeGiveAFileEach() throws {
        let work = try KD.copyEntries(["rules"], of: Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let roster = """
            id,name,unit,group,admitted,status,civil_servant,workplace_level,workplace_stage
            A.1,Nguyễn Văn An,CB1,,2000-01-01,active,no,,
            A_1,Trần Văn Bình,CB1,,2000-01-01,active,no,,
            A/1,Lê Văn Cường,CB1,,2000-01-01,active,no,,
            A~2,Võ Văn Phúc,CB1,,2000-01-01,active,no,,
            Đ01,Phạm Văn Dũng,CB1,,2000-01-01,active,no,,
            Ư01,Hoàng Văn Em,CB1,,2000-01-01,active,no,,

            """
        try roster.write(to: work.appendingPathComponent("ids.csv"), atomically: true, encoding: .utf8)
        let r = try KD.run(["--no-init", "-c", "set as-of 2023-11-20", "-c", "load units rules/units.csv", "-c", "load roster ids.csv",
                            "-c", "report forms --unit CB1 --out mau --format md"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("mau").path).sorted()
        #expect(files == ["01-CB1.md", "2A-A_1.md", "2A-A_1~2.md", "2A-A_1~3.md", "2A-A_2.md", "2A-Đ01.md", "2A-Ư01.md",
                          "mau-kiem-diem.md"], "\(files)")
        #expect(r.stdout.contains("wrote 7 forms to mau"))
    }
}
