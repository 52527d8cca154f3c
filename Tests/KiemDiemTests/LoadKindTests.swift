import Testing
@testable import KiemDiem

@Suite struct LoadKindTests {
    let units = "code,name,kind,type,parent\nDB,Đảng bộ,committee,,\nCB01,Chi bộ 1,cell,residential,DB\nCB01-T1,Tổ 1,group,,CB01\nCB02,Chi bộ 2,chi bộ,cơ quan,DB\n"
    let collectives = "code,name,class,unit\nBTV,Ban Thường vụ,BTV,DB\nBCH,Ban Chấp hành,party-executive,DB\n"

    func load(_ kind: LoadKind, _ text: String, _ tx: Transaction, _ mode: LoadMode = .replace) throws -> Int {
        try kind.load(try Table.parse(text, file: "\(kind.name).csv", schema: kind.schema), tx, mode)
    }
    func base() throws -> Transaction {
        let tx = Transaction(Workspace())
        _ = try load(.units, units, tx)
        _ = try load(.collectives, collectives, tx)
        return tx
    }
    func error(_ body: () throws -> Void) -> KDError? {
        do { try body(); return nil } catch let e as KDError { return e } catch { return nil }
    }

    /// A merge into an empty table is recorded as one replacement; merging into a full one
    /// goes row by row. Either way the state is the same and undo and redo bring back each side.
    @Test func mergeFromEmptyAndIntoFullUndoAlike() throws {
        let tx = Transaction(Workspace())
        _ = try load(.units, units, tx, .merge)
        _ = try load(.collectives, collectives, tx, .merge)
        _ = try load(.roster, "id,name,unit\nP1,An,CB01\nP2,Bình,CB02\n", tx, .merge)
        _ = try load(.grades, "subject,level\nP1,HTTNV\n", tx, .merge)
        let (first, step1) = tx.commit(command: "first")
        #expect(first.members.keys.sorted() == ["P1", "P2"] && first.units.count == 4 && first.grades.count == 1)
        let tx2 = Transaction(first)
        _ = try load(.roster, "id,name,unit\nP3,Chi,CB01\nP1,An Mới,CB01\n", tx2, .merge)
        _ = try load(.grades, "subject,level,stage\nP2,HTNV,proposed\nP1,HTXSNV,self\n", tx2, .merge)
        var (second, step2) = tx2.commit(command: "second")
        #expect(second.members.keys.sorted() == ["P1", "P2", "P3"] && second.members["P1"]?.name == "An Mới")
        #expect(second.grades["member:P1"]?[.self]?.level == .HTXSNV && second.grades["member:P1"]?[.proposed]?.level == .HTTNV)
        step2.undo(&second)
        #expect(second.members == first.members && second.grades == first.grades)
        step1.undo(&second)
        #expect(second.members.isEmpty && second.units.isEmpty && second.grades.isEmpty && second.collectives.isEmpty)
        step1.redo(&second)
        step2.redo(&second)
        #expect(second.members.keys.sorted() == ["P1", "P2", "P3"] && second.grades.count == 2)
    }

    /// A grades file may give a subject one grade per stage; a second grade for the same stage
    /// is refused at its row, naming the first, and nothing is loaded.
    @Test func gradesRepeatedStageRefused() throws {
        let tx = try base()
        _ = try load(.roster, "id,name,unit\nP1,An,CB01\nP2,Bình,CB02\n", tx)
        #expect(try load(.grades, "subject,level,stage\nP1,HTTNV,proposed\nP1,HTNV,self\nP2,HTNV,\n", tx, .merge) == 3)
        let e = error { _ = try load(.grades, "subject,level,stage\nP2,HTTNV,self\nP1,HTNV,self\nP2,HTXSNV,\nP2,HTNV,proposed\n", tx, .merge) }
        #expect(e?.location?.description == "grades.csv:5:1")
        #expect(e?.message.en == "column \"subject\": a second proposed grade for member:P2 (first at row 4)")
        #expect(tx.ws.grades["member:P2"]?[.self] == nil)
    }

    /// A position is its member, body and role (folded): the same one twice is refused at the
    /// second row, naming the first; roles are kept as written (blanks collapsed), and a
    /// refused file changes nothing.
    @Test func positionsRepeatedRefused() throws {
        let tx = try base()
        _ = try load(.roster, "id,name,unit\nP1,An,CB01\nP2,Bình,CB02\n", tx)
        let good = "member,body,role,head\nP1,BCH,Ủy  viên Ban Chấp hành,\nP2,BCH,Ủy viên Ban Chấp hành,\nP1,btv,Bí thư Đảng ủy phường,x\n"
        #expect(try load(.positions, good, tx) == 3)
        #expect(tx.ws.positions.values.map(\.role).sorted() == ["Bí thư Đảng ủy phường", "Ủy viên Ban Chấp hành", "Ủy viên Ban Chấp hành"])
        #expect(tx.ws.positions.values.filter(\.head).map(\.body) == ["BTV"])
        let before = tx.ws.positions
        let e = error {
            _ = try load(.positions, "member,body,role\nP2,BTV,Phó Bí thư\nP1,BCH,Ủy viên\nP2,BCH,Ủy viên\nP1,BCH,ủy  viên\n", tx, .merge)
        }
        #expect(e?.location?.description == "positions.csv:5:3")
        #expect(e?.message.en == "column \"role\": a second row for P1's post \"ủy viên\" in BCH (first at row 3)")
        #expect(tx.ws.positions == before)
    }

    @Test func vietnameseEnumSpellings() throws {
        let tx = try base()
        #expect(tx.ws.units["CB02"]?.kind == .cell && tx.ws.units["CB02"]?.type == .agency)
        #expect(tx.ws.collectives["BTV"]?.cls == .partyStanding)
    }

    @Test func rosterPositionsColumnWithHeadMark() throws {
        let tx = try base()
        _ = try load(.roster, "id,name,unit,positions\nP1,Nguyễn  Văn An,CB01,btv:Bí thư*; BCH:Ủy viên\n", tx)
        let ps = tx.ws.positions.values.sorted { $0.body < $1.body }
        #expect(ps.map(\.body) == ["BCH", "BTV"])
        #expect(ps.map(\.head) == [false, true])
        #expect(ps[1].role == "Bí thư")
        #expect(tx.ws.members["P1"]?.name == "Nguyễn Văn An")
        let e = error { _ = try load(.roster, "id,name,unit,positions\nP1,An,CB01,BTV Bí thư\n", tx) }
        #expect(e?.location?.description == "roster.csv:2:4")
    }

    @Test func rosterReferencesAndDates() throws {
        let tx = try base()
        #expect(error { _ = try load(.roster, "id,name,unit,group\nP1,An,CB02,CB01-T1\n", tx) }?.message.en
                == "column \"group\": party group \"CB01-T1\" is not in unit \"CB02\"")
        #expect(error { _ = try load(.roster, "id,name,unit\nP1,An,CB01-T1\n", tx) }?.location?.description == "roster.csv:2:3")
        #expect(error { _ = try load(.roster, "id,name,unit,born,admitted\nP1,An,CB01,1990-01-01,1989-12-31\n", tx) }?.location?.description
                == "roster.csv:2:5")
    }

    @Test func mergeUpdatesByIdAndKeepsOthers() throws {
        let tx = try base()
        _ = try load(.roster, "id,name,unit\nP1,An,CB01\nP2,Bình,CB01\n", tx)
        _ = try load(.roster, "id,name,unit,status\nP2,Bình,CB02,miễn\nP3,Chi,CB01,\n", tx, .merge)
        #expect(tx.ws.members.keys.sorted() == ["P1", "P2", "P3"])
        #expect(tx.ws.members["P2"]?.unit == "CB02" && tx.ws.members["P2"]?.status == .exempt)
        _ = try load(.roster, "id,name,unit\nP9,Dung,CB01\n", tx, .replace)
        #expect(tx.ws.members.keys.sorted() == ["P9"])
    }

    @Test func unitParentsMustExistAndNotLoop() throws {
        let tx = Transaction(Workspace())
        #expect(error { _ = try load(.units, "code,name,kind,parent\nA,A,cell,B\nB,B,cell,A\n", tx) }?.message.en
                == "column \"parent\": unit \"A\" is its own ancestor")
        #expect(error { _ = try load(.units, "code,name,kind,parent\nA,A,cell,Z\n", tx) }?.location?.description == "units.csv:2:4")
        // The row is found again by its position: a later row, after a blank line.
        #expect(error { _ = try load(.units, "code,name,kind,parent\nA,A,cell,\n\nB,B,cell,Z\n", tx) }?.location?.description == "units.csv:4:4")
        #expect(error { _ = try load(.units, "code,name,kind,parent\nA,A,cell,\nB,B,cell,C\nC,C,cell,B\n", tx) }?.location?.description == "units.csv:3:4")
        #expect(tx.ws.units.isEmpty)
    }

    /// A merged unit's parent may be a unit already there; a merge that closes a loop through
    /// them is refused at its row and changes nothing.
    @Test func mergedUnitParentsChecksTheWholeTree() throws {
        let tx = Transaction(Workspace())
        _ = try load(.units, "code,name,kind,parent\nDB,Đảng bộ,committee,\nA,A,cell,DB\n", tx)
        #expect(try load(.units, "code,name,kind,parent\nB,B,cell,A\n", tx, .merge) == 1)
        #expect(tx.ws.units["B"]?.parent == "A" && tx.ws.units.count == 3)
        let before = tx.ws.units
        let e = error { _ = try load(.units, "code,name,kind,parent\nC,C,cell,DB\nDB,Đảng bộ,committee,B\n", tx, .merge) }
        #expect(e?.message.en == "column \"parent\": unit \"DB\" is its own ancestor")
        #expect(e?.location?.description == "units.csv:3:4")
        #expect(error { _ = try load(.units, "code,name,kind,parent\nC,C,cell,Z\n", tx, .merge) }?.location?.description == "units.csv:2:4")
        #expect(tx.ws.units == before)
    }

    @Test func replacingUnitsStillUsedIsRefused() throws {
        let tx = try base()
        _ = try load(.roster, "id,name,unit\nP1,An,CB02\n", tx)
        _ = try load(.units, "code,name,kind\nDB,Đảng bộ,committee\nCB01,Chi bộ 1,cell\n", tx)
        #expect(throws: KDError.self) { _ = try LoadIntegrity.settle(tx) }
    }
}
