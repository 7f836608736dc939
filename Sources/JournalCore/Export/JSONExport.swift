/// `onward export --format json`: `{format_version, generator, exported, entries:
/// [ExportEntryJSON], unreadable: [{path, reason}]}`, entries oldest first. Keys are sorted
/// snake_case; `format_version` is raised only when a key is removed or renamed.
public struct JSONExport: Codable, Equatable, Sendable {
    public var formatVersion: Int
    public var generator: String
    public var exported: String
    public var entries: [ExportEntryJSON]
    public var unreadable: [ListJSON.Unreadable]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", generator, exported, entries, unreadable
    }

    public init(entries: [StoredEntry], problems: [FileProblem], exportedAt: LocalTimestamp) {
        formatVersion = JSONOutput.formatVersion
        generator = "onward"
        exported = exportedAt.description
        self.entries = entries.map(ExportEntryJSON.init)
        unreadable = problems.map { ListJSON.Unreadable(path: $0.relativePath, reason: $0.reason) }
    }

    /// The document as text, ending with a newline.
    public static func render(entries: [StoredEntry], problems: [FileProblem], exportedAt: LocalTimestamp) -> String {
        JSONOutput.encode(JSONExport(entries: entries, problems: problems, exportedAt: exportedAt)) + "\n"
    }
}
