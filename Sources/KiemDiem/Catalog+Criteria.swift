/// Criteria sheets and review forms: messages, English and Vietnamese side by side.
extension Catalog {
    public enum Criteria {
        static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }
        /// A list cut at eight, for messages.
        /// The first `most` of a list, "…" for the rest.
        public static func list(_ ids: [String], _ most: Int = 8) -> String {
            ids.prefix(most).joined(separator: ", ") + (ids.count > most ? ", …" : "")
        }

        // The derivation (QĐ124 Đ12)
        public static func poor(_ ids: [String]) -> Message {
            m("rated Kém: \(list(ids)); any criterion Kém means KHTNV", "tiêu chí bị đánh giá Kém: \(list(ids)); có tiêu chí Kém thì KHTNV")
        }
        public static func incomplete(_ ids: [String]) -> Message {
            m("not rated yet: \(list(ids))", "chưa đánh giá: \(list(ids))")
        }
        public static let excellent = m("every criterion Tốt or better and task results Xuất sắc",
                                        "các tiêu chí đạt Tốt trở lên, tiêu chí kết quả thực hiện nhiệm vụ đạt Xuất sắc")
        public static func notAllGood(_ below: [String]) -> Message {
            m("task results Xuất sắc, but \(list(below)) (HTXSNV needs every criterion Tốt or better)",
              "kết quả thực hiện nhiệm vụ đạt Xuất sắc nhưng \(list(below)) (HTXSNV cần mọi tiêu chí đạt Tốt trở lên)")
        }
        public static func resultsGood(_ r: [String]) -> Message {
            m("no criterion Kém; task results \(list(r)) (HTXSNV needs them Xuất sắc)",
              "không có tiêu chí Kém; kết quả thực hiện nhiệm vụ \(list(r)) (HTXSNV cần đạt Xuất sắc)")
        }
        public static func resultsAverage(_ r: [String]) -> Message {
            m("no criterion Kém; task results \(list(r)) (HTTNV needs them Tốt or better)",
              "không có tiêu chí Kém; kết quả thực hiện nhiệm vụ \(list(r)) (HTTNV cần đạt Tốt trở lên)")
        }
        public static let noResults = m("no criterion Kém; the sheet has no task-results criterion (HTTNV needs one Tốt or better)",
                                        "không có tiêu chí Kém; phiếu không có tiêu chí kết quả thực hiện nhiệm vụ (HTTNV cần tiêu chí này đạt Tốt trở lên)")
        public static func total(_ p: Points, _ l: Level) -> Message {
            m("\(p) points in total: \(l.rawValue)", "tổng \(p.vietnamese) điểm: \(l.rawValue)")
        }

        // why / check
        public static func supports(_ form: String, _ l: Level?, _ reason: Message) -> Message {
            if let l {
                return m("criteria (form \(form)) support at most \(l.rawValue): \(reason.en)",
                         "phiếu tiêu chí (mẫu \(form)) cho phép tối đa \(l.rawValue): \(reason.vi)")
            }
            return m("criteria (form \(form)) support no level yet: \(reason.en)",
                     "phiếu tiêu chí (mẫu \(form)) chưa xác định được mức: \(reason.vi)")
        }
        public static func above(_ level: Level, _ l: Level, _ form: String, _ reason: Message) -> Message {
            m("\(level.rawValue) is above what the criteria sheet (form \(form)) supports, \(l.rawValue): \(reason.en)",
              "\(level.rawValue) cao hơn mức phiếu tiêu chí (mẫu \(form)) cho phép, \(l.rawValue): \(reason.vi)")
        }
        public static func aboveAtBest(_ level: Level, _ l: Level, _ form: String, _ reason: Message) -> Message {
            m("\(level.rawValue) is above what the criteria sheet (form \(form)) can support even with its unmarked criteria at their best, \(l.rawValue): \(reason.en)",
              "\(level.rawValue) cao hơn mức phiếu tiêu chí (mẫu \(form)) có thể cho phép kể cả khi các tiêu chí còn lại đạt tối đa, \(l.rawValue): \(reason.vi)")
        }
        public static func sheetBand(_ p: Points, _ l: Level) -> Message {
            m("the criteria sheet's total, \(p) points, is in the \(l.rawValue) band", "tổng điểm phiếu tiêu chí, \(p.vietnamese) điểm, thuộc khung \(l.rawValue)")
        }
        public static func totalsDiffer(_ own: Points, _ sheet: Points, _ form: String, _ above: (Level, Level)?) -> Message {
            let en = above.map { "; \($0.0.rawValue) is above the sheet's \($0.1.rawValue)" } ?? ""
            let vi = above.map { "; \($0.0.rawValue) cao hơn mức của phiếu, \($0.1.rawValue)" } ?? ""
            return m("score \(own) differs from the criteria sheet's total (form \(form)), \(sheet)\(en)",
                     "điểm \(own.vietnamese) khác tổng điểm phiếu tiêu chí (mẫu \(form)), \(sheet.vietnamese)\(vi)")
        }
        public static func fixTotalsDiffer(_ ref: SubjectRef) -> Message {
            let role = ref.cls == .leader ? " --role leader" : ""
            return m("grade \(ref.id) again with the sheet's total, or correct the sheet (assess \(ref.id) CRITERION POINTS\(role))",
                     "xếp loại lại \(ref.id) theo tổng điểm phiếu, hoặc sửa phiếu (assess \(ref.id) TIÊU_CHÍ ĐIỂM\(role))")
        }
        public static func fixAbove(_ l: Level, _ ref: SubjectRef, points: Bool = false) -> Message {
            let role = ref.cls == .leader ? " --role leader" : ""
            return m("grade \(ref.id) \(l.rawValue)\(role), or correct the sheet (assess \(ref.id) CRITERION \(points ? "POINTS" : "RATING")\(role))",
                     "grade \(ref.id) \(l.rawValue)\(role), hoặc sửa đánh giá tiêu chí (assess \(ref.id) TIÊU_CHÍ \(points ? "ĐIỂM" : "MỨC")\(role))")
        }
        public static func unfinished(_ form: String, _ ids: [String]) -> Message {
            m("criteria sheet (form \(form)) begun but not finished: \(list(ids)) not rated",
              "phiếu tiêu chí (mẫu \(form)) chưa đánh giá đủ: còn \(list(ids))")
        }
        public static func fixUnfinished(_ ref: SubjectRef, _ ids: [String], points: Bool = false) -> Message {
            let role = ref.cls == .leader ? " --role leader" : ""
            return m("assess \(ref.id) \(ids.first ?? "CRITERION") \(points ? "POINTS" : "RATING")\(role)",
                     "assess \(ref.id) \(ids.first ?? "TIÊU_CHÍ") \(points ? "ĐIỂM" : "MỨC")\(role)")
        }

        // Loading criteria and assessments
        public static func unknownCriterion(_ id: String, _ cls: SubjectClass, _ form: String, _ ids: [String]) -> Message {
            m("no criterion \"\(id)\" on the \(cls.rawValue) sheet (form \(form)): \(list(ids))",
              "không có tiêu chí \"\(id)\" trong phiếu \(cls.vietnamese.lowercased()) (mẫu \(form)): \(list(ids))")
        }
        public static func noSheet(_ cls: SubjectClass) -> Message {
            m("the rulebook has no criteria sheet for \(cls.rawValue) subjects", "không có phiếu tiêu chí cho \(cls.vietnamese.lowercased())")
        }
        public static func badRating(_ t: String) -> Message {
            m("\"\(t)\" is not a rating: Xuất sắc, Tốt, Trung bình or Kém", "\"\(t)\" không phải mức đánh giá: Xuất sắc, Tốt, Trung bình hoặc Kém")
        }
        public static let hintRatings = m("with or without diacritics: xuat sac, tot, trung binh, kem (or excellent, good, average, poor)",
                                          "có dấu hoặc không dấu: xuat sac, tot, trung binh, kem")
        public static func badPoints(_ t: String, _ max: Points?) -> Message {
            m("\"\(t)\" is not a score\(max.map { " from 0 to \($0)" } ?? "")", "\"\(t)\" không phải số điểm\(max.map { " từ 0 đến \($0)" } ?? "")")
        }
        public static func overMax(_ p: Points, _ max: Points, _ id: String) -> Message {
            m("\(p) points is above the maximum of criterion \(id) (\(max))", "\(p.vietnamese) điểm vượt điểm tối đa của tiêu chí \(id) (\(max.vietnamese))")
        }
        public static func pointsNotRatings(_ t: String) -> Message {
            m("this round marks criteria with points, not ratings (\"\(t)\")", "kỳ này chấm điểm tiêu chí, không đánh giá theo mức (\"\(t)\")")
        }
        public static func assessed(_ who: String, _ id: String, _ mark: Mark, _ was: Mark?) -> Message {
            let (now, vi) = (mark.description, mark.vietnamese)
            if was?.description == now { return m("assessed \(who) \(id): \(now) (unchanged)", "đã đánh giá \(who) \(id): \(vi) (không đổi)") }
            return m("assessed \(who) \(id): \(now)\(was.map { " (was \($0.description))" } ?? "")",
                     "đã đánh giá \(who) \(id): \(vi)\(was.map { " (trước: \($0.vietnamese))" } ?? "")")
        }
        public static func ambiguousCriterion(_ t: String, _ ids: [String]) -> Message {
            m("\"\(t)\" could be any of these criteria: \(list(ids))", "\"\(t)\" có thể là một trong các tiêu chí: \(list(ids))")
        }
        public static let hintAssessMember = m("rate the member sheet instead: no --role, or --role member",
                                               "đánh giá theo phiếu đảng viên: bỏ --role, hoặc --role member")
        public static let hintAssessMemberRow = m("for the member sheet, leave the role cell empty or write member",
                                                  "phiếu đảng viên: để trống ô role hoặc ghi member")
        public static func marksOffSheets(_ ids: [String], _ rules: String, form: String?) -> Message {
            let shown = list(ids, 6)
            let sheet = form.map { m("this subject's \(rules) sheet (form \($0))", "phiếu \(rules) của đối tượng này (mẫu \($0))") }
                ?? m("any \(rules) sheet of this subject", "phiếu \(rules) nào của đối tượng này")
            return m("\(ids.count == 1 ? "a mark" : "\(ids.count) marks") (\(shown)) on criteria not on \(sheet.en): \(ids.count == 1 ? "it counts" : "they count") for nothing",
                     "\(ids.count) điểm/mức đánh giá (\(shown)) theo tiêu chí không có trong \(sheet.vi): không được tính")
        }
        public static let fixMarksOffSheets = m("rate the subject on its own sheet (assess); an old mark is removed with assess SUBJECT CRITERION none",
                                                "hãy đánh giá theo phiếu của đối tượng (assess); xóa đánh giá cũ bằng assess ĐỐI-TƯỢNG TIÊU-CHÍ none")
        public static func markRemoved(_ who: String, _ id: String, _ was: Mark?) -> Message {
            m("removed the mark of \(who) on \(id) (was \(was?.description ?? "-"))",
              "đã xóa đánh giá \(who) theo tiêu chí \(id) (trước: \(was?.vietnamese ?? "-"))")
        }
        public static func noMarkToRemove(_ who: String, _ id: String) -> Message {
            m("\(who) has no mark on \(id)", "\(who) chưa có đánh giá theo tiêu chí \(id)")
        }
        public static func hintMarked(_ ids: [String]) -> Message {
            ids.isEmpty ? m("it has no marks", "chưa có đánh giá nào") : m("its marks: \(ids.joined(separator: ", "))", "các tiêu chí đã đánh giá: \(ids.joined(separator: ", "))")
        }
        public static func marksOtherScale(_ ids: [String], _ rules: String, points: Bool) -> Message {
            let shown = list(ids, 6)
            return points
                ? m("\(ids.count == 1 ? "a mark" : "\(ids.count) marks") (\(shown)) given as ratings, which a \(rules) sheet (points) does not count",
                    "\(ids.count) đánh giá (\(shown)) ghi theo mức, phiếu \(rules) (chấm điểm) không tính")
                : m("\(ids.count == 1 ? "a mark" : "\(ids.count) marks") (\(shown)) given as points, which a \(rules) sheet (ratings) does not count",
                    "\(ids.count) đánh giá (\(shown)) ghi theo điểm, phiếu \(rules) (theo mức) không tính")
        }
        public static func marksAboveMax(_ shown: [String]) -> Message {
            m("points above their criterion's max (\(shown.joined(separator: ", "))): the sheet counts them in full",
              "điểm vượt mức tối đa của tiêu chí (\(shown.joined(separator: ", "))): phiếu vẫn cộng đủ số điểm này")
        }
        public static func fixMarksAboveMax(_ s: String) -> Message {
            m("mark again within the max (assess \(s) CRITERION POINTS)", "chấm lại trong mức tối đa (assess \(s) TIÊU-CHÍ ĐIỂM)")
        }
        public static func marksOverNewMax(_ marks: [Assessment]) -> Message {
            let n = marks.count, sample = marks.prefix(3).map { "\($0.subject.description) \($0.criterion) \($0.points.map(\.description) ?? "")" }
                .joined(separator: ", ")
            return m(n == 1 ? "1 recorded mark is above the max this gives its criterion (\(sample))"
                         : "\(n) recorded marks are above the max this gives their criteria (\(sample))",
                     "\(n) điểm đã ghi vượt mức tối đa mới của tiêu chí (\(sample))")
        }
        public static let hintMarksOverNewMax = m("mark them again within the new max first (assess, or load assessments FILE --merge)",
                                                  "hãy chấm lại trong mức tối đa mới trước (assess, hoặc load assessments TỆP --merge)")
        public static func marksLeftBehind(_ n: Int, _ sample: String, _ rules: String, _ old: String) -> Message {
            m("\(n == 1 ? "1 recorded assessment" : "\(n) recorded assessments") (\(sample)) no \(rules) sheet counts (not on its sheets, or not in its scale): \(n == 1 ? "it counts" : "they count") for nothing under \(rules) (set rules \(old) brings them back)",
              "\(n) đánh giá đã ghi (\(sample)) không được phiếu \(rules) nào tính (tiêu chí không có trong phiếu, hoặc khác thang chấm): theo \(rules) không được tính (set rules \(old) để dùng lại)")
        }
        public static let hintTypeCriterion = m("type the criterion id with its diacritics", "hãy gõ mã tiêu chí có dấu")
        public static func sheetNoResults(_ cls: String, _ form: String) -> Message {
            m("the \(cls) sheet of form \(form) has no task-results criterion (part = results)",
              "phiếu \(cls) mẫu \(form) không có tiêu chí kết quả thực hiện nhiệm vụ (part = results)")
        }
        /// `marks`: those a change of the sheets leaves off them (`newlyUnusedMarks`).
        public static func criteriaInUse(_ marks: [Assessment]) -> Message {
            let n = marks.count, sample = marks.prefix(3).map { "\($0.subject.description) \($0.criterion)" }.joined(separator: ", ")
            return m(n == 1 ? "1 recorded assessment rates a criterion this file does not list (\(sample))"
                : "\(n) recorded assessments rate criteria this file does not list (\(sample))",
              "\(n) đánh giá đã ghi dùng tiêu chí tệp này không có (\(sample))")
        }
        public static let hintCriteriaInUse = m("list those criteria too, or remove those marks first (assess SUBJECT CRITERION none)",
                                                "hãy thêm các tiêu chí đó, hoặc xóa các đánh giá đó trước (assess ĐỐI-TƯỢNG TIÊU-CHÍ none)")
        public static let hintWeightsInUse = m("give those criteria weights too, or remove those marks first (assess SUBJECT CRITERION none)",
                                               "hãy đặt trọng số cho các tiêu chí đó, hoặc xóa các đánh giá đó trước (assess ĐỐI-TƯỢNG TIÊU-CHÍ none)")
        public static let badClass = m("class is organization, collective, leader or member", "class là organization, collective, leader hoặc member")
        public static let unknownSubject = m("no such subject (a member id, unit or collective code)", "không có đối tượng này (mã đảng viên, đơn vị hoặc tập thể)")
        public static let ratingOrPoints = m("give a rating or points", "cần mức đánh giá hoặc số điểm")
    }
}
