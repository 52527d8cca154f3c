extension WardFacts {
    /// Every subject that is not graded, by subject key, with why (`subjectBlock`): what reports
    /// count. One pass over every subject in no particular order (`allSubjects` would wait for
    /// the roster's name order), on two cores for a big round (`TwoCores`; `split` for tests).
    public func subjectBlocks(split: Int? = nil) -> [String: SubjectBlock] {
        var refs = ws.units.values.filter(\.isGraded).map { SubjectRef(.organization, $0.code) }
        refs += ws.collectives.keys.map { SubjectRef(.collective, $0) }
        refs.reserveCapacity(refs.count + ws.members.count + positionsByMember.count)
        for id in ws.members.keys {
            refs.append(SubjectRef(.member, id))
            if isLeader(id) { refs.append(SubjectRef(.leader, id)) }
        }
        func run(_ range: Range<Int>) -> [(String, SubjectBlock)] {
            var out: [(String, SubjectBlock)] = []
            for ref in refs[range] {
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
