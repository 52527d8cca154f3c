import Foundation
import KiemDiem
import Testing
@testable import KDShell

/// A file whose name is stored decomposed (NFD: made on a Mac, taken from a zip) is found by the
/// name typed, which kd reads in NFC; on Linux the two spellings are different bytes.
@Suite struct DecomposedNamesTests {
    @Test func aDecomposedFileNameIsFound() throws {
        let dir = try XlsxLoadTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = "dữ liệu".decomposedStringWithCanonicalMapping, file = "đơn vị.csv".decomposedStringWithCanonicalMapping
        #expect(folder.utf8.count > "dữ liệu".utf8.count)  // decomposed indeed
        try FileManager.default.createDirectory(atPath: dir + "/" + folder, withIntermediateDirectories: true)
        try "code,name,kind\nDB,Đảng bộ,committee\n".write(toFile: dir + "/" + folder + "/" + file, atomically: true, encoding: .utf8)
        let (s, c) = XlsxLoadTests.run("load units \"\(dir)/dữ liệu/đơn vị.csv\"", in: dir)
        #expect(c.stderr == "")
        #expect(s.workspace.units["DB"]?.name == "Đảng bộ")
        // A file to be written keeps the typed (NFC) name in the folder found.
        #expect(Session.onDisk(dir + "/dữ liệu/mới.csv") == dir + "/" + folder + "/mới.csv")
    }
}
