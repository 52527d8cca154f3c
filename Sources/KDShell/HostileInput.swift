import Foundation
import KiemDiem

/// The ways untrusted bytes enter kd, each as one call: the fuzz targets (Fuzz/) and the suite's
/// replay of saved inputs (Tests/KDShellTests/FuzzReplayTests) go through these, so a crash the
/// fuzzer found is replayed by exactly the code it broke. Each returns normally on any input:
/// a KDError is the expected answer to bad bytes; anything else (a trap) is a bug.
public enum HostileInput {
    /// A script: Lexer.split, then each command bound to its verb by Binder (no verb runs:
    /// running needs files and could write them).
    @discardableResult
    public static func script(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        let (commands, failure) = Lexer.split(text)
        var bound = 0
        for c in commands {
            precondition(!c.words.isEmpty, "empty command")
            guard let spec = Registry.find(c.words[0].text) else { continue }
            if (try? Binder.bind(spec, c, file: "fuzz.kd")) != nil { bound += 1 }
        }
        if let f = failure { precondition(f.line >= 1 && f.column >= 1, "bad error position") }
        return bound
    }

    /// A fact file read as CSV, then bound and loaded as every kind into the demo ward (which
    /// has the units, members and bodies that rows refer to), each in its own transaction.
    @discardableResult
    public static func csv(_ data: Data) -> Int {
        precondition(CSVText.halvesAgree([UInt8](data)), "read in two halves, the file gives other records or errors")
        guard let csv = try? CSVText.parse(data, file: "fuzz.csv") else { return 0 }
        return loadEveryKind { try? $0.schema.bind(csv) }
    }

    /// A workbook (`load workbook`, `load KIND FILE.xlsx`): the zip, its XML parts, then every
    /// sheet named like a kind bound and loaded into the demo ward, each in its own transaction.
    /// Bytes that are not a zip are taken as the XML of a roster sheet in an otherwise sound
    /// workbook: mutated zip entries fail their checksum, so the sheet reader is reached this way.
    @discardableResult
    public static func xlsx(_ data: Data) -> Int {
        let zip = data.starts(with: [0x50, 0x4B])
            ? data : (try? XlsxWriter.workbook(sheetXML: data, name: "roster", strings: sheetStrings)) ?? Data()
        guard let wb = try? XlsxWorkbook(data: zip, file: "fuzz.xlsx") else { return 0 }
        return loadEveryKind { kind in
            ((try? XlsxKinds.sheet(for: kind.name, in: wb)) ?? nil).flatMap { try? XlsxKinds.table(wb, kind: kind.name, sheet: $0, schema: kind.schema) }
        }
    }

    /// Loads, for every kind, the table `table` gives into the demo ward, each in its own
    /// transaction, then settles it; the rows loaded, in all.
    static func loadEveryKind(_ table: (LoadKind) -> Table?) -> Int {
        var loaded = 0
        for kind in LoadKind.all {
            guard let t = table(kind) else { continue }
            let tx = Transaction(demoWard)
            if let n = try? kind.load(t, tx, .replace) {
                loaded += n
                _ = try? LoadIntegrity.settle(tx)
            }
        }
        return loaded
    }

    /// A workspace file. What decodes must save and open again to the same bytes (data.md §3:
    /// opening and saving round-trips without loss).
    @discardableResult
    public static func workspace(_ data: Data) -> Bool {
        guard let ws = try? WorkspaceFile.decode(data, file: "fuzz.json") else { return false }
        guard let once = try? WorkspaceFile.encode(ws) else { preconditionFailure("a decoded workspace does not encode") }
        guard let again = try? WorkspaceFile.decode(once, file: "saved.json") else {
            preconditionFailure("a saved workspace does not open")
        }
        precondition((try? WorkspaceFile.encode(again)) == once, "save, open, save differs")
        return true
    }

    /// The shared strings of a wrapped sheet: roster headers and values the demo ward knows.
    static let sheetStrings = ["id", "name", "unit", "born", "admitted", "status", "P900", "Nguyễn Văn Mới", "CB05", "1980-01-02", "exempt"]

    static let demoWard: Workspace = {
        let tx = Transaction(Workspace())
        _ = try? DemoWard.load(into: tx)
        return tx.ws
    }()
}
