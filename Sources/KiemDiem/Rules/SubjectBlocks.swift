extension WardFacts {
    /// Every subject that is not graded, by subject key, with why (`subjectBlock`): what reports
    /// count. One pass over every subject in no particular order (`allSubjects` would wait for
    /// the roster's name order), on two cores for a big round (`TwoCores`; `split` for tests).
    public func subjectBlocks(split: Int? = nil) -> [String: SubjectBlock] {
        let refs = SubjectClass.allCases.flatMap { Subjects.all(ws, $0, sorted: false) }
        func run(_ range: Range<Int>) -> [(String, SubjectBlock)] {
            var out: [(String, SubjectBlock)] = []
            for n in range {
                if Interrupt.stops(at: n) { break }
                let ref = refs[n]
                if let b = subjectBlock(ref) { out.append((ref.key, b)) }
            }
            return out
        }
        guard let cut = TwoCores.cut(refs.count, forced: split) else {
            return Dictionary(uniqueKeysWithValues: run(refs.indices))
        }
        let (first, second) = onTwoCores(refs.count, cut: cut, run)
        var blocks = Dictionary(uniqueKeysWithValues: first)
        blocks.reserveCapacity(first.count + second.count)
        for (k, b) in second { blocks[k] = b }
        return blocks
    }
}
