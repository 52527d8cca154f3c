/// The qd366 rules' messages, English and Vietnamese side by side.
extension RulesText {
    public static let provincialStanding = m("the provincial standing committee (Ban Thường vụ Tỉnh ủy)", "Ban Thường vụ Tỉnh ủy")
    public static func noAuthority(named by: Message, _ c: Message) -> Message {
        m("decided by \(by.en), but \(c.en) decides this grade", "\(by.vi) quyết định, nhưng thẩm quyền là \(c.vi)")
    }

    // Scores
    static func partName(_ f: String) -> (en: String, vi: String) {
        switch f {
        case "common": return ("common criteria", "tiêu chí chung")
        case "results": return ("task results", "kết quả thực hiện nhiệm vụ")
        default: return ("score", "tổng điểm")
        }
    }
    public static func tooMany(_ f: String, _ p: Points, _ max: Points) -> Message {
        let n = partName(f)
        return m("\(n.en) \(p) is over the \(max) points they carry (QĐ366: 30 common + 70 results = 100)",
                 "\(n.vi) \(p.vietnamese) vượt quá \(max.vietnamese) điểm (QĐ366: 30 điểm tiêu chí chung + 70 điểm kết quả = 100)")
    }
    public static func scorePair(_ f: String, _ other: String) -> Message {
        m("--\(f) needs --\(other): the score is common + results", "--\(f) cần kèm --\(other): tổng điểm = chung + kết quả")
    }
    public static func scoreSum(_ s: Points, _ c: Points, _ r: Points) -> Message {
        m("score \(s) is not common \(c) + results \(r) = \(c + r)", "tổng điểm \(s.vietnamese) khác điểm chung \(c.vietnamese) + kết quả \(r.vietnamese) = \((c + r).vietnamese)")
    }
    static func bandRange(_ l: Level) -> String {
        switch l {
        case .HTXSNV: return "≥ 90"
        case .HTTNV: return "70–<90"
        case .HTNV: return "50–<70"
        case .KHTNV: return "< 50"
        }
    }
    public static func scoreBand(_ p: Points, _ b: Level) -> Message {
        m("score \(p) is in the \(b.rawValue) band (\(bandRange(b)))", "tổng điểm \(p.vietnamese) thuộc khung \(b.rawValue) (\(bandRange(b)))")
    }
    public static func belowBand(_ l: Level, _ d: Derivation) -> Message {
        m("\(l.rawValue) is below what score \(d.total) and the conditions give (\(d.level.rawValue))",
          "\(l.rawValue) thấp hơn mức theo tổng điểm \(d.total.vietnamese) và điều kiện (\(d.level.rawValue))")
    }
    public static func fixBelowBand(_ l: Level) -> Message {
        m("grade \(l.rawValue), or note the reason for the lower level", "xếp \(l.rawValue), hoặc ghi rõ lý do xếp thấp hơn")
    }

    // Conditions
    public static func notAllDone(_ s: SubjectRef, _ c: Percentage) -> Message {
        m("\(s.description) completed \(c)% of its tasks; HTNV needs 100%: KHTNV",
          "\(subjectVi(s)) hoàn thành \(c.vietnamese)% nhiệm vụ; HTNV cần 100%: KHTNV")
    }
    public static func tooLate(_ s: SubjectRef, _ l: Percentage) -> Message {
        m("\(s.description) finished \(l)% of its tasks late; HTNV allows at most 20%: KHTNV",
          "\(subjectVi(s)) có \(l.vietnamese)% nhiệm vụ chậm tiến độ; HTNV tối đa 20%: KHTNV")
    }
    public static func notOnTime(_ s: SubjectRef, _ l: Percentage) -> Message {
        m("\(s.description) finished \(l)% of its tasks late; HTTNV needs all on time: at most HTNV",
          "\(subjectVi(s)) có \(l.vietnamese)% nhiệm vụ chậm tiến độ; HTTNV cần 100% đúng tiến độ: tối đa HTNV")
    }
    public static func fewExceeded(_ s: SubjectRef, _ e: Percentage) -> Message {
        m("\(s.description) exceeded \(e)% of its tasks; HTXSNV needs at least 30%: at most HTTNV",
          "\(subjectVi(s)) vượt mức \(e.vietnamese)% nhiệm vụ; HTXSNV cần ít nhất 30%: tối đa HTTNV")
    }
    public static func priorNotFixed(_ s: SubjectRef, _ p: Percentage) -> Message {
        m("\(s.description) remedied \(p)% of the previous review's shortcomings; HTXSNV needs all: at most HTTNV",
          "\(subjectVi(s)) khắc phục \(p.vietnamese)% hạn chế, khuyết điểm kỳ trước; HTXSNV cần khắc phục hết: tối đa HTTNV")
    }
    public static let conditionsUnknown = m("HTXSNV, but no task record (targets) to verify its conditions",
                                            "HTXSNV nhưng chưa có số liệu nhiệm vụ (targets) để xác định điều kiện")
    public static let fixLoadTargets = m("load targets with the subject's task record", "load targets TỆP có số liệu nhiệm vụ của đối tượng")
    /// `missing`: the target columns (`exceeded_pct`, `late_pct`, `prior_fixed_pct`) left empty.
    public static func conditionsPartly(_ s: SubjectRef, _ missing: [String]) -> Message {
        m("HTXSNV, but \(s.description)'s task record leaves \(missing.joined(separator: ", ")) empty: those conditions are not verified",
          "HTXSNV nhưng số liệu nhiệm vụ của \(subjectVi(s)) để trống \(missing.joined(separator: ", ")): chưa xác định được các điều kiện đó")
    }
    public static func fixFillTargets(_ missing: [String]) -> Message {
        m("load targets --merge with \(missing.joined(separator: ", ")) filled in", "load targets TỆP --merge, điền các cột \(missing.joined(separator: ", "))")
    }
    public static func unreadTaskRecord(_ fact: Message, _ book: String) -> Message {
        m("\(fact.en) (no \(book) rule reads a member's own tasks)", "\(fact.vi) (không quy tắc nào của \(book) xét nhiệm vụ riêng của đảng viên)")
    }
    public static func taskFact(_ t: TargetRecord) -> Message {
        var en = ["\(t.completedPct)% completed"], vi = ["hoàn thành \(t.completedPct.vietnamese)%"]
        if let e = t.exceededPct { en.append("\(e)% exceeded"); vi.append("vượt \(e.vietnamese)%") }
        if let l = t.latePct { en.append("\(l)% late"); vi.append("chậm \(l.vietnamese)%") }
        if let p = t.priorFixedPct { en.append("\(p)% of prior shortcomings remedied"); vi.append("khắc phục \(p.vietnamese)% khuyết điểm kỳ trước") }
        if let c = t.lowConfidencePct { en.append("\(c)% low-confidence votes"); vi.append("\(c.vietnamese)% phiếu tín nhiệm thấp") }
        return m("tasks: " + en.joined(separator: ", "), "nhiệm vụ: " + vi.joined(separator: ", "))
    }

    // Triggers
    public static func dutyDiscipline(_ form: DisciplineRecord.Form?, _ d: Day?) -> Message {
        m("disciplined (\(form?.rawValue ?? "discipline")\(d.map { ", \($0)" } ?? "")) for a violation in official duties: KHTNV",
          "bị kỷ luật (\(form.map(VietnameseValues.name) ?? "kỷ luật")\(d.map { ", \($0.vietnamese)" } ?? "")) do vi phạm khi thực thi công vụ: KHTNV")
    }
    public static func unitBelow70(_ s: SubjectRef, _ c: Percentage) -> Message {
        m("\(s.description), which they lead, completed \(c)% of its tasks (under 70%): KHTNV",
          "\(subjectVi(s)) do đồng chí phụ trách hoàn thành \(c.vietnamese)% nhiệm vụ (dưới 70%): KHTNV")
    }
    public static func lowConfidence(_ p: Percentage) -> Message {
        m("\(p)% low-confidence votes (over 50%): KHTNV", "\(p.vietnamese)% phiếu tín nhiệm thấp (trên 50%): KHTNV")
    }
    public static func mostFailed(_ p: Percentage) -> Message {
        m("\(p)% of their tasks not completed (over 50%): KHTNV", "\(p.vietnamese)% nhiệm vụ không hoàn thành (trên 50%): KHTNV")
    }
    /// A discipline record in a line: `discipline khien-trach 2025-04-01`, in Vietnamese
    /// `kỷ luật khiển trách 01/04/2025`.
    public static func disciplineWhat(_ d: DisciplineRecord) -> Message {
        m([d.kind.rawValue, d.form?.rawValue, d.date?.description].compactMap { $0 }.joined(separator: " "),
          [VietnameseValues.name(d.kind), d.form.map(VietnameseValues.name), d.date?.vietnamese].compactMap { $0 }.joined(separator: " "))
    }
    public static func selfReported(_ d: DisciplineRecord) -> Message {
        let w = disciplineWhat(d)
        return m("\(w.en) was self-reported and remedied: not an automatic KHTNV; the competent level weighs it",
                 "\(w.vi) tự phát hiện, tự báo cáo và đã khắc phục: không mặc nhiên KHTNV; cấp có thẩm quyền xem xét")
    }
    public static let fixWeigh = m("the competent level decides the level (grade … --stage decided)",
                                   "cấp có thẩm quyền quyết định mức xếp loại (grade … --stage decided)")
    public static func dutyUnknown(_ d: DisciplineRecord) -> Message {
        let w = disciplineWhat(d)
        return m("\(w.en): not recorded whether the violation was in official duties (KHTNV if it was)",
                 "\(w.vi): chưa ghi rõ vi phạm có khi thực thi công vụ hay không (nếu có: KHTNV)")
    }
    public static func fixDuty(_ id: String) -> Message {
        m("record it with the duty column (yes/no), or discipline \(id) … --duty yes|no",
          "ghi cột duty (có/không), hoặc discipline \(id) … --duty yes|no")
    }

    public static func withDuty(_ r: Message, _ duty: Bool?) -> Message {
        switch duty {
        case true?: return m("\(r.en); in official duties", "\(r.vi); khi thực thi công vụ")
        case false?: return m("\(r.en); outside official duties", "\(r.vi); ngoài công vụ")
        case nil: return m("\(r.en); official duties not recorded", "\(r.vi); chưa ghi rõ có khi thực thi công vụ")
        }
    }

    // Quota
    public static func outstandingRate(_ u: String, _ ref: String, _ rate: Int) -> Message {
        m("\(u) is recorded as outstanding (\(ref)): up to \(rate)%",
          "\(u) được công nhận tiêu biểu (\(ref)): tối đa \(rate)%")
    }
    public static func outstandingNoReference(_ o: String) -> Message {
        m("marked outstanding (\"\(o)\") without a decision reference: the 25% quota does not apply",
          "ghi tiêu biểu (\"\(o)\") nhưng không có số quyết định: không áp dụng tỷ lệ 25%")
    }
    public static let fixOutstanding = m("record the decision reference in the units file's outstanding column",
                                         "ghi số quyết định công nhận vào cột outstanding của tệp units")
}
