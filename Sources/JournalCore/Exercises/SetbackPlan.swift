import Foundation

/// The `## Next time` of a reflection: what the person chose to do first when the next no comes,
/// shown at the start of the following reflection.
public enum SetbackPlan {
    /// The heading the setback plan is saved under.
    public static let heading = "Next time"

    /// The bullets of the newest finished reflection's `## Next time`, read from its file
    /// (the index keeps no such section); empty when there is none.
    public static func latest(store: JournalStore, indexed: [StoredEntry]) -> [String] {
        let reflections = indexed.filter { $0.entry.kind == .reflection && !$0.entry.isDraft }
            .sorted { $0.entry.created > $1.entry.created }
        // Only the newest few are read: an older plan was already shown by the reflection after it.
        for stored in reflections.prefix(3) {
            guard case .success(let read) = store.readEntry(stored.relativePath) else { continue }
            let items = items(of: read.entry)
            if !items.isEmpty { return items }
        }
        return []
    }

    /// The setback plan's items in `entry`: its bullets, or its lines when written without bullets.
    public static func items(of entry: Entry) -> [String] {
        guard let section = entry.section(heading) else { return [] }
        let bullets = section.bullets
        if !bullets.isEmpty { return bullets }
        return section.body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "Last time you planned: take a walk; tell Sam." or nil when there was no plan.
    public static func reminder(_ items: [String]) -> String? {
        guard !items.isEmpty else { return nil }
        return "Last time you planned: " + items.joined(separator: "; ") + "."
    }
}
