/// `onward search --json`: `{format_version, words: [String], results: [{entry: EntrySummaryJSON, snippet}]}`.
public struct SearchJSON: Codable, Equatable, Sendable {
    /// One matching entry and the line around the match.
    public struct Hit: Codable, Equatable, Sendable {
        public var entry: EntrySummaryJSON
        public var snippet: String
    }

    public var formatVersion: Int
    public var words: [String]
    public var results: [Hit]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", words, results
    }

    public init(search: Search, results: [SearchResult]) {
        formatVersion = JSONOutput.formatVersion
        words = search.words
        self.results = results.map { Hit(entry: EntrySummaryJSON($0.stored), snippet: $0.snippet) }
    }
}
