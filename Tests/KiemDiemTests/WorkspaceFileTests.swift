import Foundation
import Testing
@testable import KiemDiem

@Suite struct WorkspaceFileTests {
    func sample() -> Workspace {
        var ws = Workspace(settings: Settings(title: "Đảng bộ phường", year: 2023))
        ws.units["DB"] = Unit(code: "DB", name: "Đảng bộ phường", kind: .committee)
        ws.units["CB01"] = Unit(code: "CB01", name: "Chi bộ Tổ dân phố 1", kind: .cell, type: .residential, parent: "DB")
        ws.members["P1"] = Member(id: "P1", name: "Nguyễn Văn An", unit: "CB01", admitted: Day.parse("2010-05-01"))
        var g = GradeSet()
        g.proposed = GradeRecord(level: .HTTNV, score: Points.parse("85.5"), votes: 12)
        ws.grades[SubjectRef(.member, "P1").key] = g
        return ws
    }

    @Test func roundTripsByteForByte() throws {
        let a = try WorkspaceFile.encode(sample())
        let back = try WorkspaceFile.decode(a, file: "a.json")
        let b = try WorkspaceFile.encode(back)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("\"format\" : \"kd-workspace\""))
        #expect(text.contains("Nguyễn Văn An"))
    }

    @Test func refusesOtherFormatNewerVersionAndBadJSON() throws {
        func error(_ json: String) -> KDError? {
            do { _ = try WorkspaceFile.decode(Data(json.utf8), file: "x.json"); return nil } catch let e as KDError { return e } catch { return nil }
        }
        #expect(error(#"{"format":"other","version":1}"#)?.place == "x.json: $.format")
        #expect(error(#"{"format":"kd-workspace","version":99}"#)?.place == "x.json: $.version")
        #expect(error("{ not json")?.message.en.hasPrefix("malformed JSON") == true)
        // Syntax errors at their line and column; workbooks and CSV files named as such.
        #expect(error("{\n  \"format\": \"kd-workspace\",\n  \"version\": 1,\n")?.location
                == SourceLocation(file: "x.json", line: 4, column: 1))
        #expect(error("{ not json")?.location == SourceLocation(file: "x.json", line: 1, column: 3))
        #expect(error("PK\u{03}\u{04}rest of a zip")?.message == Catalog.workspaceIsWorkbook)
        // Another program's JSON; a number that is no whole number kd reads, at its place (the
        // Linux JSONDecoder says only "not valid JSON").
        #expect(error(#"{"name":"my-app","version":"1.0.0"}"#)?.message == Catalog.notWorkspaceNoFormat)
        let v = error("{\n  \"format\": \"kd-workspace\",\n  \"version\":  1.5\n}")
        #expect(v?.location == SourceLocation(file: "x.json", line: 3, column: 15))
        #expect(v?.message.en.hasPrefix("1.5 is not a whole number") == true)
        #expect(error("id,name\nP1,An\n")?.message == Catalog.workspaceIsCSV)
        #expect(error("\"id\",\"name\"\n")?.message != Catalog.workspaceIsCSV, "a quote starts JSON too; the name is .json")
        let wrongType = #"{"format":"kd-workspace","version":1,"settings":{"year":"x","rules":"qd124","quota":20,"quotaBase":"good","quotaGroups":{},"headCap":true,"deadlines":{}}}"#
        #expect(error(wrongType)?.place == "x.json: $.settings.year")
    }

    /// A value of the wrong kind names what to write, not a Swift type.
    @Test func wrongTypesSayWhatToWrite() {
        func message(_ body: String) -> Message? {
            let json = #"{"format":"kd-workspace","version":1,"# + body + "}"
            do { _ = try WorkspaceFile.decode(Data(json.utf8), file: "x.json"); return nil } catch let e as KDError { return e.message } catch { return nil }
        }
        #expect(message(#""settings":{"year":"x"}"#)?.en == "wrong type, expected a whole number")
        #expect(message(#""settings":{"year":"x"}"#)?.vi == "sai kiểu, cần một số nguyên")
        #expect(message(#""settings":{"year":2023,"rules":"qd124","headCap":1}"#)?.en == "wrong type, expected true or false")
        #expect(message(#""settings":{"year":2023,"rules":"qd124","asOf":5}"#)?.en == "wrong type, expected text in double quotes")
        #expect(message(#""members":[]"#)?.en == "wrong type, expected an object { … }")
        #expect(message(#""audit":{}"#)?.en == "wrong type, expected a list [ … ]")
        let nullName = #""members":{"P1":{"id":"P1","name":null,"unit":"CB01","status":"active","civilServant":false,"outside":false}}"#
        #expect(message(nullName)?.en == "null where text in double quotes is needed")
        #expect(message(nullName)?.vi == "null ở chỗ cần chuỗi trong ngoặc kép")
    }

    @Test func savesWithMode0600Atomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("ws.json").path
        try WorkspaceFile.save(sample(), to: path)
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ws.json"])
    }
}

@Suite struct TransactionTests {
    @Test func rollbackRestoresAndUndoRedoReplay() {
        var ws = Workspace()
        ws.members["P1"] = Member(id: "P1", name: "A", unit: "CB01")
        let tx = Transaction(ws)
        tx.set(\.members, "P2", Member(id: "P2", name: "B", unit: "CB01"))
        tx.set(\.members, "P1", nil)
        tx.replace(\.settings.quota, with: 25)
        let (after, step) = tx.commit(command: "x")
        #expect(after.members.keys.sorted() == ["P2"])
        var w = after
        step.undo(&w)
        #expect(w.members.keys.sorted() == ["P1"] && w.settings.quota == 20)
        step.redo(&w)
        #expect(w.members.keys.sorted() == ["P2"] && w.settings.quota == 25)

        let tx2 = Transaction(after)
        tx2.set(\.members, "P3", Member(id: "P3", name: "C", unit: "CB01"))
        let back = tx2.rollback()
        #expect(back.members.keys.sorted() == ["P2"])
    }
}

@Suite struct WorkspaceDecodingTests {
    /// The hand-written decoders must know every stored field, or a save/open would drop it.
    @Test func decodersListEveryStoredField() {
        let wsFields = Mirror(reflecting: Workspace()).children.compactMap(\.label).sorted()
        #expect(wsFields == Workspace.CodingKeys.allCases.map(\.rawValue).sorted())
        let settingsFields = Mirror(reflecting: Settings()).children.compactMap(\.label).sorted()
        #expect(settingsFields == Settings.CodingKeys.allCases.map(\.rawValue).sorted())
    }

    /// A cell's or a collective's own discipline (R124-ORG-DISCIPLINE) is saved under its code:
    /// the file opens, by the fast reader and by JSONDecoder alike (the fast reader gives up on
    /// a version written 1.0), and one naming nothing the file holds is still refused.
    @Test func disciplineOfABodyOpensOnEveryPath() throws {
        func file(_ subject: String, slow: Bool = false) -> Data {
            let d = #"{"member":"\#(subject)","date":"2023-05-01","kind":"discipline","form":"khien-trach","selfDiscovered":false}"#
            return Data((#"{"format":"kd-workspace","version":\#(slow ? "1.0" : "1"),"settings":{"year":2023,"rules":"qd124"},"#
                + #""units":{"CB":{"code":"CB","name":"x","kind":"cell"}},"#
                + #""collectives":{"UB":{"code":"UB","name":"y","class":"people-committee","unit":"CB"}},"#
                + #""members":{"P1":{"id":"P1","name":"A","unit":"CB","status":"active","civilServant":false,"outside":false}},"#
                + #""discipline":{"\#(subject)|2023-05-01|discipline|khien-trach":\#(d)}}"#).utf8)
        }
        for subject in ["P1", "CB", "UB"] {
            #expect(WorkspaceReader.read(file(subject)) != nil, "fast path")
            #expect(try WorkspaceFile.decode(file(subject), file: "w.json").discipline.count == 1)
            #expect(WorkspaceReader.read(file(subject, slow: true)) == nil, "slow path")
            #expect(try WorkspaceFile.decode(file(subject, slow: true), file: "w.json").discipline.count == 1)
        }
        for slow in [false, true] {
            #expect(throws: KDError.self) { try WorkspaceFile.decode(file("XX", slow: slow), file: "w.json") }
        }
    }

    @Test func aFileWithoutNewerTablesOpensWithThemEmpty() throws {
        let old = #"{"format":"kd-workspace","version":1,"settings":{"year":2023,"rules":"qd124"},"members":{}}"#
        let ws = try WorkspaceFile.decode(Data(old.utf8), file: "old.json")
        #expect(ws.settings.quota == 20 && ws.snapshots.isEmpty && ws.grades.isEmpty)
    }
}
