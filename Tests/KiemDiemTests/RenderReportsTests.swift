import Foundation
import Testing
@testable import KiemDiem

/// Report builders over a small workspace: counts, filters and the json fields of data.md §4.
@Suite struct RenderReportsTests {
    static func ward() -> Workspace {
        var ws = Workspace()
        ws.units["DB"] = Unit(code: "DB", name: "Đảng bộ phường Thử", kind: .committee)
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ 1", kind: .cell, type: .residential, parent: "DB")
        let people: [(String, String, Level?)] = [("P1", "Nguyễn Văn An", .HTXSNV), ("P2", "Lê Thị Bình", .HTTNV),
                                                   ("P3", "Trần Văn Ánh", .HTTNV), ("P4", "Phạm Thị Dung", nil),
                                                   ("P5", "Võ Văn Em", .HTNV), ("P6", "Hồ Thị Giang", .HTTNV)]
        for (id, name, level) in people {
            ws.members[id] = Member(id: id, name: name, unit: "CB01")
            if let level {
                var g = GradeSet()
                g.proposed = GradeRecord(level: level)
                ws.grades[SubjectRef(.member, id).key] = g
            }
        }
        ws.exclusions["P6"] = Exclusion(subject: "P6", reason: .exempt, rule: "R-EXCL-EXEMPT")
        ws.adjustments["member:P1"] = Adjustment(subject: SubjectRef(.member, "P1"), from: .HTXSNV, to: .HTTNV,
                                                 rule: "R-QUOTA", reason: Message("quota"))
        return ws
    }

    /// The committee's name without "Đảng bộ"/"Đảng ủy", whatever its case or spelling, for the
    /// letterhead ("ĐẢNG ỦY PHƯỜNG …") and the sentences ("Đảng ủy phường … báo cáo").
    @Test func theCommitteesPlaceFromItsName() {
        let cases = [("Đảng bộ phường Nguyễn Nghiêm", "phường Nguyễn Nghiêm"), ("Đảng uỷ phường An Bình", "phường An Bình"),
                     ("ĐẢNG BỘ PHƯỜNG BÌNH MINH", "phường Bình Minh"), ("ĐẢNG BỘ XÃ TÂN AN", "xã Tân An"),
                     ("ĐẢNG BỘ THỊ TRẤN ĐĂK HÀ", "thị trấn Đăk Hà"), ("Ðảng bộ phường Hòa Bình", "phường Hòa Bình"),
                     ("đảng bộ phường bình minh", "phường bình minh"), ("Phường Mẫu", "Phường Mẫu"), ("Đảng bộ", "Đảng bộ"),
                     ("ĐẢNG BỘ CÔNG AN TP HCM", "CÔNG AN TP HCM"), ("Đảng bộ <A&B>", "<A&B>")]
        for (name, place) in cases { #expect(Reports.stripPrefix(name) == place, "\(name)") }
    }

    @Test func summaryCountsFinalLevelsAndExclusions() {
        let s = Reports.summaries(ReportContext(workspace: Self.ward()))
        let members = s.first { $0.cls == .member }!
        #expect(members.total == 6)
        #expect(members.excludedBy == [.exempt: 1])
        #expect(members.notGraded == 1)
        // P1 was capped to HTTNV: 3 HTTNV (P1, P2, P3), 1 HTNV; the excluded P6's grade is not counted.
        #expect(members.levels == [.HTTNV: 3, .HTNV: 1])
        #expect(members.percents == [0, 750, 250, 0])
        #expect(members.percents.reduce(0, +) == 1000)
    }

    @Test func aRuleBlockOverridesARecordedGrade() {
        var ctx = ReportContext(workspace: Self.ward())
        ctx.blocked["member:P5"] = SubjectBlock(rule: "R-EXCL-NEW", reason: .newMember)
        let members = Reports.summaries(ctx).first { $0.cls == .member }!
        #expect(members.excludedBy == [.exempt: 1, .newMember: 1])
        #expect(members.levels == [.HTTNV: 3])
        #expect(ctx.final(SubjectRef(.member, "P5")) == nil)
    }

    @Test func membersJSONHasTheDocumentedFields() {
        let r = Reports.subjects(ReportContext(workspace: Self.ward(), findings: [
            Finding(rule: "R-QUOTA", subject: SubjectRef(.member, "P1"), problem: Message("p"), fix: Message("f")),
        ]), .member)
        guard case .array(let rows) = r.json, case .object(let first) = rows[0] else { Issue.record("not an array of objects"); return }
        for key in ["id", "name", "unit", "class", "excluded", "self", "proposed", "decided", "final", "findings"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        // Vietnamese order: An, Ánh, Bình, Dung, Em, Giang.
        #expect(rows.map { if case .object(let o) = $0, case .string(let id)? = o["id"] { return id }; return "" }
                == ["P1", "P3", "P2", "P4", "P5", "P6"])
        #expect(first["final"] == .string("HTTNV"))
        #expect(first["findings"] == .array([.string("R-QUOTA")]))
    }

    @Test func levelFilterKeepsOnlyThatFinalLevel() {
        let r = Reports.subjects(ReportContext(workspace: Self.ward(), filter: ReportFilter(level: .HTTNV)), .member)
        #expect(r.tables[0].rows.map { $0[0].plain } == ["P1", "P3", "P2"])
    }
}

@Suite struct ReportFileTests {
    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kd-reportfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func writesAtomicallyWithPrivateMode() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let path = d.appendingPathComponent("r.csv").path
        try ReportFile.write("a\r\n", to: path)
        try ReportFile.write("b\r\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "b\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.path) == ["r.csv"])
    }

    @Test func refusesToWriteThroughASymlink() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let target = d.appendingPathComponent("precious.txt").path
        try "keep".write(toFile: target, atomically: true, encoding: .utf8)
        let link = d.appendingPathComponent("report.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: KDError.self) { try ReportFile.write("<html>", to: link) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }
}
