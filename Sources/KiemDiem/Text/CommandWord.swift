/// A word of kd's command language as it must be typed: in `"…"` when it is empty or holds a
/// blank or a character the lexer reads (`;`, `#`, quotes, `\`), with `\` and `"` escaped.
/// Hints that show a command to type, Tab completion and `kd -w FILE` write words this way.
public enum CommandWord {
    public static func needsQuotes(_ s: String) -> Bool {
        s.isEmpty || s.contains { " \t;#\"'\\".contains($0) }
    }

    /// The text between double quotes: `\` and `"` escaped.
    public static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// The word as typed: quoted only where it needs to be.
    public static func typed(_ s: String) -> String { needsQuotes(s) ? "\"" + escaped(s) + "\"" : s }
}
