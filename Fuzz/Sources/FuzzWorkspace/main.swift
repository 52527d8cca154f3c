import Foundation
import KDShell

// libFuzzer calls this with each input; HostileInput.workspace is the same entry point the suite
// replays saved inputs through (Tests/KDShellTests/FuzzReplayTests.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkspace(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    HostileInput.workspace(Data(bytes: start, count: count))
    return 0
}
