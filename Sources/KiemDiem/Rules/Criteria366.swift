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

    public func criteriaForm(_ facts: WardFacts, _ ref: SubjectRef) -> String { Self.criteriaSheet }

    /// The total of a fully marked sheet, in the bands of QĐ366 Đ10–11 (`QD366.band`).
    public func criteriaLevel(_ sheet: [Criterion], _ marks: [String: Mark]) -> CriteriaVerdict {
        CriteriaLevels.points(sheet, marks, band: Self.band)
    }
}

extension QD366 {
    /// The plan's contents (II.3) without its own "kiểm điểm sâu sắc" list, which cites QĐ124 and
    /// the 2020–2025 term: a QĐ366 round's plan brings its own.
    public func reviewContents(_ kind: ReviewFormKind) -> [FormSection] {
        PlanContents.sections(kind).filter { $0 != PlanContents.deep }
    }
}
