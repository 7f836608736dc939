/// Every bullet under `## Achievements` and `## Lessons` across the journal, newest entry
/// first and in file order within an entry: the "remember your value" bank.
public struct Insights: Equatable, Sendable {
    public var items: [Insight]

    /// Gathers the bullets of the wanted kinds from finished entries (drafts are left out).
    ///
    /// Only entries with bullets are kept while sorting, so a lazy view of a large snapshot is
    /// never copied whole.
    public init(entries: some Sequence<Entry>, kinds: Set<Insight.Kind> = Set(Insight.Kind.allCases)) {
        var groups: [(created: LocalTimestamp, id: EntryID, items: [Insight])] = []
        for entry in entries where !entry.isDraft {
            let title = entry.displayTitle
            var found: [Insight] = []
            if kinds.contains(.achievement) {
                found += entry.achievements.map { Insight(kind: .achievement, text: $0, entryID: entry.id, day: entry.day, title: title) }
            }
            if kinds.contains(.lesson) {
                found += entry.lessons.map { Insight(kind: .lesson, text: $0, entryID: entry.id, day: entry.day, title: title) }
            }
            if !found.isEmpty { groups.append((entry.created, entry.id, found)) }
        }
        // Sort here rather than trust the caller: "newest first" is part of the contract.
        groups.sort { $0.created == $1.created ? $0.id > $1.id : $0.created > $1.created }
        items = groups.flatMap(\.items)
    }

    /// The achievements, newest first.
    public var achievements: [Insight] { items.filter { $0.kind == .achievement } }
    /// The lessons, newest first.
    public var lessons: [Insight] { items.filter { $0.kind == .lesson } }
}
