import Foundation
import Testing

/// `report forms --out DIR`: one private file per subject and one file with every form, a page
/// each; the folder is private too and never reached through a symbolic link.
@Suite struct FormsFolderTests {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    @Test func writesAFilePerSubjectAndAllInOne() throws {
        let work = try KD.copyCases(Self.cases)
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
        let work = try KD.copyCases(Self.cases)
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
    /// is the leader form under qd366): the earlier file of that subject goes, so the folder holds
    /// one form per subject (and one file of them all); files that are not kd's forms stay.
    @Test func anEarlierRunsFormsOfTheSameSubjectsGo() throws {
        let work = try KD.copyCases(Self.cases)
        defer { try? FileManager.default.removeItem(at: work) }
        let dir = work.appendingPathComponent("out/mau")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "ghi chú".write(to: dir.appendingPathComponent("ghi-chu.txt"), atomically: true, encoding: .utf8)
        let r = try KD.run(["--no-init", "-c", "source rules/base.kd", "-c", "report forms --out out/mau",
                            "-c", "set rules qd366", "-c", "report forms --out out/mau --format md"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.contains("2B-P06.md") && !files.contains("2A-P06.html") && !files.contains("2A-P06.md"), "\(files)")
        #expect(files.filter { $0.hasSuffix("-P06.md") || $0.hasSuffix("-P06.html") } == ["2B-P06.md"])
        #expect(files.contains("ghi-chu.txt") && files.contains("mau-kiem-diem.md") && !files.contains("mau-kiem-diem.html"))
        #expect(r.stdout.contains("removed 22 forms of an earlier run"), "\(r.stdout)")
    }
}
