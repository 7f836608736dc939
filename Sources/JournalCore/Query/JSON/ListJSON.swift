/// `onward list --json`: `{format_version, entries: [EntrySummaryJSON], unreadable: [{path, reason}]}`.
public struct ListJSON: Codable, Equatable, Sendable {
    /// A file that could not be read as an entry.
    public struct Unreadable: Codable, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    public var formatVersion: Int
    public var entries: [EntrySummaryJSON]
    public var unreadable: [Unreadable]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", entries, unreadable
    }

    public init(entries: [StoredEntry], problems: [FileProblem]) {
        formatVersion = JSONOutput.formatVersion
        self.entries = entries.map(EntrySummaryJSON.init)
        unreadable = problems.map { Unreadable(path: $0.relativePath, reason: $0.reason) }
    }
}
