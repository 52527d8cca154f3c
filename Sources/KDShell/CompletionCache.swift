import KiemDiem

extension Session {
    /// Tab completion on this session's workspace (what the line editor calls).
    public func complete(_ line: String, cursor: Int? = nil) -> CompletionResult {
        Completion.complete(line, cursor: cursor, CompletionContext(workspace: workspace))
    }
}
