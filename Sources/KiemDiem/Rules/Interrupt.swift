/// A cooperative stop for the long passes over every subject (`check`, `cap`, the summary): the
/// shell points `isRequested` at its Ctrl-C flag, and a pass that sees it set stops where it is.
/// What a stopped pass returns is incomplete: the caller must throw it away (the shell rolls the
/// command back and prints nothing once the flag is set), never show or record it.
public enum Interrupt {
    /// Asked every `every` subjects, not each one: a national round is 11M of them.
    nonisolated(unsafe) public static var isRequested: @Sendable () -> Bool = { false }
    static let every = 4096

    /// True at every `every`-th step when a stop was asked for.
    @inline(__always) static func stops(at step: Int) -> Bool {
        step % every == 0 && isRequested()
    }

    /// What a load throws when it stops: it runs in a transaction, which the error rolls back.
    static let stopped = KDError(Message(en: "interrupted; nothing was changed", vi: "đã ngắt; không có gì thay đổi"))
}
