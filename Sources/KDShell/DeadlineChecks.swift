import KiemDiem

/// Deadlines set by hand that the round cannot mean: one kept from another year (`set year`
/// keeps them, as it keeps as-of), and a review deadline after the result file's or the upper
/// level's, against plan IX's order. Both silently changed what `check` calls late or overdue:
/// reviews held on time in 2024 were "late" against 20/11/2023, and `report deadlines` showed an
/// upper deadline passed while `check` held upper-level subjects to the later review deadline.
enum DeadlineChecks {
    static func problems(_ st: Settings) -> [Message] {
        var out: [Message] = []
        for (name, d) in st.deadlines.sorted(by: { $0.key < $1.key }) where d.year != st.year {
            out.append(ShellText.deadlineOtherYear(name, d, st.year))
        }
        let dates = Rulebooks.deadlinesInForce(st)
        if let review = dates["review"] {
            for later in ["report", "upper"] {
                if let d = dates[later], d < review { out.append(ShellText.deadlineBeforeReview(later, d, review)) }
            }
        }
        return out
    }
}

extension ShellText {
    static func deadlineOtherYear(_ name: String, _ d: Day, _ year: Int) -> Message {
        m("the deadline \(name) \(d) (set by hand) is not in the \(year) round", "mốc \(name) \(d.vietnamese) (đặt tay) không thuộc đợt \(year)")
    }
    static func deadlineBeforeReview(_ name: String, _ d: Day, _ review: Day) -> Message {
        m("the deadline \(name) \(d) comes before the review deadline \(review): plan IX has reviews finish first (check holds upper-level subjects to the later of the two)",
          "mốc \(name) \(d.vietnamese) trước mốc kiểm điểm \(review.vietnamese): kế hoạch mục IX yêu cầu kiểm điểm xong trước (check lấy mốc muộn hơn cho đối tượng cấp trên quyết định)")
    }
    static let fixDeadline = m("set deadline NAME DATE with the round's date", "set deadline TÊN NGÀY theo ngày của đợt")
    static func deadlineLine(_ p: Message) -> Message {
        m("warning DEADLINE: \(p.en); fix: \(fixDeadline.en)", "cảnh báo DEADLINE: \(p.vi); cách sửa: \(fixDeadline.vi)")
    }
}
