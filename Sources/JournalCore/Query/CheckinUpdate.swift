import Foundation

/// Applies check-in values to the day's check-in: one check-in per calendar day, so a second
/// check-in on the same day edits the first. Pure but for `todaysFile`, which reads; the caller writes.
public enum CheckinUpdate {
    /// The heading of the free-text section.
    public static let noteHeading = "Note"

    /// The check-in written on `today` (the day as written in the file), if any; the newest
    /// one when a hand-edited journal has several.
    public static func todays(in entries: [StoredEntry], today: LocalDay) -> StoredEntry? {
        entries
            .filter { $0.entry.kind == .checkin && $0.entry.day == today && $0.entry.status != "draft" }
            .max { $0.entry.created < $1.entry.created }
    }

    /// The check-in of `day` read whole (found through the index, so only that file is read),
    /// nil when there is none, or the problem of a day file that cannot be read and so must
    /// never be overwritten.
    public static func todaysFile(in store: JournalStore, day: LocalDay) throws(StoreError) -> Result<StoredEntry?, FileProblem> {
        let snapshot = try store.loadIndexed()
        if let broken = unreadableCheckin(in: snapshot.problems, on: day) { return .failure(broken) }
        guard let found = todays(in: snapshot.entries, today: day) else { return .success(nil) }
        // The index keeps only part of the body: text added by hand must be written back too.
        return store.readEntry(found.relativePath).map { Optional($0) }
    }

    /// A file named like a check-in of `day` (`entries/YYYY/MM/YYYY-MM-DD-HHMM-checkin...md`) that
    /// could not be read: saving must not create a second check-in beside it.
    public static func unreadableCheckin(in problems: [FileProblem], on day: LocalDay) -> FileProblem? {
        problems.first { problem in
            let name = problem.relativePath.split(separator: "/").last.map(String.init) ?? problem.relativePath
            return name.hasPrefix(day.description + "-") && name.contains("-checkin")
        }
    }

    /// The check-in after applying `values` at `now`: `existing` edited (keeping its unknown keys,
    /// sections and title), or a new entry created at `now` when there is none.
    public static func apply(_ values: CheckinValues, to existing: Entry?, at now: LocalTimestamp) -> Entry {
        var entry = existing ?? newCheckin(at: now)
        let clears = values.clearsMissingNumbers
        if values.mood != nil || clears { entry.mood = values.mood }
        if values.energy != nil || clears { entry.energy = values.energy }
        if values.sleepHours != nil || clears { entry.sleepHours = values.sleepHours }
        if values.applications != nil || clears { entry.applications = values.applications }
        if values.contacts != nil || clears { entry.contacts = values.contacts }
        if values.learning != nil || clears { entry.learning = values.learning }

        let activities = values.selfCare.map(clean).filter { !$0.isEmpty }
        if values.replacesSelfCare {
            entry.selfCare = unique(activities)
        } else {
            entry.selfCare = unique(entry.selfCare + activities)
        }

        // Running the same command twice must not list the same win twice.
        if let win = values.win.map(clean), !win.isEmpty, !entry.wins.contains(where: { same($0, win) }) {
            entry.wins.append(win)
        }
        if let note = values.note.map({ Entry.trimBlankLines($0) }), !note.isEmpty {
            let old = entry.section(noteHeading)?.body ?? ""
            if !old.contains(note) {
                entry.setSection(noteHeading, body: old.isEmpty ? note : old + "\n\n" + note)
            }
        }
        entry.updated = max(now, entry.created)
        return entry
    }

    private static func newCheckin(at now: LocalTimestamp) -> Entry {
        var entry = Entry(id: EntryID.make(at: now, kind: .checkin), kind: .checkin, created: now)
        entry.title = "Check-in"
        return entry
    }

    /// Trims and turns line breaks into spaces: these values live on one front-matter line.
    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive]) == .orderedSame
    }

    /// Drops repeats (ignoring case), keeping the first spelling and the order.
    private static func unique(_ items: [String]) -> [String] {
        var out: [String] = []
        for item in items where !out.contains(where: { same($0, item) }) { out.append(item) }
        return out
    }
}
