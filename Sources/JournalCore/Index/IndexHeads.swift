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

    /// The kind of the record at `i`, read from the first field of its entry without decoding
    /// the rest (so `app list` among 12,000 records decodes only the applications); nil when unsure.
    func kind(_ i: Int) -> EntryKind? {
        bytes.withUnsafeBufferPointer { buffer -> EntryKind? in
            guard buffer.count >= IndexFileFormat.headerSize else { return nil }
            var reader = IndexBytesReader(UnsafeBufferPointer(rebasing: buffer[IndexFileFormat.headerSize...]))
            reader.offset = heads[i].entryOffset
            return (try? reader.stringBytes()).flatMap(Self.kind(named:))
        }
    }

    /// The kind whose name is `bytes`: compared as bytes, since `EntryKind(rawValue:)` makes a
    /// String and switches on it, a cost paid for every record of a list or of home.
    static func kind(named bytes: UnsafeBufferPointer<UInt8>) -> EntryKind? {
        for (kind, name) in kindNames where name.count == bytes.count && name.elementsEqual(bytes) { return kind }
        return nil
    }

    private static let kindNames = EntryKind.allCases.map { ($0, Array($0.rawValue.utf8)) }
}
