import Foundation

/// Finds a key given twice in one JSON object, or one its object's type does not have.
/// JSONDecoder keeps the last of two silently, so a file with two `"P001"` members (hand-edited,
/// or merged badly) would open with one of them gone; it passes over an unknown key, which the
/// next save drops (WorkspaceKeys). One linear pass over bytes that JSONDecoder has already
/// accepted as JSON.
enum JSONKeys {
    enum Problem { case duplicate, unknown }

    /// The JSON path of the object and the key repeated in it, if any.
    static func firstDuplicate(_ data: Data) -> (path: String, key: String)? {
        firstProblem(data, schema: nil).map { ($0.path, $0.key) }
    }

    /// The first repeated key, or with a `schema` the first repeated or unknown key, in the order
    /// of the file: `path` is the object's.
    /// `offset`: where the key's opening quote is, for its line and column.
    static func firstProblem(_ data: Data, schema: KeySchema?) -> (problem: Problem, path: String, key: String, offset: Int)? {
        data.withUnsafeBytes { raw -> (Problem, String, String, Int)? in
            let b = raw.bindMemory(to: UInt8.self)
            struct Level { var object: Bool; var schema: KeySchema?; var keys: Set<String> = []; var current = ""; var index = 0 }
            var stack: [Level] = []
            var expectKey = false
            var i = 0
            let n = b.count
            func path() -> String {
                stack.dropLast().reduce("$") { $0 + ($1.object ? ".\($1.current)" : "[\($1.index)]") }
            }
            // What the value opening now holds: the file's, or its parent's for this key or element.
            func inner() -> KeySchema? {
                guard let top = stack.last else { return schema }
                return top.object ? top.schema?.value(top.current) : top.schema?.value("")
            }
            while i < n {
                switch b[i] {
                case UInt8(ascii: "{"): stack.append(Level(object: true, schema: inner())); expectKey = true
                case UInt8(ascii: "["): stack.append(Level(object: false, schema: inner()))
                case UInt8(ascii: "}"), UInt8(ascii: "]"): if !stack.isEmpty { stack.removeLast() }; expectKey = false
                case UInt8(ascii: ","):
                    if let top = stack.last { if top.object { expectKey = true } else { stack[stack.count - 1].index += 1 } }
                case UInt8(ascii: "\""):
                    let s = i + 1
                    var escaped = false
                    i += 1
                    while i < n && b[i] != UInt8(ascii: "\"") {
                        if b[i] == UInt8(ascii: "\\") { escaped = true; i += 1 }
                        i += 1
                    }
                    if expectKey, !stack.isEmpty {
                        var key = String(decoding: UnsafeBufferPointer(rebasing: b[s..<min(i, n)]), as: UTF8.self)
                        if escaped, let k = try? JSONDecoder().decode(String.self, from: Data("\"\(key)\"".utf8)) { key = k }
                        if !stack[stack.count - 1].keys.insert(key).inserted { return (.duplicate, path(), key, s - 1) }
                        stack[stack.count - 1].current = key
                        if let sc = stack[stack.count - 1].schema, !sc.allows(key) { return (.unknown, path(), key, s - 1) }
                        expectKey = false
                    }
                default: break
                }
                i += 1
            }
            return nil
        }
    }
}
