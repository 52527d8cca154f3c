import Foundation
import KiemDiem
import Testing
@testable import KDShell

/// Tab completion is a pure function: each test gives a line, a cursor and a context, and checks
/// what Tab would offer and insert.
@Suite struct CompletionTests {
    /// A verb with every kind of value, standing for the domain verbs other branches add.
    static let grade = VerbSpec(
        name: "grade", aliases: ["xl"], group: .domain, usage: "grade SUBJECT LEVEL", summary: Message("test"),
        options: [
            OptionSpec("stage", .stage, Message("")), OptionSpec("by", .choice(["ward", "upper", "cell", "self"]), Message("")),
            OptionSpec("out", .file, Message("")), OptionSpec("note", .text, Message("")),
            OptionSpec("override", .text, Message("")), OptionSpec("member", .member, Message("")),
            OptionSpec("unit", .unit, Message("")), OptionSpec("collective", .collective, Message("")),
            OptionSpec("dry-run", nil, Message("")),
        ],
        positionals: [.subject, .level],
        run: { _, _ in })
    static let load = VerbSpec(
        name: "load", group: .loading, usage: "load KIND FILE", summary: Message("test"),
        subwords: ["roster", "units", "demo"], positionals: [.choice(["roster", "units", "demo"]), .file],
        run: { _, _ in })

    static let workspace: Workspace = {
        var ws = Workspace()
        for m in [Member(id: "M001", name: "Nguyễn Văn An", unit: "CB01"), Member(id: "M002", name: "Nguyễn Thị Bình", unit: "CB01"),
                  Member(id: "M003", name: "Trần Văn Cường", unit: "CB01"), Member(id: "M010", name: "Lê Ngọc Ánh", unit: "CB02"),
                  Member(id: "M011", name: "Đỗ Quang Dũng", unit: "CB02")] {
            ws.members[m.id] = m
        }
        for u in [Unit(code: "CB01", name: "Chi bộ Khu phố 1", kind: .cell), Unit(code: "CB02", name: "Chi bộ Trường học", kind: .cell),
                  Unit(code: "DU", name: "Đảng ủy phường", kind: .committee), Unit(code: "T1", name: "Tổ đảng 1", kind: .group)] {
            ws.units[u.code] = u
        }
        ws.collectives["BTV"] = Collective(code: "BTV", name: "Ban Thường vụ Đảng ủy", cls: .partyStanding)
        return ws
    }()

    static let folders: [String: [FileEntry]] = [
        "": [FileEntry("roster.csv"), FileEntry("data", isDirectory: true), FileEntry("my file.kd"), FileEntry(".hidden")],
        "data/": [FileEntry("units.csv"), FileEntry("old", isDirectory: true)],
    ]

    // The real verbs, with the two stand-ins above in place of any real verb of the same name.
    let ctx = CompletionContext(specs: Registry.all.filter { !["grade", "load"].contains($0.name) } + [grade, load], workspace: workspace,
                                listDirectory: { folders[$0] ?? [] })

    func offered(_ line: String, cursor: Int? = nil) -> [String] {
        Completion.complete(line, cursor: cursor, ctx).candidates.map(\.text)
    }
    func inserted(_ line: String) -> String? { Completion.complete(line, ctx).replacement }

    /// `review --form` offers the rulebook's forms: qd366 adds 2C.
    /// A folder the disk stores decomposed (NFD) is listed from the composed path typed, and
    /// its names come back composed: Tab offered nothing there, and drew an NFD name without
    /// its marks.
    @Test func aDecomposedFolderIsListedAndItsNamesComposed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kd-nfd-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = "mục b".decomposedStringWithCanonicalMapping, file = "đơn vị.csv".decomposedStringWithCanonicalMapping
        try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/" + folder + "/" + file, contents: Data("x".utf8))
        let names = Completion.listFileSystem(root + "/mục b/").map(\.name)
        #expect(names == ["đơn vị.csv"])
        #expect(names.first?.unicodeScalars.elementsEqual("đơn vị.csv".unicodeScalars) == true)
    }

    @Test func reviewFormsFollowTheRulebook() {
        #expect(offered("review M001 --form ") == ["01", "2A", "2B"])
        #expect(offered("review M001 --form 2") == ["2A", "2B"])
        var ws = Self.workspace
        ws.settings.rules = "qd366"
        let c366 = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        #expect(Completion.complete("review M001 --form 2", c366).candidates.map(\.text) == ["2A", "2B", "2C"])
    }

    /// `review --at` takes a venue's code, or in quotes its whole name, as Tab offers them.
    @Test func reviewVenueCompletesCodesAndQuotedNames() {
        #expect(offered("review M001 --at B") == ["BTV"])
        #expect(Completion.complete("review M001 --at \"ban thu", ctx).replacement == "\"Ban Thường vụ Đảng ủy\" ")
        #expect(Completion.complete("review M001 --at \"chi bo", ctx).candidates.map(\.text) == ["Chi bộ Khu phố 1", "Chi bộ Trường học"])
    }

    /// The same through a session's kept index of names (the demo ward).
    @Test func reviewVenueNamesThroughTheIndex() {
        let s = Session(console: CapturingConsole())
        #expect(s.runScriptText("load demo", file: "t"))
        #expect(s.complete("review P001 --at \"ban thuong vu dang").replacement == "\"Ban Thường vụ Đảng ủy phường\" ")
    }

    /// `review --attended` takes ids separated by commas: Tab completes the one after the last.
    @Test func attendedCompletesTheIdAfterTheLastComma() {
        #expect(offered("review M001 --attended M00") == ["M001", "M002", "M003"])
        #expect(offered("review M001 --attended M001,m01") == ["M001,M010", "M001,M011"])
        #expect(inserted("review M001 --attended M001,m002,m011") == "M001,m002,M011 ")
        #expect(offered("review M001 --attended=M002,M010") == ["--attended=M002,M010"])
        #expect(offered("review M001 --attended M001,") == [])
        #expect(offered("review M001 --attended nguy") == [])
        // Not an id typed already (shell audit 49f).
        #expect(offered("review M001 --attended M001,m00") == ["M001,M002", "M001,M003"])
        // With the venue given, its people only, and all of them before any letter.
        #expect(offered("review M001 --at CB01 --attended ") == ["M001", "M002", "M003"])
        #expect(offered("review M001 --at cb01 --attended M002,") == ["M002,M001", "M002,M003"])
        #expect(offered("review M010 --at=CB02 --attended M") == ["M010", "M011"])
        #expect(offered("review M001 --at CB01 --attended M01") == [])
        var ws = Self.workspace
        ws.positions["M010|BTV|Ủy viên"] = Position(member: "M010", body: "BTV", role: "Ủy viên")
        let c = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        #expect(Completion.complete("review BTV --at BTV --attended ", c).candidates.map(\.text) == ["M010"])
        // A venue kd does not know: as without one.
        #expect(offered("review M001 --at XX --attended ") == [])
    }

    /// `list --where` offers the members' fields, then a field's fixed values.
    @Test func listWhereOffersFieldsThenValues() {
        #expect(offered("list members --where st") == ["status="])
        #expect(Completion.complete("list members --where st", ctx).replacement == "status=")
        #expect(offered("list members --where status=") == ["status=active", "status=exempt", "status=suspended"])
        #expect(offered("list members --where status=E") == ["status=exempt"])
        #expect(offered("list members --where unit=") == ["CB01", "CB02", "DU"].map { "unit=" + $0 })
        #expect(offered("list members --where level=HTX") == ["level=HTXSNV"])
        #expect(offered("list members --where name=") == [])
    }

    /// After a sub-word that takes nothing more, Tab offers nothing (it offered units, subjects).
    @Test func nothingAfterACompleteSubword() {
        #expect(offered("report summary ") == [])
        #expect(offered("show settings ") == [])
        #expect(offered("report unit ") == ["CB01", "CB02", "DU", "T1"])
    }

    /// `set deadline` offers the rulebooks' deadline names (a ward may add its own).
    @Test func setDeadlineOffersTheNames() {
        #expect(offered("set deadline ") == ["report", "review", "upper"])
    }

    /// `review plan` takes only its own options: Tab offers those, the verb refuses the others.
    /// A review of a subject takes none of them ("--format goes with review plan"): after one,
    /// they are not offered (shell audit).
    @Test func reviewPlanOffersItsOwnOptions() {
        #expect(offered("review plan --") == ["--format", "--out", "--unit"])
        #expect(offered("review M001 --f") == ["--feedback", "--form"])
        #expect(offered("review M001 --") == ["--at", "--attended", "--feedback", "--form", "--on", "--self", "--sessions", "--suggested"])
        // After an option that takes a value, a word begun with `--` is the next option.
        #expect(offered("review M001 --at --f") == ["--feedback", "--form"])
    }

    /// `include` takes back an exclusion: Tab offers the members excluded now, not the roster.
    @Test func includeOffersTheExcluded() {
        var ws = Self.workspace
        let ids = ws.members.keys.sorted()
        ws.exclusions[ids[0]] = Exclusion(subject: ids[0], reason: .other)
        let ctx = CompletionContext(workspace: ws, listDirectory: { _ in [] })
        #expect(Completion.complete("include ", ctx).candidates.map(\.text).contains(ids[0]))
        #expect(!Completion.complete("include ", ctx).candidates.map(\.text).contains(ids[1]))
        #expect(Completion.complete("exclude ", ctx).candidates.map(\.text).contains(ids[1]))
    }

    /// Each `load` sub-word is offered the options it reads; the binder refuses the others.
    @Test func loadOffersEachSubwordItsOptions() {
        let real = CompletionContext(workspace: Self.workspace, listDirectory: { _ in [] })
        func offered(_ line: String) -> [String] { Completion.complete(line, real).candidates.map(\.text) }
        #expect(offered("load demo --") == ["--merge", "--replace", "--year"])
        #expect(offered("load workbook ward.xlsx --") == ["--merge", "--replace"])
        #expect(offered("load roster ward.xlsx --") == ["--merge", "--replace", "--sheet"])
        #expect(offered("echo --") == [])
    }

    /// Blanks as the lexer reads them: a no-break space ends a word, a zero-width space is not one.
    @Test func unicodeBlanksPartWords() {
        #expect(offered("review\u{00A0}M001 --at T") == ["T1"])
        #expect(offered("review M001\u{200B} --at T") == ["T1"])
    }

    /// `review … --at` offers every venue: the committee, cells, party groups and collectives.
    /// Each report kind and each `generate` sub-word: Tab offers the options it takes (it
    /// offered all five after every kind, and `report audit --level` was then refused), and
    /// the formats a kind writes.
    @Test func reportKindsAndGenerateOfferTheirOwnOptions() {
        #expect(offered("report audit --") == ["--format", "--out"])
        #expect(offered("report summary --") == ["--class", "--format", "--out", "--unit"])
        #expect(offered("report form P001 --") == ["--format", "--out"])
        #expect(offered("report forms --") == ["--class", "--format", "--out", "--unit"])
        #expect(offered("report members --") == ["--format", "--level", "--out", "--unit"])
        #expect(offered("report document --format ") == ["md", "html"])
        #expect(offered("report form P001 --format=") == ["--format=md", "--format=html"])
        #expect(offered("report summary --format ") == Verbs.reportFormats)
        #expect(offered("generate demo --") == ["--out", "--replace", "--year"])
        #expect(offered("generate ward --") == ["--cells", "--members", "--out", "--replace", "--seed"])
    }

    /// A verb of one argument offers nothing once it is given (`open FILE` then Tab listed files
    /// again); `exclude` takes any number of members.
    @Test func oneArgumentVerbsStopAfterIt() {
        #expect(offered("help grade ").isEmpty)
        #expect(offered("why M0").count == 5)
        #expect(offered("why M001 ").isEmpty)
        #expect(offered("show M001 M0").isEmpty)
        #expect(offered("exclude M001 M01") == ["M010", "M011"])
    }

    @Test func reviewVenuesIncludeTheCommitteeAndTheGroups() {
        #expect(offered("review M001 --at ") == ["BTV", "CB01", "CB02", "DU", "T1"])
        #expect(offered("review M001 --at T") == ["T1"])
    }

    // MARK: verbs

    @Test func verbsAndAliasesInFirstPosition() {
        let sVerbs = ctx.specs.flatMap { [$0.name] + $0.aliases }.filter { $0.hasPrefix("s") }.sorted()
        #expect(sVerbs.contains("set") && sVerbs.contains("show") && sVerbs.count > 2)
        #expect(offered("s") == sVerbs)
        #expect(inserted("se") == "set ")
        #expect(inserted("his") == "history ")
        #expect(offered("qu") == ["quit", "quit!"])
        #expect(inserted("qu") == "quit")
        #expect(offered("x") == ["xl"])
        #expect(offered("").contains("grade") && offered("").contains("?"))
        #expect(inserted("s") == nil, "s: several verbs share nothing more")
    }

    @Test func unknownVerbOffersNothing() {
        #expect(offered("frobnicate ").isEmpty)
        #expect(inserted("frobnicate x") == nil)
    }

    @Test func verbValuesForHelp() {
        #expect(offered("help gr") == ["grade"])
        #expect(inserted("help so") == "source ")
    }

    // MARK: sub-words and their values

    @Test func subwordsOfTheVerb() {
        #expect(offered("set qu") == ["quota", "quota-base", "quota-group"])
        #expect(inserted("set qu") == "quota")
        #expect(inserted("set la") == "lang ")
        #expect(offered("load ") == ["demo", "roster", "units"])
        #expect(inserted("load r") == "roster ")
    }

    @Test func valuesThatDependOnTheSubword() {
        #expect(offered("set lang ") == ["en", "vi"])
        #expect(offered("set rules q") == ["qd124", "qd366"])
        #expect(inserted("set rules q") == "qd")
        #expect(offered("set head-cap o") == ["on", "off"])
        #expect(offered("set quota-group ") == SubjectClass.allCases.map(\.rawValue))
        #expect(offered("set quota-group member ") == ["by"])
        #expect(offered("set quota-group member by ") == ["class", "unit"])
        #expect(offered("set year ").isEmpty)
    }

    @Test func reportFormTakesASubjectReportUnitAUnit() {
        #expect(offered("report form M00") == ["M001", "M002", "M003"])
        #expect(offered("report unit CB") == ["CB01", "CB02"])
        #expect(offered("report fo") == ["form", "forms"])
    }

    // MARK: options

    @Test func optionsOfTheVerb() {
        #expect(offered("grade M001 --s") == ["--stage"])
        #expect(offered("grade M001 --") == ["--by", "--collective", "--dry-run", "--member", "--note", "--out", "--override", "--stage", "--unit"])
        #expect(inserted("grade M001 --ov") == "--override ")
        #expect(offered("set --").isEmpty, "set has no options")
    }

    @Test func optionValuesByKind() {
        #expect(offered("grade M001 --stage ") == ["self", "proposed", "decided"])
        #expect(offered("grade M001 --by u") == ["upper"])
        #expect(inserted("grade M001 --stage=pr") == "--stage=proposed ")
        #expect(offered("grade M001 --note ").isEmpty)
        #expect(offered("grade --member ") == ["M001", "M002", "M003", "M010", "M011"])
        #expect(offered("grade --unit ") == ["CB01", "CB02", "DU", "T1"], "a filter names any unit")
        #expect(offered("grade --collective b") == ["BTV", "Ban Thường vụ Đảng ủy"])
    }

    @Test func aFlagTakesNoValue() {
        // After a boolean flag the next word is the positional again (a subject).
        #expect(offered("grade --dry-run M0") == ["M001", "M002", "M003", "M010", "M011"])
        // After an option that takes a value, that value is skipped.
        #expect(offered("grade --stage decided M01") == ["M010", "M011"])
        #expect(offered("grade --stage decided M001 HTT") == ["HTTNV"])
    }

    // MARK: levels

    @Test func levels() {
        #expect(offered("grade M001 ") == Level.spellings)
        #expect(offered("grade M001 ht") == ["HTXSNV", "HTTNV", "HTNV"])
        #expect(inserted("grade M001 ht") == "HT")
        #expect(inserted("grade M001 go") == "good ")
        #expect(inserted("grade M001 kh") == "KHTNV ")
    }

    // MARK: subjects

    @Test func subjectsByIdOrCode() {
        #expect(offered("grade ") == ["BTV", "CB01", "CB02", "DU", "M001", "M002", "M003", "M010", "M011"],
                "nothing typed: ids and codes only; a party group is not graded")
        #expect(offered("grade m00") == ["M001", "M002", "M003"])
        #expect(inserted("grade m00") == "M00")
        #expect(inserted("grade M010") == "M010 ")
    }

    @Test func namesTypedWithoutDiacritics() {
        #expect(offered("grade nguy") == ["Nguyễn Văn An", "Nguyễn Thị Bình"], "Vietnamese order: given name first")
        #expect(inserted("grade nguy") == "\"Nguyễn ", "the shared beginning, quote left open")
        #expect(inserted("grade \"nguyen van") == "\"Nguyễn Văn An\" ")
        #expect(inserted("grade dô") == "\"Đỗ Quang Dũng\" ", "đ folds to d, tones are ignored")
        #expect(inserted("grade 'chi bo k") == "'Chi bộ Khu phố 1' ")
        // Unquoted, a blank ends the word: `van` is then the level.
        #expect(offered("grade nguyen van").isEmpty)
        #expect(offered("grade chi") == ["Chi bộ Khu phố 1", "Chi bộ Trường học"])
        #expect(offered("grade to dang").isEmpty, "a party group is not a subject")
    }

    @Test func aWordThatStartsWithAQuote() {
        #expect(offered("grade \"tran") == ["Trần Văn Cường"])
        #expect(inserted("grade \"tran") == "\"Trần Văn Cường\" ")
        #expect(inserted("grade 'le ng") == "'Lê Ngọc Ánh' ", "the user's quote is kept")
        #expect(offered("grade \"M0").isEmpty, "a quoted word is a name, not an id")
        #expect(inserted("grade \"nguyen ") == "\"Nguyễn ")
        // A finished quoted name: Tab only adds the space.
        #expect(inserted("grade \"Nguyễn Văn An\"") == "\"Nguyễn Văn An\" ")
    }

    // MARK: files

    @Test func filesAfterFileArguments() {
        #expect(offered("source ") == ["data/", "my file.kd", "roster.csv"], "hidden files only when asked")
        #expect(offered("source .") == [".hidden"])
        #expect(inserted("source da") == "data/", "a folder: no space, the path goes on")
        #expect(offered("source data/") == ["data/old/", "data/units.csv"])
        #expect(inserted("source data/u") == "data/units.csv ")
        #expect(inserted("open my") == "\"my file.kd\" ", "a name with a blank is quoted")
        #expect(inserted("save r") == "roster.csv ")
        #expect(inserted("load roster r") == "roster.csv ")
        #expect(inserted("grade M001 good --out da") == "data/")
        #expect(inserted("grade M001 good --out=r") == "--out=roster.csv ")
        #expect(offered("source nothing").isEmpty)
        #expect(inserted("grade M001 good --out=my") == "--out=\"my file.kd\" ", "only the value is quoted")
        #expect(inserted("grade M001 good --out=\"my") == "--out=\"my file.kd\" ")
        #expect(offered("grade --o") == ["--out", "--override"])
        #expect(offered("grade \"--o").isEmpty, "a quoted word is a value, not an option")
    }

    @Test func realFileSystemListsFoldersWithSlash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-compl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("a.kd"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let ctx = CompletionContext(workspace: Workspace())
        let found = Completion.complete("source \(dir.path)/", ctx).candidates
        #expect(found == [Candidate("\(dir.path)/a.kd"), Candidate("\(dir.path)/sub/", isFinal: false)])
    }

    // MARK: where the word is

    @Test func theCurrentCommandOnly() {
        let r = Completion.complete("echo x; se", ctx)
        #expect(r.candidates.map(\.text) == ["set"])
        #expect(r.start == 8 && r.typed == "se")
        #expect(offered("echo a # se").isEmpty, "inside a comment")
        #expect(offered("echo \"a;b\" ").isEmpty, "a quoted ; does not start a command")
    }

    @Test func cursorInTheMiddleAndUTF8Offsets() {
        // Cursor right after "la" in "set la vi": only the text before it counts.
        let r = Completion.complete("set la vi", cursor: 6, ctx)
        #expect(r.start == 4 && r.typed == "la" && r.replacement == "lang ")
        // Offsets are UTF-8 bytes, as libedit counts them.
        let line = "echo Ấn; grade \"nguyễn v"
        let s = Completion.complete(line, ctx)
        #expect(s.start == Array(line.utf8).count - "\"nguyễn v".utf8.count)
        #expect(s.typed == "\"nguyễn v")
        #expect(s.replacement == "\"Nguyễn Văn An\" ")
    }

    @Test func quotingOfSpecialCharacters() {
        #expect(Completion.quote("a b", nil, close: true) == "\"a b\"")
        #expect(Completion.quote("plain", nil, close: true) == "plain")
        #expect(Completion.quote("say \"hi\"", nil, close: true) == #""say \"hi\"""#)
        #expect(Completion.quote("x;y", nil, close: false) == "\"x;y")
    }

    @Test func listingInColumns() {
        let l = LibeditReader.columns(["as-of", "bail", "color", "echo"], width: 16)
        #expect(l.text == "as-of  bail\ncolor  echo\n" && l.hidden == 0)
        let many = LibeditReader.columns((1...250).map { "M\($0)" }, width: 80)
        #expect(many.hidden == 50 && many.text.contains("M200") && !many.text.contains("M201"))
    }

    /// An id that is also a code completes to both subjects' keys (the id alone is refused as
    /// ambiguous); a key being typed completes that class's ids, with the index or without.
    @Test(arguments: [false, true])
    func keysWhereAnIdIsACodeToo(indexed: Bool) {
        var ws = Self.workspace
        let cell = ws.units.values.filter(\.isGraded).map(\.code).sorted()[0]
        ws.members[cell] = Member(id: cell, name: "Lê Văn Trùng", unit: cell)
        var c = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        if indexed { c.people = PeopleIndex(ws) }
        let typed = String(cell.dropLast())
        #expect(Completion.complete("grade \(typed)", c).candidates.map(\.text).contains("member:\(cell)"))
        #expect(Completion.complete("grade \(typed)", c).candidates.map(\.text).contains("organization:\(cell)"))
        #expect(!Completion.complete("grade \(typed)", c).candidates.map(\.text).contains(cell))
        #expect(Completion.complete("grade member:\(typed.lowercased())", c).candidates.map(\.text) == ["member:\(cell)"])
        #expect(Completion.complete("grade organization:\(cell)", c).candidates.map(\.text) == ["organization:\(cell)"])
        #expect(Completion.complete("grade nobody:\(cell)", c).candidates.isEmpty)
        // The workspace's own ids and codes, that are one subject each, stay as they are.
        let member = Self.workspace.members.keys.sorted()[0]
        #expect(Completion.complete("grade \(member)", c).candidates.map(\.text) == [member])
    }

    /// A name two people bear: Tab completes it without closing the quote (the command would
    /// refuse it as naming two), and once it is typed whole lists their ids with their cells,
    /// inserting nothing. A name one person bears is closed as before.
    @Test(arguments: [false, true])
    func aSharedNameListsItsBearers(indexed: Bool) {
        var ws = Self.workspace
        ws.members["M030"] = Member(id: "M030", name: "Nguyễn Văn An", unit: "CB02")
        var c = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        if indexed { c.people = PeopleIndex(ws) }
        #expect(Completion.complete("grade \"nguyen van a", c).replacement == "\"Nguyễn Văn An")
        let whole = Completion.complete("grade \"Nguyễn Văn An", c)
        #expect(whole.replacement == nil)
        #expect(whole.candidates.map(\.text) == ["M001", "M030"])
        #expect(whole.candidates.map(\.label) == ["M001  Nguyễn Văn An, CB01", "M030  Nguyễn Văn An, CB02"])
        #expect(Completion.complete("show \"nguyen van an", c).candidates.map(\.text) == ["M001", "M030"])
        // Borne by one: as before.
        #expect(Completion.complete("grade \"tran van c", c).replacement == "\"Trần Văn Cường\" ")
        // `include` counts only the excluded: one of the two is one name, closed.
        ws.exclusions["M030"] = Exclusion(subject: "M030", reason: .other)
        let inc = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        #expect(Completion.complete("include \"nguyen van a", inc).replacement == "\"Nguyễn Văn An\" ")
        // Told by the session (a big roster's name order): its answer is used, nil is "do not know".
        var told = c
        told.bearers = { _ in nil }
        #expect(Completion.complete("grade \"nguyen van a", told).replacement == "\"Nguyễn Văn An\" ")
    }

    /// A big roster's bearers are found by halves in its name order, once that is ready: the
    /// same people as a scan finds, for every name of the demo ward and a shared one.
    @Test func bearersFromTheNameOrderAreTheScans() throws {
        let s = Session(console: CapturingConsole())
        #expect(Interpreter(session: s).run("load demo", file: "t", bail: true))
        var ws = s.workspace
        let p = ws.members["P010"]!
        ws.members["P900"] = Member(id: "P900", name: p.name, unit: "CB02")
        ws.members["P901"] = Member(id: "P901", name: p.name.lowercased(), unit: "CB03")
        s.workspace = ws
        let scanned = Set(s.workspace.members.values.map(\.name)).map { ($0, s.bearers(of: $0)!.map(\.id).sorted()) }
        s.bearersScanUpTo = 0
        _ = s.peopleOrder()!(s.workspace)  // the name order, as a `cap` at the prompt makes it
        for (name, ids) in scanned { #expect(s.bearers(of: name)!.map(\.id).sorted() == ids, "\(name)") }
        #expect(s.bearers(of: p.name)!.map(\.id).sorted() == ["P010", "P900"])
        #expect(s.bearers(of: "Không Có Ai")!.isEmpty)
    }

    @Test func typedDiacriticsNarrowTheNames() {
        var ws = Self.workspace
        ws.members["M020"] = Member(id: "M020", name: "Nguyễn Văn Ân", unit: "CB01")
        let c = CompletionContext(specs: ctx.specs, workspace: ws, listDirectory: { _ in [] })
        // Without diacritics both names match; with Â typed only Ân does.
        #expect(Completion.complete("show \"nguyen van a", c).candidates.map(\.text).count == 2)
        #expect(Completion.complete("show \"Nguyễn Văn Â", c).candidates.map(\.text) == ["Nguyễn Văn Ân"])
    }

    /// Tab puts the candidates' shared beginning in place of what was typed, its case too when
    /// they agree; when only the case would change and they disagree on it, the typed word stays.
    @Test func caseChangesOnlyWhereTheCandidatesAgree() {
        func part(_ t: String) -> Completion.Part { Completion.Part(text: t, start: 0, openQuote: nil) }
        #expect(Completion.replacement(part("b"), [Candidate("Bản_nháp"), Candidate("base")]) == nil)
        #expect(Completion.replacement(part("m0"), [Candidate("M001"), Candidate("M002")]) == "M00")
        #expect(Completion.replacement(part("bt"), [Candidate("BTV"), Candidate("BTV2")]) == "BTV")
        #expect(Completion.replacement(part("b"), [Candidate("BTV"), Candidate("Btv2")]) == "BTV")
        #expect(Completion.replacement(part("m"), [Candidate("M001"), Candidate("M002")]) == "M00")
    }

    /// A verb typed in capitals (caps lock) completes as the verb is run: in any case.
    @Test func aVerbInCapitalsCompletes() {
        #expect(inserted("HEL") == "help ", "saw: \(String(describing: inserted("HEL")))")
        #expect(offered("UND") == ["undo"])
    }

    /// After an opening quote the first word is a name being typed, never a verb or a
    /// sub-word: `review "pl` is a subject called "pl…", not the plan.
    @Test func aQuotedWordIsNoSubword() {
        #expect(!offered("review \"pl").contains("plan"), "saw: \(offered("review \"pl"))")
        #expect(offered("review pl") == ["plan"])
    }

    /// `#` inside a word is no comment: Tab still completes a file whose name holds one.
    @Test func aHashInsideAWordStillCompletes() {
        let c = CompletionContext(specs: Registry.all, workspace: Workspace(), listDirectory: { $0.isEmpty ? [FileEntry("step#1.kd")] : [] })
        let got = Completion.complete("source step#", c)
        #expect(got.candidates.map(\.text) == ["step#1.kd"], "saw: \(got.candidates.map(\.text))")
        #expect(Completion.complete("source #step", c).candidates.isEmpty, "a comment completes nothing")
    }
}
