import KiemDiem

/// `report KIND --format xlsx --out FILE.xlsx`: one sheet per table of the report.
extension Verbs {
    static func writeWorkbook(_ report: Report, _ inv: Invocation, _ s: Session) throws {
        guard let out = inv.value("out") else {
            throw inv.error(ShellText.xlsxNeedsOut, at: inv.value("format"), hints: [ShellText.hintXlsxOut])
        }
        var sheets = XlsxReport.sheets(report, lang: s.lang)
        if let name = report.sheetName, sheets.count == 1 { sheets[0].name = name.text(s.lang) }
        try inv.pointing(at: out) {
            try s.writeReport(try XlsxWriter.data(sheets), to: s.resolve(out.text), display: s.shown(out.text))
        }
        if !s.quiet { s.say(ShellText.reportWorkbookWritten(s.shown(out.text), sheets.count)) }
    }
}
