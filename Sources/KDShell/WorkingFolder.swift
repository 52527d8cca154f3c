import Foundation

/// The folder kd works in, for the paths it keeps whole (the crash journal, the audit log's
/// files). Once that folder is deleted under a running kd, the system no longer says where it
/// was (Foundation gives ""), and `save ../x.json` went into the journal as `/../x.json`, a file
/// recovery could not read. The last folder known is kept for that case.
enum WorkingFolder {
    nonisolated(unsafe) private static var lastKnown = askSystem()

    /// Notes the folder now: called at start, before anyone can delete it.
    static func remember() { _ = path }

    /// The current folder, or the last one known when it has been deleted.
    static var path: String { current.folder }

    /// The folder, and whether it is gone (then the last one known).
    private static var current: (folder: String, gone: Bool) {
        let now = askSystem()
        if now.isEmpty { return (lastKnown, true) }
        lastKnown = now
        return (now, false)
    }

    /// The system's answer, "" when the folder is gone. getcwd sizes its own buffer: Foundation's
    /// `currentDirectoryPath` also gives "" for a path over 1024 bytes, and kd took such a
    /// folder for a deleted one whose name it never knew (the journal named `/ws.json`).
    private static func askSystem() -> String {
        guard let p = getcwd(nil, 0) else { return "" }
        defer { free(p) }
        return String(cString: p)
    }

    /// `path` from the root with `.` and `..` taken out. Through `absolute`: Foundation would
    /// resolve a relative path against its own idea of the folder ("" over 1024 bytes).
    static func full(_ path: String) -> String {
        URL(fileURLWithPath: absolute(path)).standardizedFileURL.path
    }

    /// `path` from the root. Where the folder is gone, `..` and `.` are taken away by the text
    /// (the system can no longer walk through the folder).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let (folder, gone) = current
        return gone ? URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path : folder + "/" + path
    }
}
