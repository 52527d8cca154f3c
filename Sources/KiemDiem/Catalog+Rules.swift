/// The rules' messages, English and Vietnamese side by side.
public enum RulesText {
    static func m(_ en: String, _ vi: String) -> Message { Message(en: en, vi: vi) }

    public static func body(_ b: GradingBody) -> Message {
        switch b {
        case .ward: return m("the ward party committee", "Đảng ủy phường")
        case .upper: return m("the upper level (Ban Thường vụ Thành ủy)", "Ban Thường vụ Thành ủy")
        case .cell: return m("the cell", "chi bộ")
        case .self: return m("the subject itself", "tự đánh giá")
        }
    }

    /// The stage as documents name it.
    public static func stageName(_ s: Stage) -> Message {
        switch s {
        case .self: return m("self", "tự đánh giá")
        case .proposed: return m("proposed", "đề xuất")
        case .decided: return m("decided", "quyết định")
        }
    }

    // Who is graded
    public static let exempt = m("exempt from party work and activities", "miễn công tác và sinh hoạt đảng")
    public static let suspended = m("suspended from party activities", "bị đình chỉ sinh hoạt đảng")
    public static func newMember(_ a: Day, _ ref: Day) -> Message {
        m("admitted on \(a), less than 6 months before the reference date \(ref)",
          "kết nạp ngày \(a.vietnamese), chưa đủ 6 tháng tính đến \(ref.vietnamese)")
    }
    public static let newMemberRecorded = m("recorded as admitted less than 6 months ago", "đã ghi nhận kết nạp chưa đủ 6 tháng")
    public static func excludedFact(_ why: Message) -> Message {
        m("neither reviewed nor graded: \(why.en)", "không kiểm điểm, không xếp loại: \(why.vi)")
    }
    public static func handExcluded(_ n: String?) -> Message {
        m("excluded by hand\(n.map { ": \($0)" } ?? "")", "loại trừ thủ công\(n.map { ": \($0)" } ?? "")")
    }
    public static func leaderNew(_ d: Day) -> Message {
        m("in post since \(d), less than 6 months: reviewed but not graded as a leader",
          "giữ chức vụ từ \(d.vietnamese), chưa đủ 6 tháng: kiểm điểm nhưng không xếp loại cán bộ lãnh đạo")
    }
    public static func secretaryNew(_ d: Day) -> Message {
        m("heads a cell body since \(d), less than 6 months: graded as a member only, not on the results of what they head",
          "đứng đầu chi bộ từ \(d.vietnamese), chưa đủ 6 tháng: chỉ xếp loại như đảng viên, không xét theo kết quả nơi mình đứng đầu")
    }
    public static func headPostNew(_ body: String, _ d: Day) -> Message {
        m("heads \(body) since \(d), less than 6 months: not judged on its results (head cap, targets)",
          "đứng đầu \(body) từ \(d.vietnamese), chưa đủ 6 tháng: không xét theo kết quả của \(body) (trần người đứng đầu, chỉ tiêu)")
    }
    public static func afterReference(_ what: Message, _ ref: Day, _ effect: Message) -> Message {
        m("\(what.en), after the reference date \(ref): \(effect.en)", "\(what.vi), sau ngày tham chiếu \(ref.vietnamese): \(effect.vi)")
    }
    public static func admittedOn(_ d: Day) -> Message { m("admitted on \(d)", "kết nạp ngày \(d.vietnamese)") }
    public static let excludedAsNew = m("excluded as new", "loại ra vì mới kết nạp")
    public static func postSince(_ body: String, _ d: Day) -> Message {
        m("post in \(body) held since \(d)", "giữ chức vụ ở \(body) từ ngày \(d.vietnamese)")
    }
    public static let takenAsNewInPost = m("taken as under 6 months", "coi như chưa đủ 6 tháng")
    public static func createdOn(_ d: Day) -> Message { m("created on \(d)", "thành lập ngày \(d.vietnamese)") }
    public static let notGradedAsNew = m("not graded as new", "không xếp loại vì mới thành lập")
    public static func disciplineDated(_ d: DisciplineRecord) -> Message {
        let what = d.form?.rawValue ?? d.kind.rawValue
        return m("\(what) dated \(d.date!)", "\(disciplineVi(d)) ngày \(d.date!.vietnamese)")
    }
    /// "kỷ luật khiển trách", "suy thoái": a record's kind and form in a Vietnamese sentence.
    static func disciplineVi(_ d: DisciplineRecord) -> String {
        ([VietnameseValues.name(d.kind)] + (d.form.map { [VietnameseValues.name($0)] } ?? [])).joined(separator: " ")
    }
    public static func notCountedIn(_ year: Int) -> Message {
        m("not counted in the graded year \(year)", "không tính trong năm đánh giá \(year)")
    }
    public static let fixDateAfterReference = m("if the date is a slip, correct it in its file and load it again; if it is right, check the reference date (set as-of)",
                                                "nếu ghi nhầm ngày, sửa trong tệp rồi nạp lại; nếu đúng, xem lại ngày tham chiếu (set as-of)")
    public static func undatedPosts(_ bodies: [String]) -> Message {
        let list = bodies.joined(separator: ", ")
        return m("no start date for the post in \(list): taken as held 6 months or more",
                 "chưa có ngày bắt đầu giữ chức vụ ở \(list): coi như đã giữ đủ 6 tháng")
    }
    public static let fixUndatedPosts = m("give the post's start date (the positions file's since column) and load positions again",
                                          "ghi ngày bắt đầu giữ chức vụ (cột since của tệp chức vụ) rồi nạp lại tệp chức vụ")
    static func upperTitleKeptByWard(_ role: String, _ body: String) -> Message {
        m("\"\(role)\" in \(body) is a post whose grade the upper level decides (plan V.1), but the positions leave it to the ward (managed_by is not upper)",
          "\"\(role)\" ở \(body) là chức danh do cấp trên quyết định xếp loại (kế hoạch mục V.1), nhưng dữ liệu chức vụ đang ghi đảng ủy phường quyết định (managed_by chưa là upper)")
    }
    static let fixUpperTitle = m("give the post managed_by=upper in the positions file and load it again (load positions FILE --merge)",
                                 "ghi managed_by=upper cho chức vụ này trong tệp chức vụ rồi nạp lại (load positions TỆP --merge)")
    public static func cellLimitsOnLeader(_ leader: String) -> Message {
        m("heads cell bodies only and has a leader grade (\(leader)): the results of what they head limit that grade, not this member grade",
          "chỉ đứng đầu ở chi bộ và có mức xếp loại cán bộ (\(leader)): kết quả nơi mình đứng đầu giới hạn mức đó, không giới hạn mức đảng viên này")
    }
    public static func orgNew(_ d: Day) -> Message {
        m("created, split or merged on \(d), less than 6 months: reviewed but not graded",
          "thành lập, chia tách, hợp nhất ngày \(d.vietnamese), chưa đủ 6 tháng: kiểm điểm nhưng không xếp loại")
    }

    /// A subject as the Vietnamese side of a message names it: its class in words, then its
    /// code ("tổ chức đảng CB10"), never the English key (`organization:CB10`).
    public static func subjectVi(_ s: SubjectRef) -> String {
        "\(VietnameseValues.name(s.cls)) \(s.id)"
    }

    /// A quota group in Vietnamese: `member` → "đảng viên", `member/CB01` → "đảng viên thuộc CB01".
    public static func quotaGroupVi(_ key: String) -> String {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        let word = SubjectClass(rawValue: parts[0]).map(VietnameseValues.name) ?? parts[0]
        guard parts.count == 2 else { return word }
        return parts[1] == "-" ? "\(word) không thuộc đơn vị nào" : "\(word) thuộc \(parts[1])"
    }

    // Ceilings
    /// A discipline that counts in the graded year: by its date, or by `counted_in` (a decision
    /// of another year, counted in this one: said so, since its date is not in this year).
    public static func disciplined(_ r: DisciplineRecord) -> Message {
        let (form, d) = (r.form, r.date)
        let when = r.countedIn.map { (en: "counted in \($0)", vi: "tính vào năm \($0)") } ?? (en: "in the graded year", vi: "trong năm")
        return m("disciplined (\(form?.rawValue ?? "discipline")\(d.map { ", \($0)" } ?? "")) \(when.en): at most KHTNV",
                 "bị kỷ luật (\(form.map(VietnameseValues.name) ?? "kỷ luật")\(d.map { ", \($0.vietnamese)" } ?? "")) \(when.vi): tối đa KHTNV")
    }
    public static func declined(_ kind: String) -> Message {
        kind == "decline"
            ? m("concluded to show decline (suy thoái, tự diễn biến, tự chuyển hóa): KHTNV",
                "có kết luận suy thoái, \"tự diễn biến\", \"tự chuyển hóa\": KHTNV")
            : m("breached what party members must not do: KHTNV", "vi phạm những điều đảng viên không được làm: KHTNV")
    }
    public static func targetsLow(_ s: SubjectRef, _ pct: Percentage) -> Message {
        m("\(s.description) completed \(pct)% of its targets (under 50%): KHTNV",
          "\(subjectVi(s)) hoàn thành \(pct.vietnamese)% chỉ tiêu (dưới 50%): KHTNV")
    }
    public static func targetsNotExcellent(_ s: SubjectRef, _ c: Percentage, _ e: Percentage?) -> Message {
        let ex = e.map { ", \($0)% exceeded" } ?? "", exv = e.map { ", vượt \($0.vietnamese)%" } ?? ""
        return m("\(s.description) completed \(c)% of its targets\(ex); HTXSNV needs 100% with at least 50% exceeded: at most HTTNV",
                 "\(subjectVi(s)) hoàn thành \(c.vietnamese)% chỉ tiêu\(exv); HTXSNV cần 100% và vượt ít nhất 50%: tối đa HTTNV")
    }
    public static let bodyDisciplined = m("the body itself was disciplined in the graded year: KHTNV",
                                          "tập thể bị kỷ luật trong năm: KHTNV")
    public static let civilServantOutside = m("the roster says both civil servant and outside the political system: form 2C is taken",
                                              "danh sách ghi vừa là công chức vừa ngoài hệ thống chính trị: dùng mẫu 2C")
    public static let fixCivilServantOutside = m("correct civil_servant or outside in the roster (load roster FILE --merge)",
                                                 "sửa cột civil_servant hoặc outside trong danh sách đảng viên (load roster TỆP --merge)")
    public static func liaisonUnknown(_ id: String) -> Message {
        m("its liaison \(id) is not on the roster", "đồng chí phụ trách \(id) không có trong danh sách đảng viên")
    }
    public static let fixLiaisonUnknown = m("correct the liaison column of the units file (load units FILE --merge), or load the roster that has them",
                                            "sửa cột phụ trách trong tệp đơn vị (load units TỆP --merge), hoặc nạp danh sách đảng viên có đồng chí này")
    public static func selfLevelUnrecorded(_ venue: String, _ l: Level) -> Message {
        m("the review at \(venue) states \(l.rawValue) as its self level, but no self grade is recorded (a workspace saved by an older kd, or grades replaced since): it counts nowhere",
          "biên bản kiểm điểm tại \(venue) ghi mức tự đánh giá \(l.rawValue) nhưng chưa có xếp loại ở bước tự đánh giá (tệp lưu bằng bản kd cũ, hoặc đã nạp thay xếp loại): mức này chưa được tính")
    }
    public static func fixSelfLevel(_ command: String) -> Message { m("grade \(command)", "grade \(command)") }
    public static func overrideNotDecided(_ s: Stage) -> Message {
        m("the \(s.rawValue) grade carries an override (a hand-edited file): it has no effect, only a decided grade's override holds",
          "mức \(stageName(s).vi) có ghi vượt mức trần (tệp sửa tay): không có hiệu lực, chỉ mức quyết định mới được vượt mức tối đa")
    }
    public static func fixOverrideNotDecided(_ command: String) -> Message {
        m("the competent body's decision: grade \(command) --stage decided --override \"REASON\"",
          "quyết định của cấp có thẩm quyền: grade \(command) --stage decided --override \"LÝ DO\"")
    }
    public static func liaisonNotBTV(_ id: String) -> Message {
        m("its liaison \(id) holds no post on the BTV (the liaison is the BTV member in charge)",
          "đồng chí phụ trách \(id) không giữ chức vụ nào trong Ban Thường vụ (đồng chí phụ trách phải là Ủy viên BTV)")
    }
    public static let fixLiaisonNotBTV = m("name a BTV member in the liaison column (load units FILE --merge), or load their BTV post (load positions)",
                                           "ghi Ủy viên BTV vào cột phụ trách (load units TỆP --merge), hoặc nạp chức vụ BTV của đồng chí này (load positions)")
    public static func staleAutoExclusion(_ d: Day) -> Message {
        m("excluded by exclude --auto, but the roster no longer gives this as of \(d)",
          "đã loại trừ bằng exclude --auto, nhưng theo danh sách đảng viên, tính đến \(d.vietnamese), không còn thuộc trường hợp này")
    }
    public static func handExclusionUnsupported(_ r: Exclusion.Reason, _ d: Day) -> Message {
        m("excluded by hand as \(r.rawValue), but the roster does not give this as of \(d)",
          "đã loại trừ thủ công với lý do \(ReportText.reasonText(r).vi), nhưng theo danh sách đảng viên, tính đến \(d.vietnamese), không thuộc trường hợp này")
    }
    public static let fixHandExclusion = m("correct the roster (status, admitted), or record the exclusion as --reason other with a note",
                                           "sửa danh sách đảng viên (trạng thái, ngày kết nạp), hoặc ghi lại loại trừ với --reason other kèm ghi chú")
    public static let fixStaleAutoExclusion = m("exclude --auto (it brings the member back in)", "exclude --auto (đưa đảng viên trở lại)")
    public static let excellentWithoutScore = m("HTXSNV with no score and no complete criteria sheet: nothing shows the 90 points it needs",
                                                "HTXSNV nhưng chưa có điểm hay phiếu tiêu chí đầy đủ: chưa có căn cứ đạt 90 điểm")
    public static func fixExcellentWithoutScore(_ id: String, _ leader: Bool) -> Message {
        let role = leader ? " --role leader" : ""
        return m("grade \(id) HTXSNV\(role) --score N (or --common and --results), or mark its criteria sheet (assess)",
                 "grade \(id) HTXSNV\(role) --score N (hoặc --common và --results), hoặc chấm phiếu tiêu chí (assess)")
    }
    public static func scoreContradicted(_ s: Stage, _ why: Message) -> Message {
        m("the \(s.rawValue) score cannot rank the quota: \(why.en)", "điểm ở bước \(stageName(s).vi) không dùng để xếp hạng tỷ lệ được: \(why.vi)")
    }
    public static func fixScoreParts(_ id: String, _ leader: Bool) -> Message {
        let role = leader ? " --role leader" : ""
        return m("grade \(id)\(role) again with a score that is common + results (or with the score alone)",
                 "xếp loại lại \(id)\(role) với tổng điểm bằng điểm chung + kết quả (hoặc chỉ ghi tổng điểm)")
    }
    public static func scoreOffScale(_ s: Stage, _ why: Message) -> Message {
        m("the \(s.rawValue) score is not one of QĐ 366's 100 points: \(why.en)", "điểm ở bước \(stageName(s).vi) không theo thang 100 điểm của QĐ 366: \(why.vi)")
    }
    public static func fixScoreOffScale(_ id: String, _ leader: Bool) -> Message {
        let role = leader ? " --role leader" : ""
        return m("grade \(id)\(role) again with a score out of 100 (--score, or --common and --results)",
                 "xếp loại lại \(id)\(role) với điểm thang 100 (--score, hoặc --common và --results)")
    }
    public static func bodyDisciplineWeighed(_ l: Level, _ why: Message) -> Message {
        m("\(l.rawValue), but under QĐ 124 \(why.en) (the qd366 rules set no ceiling for a body's discipline)",
          "\(l.rawValue), nhưng theo QĐ 124 \(why.vi) (quy định qd366 không đặt mức trần khi tập thể bị kỷ luật)")
    }
    public static let fixWeighBody = m("the committee weighs it: grade lower, or keep the level and note why",
                                       "cấp ủy xem xét: xếp loại thấp hơn, hoặc giữ mức và ghi rõ lý do")
    public static func leadershipDisciplined(_ name: String) -> Message {
        m("its leadership, \(name), was disciplined in the graded year: KHTNV",
          "cấp ủy \(name) bị kỷ luật trong năm: KHTNV")
    }
    public static func unitsDisciplined(_ b: Int, _ n: Int) -> Message {
        b * 100 > 20 * n
            ? m("\(b) of \(n) subordinate units disciplined (over 20%): KHTNV", "\(b)/\(n) tổ chức trực thuộc bị kỷ luật (trên 20%): KHTNV")
            : m("\(b) of \(n) subordinate units disciplined: at most HTNV", "\(b)/\(n) tổ chức trực thuộc bị kỷ luật: tối đa HTNV")
    }
    public static func leadersDisciplined(_ ids: [String]) -> Message {
        m("leadership members disciplined (\(ids.joined(separator: ", "))): at most HTNV",
          "thành viên lãnh đạo bị kỷ luật (\(ids.joined(separator: ", "))): tối đa HTNV")
    }
    public static func headCap(_ name: String, _ l: Level) -> Message {
        m("head of \(name), graded \(l.rawValue): not above it", "người đứng đầu \(name), xếp loại \(l.rawValue): không cao hơn")
    }
    public static func quotaLowered(_ g: String, _ allowed: Int, _ e: Int) -> Message {
        m("quota group \(g): \(allowed) of \(e) HTXSNV may stay; ranked below the cut",
          "nhóm tỷ lệ \(quotaGroupVi(g)): chỉ \(allowed)/\(e) HTXSNV được giữ; xếp dưới ngưỡng")
    }
    public static func quotaLoweredRaised(_ g: String, _ allowed: Int, _ e: Int, _ rate: Int) -> Message {
        m("quota group \(g): \(allowed) of \(e) HTXSNV may stay at the raised \(rate)% (R366-QUOTA); ranked below the cut",
          "nhóm tỷ lệ \(quotaGroupVi(g)): chỉ \(allowed)/\(e) HTXSNV được giữ theo tỷ lệ nâng \(rate)% (R366-QUOTA); xếp dưới ngưỡng")
    }

    // Findings
    public static func gradedAnyway(_ why: Message) -> Message {
        m("has a grade; \(why.en)", "có xếp loại; \(why.vi)")
    }
    public static func reviewedAnyway(_ why: Message) -> Message {
        m("has a review; \(why.en)", "có kiểm điểm; \(why.vi)")
    }
    public static let fixRemoveGrade = m("remove the grade (undo it), or correct the facts", "xóa xếp loại (undo), hoặc sửa dữ liệu")
    public static let fixRemoveReview = m("remove the review, or correct the facts", "xóa kiểm điểm, hoặc sửa dữ liệu")
    public static func noAuthority(_ by: GradingBody, _ c: GradingBody) -> Message {
        m("decided by \(body(by).en), but \(body(c).en) decides this grade",
          "\(body(by).vi) quyết định, nhưng thẩm quyền là \(body(c).vi)")
    }
    public static func fixAuthority(_ c: GradingBody) -> Message {
        m("record it as proposed, or as decided --by \(c.rawValue)", "ghi là đề xuất (proposed), hoặc quyết định --by \(c.rawValue)")
    }
    public static func decidedBeforeReview(_ venues: [String]) -> Message {
        m("decided before its review at \(venues.joined(separator: ", "))",
          "quyết định xếp loại trước khi kiểm điểm tại \(venues.joined(separator: ", "))")
    }
    public static let fixReviewFirst = m("record the review first (review … --at …)", "ghi kiểm điểm trước (review … --at …)")
    public static func overridden(_ c: Ceiling, _ why: String) -> Message {
        m("above \(c.rule) (\(c.level.rawValue)) by decision: \(why)", "vượt \(c.rule) (\(c.level.rawValue)) theo quyết định: \(why)")
    }
    public static let fixNone = m("none: kept as decided", "không cần, giữ theo quyết định")
    public static func upperAbove(_ l: Level, _ c: Ceiling) -> Message {
        m("decided \(l.rawValue) by the upper level, above \(c.level.rawValue) (\(c.reason.en)): kd keeps the upper level's decision",
          "cấp trên quyết định \(l.rawValue), cao hơn \(c.level.rawValue) (\(c.reason.vi)): kd giữ quyết định của cấp trên")
    }
    public static let fixUpper = m("none in the ward: raise it with the upper level, which decides",
                                   "không sửa tại phường: kiến nghị cấp trên, nơi quyết định")
    public static func countedLater(_ d: DisciplineRecord, _ year: Int) -> Message {
        let what = [d.form?.rawValue ?? d.kind.rawValue, d.date?.description].compactMap { $0 }.joined(separator: ", ")
        let whatVi = [disciplineVi(d), d.date?.vietnamese].compactMap { $0 }.joined(separator: " ")
        return m("\(what) is counted in \(d.countedIn!), after the graded year \(year): it does not count in this round",
                 "\(whatVi) ghi đã tính năm \(d.countedIn!), sau năm đánh giá \(year): không tính trong đợt này")
    }
    public static let fixCountedLater = m("if the year is a slip, correct counted_in (or leave it out: the record then counts in its own year)",
                                          "nếu ghi nhầm năm, sửa counted_in (hoặc bỏ trống: bản ghi tính vào năm của nó)")
    public static func aboveCeiling(_ l: Level, _ c: Ceiling) -> Message {
        m("\(l.rawValue) is above \(c.level.rawValue): \(c.reason.en)", "\(l.rawValue) cao hơn \(c.level.rawValue): \(c.reason.vi)")
    }
    public static let fixCap = m("run cap", "chạy cap")
    public static func staleLowering(_ a: Adjustment, _ now: Level) -> Message {
        m("cap lowered it \(a.from.rawValue) → \(a.to.rawValue) under \(a.rule), which no longer asks for it: cap now gives \(now.rawValue)",
          "cap đã hạ \(a.from.rawValue) → \(a.to.rawValue) theo \(a.rule), nay quy định đó không còn đòi hạ: chạy lại cap sẽ cho \(now.rawValue)")
    }
    public static func aboveBasis(_ l: Level, _ b: Level, _ s: Stage) -> Message {
        m("party grade \(l.rawValue) is above the workplace grade \(b.rawValue) (\(stageName(s).en))",
          "xếp loại đảng viên \(l.rawValue) cao hơn xếp loại nơi công tác \(b.rawValue) (\(stageName(s).vi))")
    }
    static func aboveLeaderGrade(_ l: Level, _ b: Level) -> Message {
        m("party grade \(l.rawValue) is above their own leader grade \(b.rawValue), the cadre's grade it rests on",
          "xếp loại đảng viên \(l.rawValue) cao hơn xếp loại cán bộ lãnh đạo \(b.rawValue) của chính đồng chí này (mức làm cơ sở xếp loại đảng viên)")
    }
    static func leaderBasis(_ b: Level) -> Message {
        m("their leader grade \(b.rawValue) (final now) is the basis of the party grade",
          "xếp loại cán bộ lãnh đạo \(b.rawValue) (kết quả hiện ghi) là cơ sở xếp loại đảng viên")
    }
    static func fixLeaderBasis(_ b: Level) -> Message {
        m("grade on that basis (\(b.rawValue)) or record why not", "xếp loại theo cơ sở đó (\(b.rawValue)) hoặc ghi rõ lý do không theo")
    }
    public static func fixBasis(_ b: Level) -> Message {
        m("grade on the workplace basis (\(b.rawValue)) or record why not", "xếp loại theo cơ sở nơi công tác (\(b.rawValue)) hoặc ghi rõ lý do không theo")
    }
    public static func bodyUngraded(_ b: String) -> Message {
        m("heads \(b), which has no grade yet", "đứng đầu \(b), chưa được xếp loại")
    }
    public static func headNoLeaderGrade(_ c: Ceiling) -> Message {
        m("\(c.reason.en), but has no leader grade yet: the head cap waits for it (the member grade is a party member's and is not capped)",
          "\(c.reason.vi), nhưng chưa có mức xếp loại cán bộ: trần người đứng đầu sẽ áp khi có (mức đảng viên không bị giới hạn)")
    }
    public static func fixGradeLeader(_ id: String) -> Message {
        m("grade \(id) --role leader", "xếp loại \(id) --role leader")
    }
    public static func fixGradeBody(_ b: String) -> Message { m("grade \(b) first", "xếp loại \(b) trước") }
    public static func quotaTie(_ g: String, _ n: Int, _ slots: Int) -> Message {
        m("group \(g): tie across the quota cut: \(slots) of these \(n) equally ranked may stay HTXSNV",
          "nhóm \(quotaGroupVi(g)): đồng hạng tại ngưỡng tỷ lệ: chỉ \(slots) trong \(n) trường hợp đồng hạng được giữ HTXSNV")
    }
    public static let fixTie = m("the committee decides: record scores or votes that separate them, or grade the ones to lower HTTNV",
                                 "cấp ủy quyết định: ghi điểm hoặc số phiếu để phân biệt, hoặc xếp HTTNV cho người phải hạ")
    public static func notReviewed(_ v: String) -> Message { m("not reviewed at \(v) yet", "chưa kiểm điểm tại \(v)") }
    public static func fixReview(_ s: String, _ v: String) -> Message { m("review \(s) --at \(v)", "review \(s) --at \(v)") }
    /// With the other venues that also do (a member's party group).
    public static func fixReview(_ s: String, _ o: OwedReview) -> Message {
        let alts = o.alternatives.map { " --at \($0)" }
        guard !alts.isEmpty else { return fixReview(s, o.venue) }
        return m("review \(s) --at \(o.venue) (or\(alts.joined(separator: " or")))", "review \(s) --at \(o.venue) (hoặc\(alts.joined(separator: " hoặc")))")
    }
    public static func wrongVenue(_ v: String, _ ok: [String]) -> Message {
        m("\(v) is not one of this subject's venues (reviewed at: \(ok.joined(separator: ", ")))",
          "\(v) không phải nơi kiểm điểm của đối tượng này (nơi kiểm điểm: \(ok.joined(separator: ", ")))")
    }
    public static func fixVenue(_ ok: [String]) -> Message {
        m("use --at \(ok.joined(separator: " or "))", "dùng --at \(ok.joined(separator: " hoặc "))")
    }
    public static func wrongForm(_ f: String, _ e: String) -> Message {
        m("form \(f) does not fit this subject; it uses form \(e)", "mẫu \(f) không đúng đối tượng; phải dùng mẫu \(e)")
    }
    public static func fixForm(_ e: String) -> Message { m("use --form \(e)", "dùng --form \(e)") }
    public static func fixFormCell(_ e: String) -> Message {
        m("write \(e) in the form column, or leave it empty", "ghi \(e) vào cột mẫu, hoặc để trống")
    }
    public static func fixVenueCell(_ ok: [String]) -> Message {
        m("write \(ok.joined(separator: " or ")) in the venue column", "ghi \(ok.joined(separator: " hoặc ")) vào cột nơi kiểm điểm")
    }
    /// A recorded review's wrong form, as `check` lists it: a person reviewed at several
    /// venues has a finding per review, each naming its venue.
    public static func wrongFormAt(_ f: String, _ e: String, _ venue: String) -> Message {
        m("the review at \(venue) used form \(f), which does not fit this subject; it uses form \(e)",
          "buổi kiểm điểm tại \(venue) dùng mẫu \(f), không đúng đối tượng; phải dùng mẫu \(e)")
    }
    public static func fixFormAt(_ e: String, _ venue: String) -> Message {
        m("record the review at \(venue) with --form \(e)", "ghi lại buổi kiểm điểm tại \(venue) với --form \(e)")
    }
    public static func sessionsTooFew(_ s: Int, _ min: Int) -> Message {
        m("\(s) sessions: a leadership review takes at least \(min)", "\(s) buổi: kiểm điểm lãnh đạo tối thiểu \(min) buổi")
    }
    /// A recorded review of an earlier year (`reviewDateProblem`), which does not count.
    public static func staleReview(_ venue: String, _ why: Message) -> Message {
        m("the review at \(venue) does not count: \(why.en)", "buổi kiểm điểm tại \(venue) không được tính: \(why.vi)")
    }
    public static func lateReview(_ venue: String, _ d: Day, _ deadline: Day) -> Message {
        m("reviewed at \(venue) on \(d), late: reviews finish before \(deadline); it counts",
          "kiểm điểm tại \(venue) ngày \(d), chậm: phải hoàn thành trước ngày \(deadline); vẫn được tính")
    }
    public static let fixLateReview = m("none if the date is right (the committee notes the delay); else correct the review's date",
                                        "không cần nếu ngày đúng (cấp ủy ghi nhận việc chậm); nếu sai, sửa ngày kiểm điểm")
    /// A review recorded with no session at all, whatever the subject.
    public static func noSession(_ s: Int) -> Message {
        m("\(s) sessions: a review takes at least 1", "\(s) buổi: kiểm điểm tối thiểu 1 buổi")
    }
    public static func noSessionCounts(_ s: Int) -> Message {
        let n = noSession(s)
        return m("\(n.en), so it does not count", "\(n.vi), nên không được tính")
    }
    public static func fixNoSession(_ venue: String) -> Message {
        m("record the sessions held at \(venue) (--sessions 1 or more)", "ghi số buổi đã họp tại \(venue) (--sessions từ 1 trở lên)")
    }
    public static func sessionsSuggested(_ s: Int?) -> Message {
        m("the BTV issued review suggestions, so the review takes more than 1 session (\(s.map(String.init) ?? "none") recorded)",
          "có gợi ý kiểm điểm của BTV nên phải trên 01 buổi (ghi nhận: \(s.map(String.init) ?? "chưa có"))")
    }
    public static let fixSessions = m("hold and record a further session (--sessions 2)", "tổ chức thêm buổi và ghi --sessions 2")
    public static let noFeedback = m("the draft report was not recorded as sent for comments before the review",
                                     "chưa ghi nhận gửi dự thảo báo cáo lấy ý kiến góp ý trước khi kiểm điểm")
    public static let fixFeedback = m("send the draft for comments and record the review with --feedback",
                                      "gửi dự thảo lấy ý kiến và ghi kiểm điểm với --feedback")
    /// `d`: the review day, nil for reviews recorded without a date.
    public static func liaisonAbsent(_ l: String, _ d: Day?) -> Message {
        m("the BTV member in charge (\(l)) is not recorded at \(d.map { "the review of \($0)" } ?? "its review (no date recorded)")",
          "đồng chí Ủy viên BTV phụ trách (\(l)) không có mặt tại buổi kiểm điểm \(d.map { "ngày \($0.vietnamese)" } ?? "(chưa ghi ngày)")")
    }
    /// `command`: a `review` that records the liaison at that day's review, with those there.
    public static func fixAttend(_ command: String) -> Message {
        m("record the attendance (\(command)) or hold the review again with them",
          "ghi người dự (\(command)) hoặc kiểm điểm lại có mặt đồng chí phụ trách")
    }

    // why
    public static func holds(_ p: Position) -> Message {
        let h = p.head ? " (head)" : "", hv = p.head ? " (người đứng đầu)" : ""
        return m("holds \(p.role) in \(p.body)\(h)\(p.since.map { " since \($0)" } ?? ""), decided by \(p.managedBy.rawValue)",
                 "giữ \(p.role) tại \(p.body)\(hv)\(p.since.map { " từ \($0.vietnamese)" } ?? ""), \(p.managedBy == .upper ? "cấp trên quyết định" : "đảng ủy phường quyết định")")
    }
    public static func record(_ d: DisciplineRecord, counts: Bool, year: Int) -> Message {
        let what = [d.kind.rawValue, d.form?.rawValue, d.date?.description].compactMap { $0 }.joined(separator: " ")
        let whatVi = [VietnameseValues.name(d.kind), d.form.map(VietnameseValues.name), d.date?.vietnamese]
            .compactMap { $0 }.joined(separator: " ")
        let sd = d.selfDiscovered ? ", self-discovered and remedied" : "", sdv = d.selfDiscovered ? ", tự phát hiện và khắc phục" : ""
        // Self-discovered and remedied, a discipline sets no ceiling under either rulebook.
        let free = counts && d.selfDiscovered && d.kind == .discipline
        let c = counts ? "counts in \(year)\(free ? ", with no ceiling" : "")" : "does not count in \(year)\(d.countedIn.map { " (counted in \($0))" } ?? "")"
        let cv = counts ? "tính trong năm \(year)\(free ? ", không hạ mức" : "")" : "không tính trong năm \(year)\(d.countedIn.map { " (đã tính năm \($0))" } ?? "")"
        return m("\(what)\(sd): \(c)", "\(whatVi)\(sdv): \(cv)")
    }
    public static func targetFact(_ t: TargetRecord) -> Message {
        let e = t.exceededPct.map { ", \($0)% exceeded" } ?? "", ev = t.exceededPct.map { ", vượt \($0.vietnamese)%" } ?? ""
        return m("targets: \(t.completedPct)% completed\(e)", "chỉ tiêu: hoàn thành \(t.completedPct.vietnamese)%\(ev)")
    }
    public static let noBasis = m("civil servant with no workplace grade recorded: the party grade has no basis to compare with",
                                  "công chức chưa có kết quả xếp loại nơi công tác: chưa có cơ sở để đối chiếu mức xếp loại đảng viên")
    public static func basis(_ b: Level, _ s: Stage) -> Message {
        m("workplace grade \(b.rawValue) (\(stageName(s).en)) is the basis of the party grade",
          "xếp loại nơi công tác \(b.rawValue) (\(stageName(s).vi)) là cơ sở xếp loại đảng viên")
    }
    public static func reviewed(_ v: String, _ r: Review) -> Message {
        let d = r.date.map { " on \($0)" } ?? "", dv = r.date.map { " ngày \($0.vietnamese)" } ?? ""
        let f = r.form.map { ", form \($0)" } ?? "", fv = r.form.map { ", mẫu \($0)" } ?? ""
        return m("reviewed at \(v)\(d)\(f)", "đã kiểm điểm tại \(v)\(dv)\(fv)")
    }
    public static func stage(_ s: Stage, _ g: GradeRecord) -> Message {
        var extra: [String] = [], extraVi: [String] = []
        if let b = g.by { extra.append("by \(b.rawValue)"); extraVi.append(VietnameseValues.name(b)) }
        if let sc = g.total { extra.append("score \(sc)"); extraVi.append("\(sc.vietnamese) điểm") }
        if let c = g.common, let r = g.results {
            extra.append("common \(c) + results \(r)")
            extraVi.append("tiêu chí chung \(c.vietnamese) + kết quả \(r.vietnamese)")
        }
        if let v = g.votes { extra.append("votes \(v)"); extraVi.append("\(v) phiếu") }
        if let o = g.override {
            // Only a decided grade's override holds (a hand-edited file may hold another).
            let void = s == .decided ? ("", "") : (", no effect", ", không có hiệu lực")
            extra.append("override: \(o)\(void.0)")
            extraVi.append("vượt mức trần: \(o)\(void.1)")
        }
        let x = extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))"
        let xv = extraVi.isEmpty ? "" : " (\(extraVi.joined(separator: ", ")))"
        return m("\(s.rawValue): \(g.level.rawValue)\(x)", "\(stageName(s).vi): \(g.level.rawValue)\(xv)")
    }
    public static let leaderGradeWithoutPost = m("final: none (they hold no post now: this leader grade is kept but counts nowhere)",
                                                 "kết quả: không có (hiện không giữ chức vụ nào: mức xếp loại cán bộ này được giữ nhưng không được tính)")
    public static let noPostNoLeaderGrade = m("final: none (they hold no post, so they are graded as a member only)",
                                              "kết quả: không có (không giữ chức vụ nào, chỉ xếp loại là đảng viên)")
    public static let noFinal = m("final: none (not graded)", "kết quả: không xếp loại")
    public static func effective(_ l: Level, _ s: Stage) -> Message {
        m("effective: \(l.rawValue) (\(s.rawValue))", "mức hiện hành: \(l.rawValue) (\(stageName(s).vi))")
    }
    public static func ceiling(_ c: Ceiling) -> Message {
        m("ceiling \(c.level.rawValue): \(c.reason.en)", "mức trần \(c.level.rawValue): \(c.reason.vi)")
    }
    public static func step(_ s: CapStep) -> Message {
        m("\(s.from.rawValue) → \(s.to.rawValue): \(s.reason.en)", "\(s.from.rawValue) → \(s.to.rawValue): \(s.reason.vi)")
    }
    public static let quotaUpper = m("decided by the upper level: counted in its quota, not in the ward's groups",
                                     "do cấp trên quyết định: tính vào tỷ lệ của cấp trên, không tính trong nhóm của phường")
    public static let quotaKeptState = m("kept", "được giữ")
    public static let quotaLoweredState = m("lowered to HTTNV", "hạ xuống HTTNV")
    public static func quotaTiedState(_ slots: Int, _ n: Int) -> Message {
        m("tied at the cut, not decided by kd (\(slots) of \(n) may stay): the committee decides",
          "đồng hạng tại ngưỡng, kd không tự quyết (\(slots)/\(n) được giữ): cấp ủy quyết định")
    }
    /// `by`: the score and votes the subject ranks by (absent: none recorded).
    public static func quotaPlace(_ g: QuotaGroup, _ places: ClosedRange<Int>?, _ state: Message?, by: (score: Points?, votes: Int?),
                                  sheet: Bool = false, quota: Int, base: Settings.QuotaBase) -> Message {
        let head = "group \(g.key): \(g.excellent) HTXSNV, \(g.good) HTTNV, \(quota)% of \(base.rawValue) → at most \(g.allowed) HTXSNV"
        let baseVi = base == .good ? "số HTTNV" : "số HTTNV và HTXSNV"
        let headv = "nhóm \(quotaGroupVi(g.key)): \(g.excellent) HTXSNV, \(g.good) HTTNV, \(quota)% trên \(baseVi) → tối đa \(g.allowed) HTXSNV"
        guard let r = places, let s = state else { return m(head, headv) }
        let p = r.count == 1 ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)"
        let score = by.score.map { sheet ? "criteria sheet \($0)" : "score \($0)" } ?? "no score"
        let scoreVi = by.score.map { sheet ? "phiếu tiêu chí \($0.vietnamese) điểm" : "\($0.vietnamese) điểm" } ?? "không có điểm"
        let votes = by.votes.map { "votes \($0)" } ?? "no votes", votesVi = by.votes.map { "\($0) phiếu" } ?? "không có số phiếu"
        return m("\(head); ranked \(p) of \(g.excellent) (\(score), \(votes)): \(s.en)",
                 "\(headv); xếp thứ \(p)/\(g.excellent) (\(scoreVi), \(votesVi)): \(s.vi)")
    }
    public static let selfRankIgnored = m("the self grade's score and votes do not rank once the grade is proposed or decided",
                                          "điểm và số phiếu của bản tự đánh giá không dùng để xếp thứ khi đã có đề xuất hoặc quyết định")
    public static func final(_ l: Level) -> Message { m("final: \(l.rawValue)", "kết quả: \(l.rawValue)") }
    public static func checkWarns(_ problem: Message) -> Message {
        m("check warns: \(problem.en)", "check cảnh báo: \(problem.vi)")
    }
    public static func causeNotRecorded(_ recorded: String, _ now: String) -> Message {
        m("cap recorded this level under \(recorded); it would now record it under \(now) (run cap)",
          "cap đã ghi mức này theo \(recorded); nay sẽ ghi theo \(now) (hãy chạy cap)")
    }
    public static func afterCap(_ l: Level) -> Message { m("after cap: \(l.rawValue)", "sau cap: \(l.rawValue)") }
    public static func notCappedYet(_ l: Level?, _ capped: Level) -> Message {
        m("final now: \(l?.rawValue ?? "-"), as reports and expect show it (run cap to record \(capped.rawValue))",
          "kết quả hiện ghi: \(l?.rawValue ?? "-"), như báo cáo và expect thấy (chạy cap để ghi \(capped.rawValue))")
    }
}
