import Foundation
import KDShell

// libFuzzer calls this with each input; HostileInput.csv is the same entry point the suite
// replays saved inputs through (Tests/KDShellTests/FuzzReplayTests.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    HostileInput.csv(Data(bytes: start, count: count))
    return 0
}
