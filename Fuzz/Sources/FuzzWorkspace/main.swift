import Foundation
import KDShell
import KiemDiem

// libFuzzer calls this with each input; HostileInput.workspace is the same entry point the suite
// replays saved inputs through (Tests/KDShellTests/FuzzReplayTests.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkspace(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    HostileInput.workspace(data)
    // Differential: what the fast reader accepts, JSONDecoder must read to the same workspace.
    precondition(WorkspaceReader.agreesWithJSONDecoder(data) != false, "fast reader differs from JSONDecoder")
    return 0
}
