/// Criteria sheets under QĐ366: every criterion is marked in points within its maximum, and the
/// total is placed in the 100-point bands (R366-SCORE-BAND). QĐ366's own structure is the two
/// groups, common criteria (≤ 30) and task results (≤ 70); a province's sub-weights
/// (`set weights FILE`) become the sheet's criteria. One sheet for every class (HD43's forms are
/// not numbered here: the sheet is named "QĐ366"); `load criteria` with a `max` column replaces
/// it class by class, as under qd124.
extension QD366 {
    public var criteriaScale: CriteriaScale { .points }
    public var criteriaRule: String { "R366-SCORE-BAND" }
    public static let criteriaSheet = "QĐ366"

    public func defaultCriteria(_ settings: Settings) -> [Criterion] {
        SubjectClass.allCases.flatMap { cls -> [Criterion] in
            if settings.weights.isEmpty {
                return [Criterion(cls, form: Self.criteriaSheet, id: "C", text: "Nhóm tiêu chí chung", part: .common, max: Self.maxCommon),
                        Criterion(cls, form: Self.criteriaSheet, id: "R", text: "Nhóm tiêu chí kết quả thực hiện nhiệm vụ (lượng hóa bằng sản phẩm cụ thể)",
                                  part: .results, max: Self.maxResults)]
            }
            return settings.weights.map {
                Criterion(cls, form: Self.criteriaSheet, id: $0.criterion, text: $0.criterion,
                          part: $0.part == .results ? .results : .common, max: $0.max)
            }
        }
    }

    /// The subject's review form (01, 2A, 2B, 2C): a province's list may give a sheet per form
    /// (a member outside the political system is rated on 2C's, not on the first member sheet);
    /// where the list has no sheet of that form, the class's first is used (`CriteriaSheets.sheet`),
    /// as the one default sheet "QĐ366" is.
    public func criteriaForm(_ facts: WardFacts, _ ref: SubjectRef) -> String {
        let person = ref.cls == .member || ref.cls == .leader
        return form(for: ref, isLeader: person && facts.isLeader(ref.id), outside: facts.ws.members[ref.id]?.outside ?? false)
    }

    /// The total of a fully marked sheet, in the bands of QĐ366 Đ10–11 (`QD366.band`).
    public func criteriaLevel(_ sheet: [Criterion], _ marks: [String: Mark]) -> CriteriaVerdict {
        CriteriaLevels.points(sheet, marks, band: Self.band)
    }

    /// QĐ366 Đ10: the common criteria carry exactly 30 points and the task results 70, on every
    /// sheet as in `set weights`: the part that does not add up, its sum and what it must be.
    /// nil when both add up.
    public static func partsOff(_ items: [(results: Bool, max: Points)]) -> (part: String, sum: Points, want: Points)? {
        for (results, want) in [(false, maxCommon), (true, maxResults)] {
            let sum = items.filter { $0.results == results }.reduce(Points(hundredths: 0)) { $0 + $1.max }
            if sum != want { return (results ? "results" : "common", sum, want) }
        }
        return nil
    }

    /// A province's list is marked in points: each criterion needs its maximum, and each sheet
    /// (class and form) the 30 + 70 = 100 points of QĐ366 (`partsOff`). Without this a sheet of
    /// 100 common points and 10 of results put a member with no results in the HTXSNV band.
    public func criteriaListProblem(_ list: [Criterion]) -> CriteriaListProblem? {
        var sheets: [SubjectClass: [String: [Criterion]]] = [:]
        for c in list.sorted(by: CriteriaSheets.order) { sheets[c.cls, default: [:]][c.form, default: []].append(c) }
        for cls in SubjectClass.allCases {
            guard let forms = sheets[cls] else { continue }
            for form in forms.keys.sorted(by: CriteriaSheets.numericLess) {
                let sheet = forms[form]!
                if let c = sheet.first(where: { $0.max == nil }) {
                    return CriteriaListProblem(cls: cls, form: form, criterion: c.id, message: RulesText.criterionNoMax(c.id))
                }
                if let off = Self.partsOff(sheet.map { ($0.part == .results, $0.max!) }) {
                    return CriteriaListProblem(cls: cls, form: form, part: off.part == "results" ? .results : .common,
                                               message: RulesText.sheetTotal(cls, form, off.part, off.sum, off.want))
                }
            }
        }
        return nil
    }
}

extension QD366 {
    /// The plan's contents (II.3) without its own "kiểm điểm sâu sắc" list, which cites QĐ124 and
    /// the 2020–2025 term: a QĐ366 round's plan brings its own.
    public func reviewContents(_ kind: ReviewFormKind) -> [FormSection] {
        PlanContents.sections(kind).filter { $0 != PlanContents.deep }
    }
}
