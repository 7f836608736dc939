/// The stored index as a search reads it: each record's path, size and time, with its entry
/// decoded only when asked for (a search needs the entries of its matches alone).
struct IndexHeads: Sendable {
    /// The whole index file, checked already.
    let bytes: [UInt8]
    let heads: [IndexRecordCodec.Head]

    /// The record at `i`, or nil when its entry does not decode (then the file is parsed instead).
    func record(_ i: Int) -> StoredEntry? {
        try? IndexFileFormat.record(heads[i], in: bytes)
    }
}
