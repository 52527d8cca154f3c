import KiemDiem

extension Verbs {
    static let new = VerbSpec(
        name: "new", group: .workspace, usage: "new [--title T] [--year Y] [--rules qd124|qd366] [--force]",
        summary: Message(en: "start an empty workspace", vi: "tạo workspace trống"),
        options: [
            OptionSpec("title", .text, Message(en: "title of the round (the party committee's name)", vi: "tiêu đề (tên Đảng bộ)")),
            OptionSpec("year", .number, Message(en: "the year graded (default: this year; SOURCE_DATE_EPOCH fixes the clock)",
                                                 vi: "năm đánh giá (mặc định: năm nay; SOURCE_DATE_EPOCH cố định đồng hồ)")),
            OptionSpec("rules", .choice(RulebookID.allCases.map(\.rawValue)),
                       Message(en: "rulebook (default: qd366 from the 2025 round, qd124 before)", vi: "bộ quy tắc (mặc định: qd366 từ đợt 2025, trước đó qd124)")),
            OptionSpec("force", nil, Message(en: "drop unsaved changes", vi: "bỏ các thay đổi chưa lưu")),
        ],
        examples: ["new --title \"Đảng bộ phường Nguyễn Nghiêm\" --year 2023 --rules qd124"],
        run: { inv, s in
            try inv.noMorePositionals(than: 0)
            // A replayed `new` was allowed when typed (journaled as typed, so the recovered audit
            // log reads as the session's did); older journals wrote it with --force.
            if s.dirty && !inv.has("force") && s.replayClock == nil { throw inv.error(ShellText.unsaved("new")) }
            var settings = Settings(title: inv.value("title")?.text, year: try inv.int("year", in: Settings.years) ?? year(of: s.clock()))
            // QĐ 366 replaced QĐ 124 from the 2025 round [domain.md §6]: a round of 2025 or later
            // graded under the 2023 plan's rules by default would be graded wrongly.
            let chosen = try inv.value("rules").map { try inv.choice($0, RulebookID.self) }
            settings.rules = (chosen ?? (settings.year >= 2025 ? .qd366 : .qd124)).rawValue
            s.replaceWorkspace(Workspace(settings: settings), path: nil)
            _ = s.journalBegin(inv.text)
            s.audit(inv.text, ["new workspace"], vi: ["workspace mới"])
            if !s.quiet { s.say(ShellText.newDone) }
            if chosen == nil && settings.year >= 2025 { s.say(ShellText.newRulesByYear(settings.year)) }
        })

    /// The session's clock, not the machine's: SOURCE_DATE_EPOCH fixes it for scripts and tests.
    static func year(of date: Date) -> Int {
        Calendar(identifier: .gregorian).component(.year, from: date)
    }
}

import Foundation
