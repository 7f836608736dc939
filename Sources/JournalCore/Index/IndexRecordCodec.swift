/// Writes and reads one index record: an entry's path, size, time and `indexProjection`. The entry id is not stored: the store always takes it from the file name.
///
/// Field order here is the format; changing it means bumping `IndexFileFormat.version`.
/// The entry is prefixed with its length in bytes, so a reader that needs only the paths and
/// times (a search) can step over it without decoding.
enum IndexRecordCodec {
    /// A record's path, size and time, and where its entry's bytes are in the payload.
    struct Head: Sendable {
        var path: String
        var size: Int
        var modified: Int64
        var entryOffset: Int
        var entryLength: Int
    }

    static func write(_ stored: StoredEntry, to w: inout IndexBytesWriter) {
        w.string(stored.relativePath)
        w.int(stored.size)
        w.int(Int(stored.modified))
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
        let size = try r.int()
        let modified = Int64(try r.int())
        let length = try r.count()
        let head = Head(path: path, size: size, modified: modified, entryOffset: r.offset, entryLength: length)
        if skippingEntry { try r.skip(length) }
        return head
    }

    /// The record whose head is `head`, read from the same payload.
    static func record(_ head: Head, in r: inout IndexBytesReader) throws(IndexDamage) -> StoredEntry {
        r.offset = head.entryOffset
        let entry = try readEntry(&r, id: EntryID(stem(of: head.path)))
        guard r.offset == head.entryOffset + head.entryLength else { throw .malformed }
        return StoredEntry(entry: entry, relativePath: head.path, size: head.size, modified: head.modified)
    }

    /// The file name without `.md`, as `JournalStore.stem(of:)` gives it, without splitting the whole path.
    static func stem(of path: String) -> String {
        // Byte search: `lastIndex(of: Character)` walks graphemes and cost a tenth of `list` at 10k.
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: 0x2F).map { utf8.index(after: $0) } ?? utf8.startIndex
        var end = utf8.endIndex
        if utf8.count >= 3, utf8.suffix(3).elementsEqual(".md".utf8) { end = utf8.index(end, offsetBy: -3) }
        if start > end { end = start }
        return String(path[start..<end])
    }

    private static func writeEntry(_ e: Entry, to w: inout IndexBytesWriter) {
        w.string(e.kind.rawValue)
        writeTimestamp(e.created, to: &w)
        writeTimestamp(e.updated, to: &w)
        w.optionalString(e.status)
        w.optionalString(e.company)
        w.optionalString(e.role)
        w.optionalString(e.stage?.rawValue)
        writeDay(e.rejectedOn, to: &w)
        w.optionalString(e.delivery)
        w.strings(e.emotions)
        w.optionalInt(e.intensityBefore)
        w.optionalInt(e.intensityAfter)
        w.optionalInt(e.goalApplications)
        w.optionalInt(e.goalContacts)
        writeDay(e.followUp, to: &w)
        w.optionalString(e.followUpNote)
        w.optionalInt(e.followUpDone.map { $0 ? 1 : 0 })
        w.optionalInt(e.mood)
        w.optionalInt(e.energy)
        if let sleep = e.sleepHours { w.byte(1); w.fixed64(sleep.bitPattern) } else { w.byte(0) }
        w.strings(e.selfCare)
        w.strings(e.wins)
        w.optionalInt(e.applications)
        w.optionalInt(e.contacts)
        w.optionalInt(e.learning)
        w.strings(e.tags)
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
        e.status = try r.optionalString()
        e.company = try r.optionalString()
        e.role = try r.optionalString()
        if let stage = try r.optionalString() {
            guard let s = Stage(rawValue: stage) else { throw .malformed }
            e.stage = s
        }
        e.rejectedOn = try readDay(&r)
        e.delivery = try r.optionalString()
        e.emotions = try r.strings()
        e.intensityBefore = try r.optionalInt()
        e.intensityAfter = try r.optionalInt()
        e.goalApplications = try r.optionalInt()
        e.goalContacts = try r.optionalInt()
        e.followUp = try readDay(&r)
        e.followUpNote = try r.optionalString()
        e.followUpDone = try r.optionalInt().map { $0 != 0 }
        e.mood = try r.optionalInt()
        e.energy = try r.optionalInt()
        e.sleepHours = try r.flag() ? Double(bitPattern: try r.fixed64()) : nil
        e.selfCare = try r.strings()
        e.wins = try r.strings()
        e.applications = try r.optionalInt()
        e.contacts = try r.optionalInt()
        e.learning = try r.optionalInt()
        e.tags = try r.strings()
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

    private static func writeDay(_ d: LocalDay?, to w: inout IndexBytesWriter) {
        guard let d else { w.byte(0); return }
        w.byte(1); w.int(d.year); w.int(d.month); w.int(d.day)
    }

    private static func readDay(_ r: inout IndexBytesReader) throws(IndexDamage) -> LocalDay? {
        guard try r.flag() else { return nil }
        return LocalDay(year: try r.int(), month: try r.int(), day: try r.int())
    }
}
