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

    /// The people who bear exactly `name`, with their units, for Tab (`Completion.shared`). A
    /// roster of up to 200,000 is scanned (a few milliseconds); a bigger one is searched by
    /// halves in its name order, where a name's bearers stand together, once that order is
    /// ready; before, nil (Tab then completes the name as before).
    func bearers(of name: String) -> [(id: String, unit: String)]? {
        let ws = workspace
        if ws.members.count <= bearersScanUpTo { return Completion.bearersByScan(name, ws) }
        let order: [String]
        if let kept = nameOrder, kept.generation == peopleGeneration {
            order = kept.ids
        } else if let pending = pendingNameOrder, pending.generation == peopleGeneration, let ids = pending.ready() {
            order = ids
        } else {
            return nil
        }
        let key = Vietnamese.nameSortKey(name)
        func keyAt(_ i: Int) -> [UInt16] { Vietnamese.nameSortKey(ws.members[order[i]]?.name ?? "") }
        var lo = 0, hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Vietnamese.lessThan(keyAt(mid), key) { lo = mid + 1 } else { hi = mid }
        }
        var out: [(id: String, unit: String)] = []
        while lo < order.count, let m = ws.members[order[lo]], Vietnamese.nameSortKey(m.name) == key {
            if m.name == name { out.append((m.id, m.unit)) }
            lo += 1
        }
        return out
    }

    /// Starts the work that depends on the people tables on another core, as soon as they
    /// change: the roster's name order (the loads that follow a roster leave it alone, and the
    /// `cap` or `report` after them finds it done), and at the prompt the Tab index (a national
    /// roster's takes seconds, which the first Tab no longer waits for). What they read is
    /// copied here, in one pass each, so the running work shares nothing the next command may
    /// change. One background queue: the jobs run one after the other, on one core.
    func startPeopleWork() {
        pendingNameOrder = nil
        pendingPeopleIndex = nil
        let generation = peopleGeneration
        let input = WardFacts.nameOrderInput(workspace.members)
        if !input.ids.isEmpty {
            pendingNameOrder = Pending(generation: generation) {
                WardFacts.peopleInNameOrder(ids: input.ids, names: input.names)
            }
        }
        if interactive {
            let others = Completion.otherSubjects(workspace), clashes = workspace.codeClashGroups()
            // Units and collectives only (a change to them starts this job again): the whole
            // workspace shared with the job would make the next `grade` copy the grades table.
            let (units, collectives) = (workspace.units, workspace.collectives)
            pendingPeopleIndex = Pending(generation: generation, on: tabQueue) {
                let index = PeopleIndex(people: zip(input.ids, input.names).map { (id: $0, name: $1) }, others: others,
                                        clashes: clashes, units: units, collectives: collectives)
                index.prepare()
                return index
            }
        }
    }
}

/// A value being computed on kd's background queue for one people generation; `wait` gives it
/// once it is done.
final class Pending<Value>: @unchecked Sendable {
    let generation: Int
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `done`, read only after `wait`.
    private var value: Value?

    init(generation: Int, on queue: DispatchQueue = backgroundQueue, work: @escaping @Sendable () -> Value) {
        self.generation = generation
        // Weak: a job whose generation passed before its turn (the roster changed again) is
        // skipped, not run for nobody.
        queue.async { [weak self] in
            guard let self else { return }
            value = work()
            done.signal()
        }
    }

    func wait() -> Value {
        done.wait()
        done.signal()  // a second wait returns at once
        return value!
    }

    /// The value if the work is done, without waiting.
    func ready() -> Value? {
        guard done.wait(timeout: .now()) == .success else { return nil }
        done.signal()
        return value
    }

    /// Waits, and hands the value over: this object no longer holds it, so the caller's copy can
    /// be the only one (the work's closure may still hold this object for a moment).
    func take() -> Value {
        let v = wait()
        value = nil
        return v
    }
}

/// Serial: background jobs queue behind each other instead of taking both cores from the
/// command running meanwhile.
private let backgroundQueue = DispatchQueue(label: "kd.people", qos: .userInitiated)
/// The Tab index's own: behind the name order, a Tab just after a national roster came in
/// waited for both, 7.3 s; beside it, for the longer of the two. At the prompt the main
/// thread waits for the person, so the two share the machine's two cores.
private let tabQueue = DispatchQueue(label: "kd.tab", qos: .userInitiated)
