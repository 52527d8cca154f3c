/// The reports' words: titles, column headers and notes, English and Vietnamese side by side.
extension Catalog {
    public enum Reports {
        static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }

        public static let noRows = m("(no rows)", "(không có dòng nào)")

        // Column headers
        public static let id = m("ID", "Mã")
        public static let name = m("Name", "Họ và tên / Tên")
        public static let unit = m("Unit", "Đơn vị")
        public static let cls = m("Class", "Đối tượng")
        public static let excluded = m("Excluded", "Không xếp loại")
        public static let selfStage = m("Self", "Tự đánh giá")
        public static let proposed = m("Proposed", "Đề xuất")
        public static let decided = m("Decided", "Quyết định")
        public static let final = m("Final", "Kết quả")
        public static let findings = m("Findings", "Vấn đề")
        public static let total = m("Total", "Tổng số")
        public static let notGraded = m("Not graded", "Chưa xếp loại")
        public static let graded = m("Graded", "Đã xếp loại")
        public static let percent = m("%", "%")
        public static let reason = m("Reason", "Lý do")
        public static let rule = m("Rule", "Quy tắc")
        public static let note = m("Note", "Ghi chú")
        public static let time = m("Time", "Thời gian")
        public static let command = m("Command", "Lệnh")
        public static let changes = m("Changes", "Thay đổi")
        public static let subject = m("Subject", "Đối tượng")
        public static let from = m("From", "Từ")
        public static let to = m("To", "Thành")
        public static let current = m("In force", "Đang áp dụng")
        public static let recorded = m("Recorded", "Đã ghi nhận")
        public static let severity = m("Severity", "Mức độ")
        public static let problem = m("Problem", "Vấn đề")
        public static let fix = m("Fix", "Cách sửa")
        public static let venue = m("Venue", "Nơi kiểm điểm")
        public static let form = m("Form", "Mẫu")
        public static let status = m("Status", "Tình trạng")
        public static let date = m("Date", "Ngày")
        public static let deadline = m("Deadline", "Thời hạn")
        public static let what = m("What", "Nội dung")
        public static let source = m("Source", "Nguồn")
        public static let daysLeft = m("Days left", "Còn (ngày)")
        public static let position = m("Position", "Chức vụ")
        public static let no = m("No.", "STT")
        public static let yes = m("yes", "có")
        public static let dash = m("—", "—")

        /// A reason in the plan's words (II.1), wherever a sentence or a cell gives it.
        public static func reasonText(_ r: Exclusion.Reason) -> Message {
            switch r {
            case .exempt: return m("exempt", "miễn công tác và sinh hoạt đảng")
            case .suspended: return m("suspended", "đình chỉ sinh hoạt đảng")
            case .newMember: return m("new member", "mới kết nạp chưa đủ 6 tháng")
            case .other: return m("other", "lý do khác")
            }
        }

        /// A summary column's header: capitalised like the others ("Miễn sinh hoạt"), where
        /// the reason as a cell's value stays a lower-case phrase.
        public static func reasonHeader(_ r: Exclusion.Reason) -> Message {
            // Short: four such columns sit beside the levels' in one table.
            switch r {
            case .exempt: return m("exempt", "Miễn sinh hoạt")
            case .suspended: return m("suspended", "Đình chỉ sinh hoạt")
            case .newMember: return m("new member", "Mới kết nạp")
            case .other: return m("other", "Lý do khác")
            }
        }
        /// The summary's sheet in a workbook: Excel allows 31 characters, and the Vietnamese
        /// title is longer (cut, it ended "…xếp loại chất").
        public static func summarySheet(_ year: Int) -> Message {
            m("Summary of grades, \(year)", "Tổng hợp xếp loại \(year)")
        }

        // Titles
        public static func summaryTitle(_ year: Int) -> Message {
            m("Summary of grades, \(year)", "Tổng hợp kết quả xếp loại chất lượng năm \(year)")
        }
        public static func classTitle(_ c: SubjectClass) -> Message {
            switch c {
            case .member: return m("Party members", "Đảng viên")
            case .leader: return m("Leaders and managers", "Cá nhân lãnh đạo, quản lý")
            case .organization: return m("Party organizations", "Tổ chức đảng")
            case .collective: return m("Leadership collectives", "Tập thể lãnh đạo, quản lý")
            }
        }
        /// Under a summary table where some of those not graded are so by a rule.
        public static func notGradedByRuleNote(_ byClass: [(SubjectClass, Int)], secretariesBelow: Bool = false) -> Message {
            let en = byClass.map { "\(classTitle($0.0).en): \($0.1)" }.joined(separator: "; ")
            let vi = byClass.map { "\(classTitle($0.0).vi): \($0.1)" }.joined(separator: "; ")
            return m("Not graded includes those the rules do not grade (R-NOGRADE-*: leaders in post and organizations formed less than 6 months ago are reviewed, not graded): \(en); the others have no grade yet\(secretariesBelow ? ", but for the cell secretaries below" : "").",
                     "Chưa xếp loại gồm các trường hợp không xếp loại theo quy định (R-NOGRADE-*: cá nhân giữ chức vụ, tổ chức thành lập chưa đủ 6 tháng thì kiểm điểm nhưng không xếp loại): \(vi); còn lại là chưa có mức xếp loại\(secretariesBelow ? ", trừ các bí thư chi bộ nêu dưới đây" : "").")
        }
        /// Under a summary table where some post holders are graded as members only.
        public static func gradedAsMemberOnlyNote(_ n: Int) -> Message {
            m("Of the leaders not graded, \(n) hold\(n == 1 ? "s" : "") posts in a cell only and \(n == 1 ? "has" : "have") no leader grade: plan V.2 lists no cell post among the leaders the ward grades, so \(n == 1 ? "this person is" : "they are") graded as a party member.",
              "Trong số cá nhân lãnh đạo, quản lý chưa xếp loại có \(n) người chỉ giữ chức vụ ở chi bộ và không có mức xếp loại cán bộ lãnh đạo, quản lý: mục V.2 Kế hoạch không nêu chức vụ ở chi bộ trong số cá nhân lãnh đạo, quản lý do Đảng ủy phường xếp loại, nên chỉ xếp loại với tư cách đảng viên.")
        }
        public static func className(_ c: SubjectClass) -> Message {
            switch c {
            case .member: return m("member", "đảng viên")
            case .leader: return m("leader", "lãnh đạo, quản lý")
            case .organization: return m("organization", "tổ chức đảng")
            case .collective: return m("collective", "tập thể")
            }
        }
        public static func unitTitle(_ code: String, _ name: String) -> Message {
            m("Unit \(code) — \(name)", "Đơn vị \(code) — \(name)")
        }
        /// Under the document's synthesis table, for a quota group tied across the cut.
        public static func documentQuotaTie(_ group: String, _ names: [String], _ slots: Int) -> String {
            "Lưu ý: trong nhóm tỷ lệ \(group), \(names.count) trường hợp xếp loại Hoàn thành xuất sắc nhiệm vụ "
                + "bằng nhau tại ngưỡng tỷ lệ (\(names.joined(separator: ", "))), chỉ được giữ \(slots): "
                + "đề nghị cấp ủy xem xét, quyết định; số liệu trên chưa phản ánh quyết định này."
        }
        public static func documentPendingCap(_ n: Int) -> String {
            "Lưu ý: còn \(n) trường hợp chưa được điều chỉnh mức xếp loại theo quy định (mức tối đa, tỷ lệ); "
                + "số liệu trên là mức đang ghi nhận, chưa phản ánh việc điều chỉnh này."
        }
        public static let unitMembers = m("Members", "Đảng viên")
        public static let unitOrganization = m("The unit itself", "Tổ chức đảng")
        public static func groupNotGraded(_ code: String, _ cell: String?) -> Message {
            let c = cell.map { " of \($0)" } ?? "", cv = cell.map { " thuộc \($0)" } ?? ""
            return m("\(code) is a party group\(c): not graded as an organization; its members are reviewed and graded with their cell.",
                     "\(code) là tổ đảng\(cv): không đánh giá, xếp loại như một tổ chức đảng; đảng viên của tổ được kiểm điểm, xếp loại cùng chi bộ.")
        }
        public static let exclusionsTitle = m("Excluded from review and grading", "Không kiểm điểm, xếp loại")
        public static let auditTitle = m("Audit log", "Nhật ký thao tác")
        public static let adjustmentsTitle = m("Changes made by cap", "Điều chỉnh mức xếp loại (cap)")
        public static let adjustmentsNote = m("In force: the effective level is still the one cap lowered; otherwise a later grade replaced it, or the subject is no longer graded (excluded).",
                                              "Đang áp dụng: mức hiệu lực vẫn là mức đã bị điều chỉnh; nếu không, một mức xếp loại sau đã thay thế, hoặc đối tượng không còn được xếp loại (không kiểm điểm, xếp loại).")
        public static let findingsTitle = m("Findings", "Các vấn đề")
        public static let reviewsTitle = m("Review plan and status", "Kế hoạch và tình hình kiểm điểm")
        public static let deadlinesTitle = m("Deadlines", "Thời hạn")
        public static let upperTitle = m("Proposed to the upper level", "Đề nghị cấp trên đánh giá, xếp loại")
        public static let done = m("done", "đã kiểm điểm")
        public static let owed = m("owed", "chưa kiểm điểm")
        public static let passed = m("passed", "đã hết hạn")
        public static let due = m("due", "còn hạn")
        public static let noAsOf = m("no reference date (set as-of)", "chưa có ngày tham chiếu (set as-of)")
        public static let byDefault = m("rulebook default", "mặc định của quy định")
        public static let bySetting = m("set deadline", "set deadline")
        /// `rules`: the date the rules use where as-of is not set (`ReferenceDate`), said so that
        /// "not set" is not read as "no date".
        public static func asOfLine(_ d: Day?, rules: Day?) -> Message {
            guard let d else {
                guard let r = rules.map(RulesText.referenceFromDeadline) else {
                    return m("Reference date: not set (set as-of DATE).", "Ngày tham chiếu: chưa đặt (set as-of NGÀY).")
                }
                return m("Reference date: not set (set as-of DATE); \(r.en).", "Ngày tham chiếu: chưa đặt (set as-of NGÀY); \(r.vi).")
            }
            return m("Reference date: \(d).", "Ngày tham chiếu: \(d.vietnamese).")
        }
        public static let chartByClass = m("Level distribution per class", "Phân bố mức xếp loại theo đối tượng")
        public static let chartByCell = m("Members' levels per cell", "Mức xếp loại đảng viên theo chi bộ")
        public static let chartFinalLevels = m("Final levels", "Kết quả xếp loại")
        public static let chartFinalByUnit = m("Final levels per unit", "Kết quả xếp loại theo đơn vị")
        public static func chartAll(_ n: Int) -> Message { m("all (\(n))", "tất cả (\(n))") }
        public static let levelAll = m("All levels", "Các mức")
        public static let severityError = m("error", "lỗi")
        public static let severityWarning = m("warning", "cảnh báo")
        public static func notGradedBy(_ rule: String) -> Message { m("not graded (\(rule))", "không xếp loại (\(rule))") }
        public static let notRecorded = m("from the roster; not recorded yet (exclude --auto)", "theo danh sách; chưa ghi nhận (exclude --auto)")
        public static func symlinkRefused(_ p: String) -> Message {
            m("\(p) is a symbolic link; not written through it", "\(p) là liên kết tượng trưng; không ghi qua liên kết")
        }
        public static let symlinkHint = m("give the real file's path, or another name", "hãy chỉ đường dẫn tệp thật, hoặc tên khác")
    }
}

typealias ReportText = Catalog.Reports
