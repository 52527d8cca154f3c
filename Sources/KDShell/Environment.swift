import Foundation

/// One variable of kd's environment. Read with getenv, not `ProcessInfo.environment`: that
/// builds a dictionary of every variable on each call (Foundation's first use of it cost a
/// script run about half a millisecond, twice: the color check at start and the audit log's
/// clock at each command).
public enum Environment {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// These variables, those that are set: for the checks that take the environment as a
    /// dictionary (tests give their own).
    public static func values(_ names: [String]) -> [String: String] {
        names.reduce(into: [:]) { $0[$1] = value($1) }
    }
}
