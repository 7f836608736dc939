/// The layout of `.onward/index`:
///
///     magic "ONWARDIX" | version u32 LE | fields u64 LE | payload length u64 LE | checksum u64 LE | payload
///
/// `fields` is `EntryFields.fingerprint`: a table of fields other than the one this file was
/// written under reads as another version, so adding a field never needs a hand-bumped number.
///
/// The payload is a record count then the records (see `IndexRecordCodec`), newest entry first.
/// Unreadable files are not recorded: they are few, and are read again at every start.
/// A file with another magic, version, length or checksum is ignored and rebuilt.
enum IndexFileFormat {
    static let magic: [UInt8] = Array("ONWARDIX".utf8)
    /// Bump whenever the record layout or `Entry` changes, so old files are rebuilt rather than misread.
    /// A change of `Entry.indexProjection` counts too: an older index would lack what it now keeps.
    static let version: UInt32 = 5  // 2: each entry is prefixed with its length; 3: the fields fingerprint, ctime and inode; 4: a reflection's small win; 5: an application's people are its `contacts`, and a file's kind decides its typed keys
    static let headerSize = 8 + 4 + 8 + 8 + 8

    static func encode(_ records: [StoredEntry]) -> [UInt8] {
        var payload = IndexBytesWriter(capacity: records.count * 600)
        payload.unsigned(UInt64(records.count))
        for record in records { IndexRecordCodec.write(record, to: &payload) }
        return header(for: payload.bytes) + payload.bytes
    }

    /// The header that vouches for `payload` under this version and field table.
    static func header(for payload: [UInt8]) -> [UInt8] {
        var out = IndexBytesWriter(capacity: headerSize)
        out.bytes.append(contentsOf: magic)
        for shift in stride(from: 0, to: 32, by: 8) { out.byte(UInt8(truncatingIfNeeded: version >> UInt32(shift))) }
        out.fixed64(EntryFields.fingerprint)
        out.fixed64(UInt64(payload.count))
        out.fixed64(IndexChecksum.of(payload))
        return out.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(IndexDamage) -> [StoredEntry] {
        try withPayload(bytes) { (reader: inout IndexBytesReader, count: Int) throws(IndexDamage) -> [StoredEntry] in
            var records: [StoredEntry] = []
            records.reserveCapacity(count)
            for _ in 0..<count { records.append(try IndexRecordCodec.read(&reader)) }
            return records
        }
    }

    /// Every record's path, size and time, with the entries left undecoded until asked for.
    static func decodeHeads(_ bytes: [UInt8]) throws(IndexDamage) -> IndexHeads {
        let heads = try withPayload(bytes) { (reader: inout IndexBytesReader, count: Int) throws(IndexDamage) -> [IndexRecordCodec.Head] in
            var heads: [IndexRecordCodec.Head] = []
            heads.reserveCapacity(count)
            for _ in 0..<count { heads.append(try IndexRecordCodec.readHead(&reader, skippingEntry: true)) }
            return heads
        }
        return IndexHeads(bytes: bytes, heads: heads)
    }

    /// Checks the header and checksum, then hands `body` a reader at the record count's end.
    /// `body` must read exactly the payload's records.
    static func withPayload<T>(_ bytes: [UInt8], _ body: (inout IndexBytesReader, Int) throws(IndexDamage) -> T) throws(IndexDamage) -> T {
        guard bytes.count >= headerSize else { throw bytes.starts(with: magic.prefix(bytes.count)) && !bytes.isEmpty ? .truncated : .foreign }
        guard bytes.starts(with: magic) else { throw .foreign }
        let result: Result<T, IndexDamage> = bytes.withUnsafeBufferPointer { buffer in
            var header = IndexBytesReader(buffer, offset: magic.count)
            do throws(IndexDamage) {
                var version: UInt32 = 0
                for i in 0..<4 { version |= UInt32(try header.byte()) << UInt32(i * 8) }
                guard version == Self.version else { throw .otherVersion }
                guard try header.fixed64() == EntryFields.fingerprint else { throw .otherVersion }
                let length = try header.fixed64()
                let checksum = try header.fixed64()
                guard length == UInt64(buffer.count - headerSize) else { throw .truncated }
                let payload = UnsafeBufferPointer(rebasing: buffer[headerSize...])
                guard IndexChecksum.of(payload) == checksum else { throw .checksum }
                var reader = IndexBytesReader(payload)
                let count = try reader.count()
                let value = try body(&reader, count)
                guard reader.isAtEnd else { throw .malformed }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes the entry of one record found by `decodeHeads`.
    static func record(_ head: IndexRecordCodec.Head, in bytes: [UInt8]) throws(IndexDamage) -> StoredEntry {
        let result: Result<StoredEntry, IndexDamage> = bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= headerSize else { return .failure(.truncated) }
            var reader = IndexBytesReader(UnsafeBufferPointer(rebasing: buffer[headerSize...]))
            do throws(IndexDamage) { return .success(try IndexRecordCodec.record(head, in: &reader)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
