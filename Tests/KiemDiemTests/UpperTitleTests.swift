import Testing
@testable import KiemDiem

/// Plan V.1's four posts whose grade the upper level decides, told from a post's title as wards
/// write it (R-AUTHORITY's warning when the positions leave one to the ward).
struct UpperTitleTests {
    @Test(arguments: [
        ("Bí thư Đảng ủy", nil), ("Bí thư Đảng ủy phường", nil), ("Bí thư ĐU", nil), ("Bí thư Đảng bộ phường", nil),
        ("BÍ THƯ ĐẢNG ỦY", nil), ("Bi thu Dang uy", nil), ("Bí thư", Collective.Class.partyExecutive), ("Bí thư", .partyStanding),
        ("Phó Bí thư Thường trực Đảng ủy", nil), ("Phó Bí thư TT", nil), ("Phó Bí thư thường trực", .partyStanding),
        ("Chủ tịch UBND phường", nil), ("Chủ tịch Ủy ban nhân dân phường", nil), ("Chủ tịch", .peopleCommittee),
        ("Chủ tịch HĐND phường", nil), ("Chủ tịch Hội đồng nhân dân phường", nil), ("Chủ tịch", .councilStanding),
        ("Phó Bí thư, Chủ tịch UBND phường", nil), ("Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND phường", nil),
        ("Ủy viên BTV; Chủ tịch UBND", nil),
    ] as [(String, Collective.Class?)])
    func upper(_ role: String, _ body: Collective.Class?) {
        #expect(WardFacts.isUpperTitle(role, body: body), "\(role)")
    }

    @Test(arguments: [
        ("Phó Bí thư Đảng ủy", nil), ("Phó Bí thư", Collective.Class.partyStanding), ("Bí thư chi bộ", nil), ("Bí thư Chi bộ Tổ dân phố 1", nil),
        ("Bí thư Đảng ủy bộ phận Khu phố 2", nil), ("Bí thư", .cellCommittee), ("Bí thư", nil), ("Bí thư Đoàn phường", nil),
        ("Phó Chủ tịch UBND phường", nil), ("Phó Chủ tịch Hội đồng nhân dân", nil), ("Chủ tịch Ủy ban MTTQ phường", nil),
        ("Chủ tịch Ủy ban Mặt trận Tổ quốc", nil), ("Chủ tịch Hội Nông dân", nil), ("Chủ tịch Hội Cựu chiến binh", nil),
        ("Chủ tịch", .frontStanding), ("Chủ tịch", .massOrgStanding), ("Ủy viên", .partyExecutive), ("Trưởng Ban Pháp chế HĐND", nil),
    ] as [(String, Collective.Class?)])
    func notUpper(_ role: String, _ body: Collective.Class?) {
        #expect(!WardFacts.isUpperTitle(role, body: body), "\(role)")
    }
}
