import Testing
@testable import KiemDiem

/// A big grades file is checked in two halves on two cores (`load grades`, from `TwoCores.from`
/// rows). These force the cut at every row of small files, good and bad, under both rulebooks,
/// and compare what each cut loads, or the error it stops at, with the one-core load. A debug
/// build also stops if a half asks the rules for an index that was not built before the split.
struct GradesHalvesTests {
    let units = "code,name,kind,type,parent\nDB,Đảng bộ,committee,,\nCB01,Chi bộ 1,cell,residential,DB\nCB02,Chi bộ 2,chi bộ,cơ quan,DB\n"
    let collectives = "code,name,class,unit\nBTV,Ban Thường vụ,BTV,DB\nBCH,Ban Chấp hành,party-executive,DB\n"
    let roster = """
        id,name,unit,admitted,status,positions
        P01,Nguyễn Văn An,CB01,1995-05-06,,bch:Ủy viên
        P02,Trần Thị Bình,CB02,2005-07-08,miễn,
        P03,Nguyễn Văn An,CB01,,,btv:Bí thư*;bch:Ủy viên
        P04,Lê Văn Cường,CB02,2010-10-01,đình chỉ,
        P05,Phạm Thị Dung,CB01,2010-01-01,,
        P06,Hoàng Văn Em,CB02,,,
        P07,Đỗ Văn Giang,CB02,,,

        """
    let header = "subject,level,stage,role,score,votes,note"
    /// Ids, names (found through the tables both halves share), a leader's grade, a cell, a
    /// collective, every stage the rules let through, votes and notes.
    let good = [
        "P01,HTTNV,,,,12,",
        "hoang van em,HTNV,,,,,ghi chú",
        "P03,HTNV,,leader,,,",
        "CB01,HTTNV,,,,,",
        "BTV,HTNV,,,,,",
        "P06,HTXSNV,self,,,,",
        "do van giang,HTNV,,,,3,",
        "P05,KHTNV,,,,,",
        "P03,HTTNV,,,,,",
    ]

    func base(_ settings: Settings) throws -> Transaction {
        var ws = Workspace()
        ws.settings = settings
        let tx = Transaction(ws)
        for (kind, text) in [(LoadKind.units, units), (LoadKind.collectives, collectives), (LoadKind.roster, roster)] {
            _ = try kind.load(Table.parse(text, file: "\(kind.name).csv", schema: kind.schema), tx, .replace)
        }
        return tx
    }

    /// What loading `rows` with the cut at `split` gives: the grades, or the error.
    func outcome(_ rows: [String], split: Int?, settings: Settings) throws -> [String] {
        var table = try Table.parse(([header] + rows).joined(separator: "\n") + "\n", file: "grades.csv", schema: LoadKind.grades.schema)
        table.split = split
        let tx = try base(settings)
        do {
            let n = try LoadKind.grades.load(table, tx, .merge)
            return ["\(n) loaded"] + tx.ws.grades.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        } catch let e as KDError {
            #expect(tx.ws.grades.isEmpty, "a refused file changes nothing")
            return ["\(e.location?.description ?? "-") \(e.message.en)"]
        }
    }

    func sameAtEveryCut(_ rows: [String], _ settings: Settings = Settings()) throws -> [String] {
        let one = try outcome(rows, split: nil, settings: settings)
        for cut in 0...rows.count {
            #expect(try outcome(rows, split: cut, settings: settings) == one, "cut at \(cut) of \(rows)")
        }
        return one
    }

    /// The error every cut stops at begins with `start`.
    func stops(_ rows: [String], _ start: String, _ settings: Settings = Settings()) throws {
        let got = try sameAtEveryCut(rows, settings)
        #expect(got.count == 1 && got[0].hasPrefix(start), "\(got)")
    }

    @Test func goodFileIsTheSameWhereverItIsCut() throws {
        let one = try sameAtEveryCut(good)
        // P03 has a member and a leader grade; P06 a self and a proposed one (by name).
        #expect(one.first == "9 loaded" && one.count == 1 + 8, "\(one)")
    }

    /// Each bad row alone, and a repeat and a bad row together: the first problem in row order is
    /// the one reported, whichever half it falls in.
    @Test func badFilesStopAtTheSameRowWhereverTheyAreCut() throws {
        var r = good
        r[8] = "P01,HTNV,,,,,"                      // repeats row 2's subject and stage
        try stops(r, "grades.csv:10:1 column \"subject\": duplicate id \"member:P01|proposed\" (first at row 2)")
        r[6] = "hoang van em,HTTNV,,,,,"            // a repeat by name, before it
        try stops(r, "grades.csv:8:1 column \"subject\": duplicate id \"member:P06|proposed\" (first at row 3)")
        r[8] = "P99,HTNV,,,,,"                      // an unknown subject after the repeat
        try stops(r, "grades.csv:8:1 column \"subject\": duplicate id \"member:P06|proposed\" (first at row 3)")
        r[4] = "P04,HTNV,,,,,"                      // a suspended member before both
        try stops(r, "grades.csv:6:1 column \"subject\": R-EXCL-SUSPENDED")
        r = good
        r[7] = "P01,HTNV,decided,,,,"               // decided before any review
        try stops(r, "grades.csv:9:1 column \"subject\": R-REVIEW-FIRST: decided before its review")
        r = good
        r[1] = "P06,HTNV,,leader,,,"                // a leader grade for one with no post
        r[8] = "P99,HTNV,,,,,"                      // and an unknown subject after it
        try stops(r, "grades.csv:3:1 column \"subject\": P06 holds no leadership post")
        r[1] = "hoang van em,HTNV,,,,,"
        try stops(r, "grades.csv:10:1 column \"subject\": unknown subject \"P99\"")
        r = good
        r[0] = "nguyen van an,HTNV,,,,,"            // a name two members share, first row
        try stops(r, "grades.csv:2:1 column \"subject\": ")
        r = good
        r[5] = "P07,XYZ,,,,,"                       // a level no rulebook has
        try stops(r, "grades.csv:7:2 column \"level\": ")
    }

    /// qd366: levels derived from scores, and a score out of range, in either half.
    @Test func scoresUnderQD366AreTheSameWhereverCut() throws {
        let qd366 = Settings(year: 2025, rules: "qd366")
        let rows = ["P01,,,,92,,", "P05,,,,75,,", "P06,HTNV,,,80,,", "P07,,,,40,,", "P03,,,leader,95,,"]
        let one = try sameAtEveryCut(rows, qd366)
        #expect(one.first == "5 loaded", "\(one)")
        var bad = rows
        bad[3] = "P07,,,,101,,"
        try stops(bad, "grades.csv:5:5 column \"score\": ", qd366)
    }
}
