import Testing
@testable import KDShell
@testable import KiemDiem

/// `why` keeps the whole cap's result it read until the workspace changes: a second `why` at a
/// province's size took the first one's seconds again. What it prints must be what a fresh
/// session prints, before and after a change.
struct WhyCacheTests {
    static func session() -> (Session, CapturingConsole) {
        let console = CapturingConsole()
        let s = Session(console: console)
        #expect(s.runScriptText("load demo\nexclude --auto", file: "t"))
        console.stdout = ""
        return (s, console)
    }

    /// `why SUBJECT`'s output in a session that has seen nothing else.
    static func fresh(_ setup: String, _ subject: String) -> String {
        let (s, console) = session()
        if !setup.isEmpty { #expect(s.runScriptText(setup, file: "t")) }
        console.stdout = ""
        #expect(s.runScriptText("why \(subject)", file: "t"))
        return console.stdout
    }

    @Test func aKeptResultAnswersAsAFreshOneAndGoesWithAChange() {
        let (s, console) = Self.session()
        #expect(s.runScriptText("why P031", file: "t"))
        #expect(s.whyCap != nil)
        console.stdout = ""
        #expect(s.runScriptText("why P040", file: "t"))
        #expect(console.stdout == Self.fresh("", "P040"))
        // A change: the kept result goes, and the next answer is the changed workspace's.
        #expect(s.runScriptText("grade P040 HTNV", file: "t"))
        #expect(s.whyCap == nil)
        console.stdout = ""
        #expect(s.runScriptText("why P040", file: "t"))
        #expect(console.stdout == Self.fresh("grade P040 HTNV", "P040"))
        #expect(console.stdout.contains("effective: HTNV (proposed)"))
        // Undo is a change too.
        #expect(s.runScriptText("undo", file: "t"))
        #expect(s.whyCap == nil)
        console.stdout = ""
        #expect(s.runScriptText("why P040", file: "t"))
        #expect(console.stdout == Self.fresh("", "P040"))
    }
}
