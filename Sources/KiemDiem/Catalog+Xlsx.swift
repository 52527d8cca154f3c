/// Messages of the workbook (.xlsx) reader and writer.
extension Catalog {
    public static let xlsxCannotOpen = m("cannot open the workbook", "không mở được bảng tính")
    public static let xlsxIsFolder = m("is a folder, not a workbook", "là thư mục, không phải bảng tính")
    public static let xlsxNotZip = m("not an .xlsx workbook (an .xlsx file is a zip archive; this one is not)",
                                     "không phải bảng tính .xlsx (tệp .xlsx là tệp nén zip; tệp này không phải)")
    public static let xlsxOldXls = m("an old Excel 97-2003 (.xls) file; kd reads .xlsx",
                                     "tệp Excel 97-2003 (.xls) cũ; kd đọc tệp .xlsx")
    public static let xlsxEncrypted = m("a workbook protected by a password to open; kd cannot read it",
                                        "bảng tính có mật khẩu mở tệp; kd không đọc được")
    public static let hintXlsxPassword = m("open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, left empty) and save it",
                                           "mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi lưu lại")
    public static let hintSaveAsXlsx = m("open it in Excel or LibreOffice and save as \"Excel Workbook (.xlsx)\"",
                                         "mở bằng Excel hoặc LibreOffice rồi lưu dạng \"Excel Workbook (.xlsx)\"")
    public static let hintCSVLoad = m("a CSV file loads as: load KIND FILE.csv", "tệp CSV nạp bằng: load LOẠI TỆP.csv")
    /// The same with the file's own name (KIND: roster, units, grades…).
    public static func hintCSVLoad(_ file: String) -> Message {
        m("a CSV file loads as: load KIND \(file) (KIND: roster, units, grades…)", "tệp CSV nạp bằng: load KIND \(file) (KIND: roster, units, grades…)")
    }
    public static let xlsxBrokenZip = m("a damaged zip archive, not a readable workbook",
                                        "tệp nén zip bị hỏng, không đọc được bảng tính")
    public static let xlsxIsOpenDocument = m("an OpenDocument spreadsheet (.ods) named like an Excel workbook",
                                             "bảng tính OpenDocument (.ods) mang tên như bảng tính Excel")
    public static let xlsxNoWorkbook = m("a zip archive but not an Excel workbook (no xl/workbook.xml)",
                                         "là tệp nén zip nhưng không phải bảng tính Excel (không có xl/workbook.xml)")
    public static let xlsxNoSheets = m("the workbook has no sheets", "bảng tính không có trang nào")
    public static func xlsxSheetMissing(_ s: String) -> Message {
        m("sheet \"\(s)\" is listed but its part is missing from the archive",
          "trang \"\(s)\" có trong danh sách nhưng thiếu trong tệp nén")
    }
    public static func xlsxNoSheet(_ s: String, _ all: [String]) -> Message {
        m("no sheet named \"\(s)\"", "không có trang tên \"\(s)\"")
    }
    public static func hintSheets(_ all: [String]) -> Message {
        let list = quotedList(all)
        return m("the sheets are: \(list); name one with --sheet NAME", "các trang: \(list); chọn trang bằng --sheet NAME")
    }
    /// For `load workbook`, which reads sheets by their names and takes no --sheet.
    public static func hintSheetsOfWorkbook(_ all: [String], kind: String, file: String) -> Message {
        let list = quotedList(all)
        return m("the sheets are: \(list); one sheet loads with: load \(kind) \(file) --sheet NAME",
                 "các trang: \(list); nạp một trang bằng: load \(kind) \(file) --sheet NAME")
    }
    public static func xlsxTooBig(_ p: String) -> Message {
        m("part \(p) is larger than 512 MB unpacked; refused", "phần \(p) lớn hơn 512 MB khi giải nén; từ chối")
    }
    public static func xlsxBrokenPart(_ p: String) -> Message {
        m("cannot unpack \(p) (damaged archive)", "không giải nén được \(p) (tệp nén hỏng)")
    }
    public static func xlsxBadXML(_ p: String, _ l: Int, _ c: Int, _ d: Message) -> Message {
        m("malformed XML in \(p) at line \(l), column \(c): \(d.en)", "XML sai cú pháp trong \(p) ở dòng \(l), cột \(c): \(d.vi)")
    }
    static let xmlNotUTF8 = m("not UTF-8 text", "không phải văn bản UTF-8")
    static let xmlEmptyInstruction = m("a processing instruction with no content (<?NAME?>)",
                                       "chỉ thị xử lý không có nội dung (<?NAME?>)")
    public static func xlsxBadRow(_ r: String) -> Message {
        m("row number \"\(r)\" is out of order or invalid", "số dòng \"\(r)\" sai thứ tự hoặc không hợp lệ")
    }
    public static func xlsxBadRef(_ r: String) -> Message {
        m("\"\(r)\" is not a cell reference", "\"\(r)\" không phải địa chỉ ô")
    }
    public static func xlsxBadShared(_ i: String, _ n: Int) -> Message {
        m("shared string \(i) does not exist (the workbook has \(n))", "chuỗi dùng chung số \(i) không tồn tại (bảng tính có \(n))")
    }
    public static func xlsxBadNumber(_ t: String) -> Message {
        m("\"\(t)\" is stored as a number but is not one", "\"\(t)\" được lưu dạng số nhưng không phải số")
    }
    public static func xlsxBadDateText(_ t: String) -> Message {
        m("\"\(t)\" is stored as a date but is not one", "\"\(t)\" được lưu dạng ngày nhưng không phải ngày")
    }
    public static let xlsxPhantomLeapDay = m(
        "date serial 60 is 29/02/1900, a day that never was (Excel's 1900 leap-year bug)",
        "số ngày 60 là 29/02/1900, ngày không có thật (lỗi năm nhuận 1900 của Excel)")
    public static func xlsxDateOutOfRange(_ t: String) -> Message {
        m("date serial \(t) is not a day between 1900 and 2200", "số ngày \(t) không phải ngày từ năm 1900 đến 2200")
    }
    public static let xlsxFormulaNoValue = m("a formula with no saved value: kd reads the values a spreadsheet saved, and computes none",
                                            "công thức chưa có giá trị được lưu: kd đọc giá trị bảng tính đã lưu, không tự tính công thức")
    public static let hintXlsxFormula = m("open the file in Excel or LibreOffice and save it again (that stores each formula's value), or paste the values",
                                          "mở tệp bằng Excel hoặc LibreOffice rồi lưu lại (để lưu giá trị của công thức), hoặc dán giá trị")
    public static let hintXlsxDate = m("type the date as DD/MM/YYYY or YYYY-MM-DD", "nhập ngày dạng DD/MM/YYYY hoặc YYYY-MM-DD")
    public static func xlsxMergedHeader(_ r: String) -> Message {
        m("header cell is merged across \(r); each column needs its own header",
          "ô tiêu đề được gộp qua \(r); mỗi cột cần tiêu đề riêng")
    }
    public static func hintDateBefore1910(_ shown: String) -> Message {
        m("as a date Excel shows this number as \(shown); kd takes no date before 1910 (a year typed alone is one of these)",
          "Excel hiển thị số này thành ngày \(shown); kd không nhận ngày trước năm 1910 (nhập riêng năm sẽ thành ngày như vậy)")
    }
    public static func xlsxTitleCell(_ t: String) -> Message {
        m("row 1 holds one cell (\"\(t)\"), a title rather than the column headers",
          "dòng 1 chỉ có một ô (\"\(t)\"), là tiêu đề chứ không phải tên các cột")
    }
    public static func xlsxTitleRow(_ t: String, _ r: String) -> Message {
        m("row 1 holds a title (\"\(t)\", merged across \(r)), not the column headers",
          "dòng 1 là tiêu đề (\"\(t)\", gộp qua \(r)), không phải tên các cột")
    }
    public static let hintUnmerge = m("unmerge the header cells and give each column its own name (first row = header)",
                                      "bỏ gộp ô tiêu đề và đặt tên riêng cho từng cột (dòng đầu = tiêu đề)")
    public static let xlsxNoHeader = m("the sheet is empty: the first row must be the header",
                                       "trang trống: dòng đầu phải là dòng tiêu đề")
    public static let xlsxHeaderNotFirst = m("the first row is empty: the first row must be the header",
                                             "dòng đầu trống: dòng đầu phải là dòng tiêu đề")
    public static func xlsxNoColumnHeader(_ v: String) -> Message {
        m("value \"\(v)\" is in a column without a header", "giá trị \"\(v)\" nằm trong cột không có tiêu đề")
    }
    public static let hintAddHeader = m("give the column a header in row 1, or clear the cell",
                                        "đặt tiêu đề cho cột ở dòng 1, hoặc xóa ô này")
    public static func xlsxBadSheetName(_ s: String) -> Message {
        m("\"\(s)\" cannot name a sheet (at most 31 characters, none of : \\ / ? * [ ])",
          "\"\(s)\" không dùng làm tên trang được (tối đa 31 ký tự, không có : \\ / ? * [ ])")
    }
    public static func xlsxCellTooLong(sheet: String, cell: String, length: Int) -> Message {
        m("cell \(cell) of sheet \"\(sheet)\" holds \(length) characters; Excel keeps at most 32767 in a cell, so no workbook was written",
          "ô \(cell) của trang \"\(sheet)\" có \(length) ký tự; Excel chỉ chứa tối đa 32767 ký tự một ô, nên không ghi bảng tính")
    }
    public static func xlsxTooManyRows(sheet: String, rows: Int) -> Message {
        m("sheet \"\(sheet)\" would hold \(rows) rows; Excel keeps at most 1048576 in a sheet, so no workbook was written",
          "trang \"\(sheet)\" sẽ có \(rows) dòng; Excel chỉ chứa tối đa 1048576 dòng một trang, nên không ghi bảng tính")
    }
    public static let hintRowsOtherFormat = m("write this report as csv (--format csv), or one unit at a time (--unit U)",
                                              "ghi báo cáo này dạng csv (--format csv), hoặc từng đơn vị (--unit U)")
    public static let hintOtherFormat = m("write this report as csv or html (--format csv), which keep any length",
                                          "ghi báo cáo này dạng csv hoặc html (--format csv), không giới hạn độ dài")
    public static func xlsxDuplicateSheet(_ s: String) -> Message {
        m("two sheets named \"\(s)\"", "hai trang cùng tên \"\(s)\"")
    }
    public static let hintSheetHeader = m("row 1 of the sheet must name the columns (data.md §2): delete the rows above the header",
                                          "dòng 1 của trang phải ghi tên các cột (data.md §2): xóa các dòng nằm trên dòng tên cột")
}
