/// One entry in `onward export --format json`: every key of `EntrySummaryJSON`, plus the
/// body (`preamble`, `sections`) and `markdown`, the entry's complete file text, from
/// which it can be restored exactly.
public struct ExportEntryJSON: Codable, Equatable, Sendable {
    /// A `## Heading` and the text under it.
    public struct SectionJSON: Codable, Equatable, Sendable {
        public var heading: String
        public var body: String
    }

    public var summary: EntrySummaryJSON
    public var preamble: String?
    public var sections: [SectionJSON]
    public var markdown: String

    enum CodingKeys: String, CodingKey { case preamble, sections, markdown }

    public init(_ stored: StoredEntry) {
        summary = EntrySummaryJSON(stored)
        preamble = stored.entry.preamble.isEmpty ? nil : stored.entry.preamble
        sections = stored.entry.sections.map { SectionJSON(heading: $0.heading, body: $0.body) }
        markdown = EntryCodec.encode(stored.entry)
    }

    // The summary's keys sit beside the others in one flat object, which is easier to query.
    public init(from decoder: Decoder) throws {
        summary = try EntrySummaryJSON(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        preamble = try c.decodeIfPresent(String.self, forKey: .preamble)
        sections = try c.decode([SectionJSON].self, forKey: .sections)
        markdown = try c.decode(String.self, forKey: .markdown)
    }

    public func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(preamble, forKey: .preamble)
        try c.encode(sections, forKey: .sections)
        try c.encode(markdown, forKey: .markdown)
    }
}
