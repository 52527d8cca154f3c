import Foundation

/// The reader for an interactive terminal. (Replaced by the libedit reader.)
public func makeTerminalReader(session: Session) -> LineReader {
    PromptingReader()
}

/// Prints the prompt and reads stdin: a fallback without line editing.
public final class PromptingReader: LineReader {
    public init() {}
    public func readLine(prompt: String) -> LineInput {
        fputs(prompt, stdout)
        fflush(stdout)
        guard let l = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(l)
    }
    public func addHistory(_ entry: String) {}
}
