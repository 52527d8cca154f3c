import Foundation

/// Pretty-printed JSON written as JSONEncoder with [.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes] writes it, straight into a `ByteSink` (the rules are listed in
/// WorkspaceWriter.swift). Containers nest without a stack: a container just closed always sits
/// in a parent that already has a member.
final class JSONWriter {
    let out: ByteSink
    private(set) var depth = 0
    /// The open container has no member yet.
    private var empty = false
    /// How `table` cuts big tables for two cores (TwoCoreTables.swift); tests make them small.
    let split: TableSplit
    /// A big table stops between two blocks once Ctrl-C is asked for (`Interrupt`), leaving the
    /// output unfinished: only for `save`, whose caller then throws the file away.
    let stopsOnInterrupt: Bool

    init(_ out: ByteSink, split: TableSplit = TableSplit(), stopsOnInterrupt: Bool = false) {
        self.out = out
        self.split = split
        self.stopsOnInterrupt = stopsOnInterrupt
    }

    /// A writer that continues inside an open container at `depth` (a block of another
    /// writer's members, written elsewhere); `first`: the block starts the container.
    init(_ out: ByteSink, depth: Int, first: Bool) {
        self.out = out
        self.depth = depth
        empty = first
        split = TableSplit()
        stopsOnInterrupt = false
    }

    /// The open container has members now (written by another writer).
    func markNotEmpty() { empty = false }

    // MARK: Containers

    func beginObject() { out.byte(UInt8(ascii: "{")); depth += 1; empty = true }
    func endObject() { close(UInt8(ascii: "}")) }
    func beginArray() { out.byte(UInt8(ascii: "[")); depth += 1; empty = true }
    func endArray() { close(UInt8(ascii: "]")) }

    /// `"name" : ` on its own line; the value follows. Written with one reservation (separator,
    /// indent, name): a workspace has a dozen of these per member.
    func key(_ name: StaticString) {
        let n = name.utf8CodeUnitCount, pad = depth * 2
        let total = 2 + pad + 1 + n + 4
        guard total <= out.capacity else {
            newMember()
            out.byte(UInt8(ascii: "\""))
            out.bytes(name)
            out.bytes("\" : ")
            return
        }
        let p = out.reserve(total)
        var i = 0
        if empty { p[0] = 0x0A; i = 1 } else { p[0] = UInt8(ascii: ","); p[1] = 0x0A; i = 2 }
        empty = false
        (p + i).update(repeating: 0x20, count: pad); i += pad
        p[i] = UInt8(ascii: "\""); i += 1
        (p + i).update(from: name.utf8Start, count: n); i += n
        p[i] = UInt8(ascii: "\""); p[i + 1] = 0x20; p[i + 2] = UInt8(ascii: ":"); p[i + 3] = 0x20
        out.commit(i + 4)
    }

    /// A dictionary key: escaped like any string.
    func key(_ name: String) {
        newMember()
        string(name)
        out.bytes(" : ")
    }

    /// Starts the next element of an array.
    func element() { newMember() }

    @inline(__always) private func newMember() {
        if empty { out.byte(0x0A) } else { out.bytes(",\n") }
        empty = false
        indent()
    }

    private func close(_ bracket: UInt8) {
        depth -= 1
        // An empty container is written with a blank line inside: "{\n\n}".
        out.byte(0x0A)
        if empty { out.byte(0x0A) }
        indent()
        out.byte(bracket)
        empty = false
    }

    @inline(__always) private func indent() {
        var n = depth * 2
        while n > 0 {
            let k = min(n, 64)
            let p = out.reserve(k)
            p.update(repeating: 0x20, count: k)
            out.commit(k)
            n -= k
        }
    }

    // MARK: Scalars

    func bool(_ b: Bool) { out.bytes(b ? "true" : "false") }

    func int(_ v: Int) {
        guard v != Int.min else { return out.bytes("-9223372036854775808") }
        let p = out.reserve(20)
        var m = v < 0 ? -v : v
        var digits = 0
        repeat { digits += 1; m /= 10 } while m > 0
        var i = v < 0 ? 1 : 0
        if v < 0 { p[0] = UInt8(ascii: "-") }
        let len = i + digits
        m = v < 0 ? -v : v
        i = len
        repeat { i -= 1; p[i] = 0x30 + UInt8(m % 10); m /= 10 } while m > 0
        out.commit(len)
    }

    /// A string with JSONEncoder's escapes: `"` and `\` escaped, \b \t \n \f \r short, other
    /// control characters as \u00XX (lower-case hex); everything else (`/`, DEL, U+2028/2029,
    /// non-ASCII) as its UTF-8 bytes, unnormalised.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { u in
            // Most strings (ids, names, codes) need no escape: copied with their quotes into one
            // reservation, byte by byte, which for a short string is quicker than memmove.
            if u.count + 2 <= out.capacity {
                let p = out.reserve(u.count + 2)
                p[0] = UInt8(ascii: "\"")
                var i = 0
                while i < u.count {
                    let b = u[i]
                    if Self.needsEscape(b) { break }
                    p[i + 1] = b
                    i += 1
                }
                if i == u.count {
                    p[i + 1] = UInt8(ascii: "\"")
                    out.commit(i + 2)
                    return
                }
            }
            out.byte(UInt8(ascii: "\""))
            var start = 0
            for i in 0..<u.count {
                let b = u[i]
                guard Self.needsEscape(b) else { continue }
                out.bytes(UnsafeBufferPointer(rebasing: u[start..<i]))
                escape(b)
                start = i + 1
            }
            out.bytes(UnsafeBufferPointer(rebasing: u[start..<u.count]))
            out.byte(UInt8(ascii: "\""))
        }
    }

    /// A byte JSON writes escaped: a control character, `"` or `\`.
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }

    private func escape(_ b: UInt8) {
        switch b {
        case 0x22: out.bytes("\\\"")
        case 0x5C: out.bytes("\\\\")
        case 0x08: out.bytes("\\b")
        case 0x09: out.bytes("\\t")
        case 0x0A: out.bytes("\\n")
        case 0x0C: out.bytes("\\f")
        case 0x0D: out.bytes("\\r")
        default:
            out.bytes("\\u00")
            out.byte(b >> 4 == 0 ? 0x30 : 0x31)
            let low = b & 0xF
            out.byte(low < 10 ? 0x30 + low : 0x61 + low - 10)
        }
    }

    /// `"YYYY-MM-DD"` as `Day.description` writes it, without building the string.
    func day(_ d: Day) {
        guard (0...9999).contains(d.year) else { return string(d.description) }
        let p = out.reserve(12)
        let y = d.year, zero = UInt8(ascii: "0")
        p[0] = UInt8(ascii: "\"")
        p[1] = zero + UInt8(y / 1000 % 10); p[2] = zero + UInt8(y / 100 % 10)
        p[3] = zero + UInt8(y / 10 % 10); p[4] = zero + UInt8(y % 10)
        p[5] = UInt8(ascii: "-"); p[6] = zero + UInt8(d.month / 10); p[7] = zero + UInt8(d.month % 10)
        p[8] = UInt8(ascii: "-"); p[9] = zero + UInt8(d.day / 10); p[10] = zero + UInt8(d.day % 10)
        p[11] = UInt8(ascii: "\"")
        out.commit(12)
    }

    /// A score as `Points.description` writes it (`"89"`, `"89.5"`, `"89.25"`), as a string.
    func points(_ v: Points) {
        let h = v.hundredths
        guard h >= 0 else { return string(v.description) }
        out.byte(UInt8(ascii: "\""))
        int(h / 100)
        let f = h % 100
        if f != 0 {
            out.byte(UInt8(ascii: "."))
            out.byte(0x30 + UInt8(f / 10))
            if f % 10 != 0 { out.byte(0x30 + UInt8(f % 10)) }
        }
        out.byte(UInt8(ascii: "\""))
    }

    // MARK: Collections

    /// A `[String: V]` with its keys in JSONEncoder's order.
    @inline(__always) func object<V>(_ d: [String: V], _ value: (V) -> Void) {
        beginObject()
        for i in JSONWriter.sortedIndices(d) {
            let (k, v) = d[i]
            key(k)
            value(v)
        }
        endObject()
    }

    @inline(__always) func array<V>(_ a: [V], _ value: (V) -> Void) {
        beginArray()
        for v in a { element(); value(v) }
        endArray()
    }

    /// JSONEncoder's .sortedKeys order on this toolchain is the keys' UTF-8 bytes compared
    /// unsigned, shorter first on a common prefix (tried: upper case before lower, "a10" before
    /// "a2", NFD "e\u{301}x" before NFC "éa", U+212B after U+00C5).
    /// Measured: sorting the dictionary's indexes by `d[i].key` copied a whole value per
    /// comparison and took 0.7 s of a 0.9 s save at 100,000 members. Here each key gets the 16
    /// bytes after the prefix all keys share, as two big-endian numbers padded with zeros; keys
    /// whose numbers differ order as their bytes do, equal ones fall back to the whole key.
    /// Sixteen, not eight: the grades and adjustments tables share no prefix ("leader:" and
    /// "member:"), and the first eight bytes of every member's key are "member:G", so with eight
    /// nearly every comparison fell back to the whole keys (1M members: save 1.47 -> 1.08 s).
    static func sortedIndices<V>(_ d: [String: V]) -> [Dictionary<String, V>.Index] {
        byteOrder(d.keys)
    }

    /// The indices of `keys` in the order of their UTF-8 bytes (see `sortedIndices`).
    static func byteOrder<C: Collection>(_ keys: C) -> [C.Index] where C.Element == String {
        guard keys.count > 1 else { return Array(keys.indices) }
        var shared = Int.max
        keys.first!.withUTF8Bytes { f in
            for k in keys {
                k.withUTF8Bytes { u in
                    var n = 0
                    let m = min(shared, f.count, u.count)
                    while n < m && f[n] == u[n] { n += 1 }
                    shared = n
                }
            }
        }
        var order: [KeyWindow] = [], places: [C.Index] = []
        order.reserveCapacity(keys.count)
        places.reserveCapacity(keys.count)
        for i in keys.indices {
            keys[i].withUTF8Bytes { u in order.append(KeyWindow(u, from: shared, at: places.count)) }
            places.append(i)
        }
        sortWindows(&order) { a, b in utf8Less(keys[places[a]], keys[places[b]]) }
        return order.map { places[$0.at] }
    }

    /// A key's 16 bytes from `from`, zero-padded, as two numbers that order as the bytes do, and
    /// where the key is (`at`).
    struct KeyWindow {
        var high: UInt64 = 0, low: UInt64 = 0
        var at: Int

        init(_ u: UnsafeBufferPointer<UInt8>, from: Int, at: Int) {
            self.at = at
            for j in from..<(from + 8) { high = high << 8 | UInt64(j < u.count ? u[j] : 0) }
            for j in (from + 8)..<(from + 16) { low = low << 8 | UInt64(j < u.count ? u[j] : 0) }
        }
    }

    /// Sorts by window, and by `tie` (of the two `at`s) where windows are equal. Not generic,
    /// so that the comparison is inlined into the sort: a closure call per comparison was most
    /// of the sort's time. A big table's windows are sorted by `radixSort`, then each run of
    /// equal windows by `tie`.
    static func sortWindows(_ order: inout [KeyWindow], tie: (Int, Int) -> Bool) {
        guard order.count >= radixFrom else {
            order.sort { a, b in a.high != b.high ? a.high < b.high : a.low != b.low ? a.low < b.low : tie(a.at, b.at) }
            return
        }
        radixSort(&order)
        var start = 0
        for i in 1...order.count where i == order.count || order[i].high != order[start].high || order[i].low != order[start].low {
            if i - start > 1 { order[start..<i].sort { tie($0.at, $1.at) } }
            start = i
        }
    }

    /// From this many keys a table's keys are sorted by `radixSort`.
    static let radixFrom = 1 << 15

    /// Sorts windows by their 16 bytes, most significant first: a least-significant-digit radix
    /// sort, one pass per byte position that is not the same in every window (a 1M-member
    /// table's keys differ in 6 to 9 of them). Equal windows keep their order. Hand-written
    /// for speed (issue 8): sorting the keys was two fifths of a 1M-member `save`; the standard
    /// library's sort, on two cores and merged, took 85–120 ms a table of a million keys, this
    /// 31–47 ms on one core.
    static func radixSort(_ a: inout [KeyWindow]) {
        let n = a.count
        guard n > 1 else { return }
        @inline(__always) func digit(_ w: KeyWindow, _ byte: Int) -> Int {
            Int(truncatingIfNeeded: (byte < 8 ? w.high >> UInt64(56 - 8 * byte) : w.low >> UInt64(120 - 8 * byte)) & 0xFF)
        }
        // Every byte position's counts, in one pass.
        var counts = [Int](repeating: 0, count: 16 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            for w in a {
                for byte in 0..<16 { c[byte << 8 | digit(w, byte)] += 1 }
            }
        }
        var other = a
        var starts = [Int](repeating: 0, count: 256)
        for byte in (0..<16).reversed() {
            let base = byte << 8
            if counts[base..<(base + 256)].contains(n) { continue }  // the same byte in every window
            var sum = 0
            for v in 0..<256 {
                starts[v] = sum
                sum += counts[base + v]
            }
            a.withUnsafeBufferPointer { src in
                other.withUnsafeMutableBufferPointer { dst in
                    starts.withUnsafeMutableBufferPointer { next in
                        for w in src {
                            let v = digit(w, byte)
                            dst[next[v]] = w
                            next[v] += 1
                        }
                    }
                }
            }
            swap(&a, &other)
        }
    }

    @inline(__always) static func utf8Less(_ a: String, _ b: String) -> Bool {
        if let r = a.utf8.withContiguousStorageIfAvailable({ pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                let n = min(pa.count, pb.count)
                let c = n == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, n)
                return c != 0 ? c < 0 : pa.count < pb.count
            }
        }), let less = r {
            return less
        }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// The positions of `texts` in the order of their UTF-8 bytes, which for ASCII texts is
/// String's order: a radix sort for many texts (`JSONWriter.radixSort`).
public func utf8Order(_ texts: [String]) -> [Int] {
    JSONWriter.byteOrder(texts)
}

/// The positions of `texts` in String's order: by their bytes (`utf8Order`) when every text
/// is ASCII, where the two orders agree, else by String comparison.
public func stringOrder(_ texts: [String]) -> [Int] {
    JSONWriter.stringOrder(texts)
}

extension JSONWriter {
    /// `stringOrder` for any collection of texts (a table's keys).
    static func stringOrder<C: Collection>(_ keys: C) -> [C.Index] where C.Element == String {
        guard keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else {
            return keys.indices.sorted { keys[$0] < keys[$1] }
        }
        return byteOrder(keys)
    }
}
