import Foundation

/// Where the interactive loop gets its lines: libedit at a terminal, plain stdin in a pipe,
/// a list of lines in tests.
public protocol LineReader: AnyObject {
    /// The next line without its newline; nil at end of input.
    func readLine(prompt: String) -> LineInput
    /// Records a complete command in the history.
    func addHistory(_ entry: String)
    /// The last line read held bytes that are not UTF-8 text (each made U+FFFD): a terminal set
    /// to another encoding. A U+FFFD pasted as text is no such byte.
    var readBrokenBytes: Bool { get }
}

extension LineReader {
    public var readBrokenBytes: Bool { false }
}

public enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line is abandoned.
    case interrupted
    case end
    /// The terminal is gone (hung up, its window closed) while kd ignores SIGHUP (`nohup`):
    /// not the user's Ctrl-D, so unsaved work stays in the journal for the next start.
    case lost
}

/// Reads standard input line by line (a pipe); no prompt, no history.
public final class PlainReader: LineReader {
    public init() {}
    public func readLine(prompt: String) -> LineInput {
        guard let l = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(l)
    }
    public func addHistory(_ entry: String) {}
}

/// Hands out prepared lines (tests of the interactive loop).
public final class ScriptedReader: LineReader {
    public var lines: [LineInput]
    public private(set) var prompts: [String] = []
    public private(set) var recorded: [String] = []
    public init(_ lines: [LineInput]) { self.lines = lines }
    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return lines.isEmpty ? .end : lines.removeFirst()
    }
    public func addHistory(_ entry: String) { recorded.append(entry) }
}
