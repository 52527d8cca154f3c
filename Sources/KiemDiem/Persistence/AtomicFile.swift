import Foundation

extension WorkspaceFile {
    /// Writes atomically with mode 0600 what `produce` puts into the sink, 1 MiB at a time: a
    /// temporary file in the same folder, flushed, renamed over the old one, then the folder
    /// flushed. The old file stays whole until the rename; a failed write (or a thrown error)
    /// removes the temporary file. Errors name the file as `display` (what the user typed).
    /// `beforeRename` is told the temporary file's path once it is whole, just before the rename.
    /// `interruptible`: Ctrl-C (`Interrupt`) asked for by the time `produce` returns throws the
    /// temporary file away, and the file at `path` stays as it was.
    static func writeStreaming(to path: String, display: String? = nil, interruptible: Bool = false,
                               beforeRename: ((String) -> Void)? = nil,
                               _ produce: (ByteSink) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = "\(dir)/\(temporaryPrefix(url.lastPathComponent))\(getpid())"
        removeStaleTemporaries(of: url.lastPathComponent, in: dir)
        // O_EXCL: never through a link planted at the temporary name; a file of that name left by
        // an earlier process with our (reused) pid is removed above.
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_NOFOLLOW, 0o600)
        // The file may be writable and its folder not: the new file goes beside it first.
        guard fd >= 0 else { throw KDError(Catalog.cannotCreate(display ?? path, errno: errno)) }
        fchmod(fd, 0o600)  // whatever the umask
        let sink = ByteSink.file(fd, direct: DirectIO.on(fd))
        do { try produce(sink) } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        sink.flush()
        // After the flush: no drain is still writing to the descriptor when it is closed.
        if interruptible && Interrupt.isRequested() {
            close(fd)
            unlink(tmp)
            throw KDError(Catalog.saveInterrupted(display ?? path))
        }
        var failure = sink.failure
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 { beforeRename?(tmp) }
        if failure == 0 && rename(tmp, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(tmp)
            throw KDError(Catalog.cannotWrite(display ?? path, errno: failure))
        }
        // Make the rename itself durable.
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    /// The file's bytes into memory, through the same writer as `save`.
    static func encodeToMemory(_ ws: Workspace) -> Data {
        var data = Data()
        let sink = ByteSink { raw in data.append(raw.bindMemory(to: UInt8.self)); return 0 }
        JSONWriter(sink).document(ws)
        sink.flush()
        return data
    }
}
