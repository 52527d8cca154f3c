import Foundation

/// Reads JSON straight from bytes for `WorkspaceReader`. Strict: it accepts only what
/// JSONDecoder accepts and reads the same way, and gives up (`GiveUp`) on anything else, so the
/// caller can hand the bytes to JSONDecoder for its error message.
struct JSONCursor {
    /// Not an error for the user: the sign to take the JSONDecoder path.
    struct GiveUp: Error, CustomStringConvertible {
        var offset: Int
        var reason: StaticString
        var description: String { "\(reason) at byte \(offset)" }
    }

    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    /// Members' names, stored once each (see StringPool).
    var names = StringPool()
    /// Where the bytes came from when they may be given back as the reading goes (`open`).
    var source: ReadOnceFile?
    /// The top-level tables' sizes, counted ahead on the second core (see TableCounts).
    var counts: TableCounts?
    /// From how many records a top-level table is read in two halves, which of the count's
    /// marks cuts it (nil: the middle one) and how many bytes after it; tests set them.
    var split: (from: Int, pick: Int?, shift: Int) = (TwoCores.from, nil, 0)
    /// Tables read in two halves so far.
    var tablesInHalves = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; one byte of nothing stands in for it.
        p = bytes.baseAddress ?? UnsafePointer(JSONCursor.nothing)
        n = bytes.count
        // A leading BOM (Notepad writes one) is accepted (data.md §1); offsets stay the file's.
        if UnsafeBufferPointer(start: p, count: n).starts(with: WorkspaceFile.bom) { i = WorkspaceFile.bom.count }
    }
    private static let nothing = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    func giveUp(_ reason: StaticString) -> GiveUp { GiveUp(offset: i, reason: reason) }
    static let plainInteger: StaticString = "plain integer expected"
    static let percentage: StaticString = "percentage expected"

    @inline(__always) mutating func skipSpace() {
        while i < n {
            let c = p[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            i += 1
        }
    }

    /// The next byte that is not white space, not consumed; 0 at the end.
    @inline(__always) mutating func peek() -> UInt8 {
        skipSpace()
        return i < n ? p[i] : 0
    }

    @inline(__always) mutating func expect(_ c: UInt8, _ reason: StaticString) throws {
        guard peek() == c else { throw giveUp(reason) }
        i += 1
    }

    /// Consumes `{`; false when the object is empty (its `}` consumed too).
    mutating func beginObject() throws -> Bool {
        try expect(UInt8(ascii: "{"), "object expected")
        if peek() == UInt8(ascii: "}") { i += 1; return false }
        return true
    }

    /// After a member: true at `,` (another follows), false at `}`.
    mutating func nextMember() throws -> Bool {
        switch peek() {
        case UInt8(ascii: ","): i += 1; return true
        case UInt8(ascii: "}"): i += 1; return false
        default: throw giveUp("',' or '}' expected")
        }
    }

    mutating func beginArray() throws -> Bool {
        try expect(UInt8(ascii: "["), "array expected")
        if peek() == UInt8(ascii: "]") { i += 1; return false }
        return true
    }

    mutating func nextElement() throws -> Bool {
        switch peek() {
        case UInt8(ascii: ","): i += 1; return true
        case UInt8(ascii: "]"): i += 1; return false
        default: throw giveUp("',' or ']' expected")
        }
    }

    /// Consumes `null` if it comes next: a missing optional, as `decodeIfPresent` reads it.
    mutating func null() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let w = word.utf8Start, k = word.utf8CodeUnitCount
        guard n - i >= k else { throw giveUp("literal expected") }
        for j in 0..<k where p[i + j] != w[j] { throw giveUp("literal expected") }
        i += k
    }

    mutating func bool() throws -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw giveUp("boolean expected")
        }
    }

    /// A plain integer (`0`, `-12`, up to 18 digits). Fractions, exponents and `-0` give up:
    /// rare in a saved workspace, and JSONDecoder's reading of them is its own.
    mutating func int() throws -> Int {
        skipSpace()
        let begin = i  // a number it gives up on is named from its start (WorkspaceFile.numberError)
        var neg = false
        if peek() == UInt8(ascii: "-") { neg = true; i += 1 }
        let start = i
        var v = 0
        while i < n, p[i] >= 0x30, p[i] <= 0x39 { v = v &* 10 &+ Int(p[i] - 0x30); i += 1 }  // wraps past 18 digits, refused below
        let digits = i - start
        guard digits > 0, digits <= 18, !(digits > 1 && p[start] == 0x30), !(neg && v == 0) else {
            throw GiveUp(offset: begin, reason: JSONCursor.plainInteger)
        }
        if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            throw GiveUp(offset: begin, reason: JSONCursor.plainInteger)
        }
        return neg ? -v : v
    }

    /// A string value. Invalid UTF-8, raw control characters and lone surrogates give up.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""), "string expected")
        let start = i
        var ascii = true
        while i < n {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: p + start, count: i - start)
                i += 1
                if ascii { return String(decoding: bytes, as: UTF8.self) }
                guard let s = String(validating: bytes, as: UTF8.self) else { throw giveUp("invalid UTF-8") }
                return s
            }
            if c == UInt8(ascii: "\\") { return try escaped(from: start) }
            if c < 0x20 { throw giveUp("control character in string") }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        throw giveUp("unterminated string")
    }

    /// A string of plain ASCII (no escape) handed to `read`, as bytes: consumed when `read`
    /// answers, left for `string()` when it does not.
    mutating func plainASCII<R>(_ read: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        var j = i + 1
        while j < n, p[j] != UInt8(ascii: "\"") {
            guard p[j] >= 0x20, p[j] < 0x80, p[j] != UInt8(ascii: "\\") else { return nil }
            j += 1
        }
        guard j < n, let r = read(UnsafeBufferPointer(start: p + i + 1, count: j - i - 1)) else { return nil }
        i = j + 1
        return r
    }

    /// A string stored once per distinct text (`names`): a text read before costs no String.
    mutating func pooledString() throws -> String {
        if peek() == UInt8(ascii: "\"") {
            var j = i + 1
            while j < n, p[j] != UInt8(ascii: "\""), p[j] != UInt8(ascii: "\\"), p[j] >= 0x20 { j += 1 }
            if j < n, p[j] == UInt8(ascii: "\""), let known = names.lookup(bytes: UnsafeBufferPointer(start: p + i + 1, count: j - i - 1)) {
                i = j + 1
                return known
            }
        }
        return names.intern(try string())
    }

    /// The rest of a string holding escapes, from its first byte `start`.
    private mutating func escaped(from start: Int) throws -> String {
        var out = [UInt8](UnsafeBufferPointer(start: p + start, count: i - start))
        while i < n {
            let c = p[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                guard let s = String(validating: out, as: UTF8.self) else { throw giveUp("invalid UTF-8") }
                return s
            case UInt8(ascii: "\\"):
                guard i < n else { throw giveUp("unterminated string") }
                let e = p[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard n - i >= 6, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else {
                            throw giveUp("lone surrogate")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw giveUp("lone surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw giveUp("lone surrogate")
                    }
                    appendUTF8(scalar, to: &out)
                default: throw giveUp("unknown escape")
                }
            default:
                if c < 0x20 { throw giveUp("control character in string") }
                out.append(c)
            }
        }
        throw giveUp("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard n - i >= 4 else { throw giveUp("bad \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = p[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw giveUp("bad \\u escape")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    private func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80: out.append(UInt8(s))
        case 0x80..<0x800: out += [UInt8(0xC0 | s >> 6), UInt8(0x80 | s & 0x3F)]
        case 0x800..<0x10000: out += [UInt8(0xE0 | s >> 12), UInt8(0x80 | s >> 6 & 0x3F), UInt8(0x80 | s & 0x3F)]
        default: out += [UInt8(0xF0 | s >> 18), UInt8(0x80 | s >> 12 & 0x3F), UInt8(0x80 | s >> 6 & 0x3F), UInt8(0x80 | s & 0x3F)]
        }
    }

    /// The key of a record's field, `:` consumed, as an index into `names`. A key with an escape,
    /// an unknown key or one given twice (`seen`) gives up.
    mutating func field(_ names: FieldNames, _ seen: inout UInt32) throws -> Int {
        try expect(UInt8(ascii: "\""), "key expected")
        let start = i
        while i < n, p[i] != UInt8(ascii: "\""), p[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < n, p[i] == UInt8(ascii: "\"") else { throw giveUp("escaped or unterminated key") }
        let k = names.index(p + start, i - start)
        i += 1
        guard k >= 0 else { throw giveUp("unknown key") }
        guard seen & (1 << k) == 0 else { throw giveUp("duplicate key") }
        seen |= 1 << k
        try expect(UInt8(ascii: ":"), "':' expected")
        return k
    }

    /// A dictionary's key with its `:`.
    mutating func key() throws -> String {
        let k = try string()
        try expect(UInt8(ascii: ":"), "':' expected")
        return k
    }

    /// An object of records keyed by string, as `[String: T]` decodes it. A key given twice
    /// (by Swift's string equality, as JSONKeys compares) gives up. A big top-level table is
    /// read in two halves on two cores (`readHalves`) unless `halves` is false (a `read` that
    /// is not safe to run on two threads at once).
    mutating func table<T>(halves: Bool = true, _ read: (inout JSONCursor) throws -> T) throws -> [String: T] {
        var d: [String: T] = [:]
        skipSpace()
        let at = i
        guard try beginObject() else { return d }
        d.reserveCapacity(counts?.count(at: at) ?? countRecords())
        if halves, let cut = counts?.cut(at: at, from: split.from, pick: split.pick), cut.offset > i {
            guard try readHalves((cut.offset + split.shift, cut.records), into: &d, read) else { return d }
        }
        _ = try readRecords(into: &d, until: nil, read)
        return d
    }

    /// Reads the table's records (a key, then `read`) into `d` to its `}` (false), or until
    /// the next record would begin at or after `until` (true: the cursor is on its key).
    private mutating func readRecords<T>(into d: inout [String: T], until: Int?,
                                         _ read: (inout JSONCursor) throws -> T) throws -> Bool {
        var sinceRelease = 0, records = 0
        repeat {
            // Ctrl-C: a national table takes seconds to read (`WorkspaceFile.decode` says so).
            if Interrupt.stops(at: records) { throw Interrupt.stopped }
            records += 1
            if let until {
                skipSpace()
                if i >= until { return true }
            }
            let k = try key()
            let v = try read(&self)
            // `consume`: without it the record was copied into the table and the read one
            // destroyed, a retain and a release of each of its strings.
            guard d.updateValue(consume v, forKey: k) == nil else { throw giveUp("duplicate key") }
            // The reader never goes back: the pages behind the cursor can go (a few MB at a time).
            sinceRelease += 1
            if sinceRelease == 8192, let s = source {
                s.release(upTo: i)
                sinceRelease = 0
            }
        } while try nextMember()
        return false
    }

    /// A big table read in two halves: the records from `cut` (a record's key, found by the
    /// count) on the second core into a list, while this cursor reads the first ones into
    /// `d`; then the list joins `d`. Measured (issue 8): reading the records is most of `open`.
    /// The second half is used only when this cursor stops exactly where it began, reading
    /// the next key of the same table: from there both read the same bytes the same way, so
    /// the table is the one a single reader makes, and a key repeated across the halves gives
    /// up as it would. Otherwise (a count that misread a file) the second half is dropped and
    /// this cursor reads on. Returns whether records are left to read.
    private mutating func readHalves<T>(_ cut: (offset: Int, records: Int), into d: inout [String: T],
                                        _ read: (inout JSONCursor) throws -> T) throws -> Bool {
        let whole = UnsafeBufferPointer(start: p, count: n)
        let stop = StopFlag()
        var first: Result<Bool, Error> = .success(false)
        var second: Result<(items: [(String, T)], end: Int), Error> = .success(([], 0))
        DispatchQueue.concurrentPerform(iterations: 2) { h in
            if h == 0 {
                first = Result { try readRecords(into: &d, until: cut.offset, read) }
                if case .failure = first { stop.raise() }
                return
            }
            second = Result {
                var c = JSONCursor(whole)
                c.i = cut.offset
                var items: [(String, T)] = []
                items.reserveCapacity(cut.records)
                repeat {
                    if items.count & 4095 == 0 && (stop.isRaised || Interrupt.isRequested()) { throw c.giveUp("the first half gave up") }
                    let k = try c.key()
                    let v = try read(&c)
                    items.append((k, consume v))
                } while try c.nextMember()
                return (items, c.i)
            }
        }
        let more = try first.get()
        guard more, i == cut.offset else { return more }
        var rest = try second.get()
        second = .success(([], 0))
        // Taken from the end, so each record moves into the table without a copy.
        while let (k, v) = rest.items.popLast() {
            guard d.updateValue(v, forKey: k) == nil else { throw giveUp("duplicate key") }
        }
        i = rest.end
        tablesInHalves += 1
        source?.release(upTo: i)
        return false
    }

    /// How many `"key": {` entries the object being read holds, found by a quick scan of its
    /// bytes (strings skipped, nesting followed). Measured: growing the 100,000-member table by
    /// rehashing took a quarter of the read; the scan costs a tenth of that. Only a size hint:
    /// every entry it counts is an object the reader then builds, so it reserves no more than
    /// the file describes. It passes eight bytes at a time over runs holding nothing it looks at
    /// (white space, letters, digits, `:`, `,`), inside strings and out: byte by byte it was an
    /// eighth of `open`. A run passed over does not end an `afterKey`; only an invalid file can
    /// tell (`"k": 5 {`), and then by one record per key at most.
    func countRecords() -> Int { countRecords(from: i).count }

    /// Where the string whose contents start at `from` ends: its closing quote, or `n`. Eight
    /// bytes at a time over runs with no quote or escape (see `countRecords`).
    func stringEnd(from: Int) -> Int {
        var j = from
        while j < n {
            if j + 8 <= n {
                let m = Self.quoteOrEscape(word(j))
                if m == 0 { j += 8; continue }
                j += m.trailingZeroBitCount >> 3
            }
            if p[j] == UInt8(ascii: "\"") { break }
            j += p[j] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(j, n)
    }

    /// `countRecords` of the object whose contents start at `from` (after its `{`, or after a
    /// `[`), and where it ends: its closing bracket, or `n`.
    func countRecords(from: Int) -> (count: Int, end: Int) {
        var none: [Int] = []
        return countRecords(from: from, marking: 0, &none)
    }

    /// `countRecords`, noting in `starts` where records 0, `every`, 2 × `every`, … begin (their
    /// key's quote); nothing when `every` is 0.
    func countRecords(from: Int, marking every: Int, _ starts: inout [Int]) -> (count: Int, end: Int) {
        var j = from, depth = 0, count = 0, afterKey = false, keyAt = 0
        while j < n {
            if j + 8 <= n {
                let m = Self.structural(word(j))
                if m == 0 { j += 8; continue }
                j += m.trailingZeroBitCount >> 3
            }
            switch p[j] {
            case UInt8(ascii: "\""):
                if depth == 0 { keyAt = j }
                j = stringEnd(from: j + 1)
                afterKey = depth == 0
            case UInt8(ascii: "{"):
                if afterKey {
                    if every > 0 && count % every == 0 { starts.append(keyAt) }
                    count += 1
                }
                afterKey = false
                depth += 1
            case UInt8(ascii: "["): afterKey = false; depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return (count, j) }
                depth -= 1
            case UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09: break
            default: afterKey = false
            }
            j += 1
        }
        return (count, n)
    }

    @inline(__always) private func word(_ j: Int) -> UInt64 { UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self) }

    /// The bytes of `w` (eight, the first lowest) equal to `b`, as each byte's top bit (SWAR):
    /// such a byte is a zero byte of `x = w ^ b…b`, and `(x - 0x01…01) & ~x & 0x80…80` marks the
    /// first zero byte exactly (bytes above it may be marked wrongly, which finding the first
    /// never reads).
    @inline(__always) static func matches(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (UInt64(b) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }
    @inline(__always) static func quoteOrEscape(_ w: UInt64) -> UInt64 {
        matches(w, UInt8(ascii: "\"")) | matches(w, UInt8(ascii: "\\"))
    }
    @inline(__always) static func structural(_ w: UInt64) -> UInt64 {
        quoteOrEscape(w) | matches(w, UInt8(ascii: "{")) | matches(w, UInt8(ascii: "}")) | matches(w, UInt8(ascii: "["))
            | matches(w, UInt8(ascii: "]"))
    }

    mutating func array<T>(_ read: (inout JSONCursor) throws -> T) throws -> [T] {
        var a: [T] = []
        guard try beginArray() else { return a }
        repeat { a.append(try read(&self)) } while try nextElement()
        return a
    }

    /// Skips one value, checking that no object in it repeats a key; returns its byte range.
    /// What it lets through is then decoded by JSONDecoder, which checks the syntax.
    mutating func skipValue(depth: Int = 0) throws -> Range<Int> {
        guard depth < 64 else { throw giveUp("too deep") }
        let c = peek()
        let start = i
        switch c {
        case UInt8(ascii: "{"):
            var keys = Set<String>()
            if try beginObject() {
                repeat {
                    guard keys.insert(try key()).inserted else { throw giveUp("duplicate key") }
                    _ = try skipValue(depth: depth + 1)
                } while try nextMember()
            }
        case UInt8(ascii: "["):
            if try beginArray() { repeat { _ = try skipValue(depth: depth + 1) } while try nextElement() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): _ = try null()
        default:
            while i < n, (p[i] >= 0x30 && p[i] <= 0x39) || p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")
                || p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { i += 1 }
            guard i > start else { throw giveUp("value expected") }
        }
        return start..<i
    }

    /// Only white space may follow the top-level value.
    mutating func end() throws {
        skipSpace()
        guard i == n else { throw giveUp("bytes after the value") }
    }
}

/// The field names of one record type, matched against key bytes without making strings.
struct FieldNames {
    let names: [[UInt8]]
    init(_ names: String...) {
        precondition(names.count <= 32)
        self.names = names.map { Array($0.utf8) }
    }
    /// The names as text, for the check of a file's keys (WorkspaceKeys).
    var strings: [String] { names.map { String(decoding: $0, as: UTF8.self) } }
    func index(_ key: UnsafePointer<UInt8>, _ count: Int) -> Int {
        for (k, name) in names.enumerated() where name.count == count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key, count) == 0 }) { return k }
        }
        return -1
    }
}
