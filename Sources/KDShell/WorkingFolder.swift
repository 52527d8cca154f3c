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
    static var path: String { current.folder }

    /// The folder, and whether it is gone (then the last one known).
    private static var current: (folder: String, gone: Bool) {
        let now = FileManager.default.currentDirectoryPath
        if now.isEmpty { return (lastKnown, true) }
        lastKnown = now
        return (now, false)
    }

    /// `path` from the root. Where the folder is gone, `..` and `.` are taken away by the text
    /// (the system can no longer walk through the folder).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let (folder, gone) = current
        return gone ? URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path : folder + "/" + path
    }
}
