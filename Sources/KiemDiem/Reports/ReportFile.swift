import Foundation

/// Writes a rendered report where `--out` says: atomically (WorkspaceFile.write: temporary file,
/// flush, rename; mode 0600, as reports hold personal data), never through a symbolic link, which
/// could point a report over a file the user did not name, and never over a kd workspace.
/// Errors name the file as `display`.
public enum ReportFile {
    public static func write(_ text: String, to path: String, display: String? = nil) throws {
        try write(Data(text.utf8), to: path, display: display)
    }

    /// The same for bytes (an .xlsx workbook).
    public static func write(_ data: Data, to path: String, display: String? = nil) throws {
        try check(path, display: display)
        try WorkspaceFile.write(data, to: path, display: display)
    }

    /// Whether the file at `path` holds an earlier run of the report in `new`, which a yearly
    /// script rewrites without a word; anything else there (the board's own roster, notes, a
    /// report of another kind) is kept as `FILE.~N~` first. Told by what does not change from
    /// run to run: a workbook's first part and kd's fixed date, an HTML report's head to its
    /// title, a JSON report's opening keys, a CSV header or a title line.
    public static func holdsEarlierReport(_ path: String, like new: Data) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let old = (try? h.read(upToCount: 4096)) ?? Data()
        if new.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Signature, versions, flags, method, time and date (kd writes 2010-01-01 12:00),
            // then the first part's name.
            guard old.count >= 30, new.count >= 30, old.prefix(14) == new.prefix(14) else { return false }
            let n = Int(new[new.startIndex + 26]) | Int(new[new.startIndex + 27]) << 8
            return old.count >= 30 + n && old.prefix(30 + n).suffix(n + 4) == new.prefix(30 + n).suffix(n + 4)
        }
        let lines = new.starts(with: Array("<!DOCTYPE".utf8)) ? 6 : (new.first == UInt8(ascii: "{") || new.first == UInt8(ascii: "[")) ? 3 : 1
        func head(_ d: Data) -> [Data.SubSequence] { Array(d.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(lines)) }
        let a = head(old), b = head(new)
        return a.count == b.count && a == b
    }

    /// What `write` refuses, without writing: a command writing many files checks them all
    /// first, so that a refused one leaves the others as they were.
    public static func check(_ path: String, display: String? = nil) throws {
        var st = stat()
        if lstat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFLNK {
                throw KDError(Catalog.Reports.symlinkRefused(display ?? path), hints: [Catalog.Reports.symlinkHint])
            }
            try WorkspaceFile.refuseOddTarget(path, display: display)
            // A report over the open workspace's file (or any saved one) would lose it all.
            if st.st_size > 0, WorkspaceFile.hasMark(path) == true {
                throw KDError(Catalog.reportOverWorkspace(display ?? path), hints: [Catalog.hintReportOverWorkspace])
            }
        }
    }
}
