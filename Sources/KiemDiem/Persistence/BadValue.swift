import Foundation

/// A value in a workspace file that its type refuses, said in both languages. Carried as the
/// underlying error of JSONDecoder's `dataCorrupted`, so that `WorkspaceFile.describe` can
/// give the user the message in their language with the JSON path the decoder knows.
struct BadValue: Error {
    let message: Message

    /// The error a type's `init(from:)` throws for a refused single value.
    static func at(_ c: SingleValueDecodingContainer, _ message: Message) -> DecodingError {
        .dataCorrupted(.init(codingPath: c.codingPath, debugDescription: message.en, underlyingError: BadValue(message: message)))
    }

    /// The same for a field of a keyed container.
    static func at<K: CodingKey>(_ key: K, in c: KeyedDecodingContainer<K>, _ message: Message) -> DecodingError {
        .dataCorrupted(.init(codingPath: c.codingPath + [key], debugDescription: message.en, underlyingError: BadValue(message: message)))
    }

    /// Foundation's own words for a string that is none of an enumeration's values ("Cannot
    /// initialize Level from invalid String value GOOD"), in both languages; nil for others.
    /// `path`: where the value is, which tells the two enumerations called `Kind` apart.
    static func enumValue(_ description: String, path: [CodingKey] = []) -> Message? {
        let prefix = "Cannot initialize ", middle = " from invalid String value "
        guard description.hasPrefix(prefix), let r = description.range(of: middle) else { return nil }
        var type = String(description[description.index(description.startIndex, offsetBy: prefix.count)..<r.lowerBound])
        if type == "Kind" {
            let table = path.last { ["units", "discipline"].contains($0.stringValue) }?.stringValue
            type = table.map { "Kind in \($0)" } ?? type
        }
        return Catalog.notOneOf(String(description[r.upperBound...]), values[type])
    }

    /// The values of kd's enumerations by their Swift names; the two called `Kind` by table.
    private static let values: [String: [String]] = [
        "Kind in units": Unit.Kind.allCases.map(\.rawValue), "Kind in discipline": DisciplineRecord.Kind.allCases.map(\.rawValue),
        // Criterion.Part and Weight.Part have the same values.
        "Part": Criterion.Part.allCases.map(\.rawValue),
        "Level": Level.allCases.map(\.rawValue), "Stage": Stage.allCases.map(\.rawValue),
        "GradingBody": GradingBody.allCases.map(\.rawValue), "Status": Member.Status.allCases.map(\.rawValue),
        "Reason": Exclusion.Reason.allCases.map(\.rawValue), "ManagedBy": Position.ManagedBy.allCases.map(\.rawValue),
        "Rating": Rating.allCases.map(\.rawValue), "SubjectClass": SubjectClass.allCases.map(\.rawValue),
        "CellType": Unit.CellType.allCases.map(\.rawValue), "Class": Collective.Class.allCases.map(\.rawValue),
        "QuotaBase": Settings.QuotaBase.allCases.map(\.rawValue),
        "QuotaGrouping": Settings.QuotaGrouping.allCases.map(\.rawValue),
        "Form": DisciplineRecord.Form.allCases.map(\.rawValue),
    ]
}

extension Catalog {
    static func notAScore(_ s: String) -> Message {
        m("\"\(s)\" is not a score (write it as text, e.g. \"89.5\")", "\"\(s)\" không phải điểm số (viết dạng văn bản, ví dụ \"89.5\")")
    }
    static func notADate(_ s: String) -> Message {
        m("\"\(s)\" is not a date (write YYYY-MM-DD)", "\"\(s)\" không phải ngày (viết YYYY-MM-DD)")
    }
    static func notASubjectKey(_ s: String) -> Message {
        m("\"\(s)\" is not a subject key (write CLASS:ID, e.g. member:P012)",
          "\"\(s)\" không phải khóa đối tượng (viết LỚP:MÃ, ví dụ member:P012)")
    }
    static let votesOutOfRange = m("votes must be a whole number from 0 to 1000000", "số phiếu phải là số nguyên từ 0 đến 1000000")
    static func notOneOf(_ value: String, _ values: [String]?) -> Message {
        guard let vs = values?.joined(separator: ", ") else {
            return m("\"\(value)\" is not a value this field takes", "\"\(value)\" không phải giá trị trường này nhận")
        }
        return m("\"\(value)\" is not one of \(vs)", "\"\(value)\" không thuộc \(vs)")
    }
}
