/// Percentages for synthesis tables, in integers (tenths of a percent) so they add up exactly.
public enum Percent {
    /// Each count's share of the counts' total in tenths of a percent, rounded by the largest
    /// remainder method (Hamilton): every share is first rounded down, then the tenths still
    /// missing from 100.0% go one each to the largest remainders; equal remainders go to the
    /// earlier item (the higher level). The shares add up to 1000 whenever the total is positive.
    public static func shares(_ counts: [Int]) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var shares = counts.map { $0 * 1000 / total }
        let remainders = counts.map { $0 * 1000 % total }
        let missing = 1000 - shares.reduce(0, +)
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for i in order.prefix(missing) { shares[i] += 1 }
        return shares
    }

    /// `152` → `15.2` (or `15,2` with a comma, as Vietnamese documents write it).
    public static func format(_ tenths: Int, comma: Bool = false) -> String {
        let sign = tenths < 0 ? "-" : ""
        let t = abs(tenths)
        return "\(sign)\(t / 10)\(comma ? "," : ".")\(t % 10)"
    }

    public static let roundingNote = Message(
        en: "Percentages are of the subjects graded, to 0.1%, rounded by the largest remainder method so that each row adds up to 100%.",
        vi: "Tỷ lệ % tính trên số được xếp loại, làm tròn đến 0,1% theo phương pháp phần dư lớn nhất để tổng mỗi dòng bằng 100%.")
}
