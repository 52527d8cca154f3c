/// A user-facing text in both languages kd speaks. Every message is built in one catalog
/// (`Catalog.swift` of each module) so that the two languages stay side by side.
public struct Message: Hashable, Sendable, Codable {
    public var en: String
    public var vi: String
    public init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }
    /// Text that reads the same in both languages (ids, numbers, file names).
    public init(_ same: String) {
        self.en = same
        self.vi = same
    }
    public func text(_ lang: Language) -> String { lang == .vi ? vi : en }
}

public enum Language: String, Codable, Sendable, CaseIterable {
    case en, vi
}

/// Where an input came from: a script line, a CSV cell, a workbook cell, a JSON path.
public struct SourceLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The worksheet of a workbook cell: then the place reads `FILE[sheet]!C12`.
    public var sheet: String?
    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file)[\(sheet)]!\(CellRef(row: line, column: column))"
    }
}

/// An error as a value: what went wrong, where, and what might help.
public struct KDError: Error, Sendable {
    public var message: Message
    public var location: SourceLocation?
    /// A place that is not a line/column, such as a JSON path (`file: $.members[3].id`).
    public var place: String?
    public var hints: [Message]
    public init(_ message: Message, at location: SourceLocation? = nil, place: String? = nil, hints: [Message] = []) {
        self.message = message
        self.location = location
        self.place = place
        self.hints = hints
    }
}
