import CFastScan
import Foundation

extension WorkspaceFile {
    /// Whether a file is a kd workspace by its mark: a JSON object whose top-level `"format"` is
    /// `"kd-workspace"`, however it is spaced (a hand-edited or reformatted file counts). nil
    /// when it cannot be read; an empty file has nothing to protect. Text that merely quotes the
    /// mark (data.md itself, notes about kd) is not one: `save` overwrote such a file when the
    /// text was in its first 4 KB. Read 64 KB at a time up to the key, which sits mid-file
    /// (keys are sorted): decoding a big old workspace to find out cost `save` 20 s and 3 GB.
    public static func hasMark(_ path: String) -> Bool? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = 1 << 16
        let buf = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { buf.deallocate() }
        var scan = MarkScan()
        var total = 0
        while true {
            let n = read(fd, buf, size)
            if n < 0 { return nil }
            if n == 0 { return total == 0 }  // empty: nothing to protect
            if let found = scan.feed(UnsafeBufferPointer(start: buf, count: n), first: total == 0) { return found }
            total += n
        }
    }
}

/// Follows a file's JSON, as its bytes come, only as far as the top-level object's keys: the
/// strings of deeper values are skipped, not read.
struct MarkScan {
    private var begun = false, depth = 0
    private var inString = false, escape = false
    /// At the top level: the next string is a key (after `{` or `,`), not a value (after `:`).
    private var expectKey = false
    /// A top-level string being read (short ones only: a key or the format), and the last key.
    private var capturing = false, plain = true
    private var text: [UInt8] = []
    private var key: [UInt8]?
    private static let formatKey = Array("format".utf8), mark = Array(WorkspaceFile.format.utf8)

    /// true or false once the bytes so far tell; nil while they do not yet.
    mutating func feed(_ b: UnsafeBufferPointer<UInt8>, first: Bool) -> Bool? {
        var i = first && b.starts(with: WorkspaceFile.bom) ? WorkspaceFile.bom.count : 0
        while i < b.count {
            // Below the top level only strings and brackets count: read 64 bytes at a time in C.
            if depth > 1 {
                var nested = kd_nested_state(depth: depth, in_string: inString ? 1 : 0, escaped: escape ? 1 : 0)
                i += kd_skip_nested(b.baseAddress! + i, b.count - i, &nested)
                (depth, inString, escape) = (nested.depth, nested.in_string != 0, nested.escaped != 0)
                continue
            }
            let c = b[i]
            i += 1
            if inString {
                if escape {
                    escape = false
                } else if c == UInt8(ascii: "\\") {
                    escape = true
                    plain = false  // an escaped key or mark is not compared: not taken for one
                } else if c == UInt8(ascii: "\"") {
                    inString = false
                    if capturing, let found = stringEnded() { return found }
                } else if capturing {
                    if text.count < 16 { text.append(c) } else { plain = false }
                }
                continue
            }
            switch c {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case _ where !begun:
                guard c == UInt8(ascii: "{") else { return false }  // not a JSON object
                begun = true
                depth = 1
                expectKey = true
            case UInt8(ascii: "\""):
                inString = true
                capturing = depth == 1
                plain = true
                text.removeAll(keepingCapacity: true)
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return false }  // the top-level object ended without the mark
            case UInt8(ascii: ","): if depth == 1 { expectKey = true }
            case UInt8(ascii: ":"): if depth == 1 { expectKey = false }
            default: continue
            }
        }
        return nil
    }

    private mutating func stringEnded() -> Bool? {
        if expectKey {
            key = plain ? text : nil
            return nil
        }
        guard key == MarkScan.formatKey else { return nil }
        return plain && text == MarkScan.mark
    }
}

extension WorkspaceFile {
    /// The first 4 KB of a big file whose first byte (after a byte-order mark and blanks) begins
    /// no JSON value: a disk image, a CSV, a text. Decoding them says what `open` says of the
    /// whole file, at the same place; read whole first, a 1 GB one took 3 GB of memory and
    /// seconds before its first byte was judged (persistence audit). nil for anything else.
    public static func headIfNotJSON(_ path: String, from size: Int = 1 << 20) -> Data? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) >= size else { return nil }
        var head = [UInt8](repeating: 0, count: 4096)
        let n = read(fd, &head, head.count)
        guard n > 0 else { return nil }
        head.removeSubrange(n...)
        // Byte-order marks (the reader passes over any number) and blanks.
        var start = 0
        while head[start...].starts(with: bom) { start += bom.count }
        guard let first = head[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        // What a JSON value can begin with: an object, an array, a string, a number, a literal;
        // and a mark begun but cut (0xEF).
        guard !Array("{[\"-0123456789tfn".utf8).contains(first), first != 0xEF else { return nil }
        // Text is judged by whole lines only: a first line longer than the head (a CSV's, say)
        // might be taken for another kind than the whole file is; such a file is read whole, as
        // before. A binary head (a NUL in it: a disk image) needs no line.
        if !head.contains(0), !(head[start...].contains(0x0A)) { return nil }
        // Cut at a whole character: a Vietnamese letter split at 4 KB was "not UTF-8 text" where
        // the whole file is "CSV text".
        var lead = head.count - 1
        while lead > 0 && head.count - lead < 4 && head[lead] & 0xC0 == 0x80 { lead -= 1 }
        let length = head[lead] >= 0xF0 ? 4 : head[lead] >= 0xE0 ? 3 : head[lead] >= 0xC0 ? 2 : 1
        if head.count - lead < length { head.removeSubrange(lead...) }
        return Data(head)
    }
}
