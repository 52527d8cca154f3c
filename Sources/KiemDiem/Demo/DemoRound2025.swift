// The demo ward's 2025 round under qd366 (FICTIONAL people): the same ward two years on. Its facts
// are the 2023 files with every date moved two years, so that each 6-month edge of the 2023 demo
// holds again against as-of 2025-11-26; its reviews are the 2023 reviews on the qd366 form
// letters; its grades are the 2023 proposals with common/results scores in the band of each
// level; discipline and task records are the 2025 ones below, written to fire each qd366 rule.
enum DemoRound2025 {
    /// R366-TRIGGERS: P031 cảnh cáo in official duties (KHTNV); P032 self-reported and remedied
    /// (weighed by the committee); P033 counted in 2024; P034 decline; P044 khiển trách outside
    /// official duties (no trigger); P041 duty not recorded (check asks).
    static let discipline = #"""
member,date,kind,form,self_discovered,counted_in,duty,note
P031,2025-03-15,discipline,canh-cao,,,có,Vi phạm quy định về đất đai khi thực thi công vụ
P032,2025-04-10,discipline,khien-trach,có,,có,"Tự phát hiện, tự báo cáo, đã khắc phục hậu quả"
P033,2024-12-20,discipline,khien-trach,,2024,có,Đã tính khi đánh giá năm 2024
P034,2025-06-30,decline,,,,,Kết luận suy thoái về tư tưởng chính trị
P044,2025-05-05,discipline,khien-trach,,,không,Vi phạm ngoài công vụ (sinh hoạt nơi cư trú)
P041,2025-08-08,discipline,khien-trach,,,,Chưa ghi rõ có phải khi thực thi công vụ
"""#

    /// R366-CONDITIONS and the leader/non-leader triggers: UBND meets HTXSNV's; HND left prior
    /// shortcomings unremedied (HTTNV); DB 5% late (HTNV); CB10 65% (KHTNV, and its secretary
    /// P021 leads a unit under 70%); CB07 exceeded 20% (HTTNV); P008 has 60% low-confidence votes;
    /// P045 failed 55% of her tasks; P012 meets HTXSNV's conditions.
    static let targets = #"""
subject,completed_pct,exceeded_pct,late_pct,prior_fixed_pct,low_confidence_pct
UBND,100,60,0,100,
HND,100,35,0,80,
CB10,65,,20,,
CB07,100,20,0,100,
DB,100,40,5,100,
MTTQ,100,50,0,100,
P008,100,30,0,100,60
P045,45,,,,
P012,100,35,0,100,
"""#

    static let asOf = Day(year: 2025, month: 11, day: 26)!

    /// The files of `load demo --year 2025`, in load order. Reviews need the roster (2C is for
    /// members outside the political system), so they are built after the facts are loaded.
    static func facts() -> [(kind: String, text: String)] {
        // CB07 is marked outstanding without a decision reference (R366-QUOTA: the 25% does not apply).
        let units = shifted(DemoData.units).replacingOccurrences(of: "Hoa Sen,cell,school,DB,P004,2012-08-20,\n",
                                                                  with: "Hoa Sen,cell,school,DB,P004,2012-08-20,x\n")
        return [("units", units), ("collectives", DemoData.collectives), ("roster", shifted(DemoData.roster)),
         ("positions", shifted(DemoData.positions)), ("discipline", discipline), ("targets", targets)]
    }

    /// Every `YYYY-MM-DD` moved two years on (the demo has no 29 February).
    static func shifted(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if i + 10 <= chars.count, chars[i + 4] == "-", chars[i + 7] == "-",
                chars[i..<i + 4].allSatisfy(\.isNumber), let y = Int(String(chars[i..<i + 4])) {
                out += String(y + 2)
                i += 4
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// The 2023 reviews on qd366's letters: 2B (2023's leader form) becomes 2A; 2A (non-leader)
    /// becomes 2B, or 2C for a member outside the political system.
    static func reviews(_ ws: Workspace) throws -> String {
        let csv = try CSVText.parse(shifted(DemoRound.reviews), file: "demo/reviews.csv")
        let fi = csv.header.firstIndex(of: "form")!, si = csv.header.firstIndex(of: "subject")!
        var lines = [line(csv.header)]
        for r in csv.records {
            var f = r.fields
            switch f[fi] {
            case "2B": f[fi] = "2A"
            case "2A": f[fi] = ws.members[f[si]]?.outside == true ? "2C" : "2B"
            default: break
            }
            lines.append(line(f))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The 2023 proposals with scores in each level's band (a row's own score is kept), spread
    /// so that ranking by score means something; the scores of a few rows sit on band edges.
    static func grades() throws -> String {
        let csv = try CSVText.parse(DemoRound.grades, file: "demo/grades.csv")
        let li = csv.header.firstIndex(of: "level")!, sc = csv.header.firstIndex(of: "score")!
        let si = csv.header.firstIndex(of: "subject")!
        var lines = [line(csv.header + ["common", "results"])]
        for (i, r) in csv.records.enumerated() {
            var f = r.fields
            var common = "", results = ""
            if f[sc].isEmpty, let l = Level.parse(f[li]) {
                let (c, res): (Int, Int)
                switch l {
                case .HTXSNV: (c, res) = (27 + i % 3, 63 + i % 5)
                case .HTTNV: (c, res) = (24 + i % 4, 50 + i % 12)
                case .HTNV: (c, res) = (20, 40 + i % 9)
                case .KHTNV: (c, res) = (15, 25)
                }
                common = String(c)
                results = String(res)
            }
            // Band edges, levels derived from the scores (R366-SCORE-BAND).
            if let e = edges[f[si]] { (f[li], common, results) = e }
            lines.append(line(f + [common, results]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let edges: [String: (String, String, String)] = [
        "P046": ("", "20", "49.99"), "P047": ("", "20", "50"), "P048": ("", "29.99", "60"), "P049": ("", "30", "60"),
    ]

    static func line(_ cells: [String]) -> String {
        cells.map { c in
            c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",")
    }
}

extension DemoWard {
    /// The 2025 round under qd366 (DemoRound2025); the workspace's rules must be qd366.
    public static let asOf2025 = DemoRound2025.asOf

    public static func load2025(into tx: Transaction) throws -> [Message] {
        var out: [Message] = []
        func load(_ kind: String, _ text: String) throws {
            guard let k = LoadKind.named(kind) else { return }
            let name = "demo/\(kind).csv"
            let n = try k.load(try Table.parse(text, file: name, schema: k.schema), tx, .replace)
            out.append(Catalog.loadedDemo(k.noun(n), kind))
        }
        for (kind, text) in DemoRound2025.facts() { try load(kind, text) }
        try load("reviews", try DemoRound2025.reviews(tx.ws))
        try load("grades", try DemoRound2025.grades())
        return out
    }

    /// The CSV texts `load2025` loads, in load order (`generate demo --year 2025`). The reviews'
    /// forms depend on the roster, read here into a workspace of its own.
    public static func files2025() throws -> [(kind: String, text: String)] {
        let facts = DemoRound2025.facts()
        let tx = Transaction(Workspace(settings: Settings(year: asOf2025.year, rules: RulebookID.qd366.rawValue)))
        for (kind, text) in facts where kind == "units" || kind == "roster" {
            let k = LoadKind.named(kind)!
            _ = try k.load(try Table.parse(text, file: "demo/\(kind).csv", schema: k.schema), tx, .replace)
        }
        return facts + [("reviews", try DemoRound2025.reviews(tx.ws)), ("grades", try DemoRound2025.grades())]
    }
}
