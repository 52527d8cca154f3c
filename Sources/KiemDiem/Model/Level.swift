/// The four quality levels [domain.md §4].
public enum Level: String, Codable, CaseIterable, Comparable, Sendable {
    case HTXSNV, HTTNV, HTNV, KHTNV

    /// The level a code names exactly (`HTTNV`), from its bytes, by length first:
    /// `init(rawValue:)` compares the text with each code in turn, and comparing two different
    /// Strings takes String's slow path (every grade of a big grades file).
    static func code(_ b: UnsafeBufferPointer<UInt8>) -> Level? {
        switch b.count {
        case 6: return b.elementsEqual("HTXSNV".utf8) ? .HTXSNV : nil
        case 5: return b.elementsEqual("HTTNV".utf8) ? .HTTNV : b.elementsEqual("KHTNV".utf8) ? .KHTNV : nil
        case 4: return b.elementsEqual("HTNV".utf8) ? .HTNV : nil
        default: return nil
        }
    }

    static func code(_ t: String) -> Level? {
        var t = t
        return t.withUTF8(code)
    }

    public var rank: Int {
        switch self {
        case .HTXSNV: return 4
        case .HTTNV: return 3
        case .HTNV: return 2
        case .KHTNV: return 1
        }
    }

    public var vietnamese: String {
        switch self {
        case .HTXSNV: return "Hoàn thành xuất sắc nhiệm vụ"
        case .HTTNV: return "Hoàn thành tốt nhiệm vụ"
        case .HTNV: return "Hoàn thành nhiệm vụ"
        case .KHTNV: return "Không hoàn thành nhiệm vụ"
        }
    }

    public var short: String {
        switch self {
        case .HTXSNV: return "excellent"
        case .HTTNV: return "good"
        case .HTNV: return "done"
        case .KHTNV: return "failed"
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }

    /// Accepts the code, the Vietnamese name with or without diacritics, or the English word.
    public static func parse(_ text: String) -> Level? {
        let k = Vietnamese.key(text)
        for level in Level.allCases {
            if k == level.rawValue.lowercased() || k == Vietnamese.key(level.vietnamese) || k == level.short {
                return level
            }
        }
        return nil
    }

    /// Words offered by completion and shown in hints.
    public static var spellings: [String] {
        allCases.map(\.rawValue) + allCases.map(\.short)
    }
}

/// The three grading stages [QĐ124 Đ11; QĐ366 Đ12].
public enum Stage: String, Codable, CaseIterable, Comparable, Sendable {
    case `self`, proposed, decided
    var order: Int { Stage.allCases.firstIndex(of: self)! }
    public static func < (a: Stage, b: Stage) -> Bool { a.order < b.order }
}
