/// The Vietnamese words a user writes for kd's fixed values, in a file's cells and on the
/// command line alike (`khiển trách` for `khien-trach`, `đề xuất` for `proposed`). Matched
/// ignoring case and diacritics, as the codes are.
public enum VietnameseValues {
    public static let disciplineKind: [String: DisciplineRecord.Kind] = [
        "kỷ luật": .discipline, "suy thoái": .decline, "vi phạm điều cấm": .prohibited, "điều cấm": .prohibited,
    ]
    public static let disciplineForm: [String: DisciplineRecord.Form] = [
        "khiển trách": .khienTrach, "cảnh cáo": .canhCao, "cách chức": .cachChuc, "khai trừ": .khaiTru,
    ]
    public static let stage: [String: Stage] = [
        "tự đánh giá": .self, "tự xếp loại": .self, "đề xuất": .proposed, "thẩm định": .proposed,
        "quyết định": .decided, "cấp có thẩm quyền quyết định": .decided,
    ]
    public static let body: [String: GradingBody] = [
        "đảng ủy": .ward, "đảng ủy phường": .ward, "phường": .ward, "cấp trên": .upper,
        "chi bộ": .cell, "tự đánh giá": .self, "cá nhân": .self,
    ]
    public static let reason: [String: Exclusion.Reason] = [
        "miễn": .exempt, "miễn sinh hoạt": .exempt, "miễn công tác và sinh hoạt đảng": .exempt,
        "đình chỉ": .suspended, "đình chỉ sinh hoạt": .suspended, "mới": .newMember, "đảng viên mới": .newMember,
        "khác": .other, "lý do khác": .other,
    ]
    public static let cls: [String: SubjectClass] = [
        "tổ chức đảng": .organization, "tổ chức": .organization, "tập thể": .collective, "tập thể lãnh đạo": .collective,
        "cá nhân lãnh đạo": .leader, "lãnh đạo": .leader, "cán bộ lãnh đạo": .leader, "đảng viên": .member,
    ]
    /// yes/no as a file's cells write them (data.md §1): có/không, x, true/false, 1/0.
    public static func bool(_ text: String) -> Bool? {
        switch Vietnamese.key(text) {
        case "yes", "true", "1", "co", "x", "y": return true
        case "no", "false", "0", "khong", "n": return false
        default: return nil
        }
    }
    /// A grade's role: the member grade or the leader grade.
    public static let role: [String: String] = [
        "đảng viên": "member", "lãnh đạo": "leader", "cán bộ lãnh đạo": "leader", "cán bộ": "leader",
    ]

    /// The value `text` names: a code (any case), or a Vietnamese word of `aliases`, both
    /// ignoring diacritics. nil when it names none.
    public static func match<T: RawRepresentable & CaseIterable>(_ text: String, _ type: T.Type,
                                                                 _ aliases: [String: T] = [:]) -> T? where T.RawValue == String {
        if let v = T(rawValue: text) ?? aliases[text] { return v }
        let lower = text.lowercased()
        if let v = T(rawValue: lower) ?? aliases[lower] { return v }
        let k = Vietnamese.key(text)
        for c in T.allCases where Vietnamese.key(c.rawValue) == k { return c }
        for (a, v) in aliases where Vietnamese.key(a) == k { return v }
        return nil
    }
}
