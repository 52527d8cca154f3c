import Foundation
import Testing

/// Every report kind written as csv over a ward whose names and notes are spreadsheet formulas:
/// no cell may begin with `=`, `+`, `-`, `@`, a tab or a CR unless it is a number kd computed
/// (data.md §4).
@Suite struct ReportFormulaTests {
    static let kinds = ["summary", "members", "organizations", "collectives", "leaders", "unit", "exclusions",
                        "reviews", "findings", "adjustments", "deadlines", "upper", "audit"]  // document: md/html only
    static let hostile = ["=HYPERLINK(\"http://evil.example/\",\"bấm\")", "+1", "-2", "@SUM(A1:A9)", "=1+2", "-cmd|' /C calc'!A0"]

    /// RFC 4180 fields of a csv text.
    static func cells(_ text: String) -> [String] {
        var out: [String] = [], cur = "", quoted = false, atStart = true
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { cur.append("\""); continue } else { quoted = false; pending = n; continue } }
                    quoted = false
                } else { cur.append(c) }
            } else if c == "\"" && atStart { quoted = true; atStart = false }
            else if c == "," || c == "\r\n" || c == "\n" { out.append(cur); cur = ""; atStart = true }
            else { cur.append(c); atStart = false }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    static func isNumber(_ s: String) -> Bool {
        s.range(of: "^[-+]?[0-9]+([.,][0-9]+)?%?$", options: .regularExpression) != nil
    }

    @Test func noReportCellRunsAsAFormula() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-formula-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var roster = "id,name,unit\n"
        for (i, h) in Self.hostile.enumerated() {
            roster += "P9\(i)0,\"\(h.replacingOccurrences(of: "\"", with: "\"\""))\",CB05\n"
        }
        try roster.write(to: dir.appendingPathComponent("hostile.csv"), atomically: true, encoding: .utf8)
        var args = ["--no-init", "--color", "never", "-q", "-c", "load demo", "-c", "load roster hostile.csv --merge",
                    "-c", "exclude P900 --reason other --note \"\tTab-led note\"",
                    "-c", "exclude P910 --reason other --note \"\rCR-led note\"",
                    "-c", "exclude P920 --reason other --note \"=HYPERLINK(1)\"",
                    "-c", "grade P930 HTNV --note \"@SUM(1)\"", "-c", "grade P940 HTNV --note \"+5\""]
        for k in Self.kinds {
            args += ["-c", "report \(k)\(k == "unit" ? " CB05" : "") --format csv --out \(k).csv"]
        }
        let r = try KD.run(args, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        var written = 0
        var sawHostile = false
        for k in Self.kinds {
            guard let text = try? String(contentsOf: dir.appendingPathComponent("\(k).csv"), encoding: .utf8) else { continue }
            written += 1
            for cell in Self.cells(text) {
                guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
                    if cell.hasPrefix("'") && Self.hostile.contains(where: { cell.contains($0) }) { sawHostile = true }
                    continue
                }
                #expect(Self.isNumber(cell), "report \(k): cell \(cell.debugDescription) would run as a formula")
            }
        }
        #expect(written == Self.kinds.count, "every kind writes csv")
        #expect(sawHostile, "the hostile names reached the reports, neutralised")
    }
}
