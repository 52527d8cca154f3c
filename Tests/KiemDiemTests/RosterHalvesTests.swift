import Testing
@testable import KiemDiem

/// A big roster is read in two halves on two cores (`load roster`, from `TwoCores.from` rows).
/// These force the cut at every row of small rosters, good and bad, and compare what each cut
/// loads, or the error it stops at, with the one-core load.
struct RosterHalvesTests {
    let units = "code,name,kind,type,parent\nDB,Đảng bộ,committee,,\nCB01,Chi bộ 1,cell,residential,DB\nCB01-T1,Tổ 1,group,,CB01\nCB02,Chi bộ 2,chi bộ,cơ quan,DB\n"
    let collectives = "code,name,class,unit\nBTV,Ban Thường vụ,BTV,DB\nBCH,Ban Chấp hành,party-executive,DB\n"
    let header = "id,name,unit,group,born,admitted,status,positions,workplace_level,note"
    /// Long names (pooled), a group, dates, statuses, positions, a workplace grade, an extra column.
    let good = [
        "P01,Nguyễn Văn An,CB01,CB01-T1,1970-01-02,1995-05-06,,bch:Ủy viên,,",
        "P02,Trần Thị Bình,CB02,,1980-03-04,2005-07-08,miễn,,HTNV,x",
        "P03,Nguyễn Văn An,CB01,,,,,btv:Bí thư*;bch:Ủy viên,,",
        "P04,Lê Văn Cường,CB02,,1990-01-01,2023-10-01,đình chỉ,,,",
        "P05,Phạm  Thị Dung,CB01,CB01-T1,1985-12-31,2010-01-01,,,HTTNV,ghi chú",
        "P06,Hoàng Văn Em,CB02,,,,,,,",
        "P07,Trần Thị Bình,CB01,,1975-06-06,2000-06-06,,bch:Ủy viên,,",
        "P08,Đỗ Văn Giang,CB02,,,,,,,",
    ]

    func base() throws -> Transaction {
        let tx = Transaction(Workspace())
        _ = try LoadKind.units.load(Table.parse(units, file: "units.csv", schema: LoadKind.units.schema), tx, .replace)
        _ = try LoadKind.collectives.load(Table.parse(collectives, file: "collectives.csv", schema: LoadKind.collectives.schema), tx, .replace)
        return tx
    }

    /// What loading `rows` with the cut at `split` gives: the members and positions, or the error.
    func outcome(_ rows: [String], split: Int?) throws -> [String] {
        var table = try Table.parse(([header] + rows).joined(separator: "\n") + "\n", file: "roster.csv", schema: LoadKind.roster.schema)
        table.split = split
        let tx = try base()
        let before = tx.ws
        do {
            let n = try LoadKind.roster.load(table, tx, .replace)
            return ["\(n) loaded"] + tx.ws.members.sorted { $0.key < $1.key }.map { "\($0.value)" }
                + tx.ws.positions.keys.sorted()
        } catch let e as KDError {
            #expect(tx.ws.members == before.members && tx.ws.positions == before.positions, "a refused roster changes nothing")
            return ["\(e.location?.description ?? "-") \(e.message.en)"]
        }
    }

    func sameAtEveryCut(_ rows: [String]) throws -> [String] {
        let one = try outcome(rows, split: nil)
        for cut in 0...rows.count {
            #expect(try outcome(rows, split: cut) == one, "cut at \(cut) of \(rows)")
        }
        return one
    }

    /// The error every cut stops at begins with `start`.
    func stops(_ rows: [String], _ start: String) throws {
        let got = try sameAtEveryCut(rows)
        #expect(got.count == 1 && got[0].hasPrefix(start), "\(got)")
    }

    /// A merge of fewer columns keeps the rest of each member already loaded, in either half.
    @Test func mergeKeepsAbsentColumnsWhereverItIsCut() throws {
        let few = "id,name,unit\n" + good.map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",") }
            .joined(separator: "\n") + "\n"
        for cut in [nil] + (0...good.count).map(Optional.some) {
            let tx = try base()
            _ = try LoadKind.roster.load(Table.parse(([header] + good).joined(separator: "\n") + "\n", file: "roster.csv",
                                                     schema: LoadKind.roster.schema), tx, .replace)
            let before = tx.ws.members
            var table = try Table.parse(few, file: "few.csv", schema: LoadKind.roster.schema)
            table.split = cut
            #expect(try LoadKind.roster.load(table, tx, .merge) == good.count)
            #expect(tx.ws.members == before, "cut at \(String(describing: cut))")
            #expect(tx.ws.members["P02"]?.status == .exempt && tx.ws.members["P02"]?.workplaceLevel == .HTNV)
        }
    }

    @Test func goodRosterIsTheSameWhereverItIsCut() throws {
        let one = try sameAtEveryCut(good)
        #expect(one.first == "8 loaded" && one.count == 1 + 8 + 4)
    }

    /// Each bad row alone, and a repeat and a bad row together: the first problem in row order is
    /// the one reported, a repeated id before anything else in its row.
    @Test func badRostersStopAtTheSameRowWhereverTheyAreCut() throws {
        var r = good
        r[6] = "P02,Trần Thị Bình,CB01,,,,,,,"                // repeats row 3's id, across any cut
        try stops(r, "roster.csv:8:1 column \"id\": duplicate id \"P02\" (first at row 3)")
        r[3] = "P09,Lê Văn Cường,CB09,,,,,,,"                  // an unknown unit before the repeat
        try stops(r, "roster.csv:5:3 column \"unit\": unknown unit \"CB09\"")
        r = good
        r[5] = "P01,Hoàng Văn Em,CB09,,,,,,,"                  // a repeat whose unit is also unknown
        try stops(r, "roster.csv:7:1 column \"id\": duplicate id \"P01\" (first at row 2)")
        r[7] = ",Đỗ Văn Giang,CB02,,,,,,,"                     // an empty id after it changes nothing
        try stops(r, "roster.csv:7:1 column \"id\": duplicate id \"P01\" (first at row 2)")
        r = good
        r[7] = ",Đỗ Văn Giang,CB02,,,,,,,"                     // the last row, its id empty
        try stops(r, "roster.csv:9:1 column \"id\": required value is empty")
        r = good
        r[0] = "P01,Nguyễn Văn An,CB01,CB01-T1,1970-01-02,1960-05-06,,,,"  // the first row, admitted before born
        try stops(r, "roster.csv:2:6 column \"admitted\": admitted 1960-05-06 is not after born 1970-01-02")
        r = good
        r[4] = "P05,Phạm Thị Dung,CB01,,1985-12-31,2010-01-01,,xyz,,"      // a bad positions cell mid-file
        r[6] = "P05,Trần Thị Bình,CB01,,,,,,,"                              // and a repeat of that row's id after it
        try stops(r, "roster.csv:6:8 column \"positions\": position \"xyz\" is not BODY:ROLE")
    }

    /// Ids found without regard to case may not differ only in case, in either order, across any cut.
    @Test func idsThatDifferOnlyInCaseAreRefusedWhereverCut() throws {
        var r = good
        r[6] = "p02,Trần Thị Bình,CB01,,,,,,,"
        try stops(r, "roster.csv:8:1 column \"id\": \"p02\" differs from \"P02\" (at row 3) only in case")
        r[1] = "p02,Trần Thị Bình,CB02,,,,,,,"
        r[6] = "P02,Trần Thị Bình,CB01,,,,,,,"
        try stops(r, "roster.csv:8:1 column \"id\": \"P02\" differs from \"p02\" (at row 3) only in case")
        r = good
        r[2] = "ab3,Nguyễn Văn An,CB01,,,,,,,"
        r[5] = "Ab3,Hoàng Văn Em,CB02,,,,,,,"
        try stops(r, "roster.csv:7:1 column \"id\": \"Ab3\" differs from \"ab3\" (at row 4) only in case")
        // Lower-case ids with no twin load as they are.
        r = good
        r[2] = "ab3,Nguyễn Văn An,CB01,,,,,,,"
        #expect(try sameAtEveryCut(r).first == "8 loaded")
    }

    /// A merge refuses an id whose twin in another case is already on the roster.
    @Test func mergeRefusesATwinOfAMemberAlreadyLoaded() throws {
        let tx = try base()
        _ = try LoadKind.roster.load(Table.parse("id,name,unit\nP01,An,CB01\n", file: "a.csv", schema: LoadKind.roster.schema), tx, .replace)
        let twin = try Table.parse("id,name,unit\np01,An,CB01\n", file: "b.csv", schema: LoadKind.roster.schema)
        #expect(throws: KDError.self) { try LoadKind.roster.load(twin, tx, .merge) }
        #expect(tx.ws.members.keys.sorted() == ["P01"])
        let same = try Table.parse("id,name,unit\nP01,An Nguyễn,CB01\n", file: "c.csv", schema: LoadKind.roster.schema)
        #expect(try LoadKind.roster.load(same, tx, .merge) == 1)
    }
}
