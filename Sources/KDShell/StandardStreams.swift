import Foundation

/// kd started with stdin, stdout or stderr closed (`kd <&-`): the next file opened would take
/// its number, the runtime's own pipe read as the script, a workspace being saved written
/// with kd's output. Each closed one is held by /dev/null, read-only, so that writing to a
/// closed stdout or stderr still fails.
public enum StandardStreams {
    public private(set) static var stdinWasClosed = false

    /// Call first thing, before anything opens a file.
    public static func holdClosed() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 {
            _ = open("/dev/null", O_RDONLY)  // the lowest free number: this one
            if fd == 0 { stdinWasClosed = true }
        }
    }
}
