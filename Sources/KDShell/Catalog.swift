import KiemDiem

/// The shell's messages, English and Vietnamese side by side.
public enum ShellText {
    static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }

    // Language
    public static let unterminatedQuote = m("unterminated quote", "thiếu dấu đóng ngoặc kép")
    public static func hintCloseQuote(_ q: String) -> Message {
        m("close it with \(q) on the same command", "đóng bằng \(q) trong cùng lệnh")
    }
    public static func unknownVerb(_ v: String) -> Message { m("unknown command \"\(v)\"", "không có lệnh \"\(v)\"") }
    public static func didYouMean(_ c: [String]) -> Message {
        let list = Catalog.quotedList(c)
        return m("did you mean \(list)?", "có phải ý bạn là \(list)?")
    }
    public static let seeHelpAll = m("type \"help\" for the list of commands", "gõ \"help\" để xem danh sách lệnh")
    public static func seeHelp(_ v: String) -> Message { m("see \"help \(v)\"", "xem \"help \(v)\"") }
    public static func usage(_ u: String) -> Message { m("usage: \(u)", "cách dùng: \(u)") }
    public static func unknownOption(_ o: String, _ v: String) -> Message {
        m("unknown option --\(o) for \"\(v)\"", "lệnh \"\(v)\" không có tùy chọn --\(o)")
    }
    public static let emptyPath = m("a file name is needed here, not an empty text", "cần tên tệp ở đây, không phải chuỗi rỗng")
    /// `open` of a workspace holding names of blanks only (an earlier kd loaded them).
    static func namelessSubjects(_ ids: [String]) -> Message {
        let shown = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? ", …(+\(ids.count - 8))" : "")
        return m("warning: no name for \(shown): load the file they came from again with their names (load KIND FILE --merge)",
                 "cảnh báo: \(shown) chưa có tên: nạp lại tệp gốc có ghi tên (load LOẠI TỆP --merge)")
    }
    /// `open` of a workspace holding ids an earlier kd kept with a blank at an end.
    static func untrimmedIds(_ ids: [String]) -> Message {
        let shown = ids.prefix(8).map { "\"\($0.unicodeScalars.map { $0.value < 0x80 && $0.value > 0x20 ? String($0) : String(format: "\\u{%04X}", $0.value) }.joined())\"" }
            .joined(separator: ", ") + (ids.count > 8 ? ", …(+\(ids.count - 8))" : "")
        return m("warning: ids with a blank or an invisible character at an end: \(shown); files are read trimmed now, so a file that gives them without that character will not match them: load the roster (or units, collectives) again with --replace",
                 "cảnh báo: có mã chứa khoảng trắng hoặc ký tự ẩn ở đầu hoặc cuối: \(shown); nay kd bỏ các ký tự này khi đọc tệp, nên tệp ghi các mã này không kèm ký tự thừa sẽ không khớp với chúng: nạp lại danh sách đảng viên (hoặc tệp đơn vị, tập thể) với --replace")
    }
    static func blankOptionValue(_ o: String) -> Message {
        m("--\(o) needs a value, not an empty text", "tùy chọn --\(o) cần một giá trị, không được để trống")
    }
    static let hintOverrideReason = m("give the reason the ceiling is set aside: the audit log keeps it",
                                      "nêu lý do quyết định vượt mức trần; lý do này được ghi vào nhật ký")
    static func hintLeaveOptionOut(_ o: String) -> Message {
        m("leave --\(o) out when there is nothing to give", "bỏ tùy chọn --\(o) nếu không có nội dung cần ghi")
    }
    public static func optionNeedsValue(_ o: String) -> Message { m("option --\(o) needs a value", "tùy chọn --\(o) cần một giá trị") }
    public static func flagTakesNoValue(_ o: String) -> Message { m("option --\(o) takes no value", "tùy chọn --\(o) không nhận giá trị") }
    public static func optionTwice(_ o: String) -> Message { m("option --\(o) given twice", "tùy chọn --\(o) bị lặp") }
    /// `w` names what is missing in the usage's words (`SUBJECT`, `ward or demo`): the words a
    /// user types stay as they are, the "or" between them is the reader's language.
    public static func missingArgument(_ w: String) -> Message {
        m("missing \(w)", "thiếu \(placeholderVi[w].map { "\($0) (\(w))" } ?? w.replacingOccurrences(of: " or ", with: " hoặc "))")
    }
    /// What a usage placeholder stands for, in Vietnamese: "thiếu đối tượng (SUBJECT)".
    static let placeholderVi = [
        "SUBJECT": "đối tượng", "NAME": "tên", "FILE": "tên tệp", "FILE.xlsx": "tệp bảng tính", "MEMBER": "đảng viên",
        "KIND": "loại dữ liệu", "UNIT": "đơn vị", "TEXT": "nội dung tìm", "RATING": "mức đánh giá", "LEVEL": "mức xếp loại",
        "KEY": "khóa thiết lập", "DATE": "ngày", "CRITERION": "tiêu chí", "YEAR": "năm", "N": "số",
    ]
    public static let hintBlankAfterBackslash = m("a \\ continues the command only at the very end of the line; here a blank follows it",
                                                  "dấu \\ chỉ nối dòng khi ở cuối cùng của dòng; ở đây có khoảng trắng sau nó")
    public static func unexpectedArgument(_ w: String) -> Message { m("unexpected argument \"\(w)\"", "thừa đối số \"\(w)\"") }
    static func hintSemicolonList(_ id: String) -> Message {
        m("\(id) is a subject, not a command: `;` ends a command, and what came before it was a command of its own; several ids go with commas (ID,ID)",
          "\(id) là đối tượng, không phải lệnh: `;` kết thúc một lệnh, phần trước nó là một lệnh riêng; nhiều mã thì ngăn bằng dấu phẩy (MÃ,MÃ)")
    }
    static func hintQuoteLevel(_ name: String) -> Message {
        m("a level's name of several words goes in quotes: \"\(name)\"", "tên mức xếp loại nhiều chữ phải đặt trong ngoặc kép: \"\(name)\"")
    }
    /// Curly quotes (pasted from a word processor) are letters to kd, not quote marks.
    static func typographicQuotes(_ words: [Word]) -> [Message] {
        guard words.contains(where: { $0.text.contains(where: { "“”„‘’".contains($0) }) }) else { return [] }
        return [m("“ ” and ‘ ’ are not quote marks here: type straight quotes \" or '",
                  "“ ” và ‘ ’ không phải dấu ngoặc ở đây: hãy gõ ngoặc thẳng \" hoặc '")]
    }
    public static func notANumber(_ w: String, _ o: String, _ r: ClosedRange<Int>?) -> Message {
        let range = r.map { " (\($0.lowerBound)–\($0.upperBound))" } ?? ""
        return m("--\(o) needs a whole number\(range), not \"\(w)\"", "--\(o) cần một số nguyên\(range), không phải \"\(w)\"")
    }
    /// A count given as a word of the command (`undo N`, `expect … N`), not an option.
    public static func notACount(_ w: String, _ name: String, from: Int) -> Message {
        m("\(name) needs a whole number from \(from), not \"\(w)\"", "\(name) cần một số nguyên từ \(from), không phải \"\(w)\"")
    }
    public static func badDate(_ w: String) -> Message { m("not a valid date: \"\(w)\"", "ngày không hợp lệ: \"\(w)\"") }
    public static func badLevel(_ w: String) -> Message { m("unknown level \"\(w)\"", "không có mức xếp loại \"\(w)\"") }
    public static let hintLevels = m("levels: HTXSNV, HTTNV, HTNV, KHTNV (or excellent, good, done, failed, or the Vietnamese names)",
                                     "các mức: HTXSNV, HTTNV, HTNV, KHTNV (hoặc tên tiếng Việt đầy đủ)")
    public static func badChoice(_ w: String, _ all: [String]) -> Message {
        m("\"\(w)\" is not one of \(all.joined(separator: ", "))", "\"\(w)\" không thuộc \(all.joined(separator: ", "))")
    }
    public static let interrupted = m("interrupted; nothing was changed", "đã ngắt; không có gì thay đổi")
    public static let interruptedAfterChange = m("interrupted while printing: the change was made already; undo takes it back",
                                                 "đã ngắt khi đang in: thay đổi đã được thực hiện; undo để hoàn tác")

    // Session
    public static func banner(_ v: String) -> Message {
        m("kd \(v) — yearly review and quality grading. Type \"help\" for commands, \"quit\" to leave.",
          "kd \(v) — kiểm điểm, đánh giá, xếp loại chất lượng. Gõ \"help\" để xem lệnh, \"quit\" để thoát.")
    }
    public static let continuationDropped = m("input ended after a line ending in \\; that command was not run",
                                              "hết dữ liệu nhập sau dòng kết thúc bằng \\; lệnh đó không được chạy")
    public static let unsavedQuit = m("there are unsaved changes; \"save\" them, or quit again (or \"quit!\") to leave without saving",
                                      "có thay đổi chưa lưu; hãy \"save\", hoặc thoát lần nữa (hay \"quit!\") để bỏ qua")
    /// `verb`: the command refused (`new`, `open`), which `--force` then makes drop the changes.
    public static func unsaved(_ verb: String) -> Message {
        m("there are unsaved changes; \"save\" first, or \"\(verb) --force\"",
          "có thay đổi chưa lưu; hãy \"save\" trước, hoặc dùng \"\(verb) --force\"")
    }
    public static func saved(_ p: String) -> Message { m("saved \(p)", "đã lưu \(p)") }
    public static func changedOnDisk(_ p: String) -> Message {
        m("\(p) has changed on disk since this session opened or saved it (another kd or program wrote it); not overwritten",
          "\(p) đã bị thay đổi trên đĩa từ khi phiên này mở hoặc lưu nó (một kd hay chương trình khác đã ghi); không ghi đè")
    }
    public static let hintChangedOnDisk = m("save --as OTHER to keep both, or save --force to overwrite what is there now",
                                            "save --as TỆP_KHÁC để giữ cả hai, hoặc save --force để ghi đè nội dung hiện có")
    public static func keptBackup(_ p: String, _ b: String) -> Message {
        m("note: the workspace that was in \(p) is kept as \(b)", "lưu ý: workspace trước đó trong \(p) được giữ lại thành \(b)")
    }
    public static func opened(_ p: String, _ n: Int) -> Message {
        m("opened \(p): \(n) members", "đã mở \(p): \(n) đảng viên")
    }
    public static let noPath = m("no file to save to", "chưa có tệp để lưu")
    public static let hintSaveAs = m("give one: save FILE", "hãy chỉ tệp: save FILE")
    public static func saveTwoTargets(_ a: String, _ b: String) -> Message {
        m("two files to save to: \(a) and --as \(b); nothing was saved", "hai tệp để lưu: \(a) và --as \(b); chưa lưu gì")
    }
    public static let hintSaveOneTarget = m("give one: save FILE, or save --as FILE", "hãy chỉ một tệp: save FILE, hoặc save --as FILE")
    public static let newDone = m("new workspace", "workspace mới")
    static func rulesNotOfYear(_ y: Int, _ rules: String, _ due: String) -> Message {
        m("warning: the \(y) round is graded under \(due) (QĐ 366 replaced QĐ 124 from 2025); this workspace keeps \(rules): type set rules \(due), or keep \(rules) as a scenario",
          "cảnh báo: đợt \(y) đánh giá theo \(due) (QĐ 366 thay QĐ 124 từ năm 2025); workspace này vẫn dùng \(rules): gõ set rules \(due), hoặc giữ \(rules) làm kịch bản")
    }
    static func newRulesByYear(_ y: Int) -> Message {
        m("rules qd366: the \(y) round is graded under QĐ 366 (--rules qd124 for the 2023 plan's rules)",
          "bộ quy tắc qd366: đợt \(y) đánh giá theo QĐ 366 (--rules qd124 để dùng quy tắc của kế hoạch 2023)")
    }
    public static func sourceCycle(_ chain: [String]) -> Message {
        m("source cycle: \(chain.joined(separator: " → "))", "source lặp vòng: \(chain.joined(separator: " → "))")
    }
    public static func sourceTooDeep(_ n: Int) -> Message {
        m("source nested deeper than \(n) files", "source lồng sâu quá \(n) tệp")
    }
    public static func settingSet(_ k: String, _ v: String) -> Message { m("\(k) = \(v)", "\(k) = \(v)") }
    /// `set deadline NAME` for a name the rulebook does not have: kept, and said.
    static func wardNotWorkbook(_ p: String) -> Message {
        m("generate ward writes CSV files into a folder, not a workbook (\(p)); name a folder",
          "generate ward ghi các tệp CSV vào một thư mục, không ghi bảng tính (\(p)); hãy đặt tên thư mục")
    }
    static let headCapOffPlan = m("R-HEAD-CAP is the 2023 plan's own rule (KH 79 VII.2): with it off, results are a scenario, not the plan's",
                                  "R-HEAD-CAP là quy định của kế hoạch 2023 (KH 79 mục VII.2): khi tắt, kết quả chỉ là phương án thử, không theo kế hoạch")
    public static func ownDeadline(_ name: String, _ known: [String], _ near: [String]) -> Message {
        let list = known.joined(separator: ", ")
        let mean = near.isEmpty ? "" : "; " + didYouMean(near).en, meanVi = near.isEmpty ? "" : "; " + didYouMean(near).vi
        return m("note: \"\(name)\" is not one of the rulebook's deadlines (\(list)): kept as one of your own\(mean)",
                 "lưu ý: \"\(name)\" không phải mốc thời hạn của bộ quy tắc (\(list)): giữ làm mốc riêng\(meanVi)")
    }
    public static func unknownSetting(_ k: String) -> Message { m("unknown setting \"\(k)\"", "không có thiết lập \"\(k)\"") }
    public static let emptyDeadlineName = m("a deadline needs a name", "thời hạn cần có tên")
    public static func badSetting(_ k: String, _ v: String, _ expect: String) -> Message {
        m("\(k) cannot be \"\(v)\": expected \(expect)", "\(k) không nhận \"\(v)\": cần \(expect)")
    }
    public static func unknownRules(_ r: String) -> Message { m("unknown rulebook \"\(r)\"", "không có bộ quy tắc \"\(r)\"") }
    public static let nothingToUndo = m("nothing to undo", "không có gì để hoàn tác")
    /// `undo N` / `redo N` asked for more steps than there were.
    public static func fewerSteps(_ k: Int, asked: Int, undo: Bool) -> Message {
        undo ? m("asked for \(asked), but only \(k) could be undone", "yêu cầu \(asked) bước nhưng chỉ hoàn tác được \(k)")
             : m("asked for \(asked), but only \(k) could be redone", "yêu cầu \(asked) bước nhưng chỉ làm lại được \(k)")
    }
    public static let nothingToRedo = m("nothing to redo", "không có gì để làm lại")
    public static func cannotReadScript(_ p: String) -> Message { m("cannot read script \(p)", "không đọc được tệp lệnh \(p)") }
    public static func scriptIsFolder(_ p: String) -> Message { m("\(p) is a folder, not a script", "\(p) là thư mục, không phải tệp lệnh") }
    public static let pressEnter = m("(press Enter to go on)", "(nhấn Enter để tiếp tục)")
    public static func helpHeader() -> Message {
        m("Commands (help VERB for details and examples):", "Các lệnh (help LỆNH để xem chi tiết và ví dụ):")
    }
    public static let options = m("Options:", "Tùy chọn:")
    public static let examples = m("Examples:", "Ví dụ:")
    public static let subwords = m("Kinds:", "Loại:")
    public static let settingKeysHeader = m("Keys:", "Các khóa:")
}
