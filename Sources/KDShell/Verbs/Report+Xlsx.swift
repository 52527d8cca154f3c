import KiemDiem

/// `report KIND --format xlsx --out FILE.xlsx`: one sheet per table of the report.
extension Verbs {
    static func writeWorkbook(_ report: Report, _ inv: Invocation, _ s: Session) throws {
        guard let out = inv.value("out") else {
            throw inv.error(ShellText.xlsxNeedsOut, at: inv.value("format"), hints: [ShellText.hintXlsxOut])
        }
        let sheets = XlsxReport.sheets(report, lang: s.lang)
        do {
            let data = try XlsxWriter.data(sheets)
            try ReportFile.write(data, to: s.resolve(out.text), display: out.text)
            if !s.quiet { s.say(ShellText.reportWorkbookWritten(out.text, sheets.count)) }
        } catch var e as KDError {
            e.location = inv.location(out)
            throw e
        }
    }
}
