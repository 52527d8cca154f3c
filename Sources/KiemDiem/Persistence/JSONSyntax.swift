/// Where a JSON text first breaks the grammar (RFC 8259), and how, for an error with a line and
/// column: JSONDecoder on Linux says only "Unexpected end of file during JSON parse." and
/// JSONSerialization gives a character offset at best, both in English. Asked only once a file
/// has failed to decode, so it is written for plainness, not speed; containers are kept on an
/// explicit stack, so deep nesting cannot overflow the call stack.
enum JSONSyntax {
    enum Expected: Equatable { case value, commaOrBrace, commaOrBracket, colon, key }

    enum Problem: Equatable {
        case endOfFile
        /// The character found (as the message shows it) and what the grammar wanted there.
        case unexpected(String, expected: Expected)
        case badEscape, controlCharacter, badNumber, notUTF8
        /// `\uD800`–`\uDFFF` not in a high-low pair: half a character, which JSONDecoder refuses
        /// in words of its own, with no place.
        case loneSurrogate
        /// Letters that do not spell true, false or null.
        case badWord
        /// Nothing but white space.
        case empty
        /// Text after the end of the document.
        case trailing
        /// Containers nested deeper than JSONDecoder reads (`maxDepth`).
        case tooDeep
    }

    /// JSONDecoder's limit: it refuses the 513th container with only a character offset.
    static let maxDepth = 512

    struct Failure: Equatable {
        var offset: Int
        var line: Int
        var column: Int
        var problem: Problem
        /// The JSON path of the value being read (`$.members.P1`), as decoding errors give it.
        var path = "$"
    }

    /// The first break in `b`, or nil when it is valid JSON.
    static func firstError(_ b: [UInt8]) -> Failure? {
        if let bad = CSVText.firstInvalidUTF8(b) { return failure(b, bad, .notUTF8) }
        var i = 0
        let n = b.count
        var stack: [UInt8] = []  // the open containers, `{` or `[`
        var path: [Part] = []  // each open container's current member
        func space() { while i < n, [0x20, 0x09, 0x0A, 0x0D].contains(b[i]) { i += 1 } }
        func fail(_ p: Problem) -> Failure {
            var f = failure(b, i, p)
            f.path = Part.text(path)
            return f
        }
        func unexpected(_ e: Expected) -> Failure { i < n ? fail(.unexpected(shown(b, i), expected: e)) : fail(.endOfFile) }
        // A string from its opening quote; nil when it is well formed (then past its closing quote).
        func string() -> Failure? {
            i += 1
            while i < n {
                switch b[i] {
                case UInt8(ascii: "\""):
                    i += 1
                    return nil
                case UInt8(ascii: "\\"):
                    let escape = i
                    i += 1
                    guard i < n else { return fail(.endOfFile) }
                    if b[i] == UInt8(ascii: "u") {
                        var unit = 0
                        for _ in 0..<4 {
                            i += 1
                            guard i < n else { return fail(.endOfFile) }
                            guard isHex(b[i]) else { return fail(.badEscape) }
                            unit = unit * 16 + hexValue(b[i])
                        }
                        // A high surrogate must be followed by a low one, and a low one by nothing else.
                        let low = { (at: Int) -> Bool in
                            guard at + 5 < n, b[at] == UInt8(ascii: "\\"), b[at + 1] == UInt8(ascii: "u"),
                                  (at + 2...at + 5).allSatisfy({ isHex(b[$0]) }) else { return false }
                            return (0xDC00...0xDFFF).contains((at + 2...at + 5).reduce(0) { $0 * 16 + hexValue(b[$1]) })
                        }
                        if (0xDC00...0xDFFF).contains(unit) || ((0xD800...0xDBFF).contains(unit) && !low(i + 1)) {
                            i = escape
                            return fail(.loneSurrogate)
                        }
                        if (0xD800...0xDBFF).contains(unit) { i += 6 }  // its low half, checked above
                    } else if !Array("\"\\/bfnrt".utf8).contains(b[i]) {
                        return fail(.badEscape)
                    }
                    i += 1
                case ..<0x20: return fail(.controlCharacter)
                default: i += 1
                }
            }
            return fail(.endOfFile)
        }
        func digits() -> Bool {
            let start = i
            while i < n, (0x30...0x39).contains(b[i]) { i += 1 }
            return i > start
        }
        func number() -> Failure? {
            if b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n else { return fail(.endOfFile) }
            if b[i] == UInt8(ascii: "0") { i += 1 } else if !digits() { return fail(.badNumber) }
            if i < n, b[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() else { return i < n ? fail(.badNumber) : fail(.endOfFile) }
            }
            if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                i += 1
                if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() else { return i < n ? fail(.badNumber) : fail(.endOfFile) }
            }
            return nil
        }
        func literal() -> Failure? {
            let start = i
            for word in ["true", "false", "null"] where b[i] == word.utf8.first! {
                for c in word.utf8 {
                    guard i < n else { return fail(.endOfFile) }
                    guard b[i] == c else {
                        i = start
                        return fail(.badWord)
                    }
                    i += 1
                }
                return nil
            }
            return unexpected(.value)
        }
        // A key, its colon and the space before its value; the key becomes the path's last part.
        func key() -> Failure? {
            space()
            guard i < n, b[i] == UInt8(ascii: "\"") else { return unexpected(.key) }
            let start = i + 1
            if let f = string() { return f }
            path[path.count - 1] = .key(String(decoding: b[start..<(i - 1)], as: UTF8.self))
            space()
            guard i < n, b[i] == UInt8(ascii: ":") else { return unexpected(.colon) }
            i += 1
            return nil
        }

        space()
        if i == n { return failure(b, 0, .empty) }
        var wantValue = true
        while true {
            if wantValue {
                space()
                guard i < n else { return fail(.endOfFile) }
                switch b[i] {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if stack.count >= maxDepth { return fail(.tooDeep) }
                    let open = b[i]
                    i += 1
                    space()
                    if i < n, b[i] == closing(open) {
                        i += 1
                    } else {
                        stack.append(open)
                        if open == UInt8(ascii: "[") {
                            path.append(.index(0))
                        } else {
                            path.append(.key(""))
                            if let f = key() { return f }
                        }
                        continue
                    }
                case UInt8(ascii: "\""):
                    if let f = string() { return f }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if let f = number() { return f }
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    if let f = literal() { return f }
                default:
                    return unexpected(.value)
                }
                wantValue = false
            }
            // After a value: the end, or the next member of the innermost container.
            space()
            guard let open = stack.last else { return i < n ? fail(.trailing) : nil }
            guard i < n else { return fail(.endOfFile) }
            if b[i] == closing(open) {
                i += 1
                stack.removeLast()
                path.removeLast()
            } else if b[i] == UInt8(ascii: ",") {
                i += 1
                if open == UInt8(ascii: "{") {
                    path[path.count - 1] = .key("")  // the next member has no name yet
                    if let f = key() { return f }
                } else {
                    if case .index(let k) = path[path.count - 1] { path[path.count - 1] = .index(k + 1) }
                }
                wantValue = true
            } else {
                return unexpected(open == UInt8(ascii: "{") ? .commaOrBrace : .commaOrBracket)
            }
        }
    }

    /// A step of a JSON path: an object's member (empty before its key is read) or an array's.
    enum Part {
        case key(String), index(Int)

        /// `$.a[0].b`; a path deeper than 12 steps keeps its first and last 6, with `…` between
        /// (100,000 nested brackets would make a line nobody reads).
        static func text(_ parts: [Part]) -> String {
            guard parts.count <= 12 else { return text(Array(parts.prefix(6))) + "…" + text(Array(parts.suffix(6))).dropFirst() }
            var s = "$"
            for p in parts {
                switch p {
                case .key(let k): if !k.isEmpty { s += "." + k }
                case .index(let i): s += "[\(i)]"
                }
            }
            return s
        }
    }

    /// `}` for `{`, `]` for `[`.
    static func closing(_ open: UInt8) -> UInt8 { open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]") }

    static func isHex(_ c: UInt8) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c)
    }

    static func hexValue(_ c: UInt8) -> Int {
        c <= 0x39 ? Int(c - 0x30) : c <= 0x46 ? Int(c - 0x41 + 10) : Int(c - 0x61 + 10)
    }

    /// The character at `i` as a message shows it: "x" for a visible one, U+0007 otherwise.
    static func shown(_ b: [UInt8], _ i: Int) -> String {
        var end = i + 1
        while end < b.count, end - i < 4, b[end] & 0xC0 == 0x80 { end += 1 }
        let s = String(decoding: b[i..<end], as: UTF8.self)
        guard let u = s.unicodeScalars.first, u.value >= 0x20, u.value != 0x7F else {
            let hex = String(s.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "\"\(s)\""
    }

    /// The failure at byte `offset`, with its line and column (`CSVText.lineColumn`).
    static func failure(_ b: [UInt8], _ offset: Int, _ p: Problem) -> Failure {
        let (line, column) = CSVText.lineColumn(b, offset)
        return Failure(offset: offset, line: line, column: column, problem: p)
    }
}
