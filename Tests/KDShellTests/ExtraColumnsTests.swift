import Foundation
import Testing
@testable import KDShell
@testable import KiemDiem

/// data.md §1: unknown columns are kept as extra attributes, never an error. Positions,
/// reviews, grades, discipline and targets dropped them without a word (an audit found it), and
/// two unknown columns of one name failed the load.
@Suite struct ExtraColumnsTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Transcripts/cases/rules").standardized.path

    @Test func everyKindKeepsItsUnknownColumns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-extra-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func write(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
            return "\(dir)/\(name)"
        }
        let files = [
            "positions": try write("positions.csv", "member,body,role,head,since,managed_by,Nhiệm kỳ\nP01,BCH,Bí thư Đảng ủy,yes,2020-10-01,upper,2020-2025\n"),
            "reviews": try write("reviews.csv", "subject,venue,date,form,Thư ký\nP06,CB1,2023-11-15,2A,Lê X\n"),
            "grades": try write("grades.csv", "subject,level,Biên bản,Biên bản\nP06,HTTNV,BB-07,BB-08\n"),
            "discipline": try write("discipline.csv", "member,date,kind,form,Số quyết định\nP03,2023-05-01,discipline,khien-trach,QĐ-15\n"),
            "targets": try write("targets.csv", "subject,completed_pct,Nguồn,Trống\nUBND,100,Báo cáo Q4,\n"),
        ]
        let console = CapturingConsole()
        let s = Session(console: console)
        let script = ["source \"\(Self.rules)/base.kd\"", "load positions \"\(files["positions"]!)\" --replace",
                      "load reviews \"\(files["reviews"]!)\"", "load grades \"\(files["grades"]!)\"",
                      "load discipline \"\(files["discipline"]!)\"", "load targets \"\(files["targets"]!)\"",
                      "save \"\(dir)/ws.json\""].joined(separator: "\n")
        #expect(s.runScriptText(script, file: "-c"), "\(console.stderr)")
        let ws = s.workspace
        #expect(ws.positions.values.first { $0.member == "P01" }?.extra == ["Nhiệm kỳ": "2020-2025"])
        #expect(ws.reviews.values.first { $0.subject.id == "P06" }?.extra == ["Thư ký": "Lê X"])
        #expect(ws.grades[SubjectRef(.member, "P06").key]?.proposed?.extra == ["Biên bản": "BB-07", "Biên bản (2)": "BB-08"])
        #expect(ws.discipline.values.first { $0.member == "P03" }?.extra == ["Số quyết định": "QĐ-15"])
        // An empty cell is nothing to keep.
        #expect(ws.targets.values.first { $0.subject.id == "UBND" }?.extra == ["Nguồn": "Báo cáo Q4"])
        // Saved, then read back by both readers: the same records, extras and all.
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/ws.json"))
        for back in [try WorkspaceFile.load(from: "\(dir)/ws.json"), try WorkspaceFile.decode(data, file: "ws.json"),
                     try JSONDecoder().decode(Workspace.self, from: data)] {
            #expect(back.positions == ws.positions && back.reviews == ws.reviews && back.grades == ws.grades
                    && back.discipline == ws.discipline && back.targets == ws.targets)
        }
    }
}
