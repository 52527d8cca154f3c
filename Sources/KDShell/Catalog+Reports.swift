import KiemDiem

/// Messages of the `report` verb.
extension ShellText {
    public static func unknownReport(_ k: String) -> Message { m("unknown report \"\(k)\"", "không có báo cáo \"\(k)\"") }
    public static func reportKinds(_ all: [String]) -> Message {
        m("reports: \(all.joined(separator: ", "))", "các báo cáo: \(all.joined(separator: ", "))")
    }
    /// "a, b or c": the last two joined by the word.
    static func listed(_ items: [String], _ word: String) -> String {
        items.count <= 2 ? items.joined(separator: " \(word) ") : items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
    /// `verb`: the command the kind belongs to (`review plan` is not a report kind).
    public static func formatNotFor(_ f: String, _ k: String, _ ok: [String], verb: String = "report") -> Message {
        m("\(verb) \(k) cannot be written as \(f); use \(listed(ok, "or"))",
          "\(verb == "report" ? "báo cáo" : verb) \(k) không xuất được dạng \(f); dùng \(listed(ok, "hoặc"))")
    }
    static func formatExtensionClash(_ f: String, _ ext: String) -> Message {
        let what = f == "table" ? "a text table" : f.uppercased(), whatVi = f == "table" ? "bảng văn bản" : "dạng " + f.uppercased()
        return m("--format \(f) writes \(what), but the file is named .\(ext)", "--format \(f) ghi \(whatVi), nhưng tệp có đuôi .\(ext)")
    }
    static func hintFormatExtension(_ f: String) -> Message {
        f == "table"
            ? m("name the file .txt, or leave --format out: the name's extension decides", "đặt tên tệp đuôi .txt, hoặc bỏ --format: đuôi tên tệp quyết định")
            : m("name the file .\(f), or leave --format out: the name's extension decides", "đặt tên tệp đuôi .\(f), hoặc bỏ --format: đuôi tên tệp quyết định")
    }
    static func hintOutExtension(_ ok: [String]) -> Message {
        m("name the file .\(ok.joined(separator: " or ."))", "đặt tên tệp có đuôi .\(ok.joined(separator: " hoặc ."))")
    }
    static func unknownOutExtension(_ ext: String, _ k: String, verb: String = "report") -> Message {
        m("\(verb) \(k): kd does not write .\(ext) files, and the name's extension decides the format",
          "\(verb == "report" ? "báo cáo" : verb) \(k): kd không ghi tệp .\(ext), và đuôi tên tệp quyết định định dạng")
    }
    static func hintUnknownOutExtension(_ ok: [String], plain: Bool) -> Message {
        let list = listed(ok.map { "." + $0 }, "or"), listVi = listed(ok.map { "." + $0 }, "hoặc")
        return plain
            ? m("name the file \(list), or .txt for the text table; or give --format to write under this name",
                "đặt tên tệp đuôi \(listVi), hoặc .txt cho bảng văn bản; hoặc chỉ rõ --format để ghi với tên này")
            : m("name the file \(list) (.txt gives \(ok[0])); or give --format to write under this name",
                "đặt tên tệp đuôi \(listVi) (.txt cho dạng \(ok[0])); hoặc chỉ rõ --format để ghi với tên này")
    }
    /// `command`: what the option was given to, as typed (`report summary`, `generate demo`).
    public static func optionNotFor(_ o: String, _ command: String) -> Message {
        m("--\(o) does not apply to \(command)", "--\(o) không dùng cho \(command)")
    }
    public static func unknownClass(_ c: String) -> Message { m("unknown class \"\(c)\"", "không có loại đối tượng \"\(c)\"") }
    public static let hintClasses = m("classes: organization, collective, leader, member", "loại: organization, collective, leader, member")
    public static func reportWritten(_ p: String, _ bytes: Int) -> Message {
        m("wrote \(p) (\(bytes) bytes)", "đã ghi \(p) (\(bytes) byte)")
    }
    static func documentBeforeCap(_ n: Int) -> Message {
        m("note: cap would still change the level of \(n) subject\(n == 1 ? "" : "s"); the document shows the levels before it (cap --dry-run lists the changes)",
          "lưu ý: lệnh cap còn thay đổi mức của \(n) đối tượng; báo cáo ghi mức trước khi điều chỉnh (cap --dry-run liệt kê các thay đổi)")
    }
    static func documentQuotaTie(_ g: String, _ ids: [String], _ slots: Int) -> Message {
        m("note: R-QUOTA tie in group \(g): \(ids.joined(separator: ", ")) rank equal across the cut; \(slots) of \(ids.count) may stay HTXSNV: kd does not choose, the document leaves it to the committee and says so",
          "lưu ý: R-QUOTA đồng hạng trong nhóm \(RulesText.quotaGroupVi(g)): \(ids.joined(separator: ", ")) bằng nhau tại ngưỡng; chỉ \(slots)/\(ids.count) được giữ HTXSNV: kd không tự chọn, báo cáo ghi rõ để cấp ủy quyết định")
    }
    /// What each deadline of plan IX is for; a deadline set under another name reads as its name.
    /// Under qd366 the upper level is the province (the two-tier reform), under qd124 the city.
    public static func deadlineWhat(_ name: String, rules: String) -> Message {
        switch name {
        case "upper" where rules == RulebookID.qd366.rawValue:
            return m("results of upper-level subjects to the provincial organisation board",
                     "gửi báo cáo kết quả đối tượng cấp trên đánh giá về Ban Tổ chức Tỉnh ủy")
        case "review": return m("reviews of the subjects the ward grades finished", "hoàn thành kiểm điểm các tập thể, cá nhân thuộc diện Đảng ủy đánh giá")
        case "report": return m("result file to the ward's organisation board", "gửi báo cáo kết quả (kèm hồ sơ) về Ban Tổ chức Đảng ủy")
        case "upper": return m("results of upper-level subjects to the city's organisation board", "gửi báo cáo kết quả đối tượng cấp trên đánh giá về Ban Tổ chức Thành ủy")
        case "civil": return m("civil-servant grading finished (NĐ 90/2020, NĐ 48/2023)",
                               "hoàn thành đánh giá, xếp loại cán bộ, công chức, viên chức (NĐ 90/2020, NĐ 48/2023)")
        default: return Message(name)
        }
    }
}
