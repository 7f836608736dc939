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
        let wantsAchievements = kinds.contains(.achievement), wantsLessons = kinds.contains(.lesson)
        for entry in entries where !entry.isDraft && !entry.sections.isEmpty {
            // One look at the headings (the first of each, as `Entry.section` finds it).
            var achievements: Section?, lessons: Section?
            for section in entry.sections where achievements == nil || lessons == nil {
                switch section.heading.lowercased() {
                case "achievements" where achievements == nil: achievements = section
                case "lessons" where lessons == nil: lessons = section
                default: continue
                }
            }
            let bullets = (wantsAchievements ? achievements?.bullets ?? [] : [], wantsLessons ? lessons?.bullets ?? [] : [])
            guard !bullets.0.isEmpty || !bullets.1.isEmpty else { continue }
            let title = entry.displayTitle, id = entry.id, day = entry.day
            var found: [Insight] = []
            found.reserveCapacity(bullets.0.count + bullets.1.count)
            for text in bullets.0 { found.append(Insight(kind: .achievement, text: text, entryID: id, day: day, title: title)) }
            for text in bullets.1 { found.append(Insight(kind: .lesson, text: text, entryID: id, day: day, title: title)) }
            groups.append((entry.created, id, found))
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
