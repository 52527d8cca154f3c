// Times what one kd process cannot show with `set timer on`: Tab completion, called in-process
// as the line editor calls it (Completion.complete on the session's workspace), so that the
// measurement is the completion itself, not a terminal round trip. Used by Scripts/bench.
//   kd-bench complete WORKSPACE.json LINE [LINE...]
import CMallocConf
import Foundation
import KDShell
import KiemDiem

BigInput.action = { _ = kd_huge_pages() }  // as kd does (Sources/kd/main.swift)

func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

let args = CommandLine.arguments
guard args.count >= 4, args[1] == "complete" else {
    FileHandle.standardError.write(Data("usage: kd-bench complete WORKSPACE.json LINE [LINE...]\n".utf8))
    exit(2)
}
let session = Session(console: StandardConsole())
// At the prompt (KD_BENCH_PROMPT=1) the work a roster change starts runs in the background, and
// the first Tab waits for what is left of it; timed here from the moment the workspace is in.
session.interactive = ProcessInfo.processInfo.environment["KD_BENCH_PROMPT"] == "1"
session.replaceWorkspace(try WorkspaceFile.load(from: args[2]), path: args[2])
// The first line's first Tab builds the people index; a later line's first Tab builds what it
// alone needs (a kept list of unit names, of post holders).
for line in args[3...] {
    var found = 0
    let first = seconds { let r = session.complete(line); found = r.candidates.count + r.more }
    var rest: [Double] = []
    for _ in 0..<9 { rest.append(seconds { _ = session.complete(line) }) }
    rest.sort()
    print("Tab on `\(line)` (\(found) names), first \(first)")
    print("Tab on `\(line)`, again (median) \(rest[rest.count / 2])")
}
