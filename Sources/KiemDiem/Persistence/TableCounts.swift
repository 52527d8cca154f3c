import Dispatch
import Foundation

/// How many records each top-level table of a workspace file holds, counted on the second core
/// while the reader builds the tables before it. The reader sizes each table once from this
/// count (growing a big table by rehashing cost a quarter of a read), and counting every table
/// itself was an eighth of `open` (issue 8: `open` of 100,000 members took 241 ms, and 202 ms
/// with the counts made here).
///
/// Only a size hint: a table the count did not reach, or a file it cannot follow, is counted
/// by the reader as before. It also notes where every `marks`th record of a table begins, so
/// that the reader can read a big table in two halves (`cut(at:)`, see `JSONCursor.table`).
/// The reader asks at each table, and waits until the count has passed it, so the count is
/// always ahead of the reader and never reads the pages the reader gives back behind it
/// (`ReadOnceFile`). `finish` stops it and waits for it before the bytes go.
final class TableCounts: @unchecked Sendable {
    private let lock = NSCondition()
    private var counts: [Int: (records: Int, marks: [Int])] = [:]  // where a table's `{` is → its records, marks
    private let marks: Int
    private var passed = 0  // the count has read the bytes before this offset
    private var over = false
    private var stop = false
    private let ended = DispatchSemaphore(value: 0)

    private init(marks: Int) { self.marks = marks }

    /// Files smaller than this are counted by the reader itself: the second core costs more
    /// than it saves.
    static let from = 256 * 1024

    /// Starts counting the tables of the top-level object in `bytes` (which must outlive
    /// `finish`).
    /// `from` and `marks` are the tests' (files of a few records read in halves).
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = from, marks: Int = 1024) -> TableCounts? {
        guard bytes.count >= from else { return nil }
        let t = TableCounts(marks: marks)
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
        table(at: offset)?.records
    }

    /// Where a marked record near the middle of the table whose `{` is at `offset` begins (its
    /// key's quote), and how many records follow from there, for a table of at least `from`
    /// records; nil otherwise. `pick` chooses another mark (tests).
    func cut(at offset: Int, from: Int, pick: Int? = nil) -> (offset: Int, records: Int)? {
        guard let t = table(at: offset), t.records >= from, t.marks.count > 1 else { return nil }
        let m = max(1, min(pick ?? t.marks.count / 2, t.marks.count - 1))
        return (t.marks[m], t.records - m * marks)
    }

    private func table(at offset: Int) -> (records: Int, marks: [Int])? {
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
                var starts: [Int] = []
                let r = c.countRecords(from: at + 1, marking: marks, &starts)
                c.i = r.end + 1
                lock.lock()
                counts[at] = (r.count, starts)
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
