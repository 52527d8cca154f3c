/// Every verb, registered once: help, completion and dispatch read this list.
public enum Verbs {}

public enum Registry {
    public static let all: [VerbSpec] = [
        // Workspace and settings
        Verbs.new, Verbs.open, Verbs.save, Verbs.set, Verbs.show,
        // Loading facts
        Verbs.load, Verbs.generate,
        // Review and grading
        Verbs.exclude, Verbs.include,
        Verbs.review, Verbs.grade, Verbs.discipline, Verbs.flag, Verbs.check, Verbs.cap, Verbs.why, Verbs.assess,
        // Reports
        Verbs.report, Verbs.list, Verbs.find,
        // Scenarios
        Verbs.undo, Verbs.redo, Verbs.snapshot, Verbs.restore, Verbs.snapshots, Verbs.diff,
        // Shell
        Verbs.help, Verbs.source, Verbs.echo, Verbs.pause, Verbs.expect, Verbs.history, Verbs.quit,
    ]

    public static let names: [String] = all.map(\.name).sorted()

    public static func find(_ word: String) -> VerbSpec? {
        let w = word.lowercased()
        return all.first { $0.name == w || $0.aliases.contains(w) }
    }
}
