import Foundation

/// The folder kd works in, for the paths it keeps whole (the crash journal, the audit log's
/// files). Once that folder is deleted under a running kd, the system no longer says where it
/// was (Foundation gives ""), and `save ../x.json` went into the journal as `/../x.json`, a file
/// recovery could not read. The last folder known is kept for that case.
enum WorkingFolder {
    nonisolated(unsafe) private static var lastKnown = FileManager.default.currentDirectoryPath

    /// Notes the folder now: called at start, before anyone can delete it.
    static func remember() { _ = path }

    /// The current folder, or the last one known when it has been deleted.
    static var path: String {
        let now = FileManager.default.currentDirectoryPath
        if now.isEmpty { return lastKnown }
        lastKnown = now
        return now
    }

    /// `path` from the root. Where the folder is gone, `..` and `.` are taken away by the text
    /// (the system can no longer walk through the folder).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let now = FileManager.default.currentDirectoryPath
        guard now.isEmpty else {
            lastKnown = now
            return now + "/" + path
        }
        return URL(fileURLWithPath: lastKnown + "/" + path).standardizedFileURL.path
    }
}
