/// What a review form asks a subject to write about: the contents of plan II.3, word for word
/// (a test compares every line with the seed plan's text).

/// The kinds of review form a rulebook tells apart; the letter each one is printed under is the
/// rulebook's (`Rulebook.form(for:)`: QĐ124 01/2A/2B, QĐ366 01/2A/2B/2C with the letters swapped).
public enum ReviewFormKind: String, CaseIterable, Sendable {
    /// A party organisation or leadership collective (báo cáo kiểm điểm tập thể).
    case collective
    /// A member without a leadership post.
    case member
    /// A member who holds a leadership post.
    case leader
    /// A member working outside the political system (QĐ366 form 2C).
    case outside
}

/// One titled part of a form's contents; `items` are its bullets (with `sub` items under the last).
public struct FormSection: Hashable, Sendable {
    public var title: String
    public var items: [String]
    /// An indented list after the items (the plan's "kiểm điểm sâu sắc" points).
    public var sub: [String]
    /// Where the text comes from ("KH 79 II.3").
    public var source: String
    public init(title: String, items: [String], sub: [String] = [], source: String) {
        self.title = title
        self.items = items
        self.sub = sub
        self.source = source
    }
}

public enum PlanContents {
    /// The plan's lead sentence of II.3, for every form.
    public static let lead = "Nội dung kiểm điểm tập trung làm rõ những kết quả đạt được, khuyết điểm, hạn chế, yếu kém, nguyên nhân, giải pháp và thời gian khắc phục."

    /// II.3 "Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý".
    public static let collective = FormSection(
        title: "Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý",
        items: [
            "Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.",
            "Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội, kế hoạch, chương trình công tác năm được cấp có thẩm quyền giao, phê duyệt.",
            "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá” trong nội bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm tra, giám sát, kỷ luật đảng và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.",
            "Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.",
            "Những vấn đề được gợi ý kiểm điểm; việc khắc phục những hạn chế, khuyết điểm được cấp có thẩm quyền kết luận và được chỉ ra ở kỳ kiểm điểm trước (nếu có).",
        ],
        source: "KH 79 II.3")

    /// II.3 2.3.1 "Cá nhân không giữ chức vụ lãnh đạo, quản lý".
    public static let individual = FormSection(
        title: "2.3.1. Cá nhân không giữ chức vụ lãnh đạo, quản lý",
        items: [
            "Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, “tự diễn biến”, “tự chuyển hoá”.",
            "Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm.",
            "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.",
            "Những vấn đề được gợi ý kiểm điểm; việc khắc phục những hạn chế, khuyết điểm được cấp có thẩm quyền kết luận và được chỉ ra ở kỳ kiểm điểm trước (nếu có).",
        ],
        source: "KH 79 II.3 (2.3.1)")

    /// II.3 2.3.2 "Cá nhân giữ chức vụ lãnh đạo, quản lý": the contents of 2.3.1 and these.
    public static let leader = FormSection(
        title: "2.3.2. Cá nhân giữ chức vụ lãnh đạo, quản lý: Kiểm điểm nội dung tại Điểm 2.3.1 và các nội dung sau:",
        items: [
            "Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.",
            "Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
            "Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên.",
        ],
        source: "KH 79 II.3 (2.3.2)")

    /// The plan's "kiểm điểm sâu sắc" list. It closes 2.3.2 and speaks of "các tập thể, cá nhân":
    /// kd prints it on the forms of collectives and of leaders, whose targets, indexes and
    /// leadership it is about; a member without a post (2.3.1) does not get it.
    public static let deep = FormSection(
        title: "Ngoài các nội dung kiểm điểm nêu trên tại Quy định số 124-QĐ/TW, các tập thể, cá nhân kiểm điểm sâu sắc một số nội dung sau:",
        items: [],
        sub: [
            "Các chỉ tiêu trong Nghị quyết Đại hội Đảng bộ thành phố, chỉ tiêu trong Nghị quyết Đại hội Đảng bộ phường, nhiệm kỳ 2020-2025, chỉ tiêu trong Nghị quyết Đại hội Chi bộ, nhất là nhiệm vụ trọng tâm, nhiệm vụ đột phá; các chỉ tiêu nhiệm vụ hàng năm theo kết luận của Tỉnh ủy, Thành ủy, Đảng uỷ phường.",
            "Chú ý liên hệ kiểm điểm các chỉ số về cải cách hành chính, chỉ số hài lòng của người dân về dịch vụ công, chỉ số ứng dụng công nghệ thông tin; trách nhiệm khi có dấu hiệu vi phạm; để xảy ra những vấn đề bức xúc, phức tạp, dư luận quan tâm; có nhiều đơn thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi phạm nguyên tắc, quy định của Đảng, biểu hiện “lợi ích nhóm”, tham nhũng, tiêu cực, lãng phí, suy thoái, “tự diễn biến”, “tự chuyển hóa”; khi bị kỷ luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao; các khuyết điểm, yếu kém được cấp có thẩm quyền kết luận và được chỉ ra ở kỳ kiểm điểm trước (nếu có); việc lãnh đạo, chỉ đạo phòng, chống thiên tai, dịch bệnh kịp thời…để xem xét, đánh giá đúng mức độ hoàn thành nhiệm vụ.",
        ],
        source: "KH 79 II.3 (2.3.2)")

    /// The contents the plan requires of each kind of subject. The plan names no contents of
    /// its own for a member outside the political system (a QĐ366 form): they get 2.3.1.
    public static func sections(_ kind: ReviewFormKind) -> [FormSection] {
        switch kind {
        case .collective: return [collective, deep]
        case .member, .outside: return [individual]
        case .leader: return [individual, leader, deep]
        }
    }
}
