import Foundation

/// The if-then plans of reflections: which fall on a day, and marking one done.
/// Pure, apart from `load`, which reads the few recent reflections it needs.
public enum Plans {
    /// The heading plans are saved under.
    public static let heading = "Plans"
    /// How far back a reflection's plans are looked for (plans are for the coming weeks).
    public static let lookBackDays = 90

    /// The plans written in `entry`'s `## Plans` section, in order.
    public static func plans(of entry: Entry) -> [IfThenPlan] {
        (entry.section(heading)?.bullets ?? []).compactMap(IfThenPlan.init(bullet:))
    }

    /// The plans of finished reflections that fall on `today`, as items for the check-in's list.
    public static func due(in entries: [StoredEntry], today: LocalDay) -> [FollowUp] {
        entries.filter { $0.entry.kind == .reflection && !$0.entry.isDraft }
            .sorted { $0.entry.created < $1.entry.created }
            .flatMap { stored in
                plans(of: stored.entry).filter { $0.day == today }.map { plan in
                    FollowUp(entryID: stored.entry.id, relativePath: stored.relativePath, note: plan.text,
                             due: today, isDone: plan.isDone, plan: plan)
                }
            }
    }

    /// Today's plans, reading in full only the finished reflections of the last `lookBackDays`
    /// that the index lists (the index keeps no `## Plans`). Unreadable files are passed over.
    public static func load(store: JournalStore, indexed: [StoredEntry], today: LocalDay) -> [FollowUp] {
        let since = today.adding(days: -lookBackDays)
        let recent = indexed.filter { $0.entry.kind == .reflection && !$0.entry.isDraft && $0.entry.day >= since && $0.entry.day <= today }
        let full = recent.compactMap { stored -> StoredEntry? in
            if case .success(let read) = store.readEntry(stored.relativePath) { return read }
            return nil
        }
        return due(in: full, today: today)
    }

    /// The reflection with `plan` marked done (or not), touched at `now`. Only the plan's own line
    /// changes; a plan no longer there (edited by hand meanwhile) leaves the entry as it was.
    public static func marking(_ entry: Entry, plan: IfThenPlan, done: Bool, at now: LocalTimestamp) -> Entry {
        guard let body = entry.section(heading)?.body else { return entry }
        var lines = body.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let trimmed = line.dropFirst(indent.count)
            guard let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " ",
                  var found = IfThenPlan(bullet: String(trimmed.dropFirst(2))),
                  found.text == plan.text, found.day == plan.day else { continue }
            found.isDone = done
            lines[i] = indent + String(marker) + " " + found.bulletText
            var copy = entry
            copy.setSection(heading, body: lines.joined(separator: "\n"))
            copy.updated = max(now, entry.created)
            return copy
        }
        return entry
    }
}
