/// Appends the index's primitive values (LEB128 varints, length-prefixed UTF-8) to a byte buffer.
struct IndexBytesWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Zigzag, so small negative numbers (UTC offsets west) stay short.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        if let value { byte(1); string(value) } else { byte(0) }
    }

    mutating func optionalInt(_ value: Int?) {
        if let value { byte(1); int(value) } else { byte(0) }
    }

    mutating func strings(_ values: [String]) {
        unsigned(UInt64(values.count))
        for v in values { string(v) }
    }

    mutating func optionalDay(_ value: LocalDay?) {
        guard let value else { byte(0); return }
        byte(1); int(value.year); int(value.month); int(value.day)
    }
}
