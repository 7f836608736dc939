/// One entry in `list --json` and `search --json`.
///
/// Keys: `id`, `kind`, `created`, `updated` (ISO 8601 with offset), `day` (YYYY-MM-DD as
/// written), `title`, `path` (relative to the journal), and every row of the entry's kind
/// (`EntryFields.rows(in:)`)
/// whose listing is not `.never`, under its front-matter key (docs/FORMAT.md): `tags` always,
/// the others when present. One key means one row per kind, so `contacts` is a list of people
/// in an application and a number in a check-in, never both.
public struct EntrySummaryJSON: Codable, Equatable, Sendable {
    public var id: String
    public var kind: String
    public var created: String
    public var updated: String
    public var day: String
    public var title: String
    public var path: String
    /// The listed fields that have a value, by front-matter key.
    public var fields: [String: FieldJSON]

    /// The listed rows of each kind.
    private static let listed: [EntryKind: [EntryField]] = Dictionary(uniqueKeysWithValues: EntryKind.allCases.map { kind in
        (kind, EntryFields.rows(in: kind).filter { $0.listing != .never })
    })

    /// The listed rows of the kind named `kind`; none for a kind onward does not know.
    static func listed(_ kind: String) -> [EntryField] { EntryKind(rawValue: kind).flatMap { listed[$0] } ?? [] }

    private enum FixedKeys: String, CodingKey { case id, kind, created, updated, day, title, path }

    private struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(_ stored: StoredEntry) {
        let e = stored.entry
        id = e.id.rawValue
        kind = e.kind.rawValue
        created = e.created.description
        updated = e.updated.description
        day = e.day.description
        title = e.displayTitle
        path = stored.relativePath
        fields = [:]
        for field in Self.listed(kind) {
            if let value = field.json(e) { fields[field.key] = value }
        }
    }

    /// The value of one listed field, e.g. `self["mood"]`.
    public subscript(key: String) -> FieldJSON? { fields[key] }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: FixedKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(String.self, forKey: .kind)
        created = try c.decode(String.self, forKey: .created)
        updated = try c.decode(String.self, forKey: .updated)
        day = try c.decode(String.self, forKey: .day)
        title = try c.decode(String.self, forKey: .title)
        path = try c.decode(String.self, forKey: .path)
        let keyed = try decoder.container(keyedBy: FieldKey.self)
        fields = [:]
        for field in Self.listed(kind) {
            let key = FieldKey(stringValue: field.key)
            guard keyed.contains(key), !(try keyed.decodeNil(forKey: key)) else { continue }
            fields[field.key] = try FieldJSON(from: try keyed.superDecoder(forKey: key), shape: field.shape)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FixedKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        try c.encode(day, forKey: .day)
        try c.encode(title, forKey: .title)
        try c.encode(path, forKey: .path)
        var keyed = encoder.container(keyedBy: FieldKey.self)
        for (key, value) in fields { try keyed.encode(value, forKey: FieldKey(stringValue: key)) }
    }
}
