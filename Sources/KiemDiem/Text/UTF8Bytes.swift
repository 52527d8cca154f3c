extension String {
    /// `body` on the text's UTF-8 bytes, read in place (`withContiguousStorageIfAvailable`,
    /// which every native String offers), else through a copy: `withUTF8` needs a mutable
    /// String, which costs a retain and a release of the text each time (hot in hashing names).
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        var t = self
        return t.withUTF8(body)
    }
}
