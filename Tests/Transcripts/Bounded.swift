import Foundation

extension KD {
    struct Bounded {
        var stdout: String
        var stderr: String
        var status: Int32
        /// Killed after the time limit: kd hung (or was far too slow) on this input.
        var timedOut: Bool
        /// Ended by a signal (a trap, a stack overflow) rather than exiting.
        var signalled: Bool
    }

    /// Runs kd like KD.run, killing it after `seconds`.
    static func run(_ args: [String], in dir: URL, seconds: Double) throws -> Bounded {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = environment(home: dir.appendingPathComponent(".home"))
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        final class Box: @unchecked Sendable { var data = Data() }
        let outData = Box(), errData = Box()
        let group = DispatchGroup()
        try p.run()
        group.enter()
        DispatchQueue.global().async { outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = Date().addingTimeInterval(seconds)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline { timedOut = true; kill(p.processIdentifier, SIGKILL); break }
            usleep(10_000)
        }
        p.waitUntilExit()
        group.wait()
        return Bounded(stdout: String(decoding: outData.data, as: UTF8.self),
                       stderr: String(decoding: errData.data, as: UTF8.self),
                       status: p.terminationStatus, timedOut: timedOut,
                       signalled: p.terminationReason == .uncaughtSignal)
    }
}
