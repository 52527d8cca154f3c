import Foundation

extension WorkspaceFile {
    /// Whether a file carries the workspace format mark: `"kd-workspace"` in its first 4 KB (the
    /// old check), or the key `"format" : "kd-workspace"` anywhere, read 64 KB at a time. nil when it
    /// cannot be read; an empty file has nothing to protect. The key sits mid-file (keys are
    /// sorted), so the head check missed it on big workspaces and `save` decoded the whole old file
    /// to find out: 20 s and 3 GB before saving a 2,500-member ward over a 1M-member one.
    public static func hasMark(_ path: String) -> Bool? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let short = Array("\"\(WorkspaceFile.format)\"".utf8), key = Array("\"format\" : \"\(WorkspaceFile.format)\"".utf8)
        // 64 KB at a time, the tail of each read carried over so a key split across reads is found;
        // memchr and memcmp, not a byte loop in Swift: a big old workspace is read up to its middle.
        let size = 1 << 16, keep = key.count - 1
        let buf = UnsafeMutableRawPointer.allocate(byteCount: size + keep, alignment: 1)
        defer { buf.deallocate() }
        var carried = 0
        var first = true
        while true {
            let n = read(fd, buf + carried, size)
            if n < 0 { return nil }
            if n == 0 { return first }  // empty: nothing to protect
            let filled = carried + n
            if first && contains(buf, min(filled, 4096), short) { return true }
            if contains(buf, filled, key) { return true }
            carried = min(keep, filled)
            memmove(buf, buf + (filled - carried), carried)
            first = false
        }
    }
}

/// Whether `needle` occurs in the first `count` bytes at `hay`.
private func contains(_ hay: UnsafeMutableRawPointer, _ count: Int, _ needle: [UInt8]) -> Bool {
    guard count >= needle.count, let f = needle.first else { return false }
    var p = UnsafeRawPointer(hay)
    let last = UnsafeRawPointer(hay) + (count - needle.count)
    while p <= last, let hit = memchr(p, Int32(f), last - p + 1) {
        if memcmp(hit, needle, needle.count) == 0 { return true }
        p = UnsafeRawPointer(hit) + 1
    }
    return false
}
