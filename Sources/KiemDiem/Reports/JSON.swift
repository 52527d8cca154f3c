/// A JSON document built by report builders and written with sorted keys and stable spacing.
/// Written by hand rather than with JSONEncoder so that percentages held as integer tenths come
/// out as exact decimals (15.2, never 15.199999) and so that the key order never depends on
/// Foundation's version.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already written as text (a percentage `15.2`).
    case decimal(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func level(_ l: Level?) -> JSONValue { l.map { .string($0.rawValue) } ?? .null }
    public static func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
}

public enum JSONRenderer {
    /// Pretty printed, two-space indent, keys sorted by their UTF-8 bytes, newline at the end.
    public static func render(_ v: JSONValue) -> String {
        var out = ""
        write(v, indent: 0, into: &out)
        out += "\n"
        return out
    }

    static func write(_ v: JSONValue, indent: Int, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .decimal(let d): out += d
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                if Interrupt.stops(at: i + 1) { break }  // the caller throws a stopped text away
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, k) in keys.enumerated() {
                pad(indent + 1, &out)
                quote(k, into: &out)
                out += ": "
                write(fields[k]!, indent: indent + 1, into: &out)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "}"
        }
    }

    static func pad(_ n: Int, _ out: inout String) {
        out += String(repeating: "  ", count: n)
    }

    /// RFC 8259 string escaping; non-ASCII text (Vietnamese) is kept as UTF-8.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    /// The default json of a table: an array of objects keyed by the columns' keys.
    public static func rows(_ t: ReportTable) -> JSONValue {
        .array(t.rows.map { row in
            var o: [String: JSONValue] = [:]
            for (c, cell) in zip(t.columns, row) { o[c.key] = value(cell) }
            return .object(o)
        })
    }

    public static func value(_ c: Cell) -> JSONValue {
        switch c {
        case .text(let s): return .string(s)
        case .number(let n): return .int(n)
        case .level(let l): return .level(l)
        case .percent(let t): return .decimal(Percent.format(t))
        case .label(let code, _): return .string(code)
        case .empty: return .null
        }
    }
}
