/// The criteria sheets a rulebook rates subjects on unless the province loads its own list
/// (`load criteria FILE`, which replaces the defaults class by class).
///
/// What is the plan's and what is a placeholder:
/// - The plan's (KH 79 IV): which forms rate which class — party organisations 3, 4, 5, 6;
///   members 7; leadership collectives 8, 9; leader individuals 10, 11, 12 — the four ratings,
///   and that task results are a criterion of their own, quantified by concrete products.
/// - The collectives' criteria (8, 9) are the plan's own review contents for collectives
///   (II.3), and the members' and leaders' follow the plan's 2.3.1 / 2.3.2 headings.
/// - PLACEHOLDER: the wording of the other criteria, and which of 3–6, 8–9 and 10–12 a subject
///   gets (the plan does not say; HD25's appendix does, per province): committee 3, cells 4;
///   party collectives 8, government, front and mass-organisation collectives 9; leaders 10 for
///   a party post, else 11 for HĐND/UBND, else 12. Forms 5 and 6 have no default sheet.
///   A province replaces these with its official list through `load criteria`.
public enum PlanCriteria {
    static func sheet(_ cls: SubjectClass, _ form: String, _ items: [(String, Criterion.Part)]) -> [Criterion] {
        items.enumerated().map { i, it in Criterion(cls, form: form, id: "\(form).\(i + 1)", text: it.0, part: it.1) }
    }

    static let organization: [(String, Criterion.Part)] = [
        ("Công tác chính trị, tư tưởng", .common),
        ("Công tác tổ chức, cán bộ, đảng viên và xây dựng tổ chức đảng", .common),
        ("Công tác kiểm tra, giám sát và kỷ luật đảng", .common),
        ("Công tác dân vận; lãnh đạo Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", .common),
        ("Kết quả lãnh đạo thực hiện nhiệm vụ chính trị trong năm (lượng hóa bằng sản phẩm cụ thể)", .results),
    ]

    /// Plan II.3, the collective's contents, as criteria.
    static let collective: [(String, Criterion.Part)] = [
        ("Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc", .common),
        ("Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình", .common),
        ("Công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí; công tác kiểm tra, giám sát, kỷ luật đảng và giải quyết khiếu nại, tố cáo", .common),
        ("Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm (lượng hóa bằng sản phẩm cụ thể)", .results),
    ]

    static let member: [(String, Criterion.Part)] = [
        ("Phẩm chất chính trị, tư tưởng", .common),
        ("Đạo đức, lối sống; việc thực hiện những điều đảng viên không được làm", .common),
        ("Ý thức tổ chức kỷ luật; tinh thần đoàn kết, thống nhất trong nội bộ; trách nhiệm nêu gương", .common),
        ("Tác phong, lề lối làm việc; việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm", .common),
        ("Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao trong năm (lượng hóa bằng sản phẩm cụ thể)", .results),
    ]

    static let leader: [(String, Criterion.Part)] = member.dropLast() + [
        ("Năng lực lãnh đạo, quản lý; tinh thần đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; khả năng quy tụ, xây dựng đoàn kết nội bộ", .common),
        ("Trách nhiệm nêu gương của bản thân và gia đình; đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên", .common),
        ("Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành; mức độ hoàn thành nhiệm vụ của tổ chức, cơ quan, đơn vị thuộc quyền quản lý (lượng hóa bằng sản phẩm cụ thể)", .results),
    ]

    /// Every default sheet of a round that rates criteria (QĐ124).
    public static let qd124: [Criterion] =
        sheet(.organization, "3", organization) + sheet(.organization, "4", organization)
        + sheet(.member, "7", member)
        + sheet(.collective, "8", collective) + sheet(.collective, "9", collective)
        + sheet(.leader, "10", leader) + sheet(.leader, "11", leader) + sheet(.leader, "12", leader)

    /// The placeholder choice among a class's forms (see above).
    public static func form(_ f: WardFacts, _ ref: SubjectRef) -> String {
        let ws = f.ws
        switch ref.cls {
        case .member: return "7"
        case .organization: return ws.units[ref.id]?.kind == .committee ? "3" : "4"
        case .collective:
            switch ws.collectives[ref.id]?.cls {
            case .partyExecutive?, .partyStanding?, .cellCommittee?: return "8"
            default: return "9"
            }
        case .leader:
            var best = "12"
            for p in f.positionsByMember[ref.id] ?? [] {
                if ws.units.keys.contains(p.body) { return "10" }
                switch ws.collectives[p.body]?.cls {
                case .partyExecutive?, .partyStanding?, .cellCommittee?: return "10"
                case .councilStanding?, .peopleCommittee?: best = "11"
                default: break
                }
            }
            return best
        }
    }
}

extension Rulebook {
    public func reviewContents(_ kind: ReviewFormKind) -> [FormSection] { PlanContents.sections(kind) }
    public var criteriaScale: CriteriaScale { .ratings }
    public var criteriaRule: String { "R124-CRITERIA" }
    public func defaultCriteria(_ settings: Settings) -> [Criterion] { PlanCriteria.qd124 }
    public func criteriaForm(_ facts: WardFacts, _ ref: SubjectRef) -> String { PlanCriteria.form(facts, ref) }
    public func criteriaLevel(_ sheet: [Criterion], _ marks: [String: Mark]) -> CriteriaVerdict {
        CriteriaLevels.qd124(sheet, marks)
    }
    public func criteriaListProblem(_ list: [Criterion]) -> CriteriaListProblem? { nil }
}
