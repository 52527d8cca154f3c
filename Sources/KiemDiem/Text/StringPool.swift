import Foundation

/// Hands out one stored copy of each distinct text. Names repeat: a national roster of 5.6M
/// members holds a few tens of thousands of distinct names, and a name with diacritics is too
/// long for Swift's inline strings (15 bytes), so each member's copy was its own 64-byte heap
/// block. Equal texts from the pool share one buffer. One pool per thread: it is a value.
struct StringPool {
    /// Byte-for-byte equality, not String's: canonically equivalent texts in different forms
    /// (NFC and NFD) are equal Strings, and the pool must never swap one form for the other.
    /// A probe holds bytes to look up (a CSV cell) and is never stored.
    private struct Bytes: Hashable {
        var text: String?
        var probe: UnsafeBufferPointer<UInt8>?
        static func == (a: Bytes, b: Bytes) -> Bool {
            a.withBytes { p in b.withBytes { q in p.count == q.count && memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
        }
        func hash(into h: inout Hasher) {
            withBytes { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if let probe { return body(probe) }
            return text!.withUTF8Bytes(body)
        }
    }
    private var seen = Set<Bytes>()

    /// Room for `capacity` texts without growing (each growth hashes every text again).
    init(capacity: Int = 0) { seen.reserveCapacity(capacity) }

    /// `text` itself the first time, the first stored copy after that. Inline (short) strings
    /// have no buffer to share and are returned as they are.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return seen.insert(Bytes(text: text)).memberAfterInsert.text!
    }

    /// The stored text whose UTF-8 is `bytes`, if there is one: a text read before costs no
    /// String. (Stored texts were valid UTF-8, so a match also shows these bytes are.)
    func lookup(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count > 15, let i = seen.firstIndex(of: Bytes(probe: bytes)) else { return nil }
        return seen[i].text
    }
}

/// Each distinct text of `count` texts (`text(i)` for each `i`) once, by String equality
/// (canonically equivalent texts are one), in no particular order. `text` gives stored texts
/// (an array's, a table's), the same each time and alive through the call. Texts are first
/// told apart by their bytes, which hashes far faster than String's hashing (that normalizes
/// first): a national roster's 5.6M names are a few tens of thousands of distinct byte strings.
/// Of those, the ones known to be in NFC (`Vietnamese.isKnownNFC`: every Vietnamese name as kd
/// stores it) are distinct Strings already, since equivalent texts have one NFC form; only the
/// others are normalized, each kept unless its NFC form is among the texts kept. (Hashing every
/// distinct text as a String was 7% of a 100,000-member Tab index.) A closure, not a generic
/// sequence: this module's generic code is not specialized for the shell's types, and stepping
/// through such a sequence cost more than the hashing.
public func distinctTexts(count: Int, _ text: (Int) -> String) -> [String] {
    var byBytes = Set<UTF8Key>()
    // A repeated name is one stored copy (`StringPool`): a text whose storage was just seen is
    // passed over before any hashing. Recent storage addresses, one per slot, overwritten on a
    // collision (a miss costs only the Set's lookup). Only texts too long to be inline (over 15
    // bytes) have storage; `text` gives stored texts, so no address is freed and reused by
    // another text meanwhile. Hand-written for speed (issue 8): a tenth of the first Tab.
    // Room for a roster's distinct names several times over (25,813 in the 5.6M benchmark
    // roster, 17,172 at 100,000): with 16,384 slots names evicted each other, and the Set's
    // inserts were a third of a national roster's first Tab (1 MB at most, from 65,536 texts).
    let bits = count < 4096 ? 0 : count < 65_536 ? 14 : 17
    var recent = [UInt](repeating: 0, count: bits == 0 ? 0 : 1 << bits)
    for i in 0..<count {
        let t = text(i)
        if !recent.isEmpty && t.utf8.count > 15,
           let p = t.utf8.withContiguousStorageIfAvailable({ UInt(bitPattern: $0.baseAddress) }) {
            let slot = Int(truncatingIfNeeded: (UInt64(p) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            if recent[slot] == p { continue }
            recent[slot] = p
        }
        byBytes.insert(UTF8Key(t))
    }
    var out: [String] = [], others: [String] = []
    out.reserveCapacity(byBytes.count)
    for k in byBytes {
        if Vietnamese.isKnownNFC(k.text) { out.append(k.text) } else { others.append(k.text) }
    }
    var forms = Set<UTF8Key>()
    for t in others {
        let form = UTF8Key(Vietnamese.nfc(t))
        if byBytes.contains(form) && Vietnamese.isKnownNFC(form.text) { continue }  // kept above
        if forms.insert(form).inserted { out.append(t) }
    }
    return out
}
