import KiemDiem

extension Session {
    /// The roster's name order for rule facts built on this session's workspace, kept until the
    /// people tables change (`peopleGeneration`), so that `cap`, `report` and `check` at the
    /// prompt sort a large roster once. nil inside a command, whose workspace is its own.
    func peopleOrder() -> ((Workspace) -> [String])? {
        guard !inCommand else { return nil }
        let generation = peopleGeneration
        return { [weak self] ws in
            if let kept = self?.nameOrder, kept.generation == generation { return kept.ids }
            let ids = WardFacts.peopleInNameOrder(ws)
            // `ws` is this session's workspace as it was at `generation` (facts are built on it).
            self?.nameOrder = (generation, ids)
            return ids
        }
    }
}
