import Foundation
import Testing
@testable import KiemDiem

/// Review forms (plan II.3, III) and criteria sheets (plan IV, QĐ124 Đ12).
@Suite struct FormsCriteriaTests {
    /// The seed plan (a copy kept with the transcripts' data), lines joined, blanks collapsed.
    static let plan: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Transcripts/cases/forms-data/ke-hoach-79-KH-DU-2023.txt").standardized
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        // The plan wraps "124-QĐ/TW" after its hyphen: the only word split across lines.
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "124- QĐ", with: "124-QĐ")
    }()

    @Test(arguments: [PlanContents.collective, PlanContents.individual, PlanContents.leader, PlanContents.deep])
    func contentsAreThePlansWords(_ s: FormSection) {
        #expect(!Self.plan.isEmpty)
        let title = s.title.replacingOccurrences(of: "2.3.1. ", with: "").replacingOccurrences(of: "2.3.2. ", with: "")
        #expect(Self.plan.contains(title), "\(title)")
        for item in s.items + s.sub { #expect(Self.plan.contains(item), "\(item)") }
        #expect(Self.plan.contains(PlanContents.lead))
    }

    @Test func formsPerKindOfSubject() {
        #expect(PlanContents.sections(.member) == [PlanContents.individual])
        #expect(PlanContents.sections(.leader) == [PlanContents.individual, PlanContents.leader, PlanContents.deep])
        #expect(PlanContents.sections(.collective) == [PlanContents.collective, PlanContents.deep])
    }

    @Test(arguments: [("Xuất sắc", Rating.excellent), ("xuat sac", .excellent), ("XUẤT SẮC", .excellent), ("xs", .excellent),
                      ("excellent", .excellent), ("Tốt", .good), ("tot", .good), ("TỐT", .good), ("good", .good),
                      ("Trung bình", .average), ("trung binh", .average), ("TB", .average), ("trungbinh", .average),
                      ("Kém", .poor), ("kem", .poor), ("poor", .poor)])
    func ratingSpellings(_ text: String, _ r: Rating) {
        #expect(Rating.parse(text) == r)
    }

    @Test(arguments: ["giỏi", "", "8", "t", "tốtt"])
    func notRatings(_ text: String) {
        #expect(Rating.parse(text) == nil)
    }

    static let sheet = [Criterion(.member, form: "7", id: "a", text: "A"), Criterion(.member, form: "7", id: "b", text: "B"),
                        Criterion(.member, form: "7", id: "r", text: "R", part: .results)]

    /// (a, b, results) → the level QĐ124 Đ12 lets the ratings support.
    @Test(arguments: [
        ([Rating.good, .good, .excellent], Level?.some(.HTXSNV)),
        ([.excellent, .excellent, .excellent], .HTXSNV),
        ([.average, .good, .excellent], .HTTNV),
        ([.good, .good, .good], .HTTNV),
        ([.average, .average, .good], .HTTNV),
        ([.excellent, .excellent, .average], .HTNV),
        ([.poor, .excellent, .excellent], .KHTNV),
        ([.good, .good, .poor], .KHTNV),
    ])
    func qd124Derivation(_ marks: [Rating], _ level: Level?) {
        var m: [String: Mark] = [:]
        for (c, r) in zip(Self.sheet, marks) { m[c.id] = .rating(r) }
        #expect(CriteriaLevels.qd124(Self.sheet, m).level == level)
    }

    @Test func incompleteSheetSupportsNothingUnlessKem() {
        #expect(CriteriaLevels.qd124(Self.sheet, ["a": .rating(.excellent)]).level == nil)
        #expect(CriteriaLevels.qd124(Self.sheet, ["a": .rating(.excellent)]).unmarked == ["b", "r"])
        #expect(CriteriaLevels.qd124(Self.sheet, ["b": .rating(.poor)]).level == .KHTNV)
        // Points on a ratings sheet are not ratings.
        #expect(CriteriaLevels.qd124(Self.sheet, ["a": .points(Points(hundredths: 900))]).level == nil)
    }

    @Test func pointsBands() {
        let s = [Criterion(.member, form: "7", id: "c", text: "C", max: Points.parse("30")),
                 Criterion(.member, form: "7", id: "r", text: "R", part: .results, max: Points.parse("70"))]
        func level(_ c: String, _ r: String) -> Level? {
            QD366().criteriaLevel(s, ["c": .points(Points.parse(c)!), "r": .points(Points.parse(r)!)]).level
        }
        #expect(level("30", "60") == .HTXSNV)
        #expect(level("25", "64.99") == .HTTNV)
        #expect(level("20", "50") == .HTTNV)
        #expect(level("20", "29.99") == .KHTNV)
        #expect(level("20", "30") == .HTNV)
        #expect(QD366().criteriaLevel(s, ["c": .points(Points.parse("30")!)]).level == nil)
    }

    /// Examples/forms/criteria-qd124.csv, the template a province starts from, is the default list.
    @Test func templateIsTheDefaultList() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/forms/criteria-qd124.csv").standardized
        let table = try Table.read(path: url.path, display: "criteria-qd124.csv", schema: LoadKind.criteria.schema)
        let tx = Transaction(Workspace())
        #expect(try LoadKind.criteria.load(table, tx, .replace) == PlanCriteria.qd124.count)
        #expect(tx.ws.criteria == Dictionary(uniqueKeysWithValues: PlanCriteria.qd124.map { ($0.key, $0) }))
    }

    @Test func defaultSheetsEachHaveTaskResults() {
        var sheets: [String: Bool] = [:]
        for c in PlanCriteria.qd124 { sheets["\(c.cls) \(c.form)", default: false] = sheets["\(c.cls) \(c.form)", default: false] || c.part == .results }
        #expect(sheets.count == 8)
        #expect(sheets.values.allSatisfy { $0 })
        #expect(Set(PlanCriteria.qd124.map(\.key)).count == PlanCriteria.qd124.count)
    }

    @Test func sheetPerSubjectAndProvinceList() {
        var ws = ward(members: 2)
        ws.add(Position(member: "M0", body: "UBND", role: "Phó Chủ tịch UBND"))
        let f = facts(ws)
        let sheets = f.criteriaSheets
        #expect(f.criteriaSheet(member("M0"), sheets)?.form == "7")
        #expect(f.criteriaSheet(SubjectRef(.leader, "M0"), sheets)?.form == "11")
        #expect(f.criteriaSheet(SubjectRef(.organization, "DB"), sheets)?.form == "3")
        #expect(f.criteriaSheet(SubjectRef(.organization, "C1"), sheets)?.form == "4")
        #expect(f.criteriaSheet(SubjectRef(.collective, "BCH"), sheets)?.form == "8")
        #expect(f.criteriaSheet(SubjectRef(.collective, "UBND"), sheets)?.form == "9")
        // A province's own member sheet on another form number replaces the members' default only.
        let own = Criterion(.member, form: "7A", id: "X", text: "X", part: .results)
        ws.criteria[own.key] = own
        let g = facts(ws)
        #expect(g.criteriaSheet(member("M0"), g.criteriaSheets)?.criteria == [own])
        #expect(g.criteriaSheet(SubjectRef(.leader, "M0"), g.criteriaSheets)?.form == "11")
    }

    @Test func findingOnlyAboveWhatRatingsSupport() {
        var ws = ward(members: 1)
        for (id, r) in [("7.1", Rating.good), ("7.2", .good), ("7.3", .average), ("7.4", .good), ("7.5", .excellent)] {
            let a = Assessment(subject: member("M0"), criterion: id, rating: r)
            ws.assessments[a.key] = a
        }
        ws.grade(member("M0"), .HTTNV)
        #expect(!facts(ws).findings().contains { $0.rule == "R124-CRITERIA" })
        ws.grade(member("M0"), .HTXSNV)
        let f = facts(ws).findings().filter { $0.rule == "R124-CRITERIA" }
        #expect(f.count == 1 && f[0].severity == .error && f[0].problem.en.contains("HTTNV"))
        #expect(facts(ws).why(member("M0")).contains { $0.rule == "R124-CRITERIA" && $0.text.en.contains("at most HTTNV") })
    }

    @Test func newFieldsSurviveSaveAndOpen() throws {
        var ws = ward(members: 1)
        let a = Assessment(subject: member("M0"), criterion: "7.1", rating: .good, note: "sản phẩm")
        ws.assessments[a.key] = a
        let c = Criterion(.member, form: "7", id: "X", text: "Tiêu chí", part: .results, max: Points.parse("70"))
        ws.criteria[c.key] = c
        ws.shortcomings["member:M0"] = Shortcoming(subject: member("M0"), text: "Chưa tích cực", year: 2022)
        let back = try WorkspaceFile.decode(try WorkspaceFile.encode(ws), file: "w.json")
        #expect(back.assessments == ws.assessments)
        #expect(back.criteria == ws.criteria)
        #expect(back.shortcomings == ws.shortcomings)
        // An older file without these tables still opens.
        let old = try WorkspaceFile.decode(Data(#"{"format":"kd-workspace","version":1,"settings":{"year":2023,"rules":"qd124"}}"#.utf8), file: "o.json")
        #expect(old.assessments.isEmpty && old.criteria.isEmpty && old.shortcomings.isEmpty)
    }

    @Test func formLettersFollowTheRulebook() {
        var ws = ward(members: 2)
        ws.add(Position(member: "M1", body: "BCH", role: "Ủy viên"))
        ws.members["M0"]!.outside = true
        let f = facts(ws)
        let s = f.criteriaSheets
        #expect(f.reviewForm(member("M0"), s)?.form == "2A")
        #expect(f.reviewForm(member("M0"), s)?.kind == .member)  // qd124 has no form of its own for them
        #expect(f.reviewForm(SubjectRef(.leader, "M1"), s)?.form == "2B")
        #expect(f.reviewForm(SubjectRef(.leader, "M1"), s)?.subject == member("M1"))
        #expect(f.reviewForm(SubjectRef(.collective, "UBND"), s)?.form == "01")
        #expect(f.reviewForms().filter { $0.subject.id == "M1" }.count == 1)
    }

    /// On a points sheet a criterion's cell shows the mark over its maximum ("20/30"), so the
    /// printed form says what each criterion is out of; an unmarked one shows the room and the max.
    @Test func pointsMarksShowTheirMaximum() {
        let c = Criterion(.member, form: "7", id: "1", text: "t", max: Points(hundredths: 3000))
        #expect(Reports.markCell(.points(Points(hundredths: 2000)), c, points: true) == .text("20/30"))
        #expect(Reports.markCell(nil, c, points: true) == .text("…/30"))
    }
}
