import Foundation
import KDShell

// libFuzzer calls this with each input; HostileInput.script is the same entry point the suite
// replays saved inputs through (Tests/KDShellTests/FuzzReplayTests.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    HostileInput.script(Data(bytes: start, count: count))
    return 0
}
