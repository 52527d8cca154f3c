import Foundation
import Testing
@testable import KDShell

/// The names `report forms --out DIR` gives its files, and the earlier forms it names.
@Suite struct ReportFolderNamesTests {
    /// Forms left by an earlier run that this run did not write are named, markdown ones too.
    @Test func unowedFormsInEitherFormatAreNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kd-unowed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["2A-P001.md", "2A-P002.html", "2A-P003.html", "notes.md", "mau-kiem-diem.html"] {
            _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data())
        }
        let unowed = ReportFolder.unowedForms(dir, written: ["2A-P003.html", "mau-kiem-diem.html"], also: [])
        #expect(unowed == ["2A-P001.md", "2A-P002.html"])
    }
}
