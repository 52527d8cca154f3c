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
