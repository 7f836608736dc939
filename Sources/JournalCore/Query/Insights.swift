/// Every bullet under `## Achievements` and `## Lessons` across the journal, newest entry
/// first and in file order within an entry: the "remember your value" bank.
public struct Insights: Equatable, Sendable {
    public var items: [Insight]

    /// Gathers the bullets of the wanted kinds from finished entries (drafts are left out).
    public init(entries: [Entry], kinds: Set<Insight.Kind> = Set(Insight.Kind.allCases)) {
        // Sort here rather than trust the caller: "newest first" is part of the contract.
        let ordered = entries
            .filter { $0.status != "draft" }
            .sorted { $0.created == $1.created ? $0.id > $1.id : $0.created > $1.created }
        var items: [Insight] = []
        for entry in ordered {
            let title = entry.displayTitle
            if kinds.contains(.achievement) {
                items += entry.achievements.map { Insight(kind: .achievement, text: $0, entryID: entry.id, day: entry.day, title: title) }
            }
            if kinds.contains(.lesson) {
                items += entry.lessons.map { Insight(kind: .lesson, text: $0, entryID: entry.id, day: entry.day, title: title) }
            }
        }
        self.items = items
    }

    /// The achievements, newest first.
    public var achievements: [Insight] { items.filter { $0.kind == .achievement } }
    /// The lessons, newest first.
    public var lessons: [Insight] { items.filter { $0.kind == .lesson } }
}
