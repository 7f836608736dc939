/// `onward insights --json`: `{format_version, items: [{kind, text, entry_id, day, title}]}`,
/// newest entry first; `kind` is `achievement` or `lesson` (or `win` for `insights wins --json`).
public struct InsightsJSON: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var kind: String
        public var text: String
        public var entryID: String
        public var day: String
        public var title: String
        enum CodingKeys: String, CodingKey {
            case kind, text, entryID = "entry_id", day, title
        }
    }

    public var formatVersion: Int
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", items
    }

    public init(_ insights: Insights) {
        formatVersion = JSONOutput.formatVersion
        items = insights.items.map {
            Item(kind: $0.kind.rawValue, text: $0.text, entryID: $0.entryID.rawValue, day: $0.day.description, title: $0.title)
        }
    }

    /// The small wins, in the same shape as the achievements and lessons, each of kind `win`.
    public init(wins: Wins) {
        formatVersion = JSONOutput.formatVersion
        items = wins.items.map {
            Item(kind: "win", text: $0.text, entryID: $0.entryID.rawValue, day: $0.day.description, title: $0.entryTitle)
        }
    }
}
