/// Messages of CSV reading and loading.
extension Catalog {
    // Reading
    public static func csvCannotOpen(_ p: String) -> Message { m("cannot open \(p)", "không mở được \(p)") }
    public static func csvIsFolder(_ p: String) -> Message { m("\(p) is a folder, not a CSV file", "\(p) là thư mục, không phải tệp CSV") }
    public static let hintCheckPath = m("check the path; paths in a script are relative to the script's folder",
                                        "kiểm tra đường dẫn; đường dẫn trong tệp lệnh tính từ thư mục của tệp lệnh")
    public static let hintCheckPathHere = m("check the path; it is relative to the current folder",
                                            "kiểm tra đường dẫn; đường dẫn tính từ thư mục hiện tại")
    public static let csvEmpty = m("empty file: no header row", "tệp rỗng: không có dòng tiêu đề")
    public static let csvNoHeader = m("the first row must be the header", "dòng đầu tiên phải là dòng tiêu đề")
    public static let hintHeaderRow = m("a CSV file starts with a header row naming its columns",
                                        "tệp CSV bắt đầu bằng dòng tiêu đề ghi tên các cột")
    public static let csvIsWorkbook = m("an Excel workbook (.xlsx), not a CSV text file", "bảng tính Excel (.xlsx), không phải tệp văn bản CSV")
    public static let hintWorkbookName = m("kd reads a file named FILE.xlsx as a workbook: rename it so, or save the sheet as CSV",
                                           "kd đọc tệp tên FILE.xlsx như bảng tính: đổi tên như vậy, hoặc lưu trang dạng CSV")
    public static let csvIsOpenDocument = m("an OpenDocument spreadsheet (.ods), not a CSV text file", "bảng tính OpenDocument (.ods), không phải tệp văn bản CSV")
    public static let csvIsZip = m("a zip archive, not a CSV text file nor an Excel workbook", "tệp nén zip, không phải tệp văn bản CSV hay bảng tính Excel")
    public static let hintSaveAsXlsxOrCSV = m("open it in a spreadsheet program and save it as Excel (.xlsx) or as CSV (UTF-8)",
                                              "mở bằng chương trình bảng tính rồi lưu thành Excel (.xlsx) hoặc CSV (UTF-8)")
    /// "this is a PDF document, not a CSV file".
    public static func fileIsOther(_ kind: Message, _ wanted: Message) -> Message {
        m("this is \(kind.en), not \(wanted.en)", "đây là \(kind.vi), không phải \(wanted.vi)")
    }
    static let hintHTMLToXlsx = m("open it in Excel and save it as an Excel Workbook (.xlsx), or as CSV UTF-8",
                                  "mở tệp này bằng Excel rồi lưu lại dạng Excel Workbook (.xlsx) hoặc CSV UTF-8")
    public static let hintOtherKind = m("kd reads the data itself: give the sheet it came from, saved as CSV UTF-8 or .xlsx",
                                        "kd đọc chính dữ liệu: hãy dùng bảng tính gốc, lưu dạng CSV UTF-8 hoặc .xlsx")
    public static let aCSVFile = m("a CSV text file", "tệp văn bản CSV")
    public static let anXlsxWorkbook = m("an .xlsx workbook", "bảng tính .xlsx")
    public static let aWorkspace = m("a kd workspace", "workspace kd")
    public static let csvBinary = m("binary data, not a CSV text file", "dữ liệu nhị phân, không phải tệp văn bản CSV")
    public static let csvUTF16 = m("UTF-16 text (Excel's \"Unicode text\"): kd reads CSV in UTF-8",
                                   "văn bản UTF-16 (\"Unicode text\" của Excel): kd đọc CSV dạng UTF-8")
    public static let csvNotUTF8 = m("invalid UTF-8 text", "văn bản không đúng mã UTF-8")
    public static let hintSaveAsCSV = m("save the sheet as \"CSV UTF-8\" (or load an .xlsx with load workbook)",
                                        "lưu bảng tính dạng \"CSV UTF-8\" (hoặc nạp tệp .xlsx bằng load workbook)")
    public static let csvLooksJSON = m("this is JSON, not CSV", "đây là JSON, không phải CSV")
    public static let hintJSONOpen = m("a saved workspace is opened with \"open FILE\"", "workspace đã lưu được mở bằng \"open FILE\"")
    public static let csvUnterminatedQuote = m("quoted field is never closed", "trường trong ngoặc kép không được đóng")
    public static let csvAfterQuote = m("text after the closing quote of a field", "có ký tự sau dấu ngoặc kép đóng của trường")
    public static let csvStrayQuote = m("quote inside an unquoted field", "dấu ngoặc kép nằm trong trường không được bao ngoặc")
    public static let hintQuotes = m("a field with a quote, delimiter or line break is written in quotes, with \"\" for a quote",
                                     "trường chứa ngoặc kép, dấu phân cách hoặc xuống dòng phải đặt trong ngoặc kép, ngoặc kép viết là \"\"")
    public static func csvRagged(_ got: Int, _ want: Int) -> Message {
        let has = count(got, "field", "fields", "trường")
        return m("row has \(has.en), the header has \(want)", "dòng có \(has.vi), dòng tiêu đề có \(want)")
    }
    public static func hintRaggedMore(_ d: String) -> Message {
        m("a value containing \"\(d)\" must be quoted", "giá trị chứa \"\(d)\" phải đặt trong ngoặc kép")
    }
    public static let hintRaggedFewer = m("every row needs a field for each header column (empty is fine)",
                                          "mỗi dòng cần đủ trường cho mọi cột tiêu đề (có thể để trống)")
    /// `name`: the column `h` is another spelling of; nil when `h` is its own name (or one kd
    /// does not know), so that the message does not say it twice.
    public static func csvDuplicateColumn(_ h: String, _ name: String?, _ first: Int) -> Message {
        guard let name else {
            return m("column \"\(h)\" appears twice (already column \(first))", "cột \"\(h)\" xuất hiện hai lần (đã có ở cột \(first))")
        }
        return m("column \"\(h)\" is \(name) again (already column \(first))", "cột \"\(h)\" lặp lại cột \(name) (đã có ở cột \(first))")
    }
    static let hintFileHeader = m("the first row must name the columns (data.md §2): delete the rows above the header",
                                  "dòng đầu phải ghi tên các cột (data.md §2): xóa các dòng nằm trên dòng tên cột")
    static func titleAboveHeader(_ t: String) -> Message {
        m("row 1 reads as a title (\"\(t)\") rather than the column headers: delete the rows above the header",
          "dòng 1 là tiêu đề của bảng (\"\(t)\") chứ không phải tên các cột: xóa các dòng nằm trên dòng tên cột")
    }
    public static func csvMissingColumn(_ c: String, _ kind: String) -> Message {
        m("missing required column \"\(c)\" for \(kind)", "thiếu cột bắt buộc \"\(c)\" của \(kind)")
    }
    public static func hintColumns(_ kind: String, _ c: ColumnSpec, _ header: [String]) -> Message {
        let names = quotedList([c.name] + c.aliases)
        return m("name it \(names); the header has: \(header.joined(separator: ", "))",
                 "đặt tên cột là \(names); dòng tiêu đề hiện có: \(header.joined(separator: ", "))")
    }

    public static func hintDelimiter(_ d: String) -> Message {
        m("the header seems separated by \(d); kd reads \",\" or \";\" between columns",
          "dòng tiêu đề có vẻ ngăn cách bằng \(d); kd đọc dấu \",\" hoặc \";\" giữa các cột")
    }

    // Cells
    public static func inColumn(_ c: String, _ inner: Message) -> Message {
        m("column \"\(c)\": \(inner.en)", "cột \"\(c)\": \(inner.vi)")
    }
    public static let cellEmpty = m("required value is empty", "giá trị bắt buộc bị trống")
    public static func cellBadDate(_ t: String) -> Message { m("not a valid date: \"\(t)\"", "ngày không hợp lệ: \"\(t)\"") }
    public static let hintDate = m("dates are YYYY-MM-DD or DD/MM/YYYY", "ngày viết YYYY-MM-DD hoặc DD/MM/YYYY")
    /// What is wrong with a date written in the right form, else the forms.
    /// `inFile`: a cell of a data file, whose other dates the same mistake may have turned.
    public static func hintDate(for text: String, inFile: Bool = false) -> Message {
        guard let (y, mo, d) = Day.impossible(text) else { return hintDate }
        if !(1900...2200).contains(y) { return m("the year \(y) is outside 1900–2200", "năm \(y) nằm ngoài 1900–2200") }
        // 12/25/1980: a US-English export writes the month first, and its other dates (3/05)
        // read as real dates the wrong way round.
        if mo > 12, text.contains("/"), Day(year: y, month: d, day: mo) != nil {
            guard inFile else {
                let month = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"][d - 1]
                let iso = String(format: "%04d-%02d-%02d", y, d, mo)
                return m("there is no month \(mo): kd reads DD/MM/YYYY, day first; for \(mo) \(month) write \(mo)/\(d)/\(y) or \(iso)",
                         "không có tháng \(mo): kd đọc DD/MM/YYYY, ngày trước; ngày \(mo) tháng \(d) viết \(mo)/\(d)/\(y) hoặc \(iso)")
            }
            return m("there is no month \(mo): kd reads DD/MM/YYYY, day first; if the file puts the month first (as Excel set to US English does), its other dates are read the wrong way round too: write them as YYYY-MM-DD",
                     "không có tháng \(mo): kd đọc DD/MM/YYYY, ngày trước; nếu tệp ghi tháng trước (như Excel đặt tiếng Anh Mỹ), các ngày khác trong tệp cũng bị đọc ngược: hãy ghi ngày dạng YYYY-MM-DD")
        }
        if !(1...12).contains(mo) { return m("there is no month \(mo)", "không có tháng \(mo)") }
        let n = Day.daysIn(month: mo, year: y)
        if d == 0 { return m("there is no day 0", "không có ngày 0") }
        return m("month \(mo) of \(y) has \(n) days", "tháng \(mo) năm \(y) có \(n) ngày")
    }
    public static func cellBadBool(_ t: String) -> Message { m("not yes/no: \"\(t)\"", "không phải có/không: \"\(t)\"") }
    public static let hintBool = m("write yes/no, true/false, 1/0, có/không, or x for yes and empty for no",
                                   "viết có/không, yes/no, true/false, 1/0, hoặc x là có và để trống là không")
    public static func cellBadInt(_ t: String, _ r: ClosedRange<Int>?) -> Message {
        let range = r.map { " (\($0.lowerBound)–\($0.upperBound))" } ?? ""
        return m("not a whole number\(range): \"\(t)\"", "không phải số nguyên\(range): \"\(t)\"")
    }
    public static func shareLooksLikeFraction(_ p: Percentage) -> Message {
        m("\(p) reads as \(p)%, and every share in the file is at most 1%: are they fractions of one?",
          "\(p.vietnamese) được hiểu là \(p.vietnamese)%, và mọi tỷ lệ trong tệp đều không quá 1%: có phải là phân số của 1?")
    }
    public static let hintSharesArePercent = m("write shares as percentages: 70 or 70% for seventy percent, not 0.7",
                                               "ghi tỷ lệ theo phần trăm: 70 hoặc 70% cho bảy mươi phần trăm, không phải 0,7")
    public static func notAPercent(_ t: String) -> Message {
        m("not a percentage from 0 to 100 (up to 2 decimals): \"\(t)\"", "không phải tỷ lệ phần trăm từ 0 đến 100 (tối đa 2 chữ số thập phân): \"\(t)\"")
    }
    public static func cellBadPoints(_ t: String) -> Message {
        m("not a score (a number from 0, no sign, up to 2 decimals): \"\(t)\"", "không phải điểm số (số từ 0 trở lên, không có dấu, tối đa 2 chữ số thập phân): \"\(t)\"")
    }
    public static func cellBadChoice(_ t: String, _ all: [String]) -> Message {
        m("\"\(t)\" is not one of \(all.joined(separator: ", "))", "\"\(t)\" không thuộc \(all.joined(separator: ", "))")
    }

    public static func hintAlsoVietnamese(_ all: [String]) -> Message {
        m("Vietnamese spellings work too: \(all.joined(separator: ", "))", "cũng nhận tiếng Việt: \(all.joined(separator: ", "))")
    }

    // Loading
    /// `row`: where the twin is in the same file; nil when it is already in the workspace.
    public static func caseTwin(_ id: String, _ twin: String, _ row: Int?) -> Message {
        let en = row.map { "at row \($0)" } ?? "already loaded", vi = row.map { "ở dòng \($0)" } ?? "đã có"
        return m("\"\(id)\" differs from \"\(twin)\" (\(en)) only in case: kd finds ids and codes without regard to case, so they would be one",
                 "\"\(id)\" chỉ khác \"\(twin)\" (\(vi)) ở chữ hoa, chữ thường: kd tìm mã không phân biệt hoa thường nên hai mã này là một")
    }
    public static func shortcomingYear(_ y: Int, _ round: Int) -> Message {
        m("\(y) is not a previous review's year: the shortcomings loaded here are those of a review before the \(round) round",
          "\(y) không phải năm của kỳ kiểm điểm trước: hạn chế nạp ở đây là của kỳ kiểm điểm trước đợt \(round)")
    }
    public static func duplicateRecord(_ what: Message, _ firstRow: Int) -> Message {
        m("a second row for \(what.en) (first at row \(firstRow))", "dòng thứ hai cho \(what.vi) (đã có ở dòng \(firstRow))")
    }
    public static func reviewRecord(_ subject: String, _ venue: String) -> Message {
        m("the review of \(subject) at \(venue)", "kiểm điểm của \(subject) tại \(venue)")
    }
    public static func postRecord(_ member: String, _ role: String, _ body: String) -> Message {
        m("\(member)'s post \"\(role)\" in \(body)", "chức vụ \"\(role)\" của \(member) ở \(body)")
    }
    public static func disciplineRecord(_ d: DisciplineRecord) -> Message {
        let what = d.form?.rawValue ?? d.kind.rawValue
        return m("\(d.member)'s \(what)" + (d.date.map { " of \($0)" } ?? ""), "\(what) của \(d.member)" + (d.date.map { " ngày \($0.vietnamese)" } ?? ""))
    }
    static func nameQuestionMark(_ n: String) -> Message {
        m("\"\(n)\" holds a \"?\": the file was saved in a code page without Vietnamese letters, and each became \"?\"",
          "\"\(n)\" có ký tự \"?\": tệp đã được lưu theo bảng mã không hỗ trợ tiếng Việt, nên các chữ tiếng Việt không có trong bảng mã đó đã bị đổi thành \"?\"")
    }
    static let hintSaveAsCSVUTF8Again = m("open the original workbook and save it as \"CSV UTF-8\" (or load the .xlsx itself)",
                                          "mở bảng tính gốc và lưu lại dạng \"CSV UTF-8\" (hoặc nạp trực tiếp tệp .xlsx đó)")
    static func nameOldFont(_ n: String, _ c: String) -> Message {
        m("\"\(n)\" holds \"\(c)\", which no name holds: text typed in an old Vietnamese font (TCVN3/ABC) and read as Windows text",
          "\"\(n)\" có ký tự \"\(c)\", ký tự không thể có trong tên: văn bản gõ bằng phông chữ cũ (TCVN3/ABC) đã bị đọc nhầm theo bảng mã Windows")
    }
    static let hintConvertOldFont = m("convert the sheet to Unicode first (Unikey's converter: TCVN3 → Unicode), then save it as \"CSV UTF-8\"",
                                      "chuyển bảng tính sang Unicode trước (công cụ chuyển mã của Unikey: TCVN3 → Unicode), rồi lưu dạng \"CSV UTF-8\"")
    static let hintOldFontFirst = m("if the text was typed in an old Vietnamese font (TCVN3/ABC, VNI), convert it to Unicode before saving (Unikey's converter)",
                                    "nếu văn bản gõ bằng phông chữ cũ (TCVN3/ABC, VNI), hãy chuyển sang Unicode trước khi lưu (công cụ chuyển mã của Unikey)")
    static func hintLostZeros(_ id: String) -> Message {
        m("did you mean \(id)? Excel drops the zeros in front of an id it takes for a number: format the id column as Text, type the ids again with their zeros, and export it again",
          "có phải ý bạn là \(id)? Excel đã bỏ các chữ số 0 ở đầu mã vì coi mã là số: định dạng cột mã là Văn bản (Text), gõ lại các mã cho đủ số 0 ở đầu rồi xuất lại tệp")
    }
    static func idScientific(_ id: String) -> Message {
        m("\"\(id)\" is a number Excel wrote in scientific notation: its digits after the first few are lost",
          "\"\(id)\" là số đã bị Excel chuyển sang dạng Khoa học (Scientific): các chữ số sau vài chữ số đầu đã bị mất")
    }
    static let hintIdAsText = m("format the id column as Text in the workbook, type the ids again, and export it again",
                                "định dạng cột mã là Văn bản (Text) trong bảng tính, gõ lại các mã rồi xuất lại tệp")
    public static func duplicateId(_ id: String, _ firstRow: Int) -> Message {
        m("duplicate id \"\(id)\" (first at row \(firstRow))", "trùng mã \"\(id)\" (đã có ở dòng \(firstRow))")
    }
    /// A grades file's second row for one subject and stage.
    public static func duplicateGrade(_ subject: String, _ stage: String, _ firstRow: Int) -> Message {
        m("a second \(stage) grade for \(subject) (first at row \(firstRow))", "mức \(stage) thứ hai của \(subject) (đã có ở dòng \(firstRow))")
    }
    public static func unknownUnit(_ c: String) -> Message { m("unknown unit \"\(c)\"", "không có đơn vị \"\(c)\"") }
    public static func unitIsGroup(_ c: String) -> Message {
        m("\(c) is a party group, not a cell", "\(c) là tổ đảng, không phải chi bộ")
    }
    public static func hintGroupColumn(_ g: String, _ cell: String?) -> Message {
        let c = cell ?? "CELL"
        return m("write the cell (\(c)) in the unit column and \(g) in the group column",
                 "ghi chi bộ (\(c)) ở cột unit và \(g) ở cột group")
    }
    public static func unknownGroup(_ c: String) -> Message { m("unknown party group \"\(c)\"", "không có tổ đảng \"\(c)\"") }
    public static func unknownMember(_ c: String) -> Message { m("unknown member \"\(c)\"", "không có đảng viên \"\(c)\"") }
    public static func unknownBody(_ c: String) -> Message {
        m("unknown body \"\(c)\" (not a unit or collective code)", "không có tổ chức \"\(c)\" (không phải mã đơn vị hay tập thể)")
    }
    public static func unknownTargetSubject(_ c: String) -> Message {
        m("unknown unit or collective \"\(c)\"", "không có đơn vị hay tập thể \"\(c)\"")
    }
    public static func targetsOfMember(_ c: String) -> Message {
        m("\(c) is a member; targets belong to a unit or collective", "\(c) là đảng viên; chỉ tiêu thuộc về đơn vị hoặc tập thể")
    }
    public static let hintTargetsLeader = m("a leader is judged on the targets of the unit or collective they lead (R124-TARGETS)",
                                            "cá nhân lãnh đạo được đánh giá theo chỉ tiêu của đơn vị, tập thể mình phụ trách (R124-TARGETS)")
    public static let hintTargetsOfGroup = m("record the targets of its cell, or of its members (qd366)",
                                             "hãy ghi chỉ tiêu của chi bộ, hoặc của từng đảng viên (qd366)")
    public static let hintLoadUnitsFirst = m("load units (and collectives) before the files that refer to them",
                                             "chạy load units (và load collectives) trước các tệp tham chiếu đến chúng")
    public static func unknownDisciplined(_ c: String) -> Message {
        m("unknown member, unit or collective \"\(c)\"", "không có đảng viên, đơn vị hay tập thể \"\(c)\"")
    }
    public static func groupNotGraded(_ c: String) -> Message {
        m("\(c) is a party group (tổ đảng): it is neither reviewed nor graded itself, its members are",
          "\(c) là tổ đảng: tổ đảng không tự kiểm điểm, xếp loại; các đảng viên trong tổ thì có")
    }
    public static func groupNotDisciplined(_ c: String) -> Message {
        let g = groupNotGraded(c)
        return m("\(g.en); record their discipline", "\(g.vi); hãy ghi kỷ luật của đảng viên")
    }
    public static let hintLoadDisciplinedFirst = m("load the roster, units and collectives before the discipline file",
                                                   "nạp danh sách đảng viên, units và collectives trước tệp kỷ luật")
    public static let hintLoadRosterFirst = m("load the roster before the files that refer to members",
                                              "nạp danh sách đảng viên trước các tệp tham chiếu đến đảng viên")
    public static func badPositionItem(_ t: String) -> Message {
        m("position \"\(t)\" is not BODY:ROLE", "chức vụ \"\(t)\" không có dạng TỔ-CHỨC:CHỨC-VỤ")
    }
    public static let hintPositions = m("e.g. btv:Bí thư*;bch:Ủy viên (a trailing * marks the head)",
                                        "ví dụ btv:Bí thư*;bch:Ủy viên (dấu * ở cuối là cấp trưởng)")
    public static func parentCycle(_ c: String) -> Message { m("unit \"\(c)\" is its own ancestor", "đơn vị \"\(c)\" là cấp trên của chính nó") }
    public static func groupNotInUnit(_ g: String, _ u: String) -> Message {
        m("party group \"\(g)\" is not in unit \"\(u)\"", "tổ đảng \"\(g)\" không thuộc đơn vị \"\(u)\"")
    }
}
