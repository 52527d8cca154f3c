/// The Vietnamese words a user writes for kd's fixed values, in a file's cells and on the
/// command line alike (`khiển trách` for `khien-trach`, `đề xuất` for `proposed`). Matched
/// ignoring case and diacritics, as the codes are.
public enum VietnameseValues {
    // The name kd writes for each value (documents, `why`, `show`): each table below holds it,
    // so that every word kd prints is read back.
    public static func name(_ k: DisciplineRecord.Kind) -> String {
        switch k {
        case .discipline: return "kỷ luật"
        case .decline: return "suy thoái"
        case .prohibited: return "vi phạm điều cấm"
        }
    }
    public static func name(_ f: DisciplineRecord.Form) -> String {
        switch f {
        case .khienTrach: return "khiển trách"
        case .canhCao: return "cảnh cáo"
        case .cachChuc: return "cách chức"
        case .khaiTru: return "khai trừ"
        }
    }
    /// Who gave a grade, in a line's parentheses.
    public static func name(_ b: GradingBody) -> String {
        switch b {
        case .ward: return "đảng ủy"
        case .upper: return "cấp trên"
        case .cell: return "chi bộ"
        case .self: return "tự đánh giá"
        }
    }
    /// A class in a Vietnamese sentence.
    public static func name(_ c: SubjectClass) -> String {
        switch c {
        case .organization: return "tổ chức đảng"
        case .collective: return "tập thể lãnh đạo"
        case .leader: return "cá nhân lãnh đạo"
        case .member: return "đảng viên"
        }
    }
    public static func name(_ k: Unit.Kind) -> String {
        switch k {
        case .committee: return "đảng bộ"
        case .cell: return "chi bộ"
        case .group: return "tổ đảng"
        }
    }
    public static func name(_ t: Unit.CellType) -> String {
        switch t {
        case .residential: return "tổ dân phố"
        case .agency: return "cơ quan"
        case .school: return "trường học"
        case .police: return "công an"
        case .military: return "quân sự"
        case .enterprise: return "doanh nghiệp"
        case .other: return "khác"
        }
    }
    public static func name(_ c: Collective.Class) -> String {
        switch c {
        case .partyExecutive: return "ban chấp hành"
        case .partyStanding: return "ban thường vụ"
        case .cellCommittee: return "chi ủy"
        case .councilStanding: return "thường trực HĐND"
        case .peopleCommittee: return "ủy ban nhân dân"
        case .frontStanding: return "ban thường trực MTTQ"
        case .massOrgStanding: return "ban thường vụ đoàn thể"
        }
    }
    public static func name(_ st: Member.Status) -> String {
        switch st {
        case .active: return "đang sinh hoạt"
        case .exempt: return "miễn sinh hoạt"
        case .suspended: return "đình chỉ sinh hoạt"
        }
    }

    /// The names of a type's values, and the other words that mean them.
    static func words<T: CaseIterable>(_ name: (T) -> String, _ more: [String: T] = [:]) -> [String: T] {
        var out = more
        for v in T.allCases { out[name(v)] = v }
        return out
    }

    public static let disciplineKind = words(name as (DisciplineRecord.Kind) -> String, ["điều cấm": .prohibited])
    public static let disciplineForm = words(name as (DisciplineRecord.Form) -> String)
    public static let status = words(name as (Member.Status) -> String, [
        "sinh hoạt": .active, "đang sinh hoạt đảng": .active, "miễn": .exempt, "miễn sinh hoạt đảng": .exempt,
        "miễn công tác và sinh hoạt": .exempt, "miễn công tác và sinh hoạt đảng": .exempt, "đình chỉ": .suspended,
        "đình chỉ sinh hoạt đảng": .suspended,
    ])
    public static let stage: [String: Stage] = [
        "tự đánh giá": .self, "tự xếp loại": .self, "đề xuất": .proposed, "thẩm định": .proposed,
        "quyết định": .decided, "cấp có thẩm quyền quyết định": .decided,
    ]
    public static let body = words(name as (GradingBody) -> String, ["đảng ủy phường": .ward, "phường": .ward, "cá nhân": .self])
    public static let reason: [String: Exclusion.Reason] = [
        "miễn": .exempt, "miễn sinh hoạt": .exempt, "miễn sinh hoạt đảng": .exempt, "miễn công tác và sinh hoạt": .exempt,
        "miễn công tác và sinh hoạt đảng": .exempt, "đình chỉ": .suspended, "đình chỉ sinh hoạt": .suspended,
        "đình chỉ sinh hoạt đảng": .suspended, "mới": .newMember, "đảng viên mới": .newMember, "mới kết nạp": .newMember,
        "mới kết nạp chưa đủ 6 tháng": .newMember, "khác": .other, "lý do khác": .other,
    ]
    public static let cls = words(name as (SubjectClass) -> String, [
        "tổ chức": .organization, "tập thể": .collective, "lãnh đạo": .leader, "cán bộ lãnh đạo": .leader,
    ])
    /// yes/no as a file's cells write them (data.md §1): có/không, x, true/false, 1/0.
    public static func bool(_ text: String) -> Bool? {
        // Exact spellings first: folding costs a Foundation call per cell on big rosters.
        if let quick = quickBool[text] { return quick }
        switch Vietnamese.key(text) {
        case "yes", "true", "1", "co", "x", "y": return true
        case "no", "false", "0", "khong", "n": return false
        default: return nil
        }
    }
    private static let quickBool: [String: Bool] = ["có": true, "x": true, "yes": true, "1": true, "true": true,
                                                     "không": false, "no": false, "0": false, "false": false]
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
