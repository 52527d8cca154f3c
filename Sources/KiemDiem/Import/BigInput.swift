/// What the process does when it reads a big input: a file of `threshold` bytes or more (a
/// CSV file or workbook to load, a workspace to open). The executable sets `action` once at
/// start, before any command; kd turns transparent huge pages on there (Sources/kd/main.swift,
/// CMallocConf/huge_pages.c). A workspace that big is also read into huge pages of its own
/// (`ReadOnceFile`).
public enum BigInput {
    /// A province's roster is about 8 MB (100,000 members), a ward's under 0.5 MB.
    public static let threshold = 4 << 20
    nonisolated(unsafe) public static var action: (@Sendable () -> Void)?

    static func read(_ bytes: Int, then act: (@Sendable () -> Void)? = action) {
        if bytes >= threshold { act?() }
    }
}
