/// Writes and reads one index record: an entry's path, its file's `FileStamp` and its `indexProjection`. The entry id is not stored: the store always takes it from the file name.
///
/// Field order here and in `EntryFields.all` is the format: the table is covered by the header's
/// field fingerprint, anything else here by `IndexFileFormat.version`.
/// The entry is prefixed with its length in bytes, so a reader that needs only the paths and
/// times (a search) can step over it without decoding.
enum IndexRecordCodec {
    /// A record's path and stamp, and where its entry's bytes are in the payload.
    struct Head: Sendable {
        var path: String
        var stamp: FileStamp
        var entryOffset: Int
        var entryLength: Int
    }

    static func write(_ stored: StoredEntry, to w: inout IndexBytesWriter) {
        w.string(stored.relativePath)
        w.int(stored.size)
        w.int(Int(stored.modified))
        w.int(Int(stored.changed))
        w.unsigned(stored.inode)
        var entry = IndexBytesWriter(capacity: 512)
        writeEntry(stored.entry, to: &entry)
        w.unsigned(UInt64(entry.bytes.count))
        w.bytes.append(contentsOf: entry.bytes)
    }

    static func read(_ r: inout IndexBytesReader) throws(IndexDamage) -> StoredEntry {
        try record(try readHead(&r, skippingEntry: false), in: &r)
    }

    /// Reads a record up to its entry, and steps over the entry when `skippingEntry`.
    static func readHead(_ r: inout IndexBytesReader, skippingEntry: Bool) throws(IndexDamage) -> Head {
        let path = try r.string()
        let stamp = FileStamp(size: try r.int(), modified: Int64(try r.int()), changed: Int64(try r.int()), inode: try r.unsigned())
        let length = try r.count()
        let head = Head(path: path, stamp: stamp, entryOffset: r.offset, entryLength: length)
        if skippingEntry { try r.skip(length) }
        return head
    }

    /// The record whose head is `head`, read from the same payload.
    static func record(_ head: Head, in r: inout IndexBytesReader) throws(IndexDamage) -> StoredEntry {
        r.offset = head.entryOffset
        let entry = try readEntry(&r, id: EntryID(EntryFileName.stem(of: head.path)))
        guard r.offset == head.entryOffset + head.entryLength else { throw .malformed }
        var stored = StoredEntry(entry: entry, relativePath: head.path, size: head.stamp.size, modified: head.stamp.modified)
        stored.changed = head.stamp.changed
        stored.inode = head.stamp.inode
        return stored
    }

    private static func writeEntry(_ e: Entry, to w: inout IndexBytesWriter) {
        w.string(e.kind.rawValue)
        writeTimestamp(e.created, to: &w)
        writeTimestamp(e.updated, to: &w)
        w.optionalString(e.status?.rawValue)
        for encode in EntryFields.indexEncoders { encode(e, &w) }
        w.unsigned(UInt64(e.extraFields.count))
        for field in e.extraFields { w.string(field.key); w.string(field.text) }
        w.optionalString(e.title)
        w.string(e.preamble)
        w.unsigned(UInt64(e.sections.count))
        for section in e.sections { w.string(section.heading); w.string(section.body) }
    }

    private static func readEntry(_ r: inout IndexBytesReader, id: EntryID) throws(IndexDamage) -> Entry {
        guard let kind = EntryKind(rawValue: try r.string()) else { throw .malformed }
        var e = Entry(id: id, kind: kind, created: try readTimestamp(&r), updated: try readTimestamp(&r))
        e.status = try r.optionalString().map(EntryStatus.init(rawValue:))
        for decode in EntryFields.indexDecoders { try decode(&r, &e) }
        let extras = try r.count()
        e.extraFields.reserveCapacity(extras)
        for _ in 0..<extras { e.extraFields.append(RawField(key: try r.string(), text: try r.string())) }
        e.title = try r.optionalString()
        e.preamble = try r.string()
        let sections = try r.count()
        e.sections.reserveCapacity(sections)
        for _ in 0..<sections { e.sections.append(Section(heading: try r.string(), body: try r.string())) }
        return e
    }

    private static func writeTimestamp(_ t: LocalTimestamp, to w: inout IndexBytesWriter) {
        w.int(t.day.year); w.int(t.day.month); w.int(t.day.day)
        w.int(t.hour); w.int(t.minute); w.int(t.second); w.int(t.utcOffset)
    }

    private static func readTimestamp(_ r: inout IndexBytesReader) throws(IndexDamage) -> LocalTimestamp {
        let day = LocalDay(year: try r.int(), month: try r.int(), day: try r.int())
        return LocalTimestamp(day: day, hour: try r.int(), minute: try r.int(), second: try r.int(), utcOffset: try r.int())
    }
}
