import Foundation
import Testing
@testable import KiemDiem

/// A file that cannot be kept aside is refused in the words of what was being done: a report's
/// or `generate`'s refusal spoke of "the workspace" and "nothing was saved" and hinted at
/// `save --force` (persistence audit).
@Suite struct BackupTests {
    @Test func aRefusalSaysWhatWasBeingDone() {
        for report in [false, true] {
            do {
                _ = try WorkspaceFile.keepBackup(of: "/nonexistent-kd-\(UUID().uuidString)/x.csv", display: "x.csv", report: report)
                Issue.record("kept a file that is not there")
            } catch let e as KDError {
                if report {
                    #expect(e.message.en == "cannot keep x.csv as x.csv.~1~ (the folder does not exist); nothing was written")
                    #expect(e.hints.map(\.en) == ["write under another name or into another folder"])
                } else {
                    #expect(e.message.en == "cannot keep the workspace in x.csv as x.csv.~1~ (the folder does not exist); nothing was saved")
                    #expect(e.hints.first?.en.contains("save --force") == true)
                }
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}
