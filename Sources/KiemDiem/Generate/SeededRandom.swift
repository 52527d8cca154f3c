/// SplitMix64: a small seeded generator so that `generate ward --seed S` is the same everywhere
/// (the system generator is neither seedable nor stable across platforms).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// 0..<n without the bias-free loop of the standard library: bias is irrelevant here.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func chance(_ permille: Int) -> Bool { below(1000) < permille }
    public mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
