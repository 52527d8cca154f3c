import KiemDiem

/// "Did you mean …" suggestions by edit distance.
public enum Suggest {
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The nearest candidates within a distance that makes sense for the word's length.
    public static func nearest(_ word: String, _ candidates: [String]) -> [String] {
        // Nothing is that long: skip the quadratic distance on a pasted megabyte.
        if word.utf8.count > 64 { return [] }
        let w = Vietnamese.fold(word)
        let limit = max(2, w.count / 3)
        let scored = candidates.map { ($0, distance(w, Vietnamese.fold($0))) }
            .filter { $0.1 <= limit || Vietnamese.fold($0.0).hasPrefix(w) && !w.isEmpty }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == best }.map(\.0).sorted()
    }

    public static func hint(_ word: String, _ candidates: [String]) -> [Message] {
        let n = nearest(word, candidates)
        return n.isEmpty ? [] : [ShellText.didYouMean(n)]
    }
}
