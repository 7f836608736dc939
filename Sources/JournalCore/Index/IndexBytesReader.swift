/// Reads what `IndexBytesWriter` wrote, checking every bound: damaged input throws, never traps.
///
/// It borrows a buffer: use it only inside the `withUnsafeBufferPointer` call that made it.
struct IndexBytesReader {
    private let buffer: UnsafeBufferPointer<UInt8>
    /// Where the next read starts; set it to go back to a place an earlier read noted.
    var offset: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    var isAtEnd: Bool { offset == buffer.count }

    mutating func byte() throws(IndexDamage) -> UInt8 {
        guard offset < buffer.count else { throw IndexDamage.truncated }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func unsigned() throws(IndexDamage) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw IndexDamage.malformed }
            result |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(IndexDamage) -> Int {
        let u = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// A count of following items: bounded by the bytes left, so a damaged count cannot ask for gigabytes.
    mutating func count() throws(IndexDamage) -> Int {
        let n = try unsigned()
        guard n <= UInt64(buffer.count - offset) else { throw IndexDamage.malformed }
        return Int(n)
    }

    /// Steps over `n` bytes.
    mutating func skip(_ n: Int) throws(IndexDamage) {
        guard n <= buffer.count - offset else { throw IndexDamage.truncated }
        offset += n
    }

    mutating func fixed64() throws(IndexDamage) -> UInt64 {
        guard buffer.count - offset >= 8 else { throw IndexDamage.truncated }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(buffer[offset + i]) << UInt64(i * 8) }
        offset += 8
        return v
    }

    mutating func string() throws(IndexDamage) -> String {
        let n = try count()
        let slice = UnsafeBufferPointer(rebasing: buffer[offset..<(offset + n)])
        offset += n
        // `String(validating:)` is generic and unspecialised here: it cost a third of decoding.
        // The checksum already vouches for the bytes, so repairing (never needed) is enough.
        return String(decoding: slice, as: UTF8.self)
    }

    /// The bytes of the next string, undecoded (valid as long as the buffer is).
    mutating func stringBytes() throws(IndexDamage) -> UnsafeBufferPointer<UInt8> {
        let n = try count()
        defer { offset += n }
        return UnsafeBufferPointer(rebasing: buffer[offset..<(offset + n)])
    }

    /// Steps over the next string without making it.
    mutating func skipString() throws(IndexDamage) {
        try skip(try count())
    }

    mutating func optionalString() throws(IndexDamage) -> String? {
        try flag() ? try string() : nil
    }

    mutating func optionalInt() throws(IndexDamage) -> Int? {
        try flag() ? try int() : nil
    }

    mutating func strings() throws(IndexDamage) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func flag() throws(IndexDamage) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw IndexDamage.malformed
        }
    }

    mutating func optionalDay() throws(IndexDamage) -> LocalDay? {
        guard try flag() else { return nil }
        return LocalDay(year: try int(), month: try int(), day: try int())
    }
}
