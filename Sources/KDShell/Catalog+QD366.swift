import KiemDiem

/// Messages of the qd366 parts of the verbs (scores, rulebook switch, weights).
extension ShellText {
    static func noBands(_ r: String) -> Message {
        m("\(r) has no score bands: a score does not give a level", "\(r) không có khung điểm: điểm không cho ra mức xếp loại")
    }
    static let hintNameLevel = m("name the level: grade SUBJECT LEVEL --score N", "ghi mức: grade SUBJECT LEVEL --score N")
    static func derivedBand(_ d: Derivation) -> Message {
        m("  R366-SCORE-BAND: score \(d.total) → \(d.band.rawValue)", "  R366-SCORE-BAND: tổng điểm \(d.total.vietnamese) → \(d.band.rawValue)")
    }
    static func derivedStep(_ c: Ceiling) -> Message {
        m("  \(c.rule): → \(c.level.rawValue): \(c.reason.en)", "  \(c.rule): → \(c.level.rawValue): \(c.reason.vi)")
    }
    static func aboveBandKeptNote(_ l: Level, _ d: Derivation) -> Message {
        m("  note: R366-SCORE-BAND: \(l.rawValue) is above the band of score \(d.total) (\(d.band.rawValue)), decided with --override; check lists it, cap keeps it",
          "  lưu ý: R366-SCORE-BAND: \(l.rawValue) cao hơn khung của tổng điểm \(d.total.vietnamese) (\(d.band.rawValue)), quyết định với --override; check sẽ nêu, cap giữ nguyên")
    }
    static func aboveBandNote(_ l: Level, _ d: Derivation) -> Message {
        m("  note: R366-SCORE-BAND: \(l.rawValue) is above the band of score \(d.total) (\(d.band.rawValue)); check lists it, cap lowers it",
          "  lưu ý: R366-SCORE-BAND: \(l.rawValue) cao hơn khung của tổng điểm \(d.total.vietnamese) (\(d.band.rawValue)); check sẽ nêu, cap sẽ hạ")
    }
}
