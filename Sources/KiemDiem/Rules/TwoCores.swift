import Foundation
import Synchronization

/// Passes over every subject of a big round, split in two halves that run on two cores. Each
/// subject costs a few table lookups, each a cache miss on a national roster, and no subject's
/// answer depends on another's; the halves' results are joined in order, so the output is the
/// same wherever the cut falls (tests force cuts on small wards).
enum TwoCores {
    /// From this many items a pass is split: below it, starting the second thread costs more
    /// than it saves.
    static let from = 50_000

    /// Where to cut `n` items: `forced` (tests; clamped to 0...n), else the middle from `from`
    /// items, else nil: one core.
    static func cut(_ n: Int, forced: Int? = nil) -> Int? {
        if let forced { return max(0, min(forced, n)) }
        return n >= from ? n / 2 : nil
    }

    /// `body(0..<cut)` and `body(cut..<n)` on two cores, their results in that order.
    static func halves<T>(_ n: Int, cut: Int, _ body: (Range<Int>) -> T) -> (T, T) {
        var out: [T?] = [nil, nil]
        out.withUnsafeMutableBufferPointer { out in
            DispatchQueue.concurrentPerform(iterations: 2) { h in
                out[h] = body(h == 0 ? 0..<cut : cut..<n)
            }
        }
        return (out[0]!, out[1]!)
    }
}

/// Raised by one half of a two-core pass when it fails, so that the other stops early.
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    func raise() { raised.store(true, ordering: .relaxed) }
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
