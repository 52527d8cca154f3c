import KiemDiem

/// Review forms, criteria and the printable review plan: the shell's messages.
extension ShellText {
    static func noForm(_ s: String) -> Message {
        m("\(s) owes no review form (not a reviewed subject)", "\(s) không phải viết bản kiểm điểm (không thuộc đối tượng kiểm điểm)")
    }
    static func formsOutIsFolder(_ p: String) -> Message {
        m("--out \(p) names a file; report forms writes a folder (one file per subject and mau-kiem-diem for all)",
          "--out \(p) là tên tệp; report forms ghi một thư mục (mỗi đối tượng một tệp và mau-kiem-diem cho tất cả)")
    }
    static func formsTitle(_ y: Int) -> Message { m("Review forms \(y)", "Mẫu kiểm điểm năm \(y)") }
    static func cannotMakeFolder(_ dir: String, _ parent: String, _ why: Message) -> Message {
        m("cannot make the folder \(dir): \(parent) allows no new folder in it (\(why.en))",
          "không tạo được thư mục \(dir): \(parent) không cho tạo thư mục mới (\(why.vi))")
    }
    static func unowedFormsLeft(_ names: [String], _ dir: String) -> Message {
        let n = names.count, list = Catalog.Criteria.list(names)
        return m("note: \(n) form\(n == 1 ? "" : "s") in \(dir) \(n == 1 ? "is" : "are") of an earlier run for subjects that owe none now (excluded, moved or gone since), kept in case filled in: \(list); remove \(n == 1 ? "it" : "them") before printing the folder",
                 "lưu ý: còn \(n) mẫu trong \(dir) của lần chạy trước cho các đối tượng nay không phải kiểm điểm theo mẫu (đã loại trừ, chuyển đi hoặc không còn), kd giữ lại phòng khi đã được điền: \(list); hãy xóa trước khi in cả thư mục")
    }
    static func earlierFormsLeft(_ names: [String], _ dir: String) -> Message {
        let n = names.count, list = Catalog.Criteria.list(names)
        return m("\(n) file\(n == 1 ? "" : "s") of an earlier run for these subjects (another form letter or format) \(n == 1 ? "is" : "are") still in \(dir), kept in case \(n == 1 ? "it was" : "they were") filled in: \(list); remove \(n == 1 ? "it" : "them") if no longer needed",
                 "còn \(n) tệp của lần chạy trước cho các đối tượng này (mẫu hoặc định dạng khác) trong \(dir), kd giữ lại phòng khi đã được điền: \(list); hãy xóa nếu không cần nữa")
    }
    static func formsInterrupted(_ n: Int, _ total: Int, _ dir: String, _ all: String) -> Message {
        m("interrupted after writing \(n) of \(total) forms to \(dir): the folder is incomplete and \(all) was not written; run the command again to write them all",
          "đã ngắt sau khi ghi \(n)/\(total) bản kiểm điểm vào \(dir): thư mục chưa đủ và chưa ghi \(all); chạy lại lệnh để ghi đủ")
    }
    static func formsWritten(_ n: Int, _ dir: String, _ all: String) -> Message {
        m("wrote \(n) form\(n == 1 ? "" : "s") to \(dir) (all of them in \(all))",
          "đã ghi \(n) bản kiểm điểm vào \(dir) (tất cả trong \(all))")
    }
    static func folderIsLink(_ p: String) -> Message {
        m("\(p) is a symbolic link: forms are not written through one", "\(p) là liên kết tượng trưng: không ghi qua liên kết")
    }
    static func notAFolder(_ p: String) -> Message { m("\(p) is not a folder", "\(p) không phải thư mục") }
    static let planFormats = ["table", "md", "html"]
}

extension ShellText {
    static func planOnly(_ o: String) -> Message { m("--\(o) goes with review plan", "--\(o) chỉ dùng với review plan") }
    static let planTableNotWritten = m("review plan --format table prints the plan; a file takes md or html",
                                       "review plan --format table chỉ in kế hoạch; ghi tệp thì dùng md hoặc html")
    static let hintPlanFile = m("leave --format out (the file's extension decides), or give --format md or html",
                                "bỏ --format (đuôi tệp quyết định), hoặc dùng --format md hoặc html")
    static func scheduleTitle(_ y: Int) -> Message { m("Review schedule \(y)", "Lịch kiểm điểm năm \(y)") }
}
