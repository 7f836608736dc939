import JournalCore

/// One line of the achievements or lessons list: an entry's heading or one bullet, and the
/// entry Enter opens from it.
public struct InsightLine: Equatable, Sendable {
    /// The bullet, or the entry title for a heading.
    public var text: String
    /// The day of the source entry.
    public var day: LocalDay
    /// The source entry's title, e.g. "Acme, Backend Engineer".
    public var source: String
    /// The source entry.
    public var entryID: EntryID
    /// True for the heading of a group of lessons.
    public var isHeading: Bool

    /// A line from the entry `entryID`.
    public init(text: String, day: LocalDay, source: String, entryID: EntryID, isHeading: Bool = false) {
        self.text = text
        self.day = day
        self.source = source
        self.entryID = entryID
        self.isHeading = isHeading
    }

    /// Every achievement, newest first, one line each.
    public static func achievements(_ insights: Insights) -> [InsightLine] {
        insights.achievements.map { InsightLine(text: $0.text, day: $0.day, source: $0.title, entryID: $0.entryID) }
    }

    /// Every small win, newest first, one line each.
    public static func wins(_ wins: Wins) -> [InsightLine] {
        wins.items.map { InsightLine(text: $0.text, day: $0.day, source: $0.entryTitle, entryID: $0.entryID) }
    }

    /// The lessons under a heading for each entry they came from, newest entry first.
    public static func lessons(_ insights: Insights) -> [InsightLine] {
        var lines: [InsightLine] = []
        var current: EntryID?
        for item in insights.lessons {
            if item.entryID != current {
                current = item.entryID
                lines.append(InsightLine(text: item.title, day: item.day, source: item.title, entryID: item.entryID, isHeading: true))
            }
            lines.append(InsightLine(text: item.text, day: item.day, source: item.title, entryID: item.entryID))
        }
        return lines
    }
}
