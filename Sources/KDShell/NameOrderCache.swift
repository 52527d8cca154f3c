import Dispatch
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
            // `ws` is this session's workspace as it was at `generation` (facts are built on
            // it), and so is the sort started when that generation began.
            let ids: [String]
            if let pending = self?.pendingNameOrder, pending.generation == generation {
                ids = pending.wait()
            } else {
                ids = WardFacts.peopleInNameOrder(ws)
            }
            self?.nameOrder = (generation, ids)
            self?.pendingNameOrder = nil
            return ids
        }
    }

    /// Starts sorting the roster by name on another core, as soon as the people tables change:
    /// the loads that follow a roster (positions, grades, exclusions) leave it alone, and the
    /// `cap` or `report` after them finds it done. The ids and names are copied here, in one
    /// pass, so the running sort shares nothing the next command may change.
    func startNameOrder() {
        pendingNameOrder = nil
        guard !workspace.members.isEmpty else { return }
        let input = WardFacts.nameOrderInput(workspace.members)
        pendingNameOrder = PendingNameOrder(generation: peopleGeneration) {
            WardFacts.peopleInNameOrder(ids: input.ids, names: input.names)
        }
    }
}

/// A name order being sorted on a background queue; `wait` gives it once it is done.
final class PendingNameOrder: @unchecked Sendable {
    let generation: Int
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the sort before it signals `done`, read only after `wait`.
    private var ids: [String] = []

    init(generation: Int, sort: @escaping @Sendable () -> [String]) {
        self.generation = generation
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            ids = sort()
            done.signal()
        }
    }

    func wait() -> [String] {
        done.wait()
        done.signal()  // a second wait returns at once
        return ids
    }
}
