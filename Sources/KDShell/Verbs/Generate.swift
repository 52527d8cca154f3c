import Foundation
import KiemDiem

extension Verbs {
    static let generate = VerbSpec(
        name: "generate", group: .loading, usage: "generate ward --members N [--cells C] [--seed S] [--out DIR] | generate demo --out DIR|FILE.xlsx [--year 2023|2025]",
        summary: Message(en: "make a synthetic ward (same seed, same ward), or write the demo ward's CSV files",
                         vi: "tạo phường giả lập (cùng seed, cùng kết quả), hoặc ghi các tệp CSV của phường mẫu"),
        options: [
            OptionSpec("members", .number, Message(en: "number of members", vi: "số đảng viên")),
            OptionSpec("cells", .number, Message(en: "number of cells (default: one per 40 members, at least 7 but no more than the members)", vi: "số chi bộ (mặc định: 40 đảng viên một chi bộ, ít nhất 7 nhưng không quá số đảng viên)")),
            OptionSpec("seed", .number, Message(en: "random seed (default 1)", vi: "hạt giống ngẫu nhiên (mặc định 1)")),
            OptionSpec("out", .file, Message(en: "write CSV files into this folder (or, for the demo, one FILE.xlsx workbook) instead of loading",
                                                    vi: "ghi các tệp CSV vào thư mục này (hoặc, với dữ liệu mẫu, một bảng tính FILE.xlsx) thay vì nạp"),
                       placeholder: "DIR"),
            OptionSpec("replace", nil, Message(en: "replace a workspace that is not empty; with --out, a folder's ward files or a workbook", vi: "thay workspace đang có dữ liệu; với --out, các tệp phường trong thư mục hoặc bảng tính")),
            OptionSpec("year", .choice(["2023", "2025"]), Message(en: "demo round: 2023 (qd124, default) or 2025 (qd366, with scores)",
                                                                vi: "đợt của phường mẫu: 2023 (qd124, mặc định) hoặc 2025 (qd366, có điểm)")),
        ],
        subwords: ["ward", "demo"],
        positionals: [.choice(["ward", "demo"])],
        subwordOptions: ["ward": ["members", "cells", "seed", "out", "replace"], "demo": ["out", "year", "replace"]],
        examples: ["generate ward --members 5000 --seed 7", "generate ward --members 5600000 --out bench/", "generate demo --out Examples/demo", "generate demo --out Examples/demo.xlsx", "generate demo --year 2025 --out demo-2025"],
        run: { inv, s in
            let w = try inv.positional(0, "ward or demo")
            try inv.noMorePositionals(than: 1)
            switch w.text.lowercased() {
            case "demo":
                guard let out = inv.value("out") else { throw inv.error(ShellText.missingArgument("--out DIR"), at: inv.end, hints: [ShellText.usage(inv.spec.usage)]) }
                let y2025 = try inv.value("year").map { try inv.choice($0, DemoYear.self) } == .y2025
                let files = y2025 ? try DemoWard.files2025() : DemoWard.files
                if out.text.lowercased().hasSuffix(".xlsm") { throw inv.error(ShellText.notXlsm(out.text), at: out) }
                if XlsxKinds.isWorkbook(out.text) {
                    // As a ward's folder: an existing file is written over only when asked.
                    var st = stat()
                    if lstat(s.resolve(out.text), &st) == 0 && !inv.has("replace") {
                        throw inv.error(ShellText.workbookExists(s.shown(out.text)), at: out, hints: [ShellText.hintWorkbookReplace])
                    }
                    try inv.pointing(at: out) {
                        try XlsxWriter.write(DemoWard.workbookSheets(files), to: s.resolve(out.text), display: s.shown(out.text))
                    }
                    if !s.quiet { s.say(ShellText.wroteWorkbook(files.count, s.shown(out.text))) }
                } else {
                    try writeWard(out, inv, s, writing: files.map { $0.kind + ".csv" }) { dir in
                        for (kind, text) in files {
                            let name = kind + ".csv"
                            try inv.pointing(at: out) { try ReportFile.write(text, to: dir + "/" + name, display: s.shown(out.text) + "/" + name) }
                        }
                    }
                    if !s.quiet { s.say(ShellText.wroteFiles(files.count, s.shown(out.text))) }
                }
                // The files hold no settings: the round they belong to is said here.
                if y2025 { s.say(ShellText.demoFiles2025(DemoWard.asOf2025.description)) }
            case "ward":
                // Up to twice the national party (5.6M): the ward is made in memory either way, about
                // 0.4 GB a million members, and 50M exhausted this kind of machine.
                guard let n = try inv.int("members", in: 1...10_000_000) else {
                    throw inv.error(ShellText.missingArgument("--members N"), at: inv.end, hints: [ShellText.usage(inv.spec.usage)])
                }
                // At least 7 cells by default, but never more than there are members.
                let cells = try inv.int("cells", in: 1...1_000_000) ?? min(n, max(7, n / 40))
                if cells > n { throw inv.error(ShellText.moreCellsThanMembers(cells, n), at: inv.value("cells")) }
                let seed = try inv.int("seed", in: 0...Int.max) ?? 1
                if let out = inv.value("out"), XlsxKinds.isWorkbook(out.text) {
                    // A folder of CSV files: a workbook's sheet holds 1,048,576 rows, and a
                    // national ward is millions (the demo, small, may be a workbook).
                    throw inv.error(ShellText.wardNotWorkbook(out.text), at: out)
                }
                // Seconds at national size: Ctrl-C stops the making, then the writing or loading.
                let ward = SyntheticWard(members: n, cells: cells, seed: UInt64(seed), year: s.workspace.settings.year)
                try s.checkInterrupt()
                if let out = inv.value("out") {
                    var files: [String] = []
                    try writeWard(out, inv, s, writing: SyntheticWard.fileNames) { dir in
                        files = try inv.pointing(at: out) { try ward.write(to: dir) }
                    }
                    if !s.quiet { s.say(ShellText.wroteWard(n, cells, s.shown(out.text), files)) }
                    return
                }
                if !s.workspace.isEmpty && !inv.has("replace") {
                    throw inv.error(ShellText.generateNeedsEmpty, hints: [ShellText.hintGenerateReplace])
                }
                try s.mutate(inv) { tx in
                    if inv.has("replace") {
                        tx.replaceWhole(with: tx.ws.emptiedOfFacts())
                    }
                    ward.apply(to: tx)
                    tx.say(Message(en: "generated \(n) members in \(cells) cells, seed \(seed)", vi: "đã tạo \(n) đảng viên trong \(cells) chi bộ, seed \(seed)"))
                }
                s.say(ShellText.generated(n, cells, ward.positions.count, seed))
            default:
                throw inv.error(ShellText.badChoice(w.text, ["ward", "demo"]), at: w, hints: Suggest.hint(w.text, ["ward", "demo"]))
            }
        })

    /// Writes a ward's files with `body` into the folder `--out` names (`wardFolder`). When the
    /// writing fails or is stopped, the files set aside are put back and a folder made for it
    /// is removed: the folder is as it was. Said only once the ward is written: which files
    /// were set aside.
    static func writeWard(_ out: Word, _ inv: Invocation, _ s: Session, writing: [String], _ body: (String) throws -> Void) throws {
        let (dir, setAside, made) = try wardFolder(out, inv, s, writing: writing)
        do {
            try body(dir)
        } catch {
            for k in setAside.reversed() { rename(k.backup, k.file) }
            if made { rmdir(dir) }
            throw error
        }
        if !setAside.isEmpty { s.warn(ShellText.wardFilesKept(setAside.map { s.shown(out.text) + "/" + URL(fileURLWithPath: $0.backup).lastPathComponent })) }
    }

    /// The folder `--out` names for a ward's CSV files, made if missing (`made`). Refused: a file
    /// or a symbolic link there, a name that reads as a file (`x.csv`), and a folder that already
    /// holds a ward's files unless --replace, which then also sets aside (as NAME.~N~) the kd files this ward
    /// does not write (a demo's reviews.csv beside a generated roster would mix two wards).
    static func wardFolder(_ out: Word, _ inv: Invocation, _ s: Session, writing: [String]) throws
        -> (dir: String, setAside: [(file: String, backup: String)], made: Bool) {
        let dir = s.resolve(out.text)
        if ["csv", "json", "txt", "md", "html"].contains(URL(fileURLWithPath: out.text).pathExtension.lowercased()) {
            throw inv.error(ShellText.outIsFolder(s.shown(out.text)), at: out)
        }
        var st = stat()
        if lstat(dir, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFLNK { throw inv.error(Catalog.Reports.symlinkRefused(s.shown(out.text)), at: out, hints: [Catalog.Reports.symlinkHint]) }
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw inv.error(ShellText.outNotFolder(s.shown(out.text)), at: out) }
            // Before any file is written: a link among them would stop the ward half written.
            for name in writing where lstat(dir + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
                throw inv.error(Catalog.Reports.symlinkRefused(s.shown(out.text) + "/" + name), at: out, hints: [Catalog.Reports.symlinkHint])
            }
            let present = wardFileNames.filter { FileManager.default.fileExists(atPath: dir + "/" + $0) }
            if !present.isEmpty {
                guard inv.has("replace") else {
                    throw inv.error(ShellText.folderHoldsWard(s.shown(out.text), present), at: out, hints: [ShellText.hintFolderReplace])
                }
                // The other ward's files would mix two wards; they may hold the user's own
                // work (a filled-in reviews.csv), so they are set aside as NAME.~N~, not deleted.
                // One that cannot be set aside puts back those already set aside: the error says
                // nothing was written.
                var kept: [(file: String, backup: String)] = []
                for name in present where !writing.contains(name) {
                    do {
                        let backup = try inv.pointing(at: out) { try WorkspaceFile.keepBackup(of: dir + "/" + name, display: s.shown(out.text) + "/" + name, report: true) }
                        unlink(dir + "/" + name)
                        kept.append((dir + "/" + name, backup))
                    } catch {
                        for k in kept.reversed() { rename(k.backup, k.file) }
                        throw error
                    }
                }
                return (dir, kept, false)
            }
            return (dir, [], false)
        }
        // As `report forms` makes its folder: the refusal names the folder that refused, and why.
        try inv.pointing(at: out) { try ReportFolder.prepare(dir, display: s.shown(out.text)) }
        return (dir, [], true)
    }

    /// Every CSV file a ward written by kd may hold (the demo's and a generated ward's).
    static var wardFileNames: [String] {
        Array(Set(DemoWard.files.map { $0.kind + ".csv" } + SyntheticWard.fileNames)).sorted()
    }
}

extension ShellText {
    static func wroteFiles(_ n: Int, _ d: String) -> Message { m("wrote \(n) files to \(d)", "đã ghi \(n) tệp vào \(d)") }
    static func demoFiles2025(_ asOf: String) -> Message {
        m("the 2025 round: load the files after new --year 2025 --rules qd366 and set as-of \(asOf)",
          "đợt 2025: nạp các tệp sau khi new --year 2025 --rules qd366 và set as-of \(asOf)")
    }
    static func wroteWard(_ n: Int, _ c: Int, _ d: String, _ files: [String]) -> Message {
        m("wrote \(n) member\(n == 1 ? "" : "s") in \(c) cell\(c == 1 ? "" : "s") to \(d): \(files.joined(separator: ", "))",
          "đã ghi \(n) đảng viên trong \(c) chi bộ vào \(d): \(files.joined(separator: ", "))")
    }
    static func generated(_ n: Int, _ c: Int, _ p: Int, _ seed: Int) -> Message {
        m("generated \(n) member\(n == 1 ? "" : "s") in \(c) cell\(c == 1 ? "" : "s") with \(p) position\(p == 1 ? "" : "s") (seed \(seed))",
          "đã tạo \(n) đảng viên trong \(c) chi bộ, \(p) chức vụ (--seed \(seed))")
    }
    static func moreCellsThanMembers(_ c: Int, _ n: Int) -> Message {
        m("\(c) cells cannot hold only \(n) members", "\(c) chi bộ không thể chỉ có \(n) đảng viên")
    }
    static let generateNeedsEmpty = m("the workspace is not empty; generate fills an empty one",
                                      "workspace không trống; generate chỉ tạo vào workspace trống")
    static let hintGenerateReplace = m("\"new\" first, or add --replace", "hãy \"new\" trước, hoặc thêm --replace")
    static func outIsFolder(_ p: String) -> Message {
        m("--out \(p) names a file; the ward's CSV files go into a folder", "--out \(p) là tên tệp; các tệp CSV của phường được ghi vào một thư mục")
    }
    static func outNotFolder(_ p: String) -> Message { m("\(p) exists and is not a folder", "\(p) đã có và không phải thư mục") }
    static func folderHoldsWard(_ p: String, _ files: [String]) -> Message {
        m("\(p) already holds a ward's files (\(files.joined(separator: ", "))); not overwritten",
          "\(p) đã có tệp của một phường (\(files.joined(separator: ", "))); không ghi đè")
    }
    static let hintFolderReplace = m("name a new folder, or add --replace to write over them (the other ward files there are kept as NAME.~N~)",
                                     "đặt tên thư mục mới, hoặc thêm --replace để ghi đè (các tệp phường khác trong đó được giữ lại thành TÊN.~N~)")
    static func wardFilesKept(_ names: [String]) -> Message {
        m("note: files of another ward, not part of this one, are kept as \(names.joined(separator: ", "))",
          "lưu ý: các tệp của phường khác, không thuộc phường này, được giữ lại thành \(names.joined(separator: ", "))")
    }
    static func workbookExists(_ p: String) -> Message { m("\(p) already exists; not overwritten", "\(p) đã có; không ghi đè") }
    static let hintWorkbookReplace = m("name a new file, or add --replace to write over it", "đặt tên tệp mới, hoặc thêm --replace để ghi đè")
    static func notXlsm(_ p: String) -> Message {
        m("\(p): kd writes a plain workbook, .xlsx (an .xlsm is one with macros)", "\(p): kd ghi bảng tính thường, .xlsx (.xlsm là bảng tính có macro)")
    }
}
