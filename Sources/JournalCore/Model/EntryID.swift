/// An entry's identifier: its file name without `.md`, e.g. `2026-11-27-1405-reflection-acme`.
public struct EntryID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: EntryID, b: EntryID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    /// Builds the id of a new entry from its local creation time, kind and an optional slug source.
    public static func make(at time: LocalTimestamp, kind: EntryKind, slugSource: String? = nil) -> EntryID {
        var id = time.day.description + "-" + Digits.pad(time.hour, 2) + Digits.pad(time.minute, 2) + "-"
        id += kind.rawValue
        if let source = slugSource {
            let slug = Slug.make(source)
            if !slug.isEmpty { id += "-" + slug }
        }
        return EntryID(id)
    }

    /// True when the text has the shape of an id, so it is safe to use as a file name.
    public var isWellFormed: Bool {
        let bytes = Array(rawValue.utf8)
        guard bytes.count >= 16, bytes.count <= 120 else { return false }
        return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7a) || $0 == 0x2d }
    }
}
