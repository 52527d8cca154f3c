/// The demo ward's CSV texts (filled in by the demo commit).
enum DemoData {
    static let units = "code,name,kind\n"
    static let collectives = "code,name,class\n"
    static let roster = "id,name,unit\n"
    static let positions = "member,body,role\n"
    static let discipline = "member,date\n"
    static let targets = "subject,completed_pct\n"
}
