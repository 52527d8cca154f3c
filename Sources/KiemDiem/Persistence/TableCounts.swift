import Dispatch
import Foundation

/// How many records each top-level table of a workspace file holds, counted on the second core
/// while the reader builds the tables before it. The reader sizes each table once from this
/// count (growing a big table by rehashing cost a quarter of a read), and counting every table
/// itself was an eighth of `open` (issue 8: `open` of 100,000 members took 241 ms, and 202 ms
/// with the counts made here).
///
/// Only a size hint: a table the count did not reach, or a file it cannot follow, is counted
/// by the reader as before. The reader asks at each table, and waits until the count has passed
/// it, so the count is always ahead of the reader and never reads the pages the reader gives
/// back behind it (`ReadOnceFile`). `finish` stops it and waits for it before the bytes go.
final class TableCounts: @unchecked Sendable {
    private let lock = NSCondition()
    private var counts: [Int: Int] = [:]  // where a table's `{` is → its records
    private var passed = 0  // the count has read the bytes before this offset
    private var over = false
    private var stop = false
    private let ended = DispatchSemaphore(value: 0)

    /// Files smaller than this are counted by the reader itself: the second core costs more
    /// than it saves.
    static let from = 256 * 1024

    /// Starts counting the tables of the top-level object in `bytes` (which must outlive
    /// `finish`).
    static func start(_ bytes: UnsafeBufferPointer<UInt8>) -> TableCounts? {
        guard bytes.count >= from else { return nil }
        let t = TableCounts()
        nonisolated(unsafe) let b = bytes
        DispatchQueue.global(qos: .userInitiated).async {
            t.run(JSONCursor(b))
            t.ended.signal()
        }
        return t
    }

    /// The records of the table whose `{` is at `offset`, once the count has passed it; nil
    /// when it is not a top-level table the count found.
    func count(at offset: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while !over && passed <= offset { lock.wait() }
        return counts[offset]
    }

    /// Stops the count and waits for it to end.
    func finish() {
        lock.lock()
        stop = true
        lock.unlock()
        ended.wait()
    }

    /// Follows the top-level object's members without checking them (the reader does): an
    /// object's records are counted, anything else passed over.
    private func run(_ start: JSONCursor) {
        var c = start
        defer { _ = advance(to: c.n, over: true) }
        guard c.peek() == UInt8(ascii: "{") else { return }
        c.i += 1
        while c.peek() == UInt8(ascii: "\"") {
            c.i = c.stringEnd(from: c.i + 1) + 1
            guard c.peek() == UInt8(ascii: ":") else { return }
            c.i += 1
            let value = c.peek(), at = c.i
            switch value {
            case UInt8(ascii: "{"):
                let r = c.countRecords(from: at + 1)
                c.i = r.end + 1
                lock.lock()
                counts[at] = r.count
                lock.unlock()
            case UInt8(ascii: "["): c.i = c.countRecords(from: at + 1).end + 1
            case UInt8(ascii: "\""): c.i = c.stringEnd(from: at + 1) + 1
            default:
                while c.i < c.n, c.p[c.i] != UInt8(ascii: ","), c.p[c.i] != UInt8(ascii: "}") { c.i += 1 }
            }
            guard advance(to: c.i, over: false), c.peek() == UInt8(ascii: ",") else { return }
            c.i += 1
        }
    }

    /// Records that the count has read the bytes before `offset`; false when told to stop.
    private func advance(to offset: Int, over: Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        passed = max(passed, offset)
        if over { self.over = true }
        lock.broadcast()
        return !stop
    }
}
