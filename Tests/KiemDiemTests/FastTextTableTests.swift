import Foundation
import Testing
@testable import KiemDiem

/// FastText's tables are literals (computing them cost a millisecond of every run); they must
/// hold exactly what the slow functions say. KD_UPDATE_TABLES=1 rewrites the file from them.
struct FastTextTableTests {
    @Test func literalsAreTheSlowFunctionsAnswers() throws {
        if ProcessInfo.processInfo.environment["KD_UPDATE_TABLES"] == "1" {
            let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/KiemDiem/Text/FastTextTables.swift")
            try FastText.tablesSource().write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(FastText.foldTableLiteral == FastText.computedFoldTable())
        let letters = FastText.computedLetterTable()
        #expect(FastText.letterTableLiteral.count == letters.count)
        #expect(zip(FastText.letterTableLiteral, letters).allSatisfy { $0 == $1 })
    }
}
