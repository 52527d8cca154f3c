import Dispatch

/// Where `table` starts using a second core, and how big its blocks are.
struct TableSplit {
    /// Tables with fewer entries are written on the calling thread alone: below this, handing
    /// work to another core costs more than it saves.
    var from = 1024
    /// The most entries in one block (measured: 1,024 lost to the hand-overs at ward size, 16,384
    /// gained nothing more at 100,000 members).
    var blockSize = 4096
}

// Big tables are written on two cores (issue 8: `save` was a fifth of the ward pipeline and a
// fifth of the national one, nearly all of it turning values into bytes). A table's entries, in
// key order, are cut into an even number of blocks: this thread writes the even ones straight
// to the output, a helper writes the odd ones into memory with its own JSONWriter, and each is
// copied out after the block before it. The bytes are the same as one writer's
// (WorkspaceEncodeTests compare both with JSONEncoder), and memory stays at two blocks whatever
// the table's size.
extension JSONWriter {
    /// A `[String: V]` with its keys in JSONEncoder's order, as `object`; `value` is a writer
    /// method (`JSONWriter.member`) so that each block's writer can call it on itself.
    func table<V>(_ d: [String: V], _ value: @escaping (JSONWriter) -> (V) -> Void) {
        beginObject()
        // Stopped: not even its keys sorted (a table of millions takes a while).
        if stopsOnInterrupt && d.count >= split.from && Interrupt.isRequested() { return }
        let order = JSONWriter.sortedIndices(d)
        if order.count < max(split.from, 2) {
            for i in order {
                let (k, v) = d[i]
                key(k)
                value(self)(v)
            }
        } else {
            onTwoCores(d, order, value)
        }
        endObject()
    }

    /// This thread writes the even blocks straight to the output; a helper writes the odd ones
    /// into two buffers in turn, one pair ahead, so that it is never left waiting for work.
    private func onTwoCores<V>(_ d: [String: V], _ order: [Dictionary<String, V>.Index],
                               _ value: @escaping (JSONWriter) -> (V) -> Void) {
        let size = max(split.blockSize, 1)
        let pairs = (order.count + 2 * size - 1) / (2 * size)
        let blocks = 2 * pairs
        // Block b's share of the entries, as equal as integer division makes them.
        let range = { (b: Int) in (order.count * b / blocks)..<(order.count * (b + 1) / blocks) }
        let buffers = [BlockBuffer(), BlockBuffer()]
        let done = (0..<pairs).map { _ in DispatchSemaphore(value: 0) }
        let depth = self.depth
        let submit = { (p: Int) in
            twoCoreHelper.async {
                let r = range(2 * p + 1)
                // The block holding the first entry opens the object (a block may be empty).
                let w = JSONWriter(buffers[p % 2].sink, depth: depth, first: r.lowerBound == 0)
                for i in order[r] {
                    let (k, v) = d[i]
                    w.key(k)
                    value(w)(v)
                }
                buffers[p % 2].sink.flush()
                done[p].signal()
            }
        }
        submit(0)
        for p in 0..<pairs {
            // Ctrl-C during a save: the helper's block in flight is waited for, nothing more written.
            if stopsOnInterrupt && Interrupt.isRequested() {
                done[p].wait()
                return
            }
            // Its buffer was copied out at the end of pair p - 1.
            if p + 1 < pairs { submit(p + 1) }
            for i in order[range(2 * p)] {
                let (k, v) = d[i]
                key(k)
                value(self)(v)
            }
            done[p].wait()
            buffers[p % 2].copy(to: out)
            if !range(2 * p + 1).isEmpty { markNotEmpty() }
        }
    }
}

/// The second core's queue for `table` (serial: one block after another, in order).
private let twoCoreHelper = DispatchQueue(label: "kd.save", qos: .userInitiated)

/// One block's bytes in memory, kept between blocks so that its storage is reused.
private final class BlockBuffer {
    private final class Storage { var bytes: [UInt8] = [] }
    private let storage = Storage()
    let sink: ByteSink

    init() {
        let storage = self.storage
        // Room for a block at once: grown by doubling, each larger copy was fresh memory (about
        // a hundred page faults in a 2,500-member `save`). Reserved, its pages are touched only
        // as bytes are written.
        storage.bytes.reserveCapacity(1 << 20)
        sink = ByteSink(capacity: 1 << 16) { raw in
            storage.bytes.append(contentsOf: raw.bindMemory(to: UInt8.self))
            return 0
        }
    }

    func copy(to out: ByteSink) {
        storage.bytes.withUnsafeBufferPointer { out.bytes($0) }
        storage.bytes.removeAll(keepingCapacity: true)
    }
}
