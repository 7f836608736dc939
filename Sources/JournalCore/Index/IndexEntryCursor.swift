/// Reads one record's entry a field at a time, in the order `IndexRecordCodec` wrote it, stepping
/// over the fields nobody asked for: a list of 2,000 applications, or home looking for tomorrow's
/// follow-up, then builds no `Entry` at all.
///
/// Fields are named by their place in `EntryFields.all`; reading them in that order steps over
/// each byte once (an earlier one starts again from the first field). The
/// way to step over a field follows from its `EntryField.Shape`, which is what decides its index
/// form; a differential test against the full decode holds the two together.
struct IndexEntryCursor {
    private var reader: IndexBytesReader
    let kind: EntryKind
    let created: LocalTimestamp
    let updated: LocalTimestamp
    /// The `status:` word as stored; nil for a finished entry.
    let status: String?
    /// The place in `EntryFields.all` of the next field in the bytes.
    private var next = 0
    /// Where the first field starts, for a read of an earlier field than the last.
    private let fieldsStart: Int

    /// A cursor over the entry bytes of one record (exactly those: `end` is checked).
    init(_ entry: UnsafeBufferPointer<UInt8>) throws(IndexDamage) {
        reader = IndexBytesReader(entry)
        guard let kind = IndexHeads.kind(named: try reader.stringBytes()) else { throw .malformed }
        self.kind = kind
        created = try Self.timestamp(&reader)
        updated = try Self.timestamp(&reader)
        status = try reader.optionalString()
        fieldsStart = reader.offset
    }

    /// True when the entry is an unfinished session (`status: draft`).
    var isDraft: Bool { status == EntryStatus.draft.rawValue }

    /// Free text or a choice's word at `position`.
    mutating func text(_ position: Int) throws(IndexDamage) -> String? {
        try seek(position)
        next += 1
        return try reader.optionalString()
    }

    /// A calendar day at `position`.
    mutating func day(_ position: Int) throws(IndexDamage) -> LocalDay? {
        try seek(position)
        next += 1
        return try reader.optionalDay()
    }

    /// A whole number (or a flag, as 0 and 1) at `position`.
    mutating func whole(_ position: Int) throws(IndexDamage) -> Int? {
        try seek(position)
        next += 1
        return try reader.optionalInt()
    }

    /// A list at `position`.
    mutating func list(_ position: Int) throws(IndexDamage) -> [String] {
        try seek(position)
        next += 1
        return try reader.strings()
    }

    /// Steps over the fields left, the extra fields, the title and the preamble, then hands each
    /// section's heading and body bytes to `visit` until it returns false or none are left. When
    /// every section was visited, the entry must end exactly there.
    mutating func sections(_ visit: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) throws(IndexDamage) {
        try seek(Self.skips.count)
        let extras = try reader.count()
        for _ in 0..<extras { try reader.skipString(); try reader.skipString() }
        if try reader.flag() { try reader.skipString() }  // title
        try reader.skipString()  // preamble
        let count = try reader.count()
        for _ in 0..<count {
            let heading = try reader.stringBytes()
            let body = try reader.stringBytes()
            if !visit(heading, body) { return }
        }
        guard reader.isAtEnd else { throw .malformed }
    }

    /// Moves to the field at `position`, stepping over those before it.
    private mutating func seek(_ position: Int) throws(IndexDamage) {
        if position < next {
            reader.offset = fieldsStart
            next = 0
        }
        while next < position {
            switch Self.skips[next] {
            case .optionalString: if try reader.flag() { try reader.skipString() }
            case .optionalInt: if try reader.flag() { _ = try reader.unsigned() }
            case .optionalFixed: if try reader.flag() { try reader.skip(8) }
            case .optionalDay: if try reader.flag() { _ = try reader.unsigned(); _ = try reader.unsigned(); _ = try reader.unsigned() }
            case .strings: for _ in 0..<(try reader.count()) { try reader.skipString() }
            }
            next += 1
        }
    }

    /// How each shape's value is laid out in the index (see the factories in `EntryField`).
    enum Skip {
        case optionalString, optionalInt, optionalFixed, optionalDay, strings

        init(_ shape: EntryField.Shape) {
            switch shape {
            case .text, .choice: self = .optionalString
            case .whole, .flag: self = .optionalInt
            case .number: self = .optionalFixed
            case .day: self = .optionalDay
            case .list: self = .strings
            }
        }
    }

    /// One per row of `EntryFields.all`: small values, so the hot loop copies no row.
    static let skips = EntryFields.all.map { Skip($0.shape) }

    /// The place of `key`'s row for entries of `kind` in `EntryFields.all`.
    static func position(_ key: String, in kind: EntryKind) -> Int {
        guard let i = EntryFields.all.firstIndex(where: { $0.key == key && $0.kinds.contains(kind) }) else {
            preconditionFailure("no field \(key) in \(kind.rawValue) entries")
        }
        return i
    }

    private static func timestamp(_ r: inout IndexBytesReader) throws(IndexDamage) -> LocalTimestamp {
        let day = LocalDay(year: try r.int(), month: try r.int(), day: try r.int())
        return LocalTimestamp(day: day, hour: try r.int(), minute: try r.int(), second: try r.int(), utcOffset: try r.int())
    }
}

extension IndexHeads {
    /// `body` over a cursor on the entry of the record at `i`; nil when the bytes do not read.
    func withCursor<T>(_ i: Int, _ body: (inout IndexEntryCursor) throws(IndexDamage) -> T) -> T? {
        let head = heads[i]
        return bytes.withUnsafeBufferPointer { buffer -> T? in
            let start = IndexFileFormat.headerSize + head.entryOffset
            guard head.entryOffset >= 0, head.entryLength >= 0, start + head.entryLength <= buffer.count else { return nil }
            do throws(IndexDamage) {
                var cursor = try IndexEntryCursor(UnsafeBufferPointer(rebasing: buffer[start..<(start + head.entryLength)]))
                return try body(&cursor)
            } catch {
                return nil
            }
        }
    }
}
