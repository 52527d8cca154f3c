import Foundation
import KDShell

// libFuzzer calls this with each input; HostileInput.xlsx is the same entry point the suite
// replays saved inputs through (Tests/KDShellTests/FuzzReplayTests.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsx(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    HostileInput.xlsx(Data(bytes: start, count: count))
    return 0
}
