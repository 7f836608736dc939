import Foundation

/// Applies check-in values to the day's check-in: one check-in per calendar day, so a second
/// check-in on the same day edits the first. `apply` is pure; `save` does the whole
/// find, re-read, change and write under the journal's write lock.
public enum CheckinUpdate {
    /// The heading of the free-text section.
    public static let noteHeading = "Note"

    /// The check-in written on `today` (the day as written in the file), if any; the newest
    /// one when a hand-edited journal has several.
    public static func todays(in entries: [StoredEntry], today: LocalDay) -> StoredEntry? {
        entries
            .filter { $0.entry.kind == .checkin && $0.entry.day == today && !$0.entry.isDraft }
            .max { $0.entry.created < $1.entry.created }
    }

    /// The files that may hold the check-in of `day`, newest name first: those named like one
    /// (`YYYY-MM-DD-...checkin...md`) in the day's month folder, where onward writes it. Found from
    /// the folder's names alone, so saving reads neither the index nor any other file.
    static func candidateFiles(in store: JournalStore, day: LocalDay) -> [String] {
        let folder = PosixFileSystem.parent(of: store.relativePath(for: EntryID("x"), created: day))
        let names = (try? store.fileSystem.list(store.absolute(folder))) ?? []
        return names.filter { $0.hasSuffix(".md") && isNamedLikeCheckin($0, on: day) }.sorted(by: >).map { folder + "/" + $0 }
    }

    /// True for a file name such as `2026-11-27-0810-checkin.md` (or `...-checkin-2.md`) of `day`.
    static func isNamedLikeCheckin(_ name: String, on day: LocalDay) -> Bool {
        name.hasPrefix(day.description + "-") && name.contains("-checkin")
    }

    /// A file named like a check-in of `day` (`entries/YYYY/MM/YYYY-MM-DD-HHMM-checkin...md`) that
    /// could not be read: saving must not create a second check-in beside it.
    public static func unreadableCheckin(in problems: [FileProblem], on day: LocalDay) -> FileProblem? {
        problems.first { problem in
            isNamedLikeCheckin(problem.relativePath.split(separator: "/").last.map(String.init) ?? problem.relativePath, on: day)
        }
    }

    /// The check-in after applying `values` at `now`: `existing` edited (keeping its unknown keys,
    /// sections and title), or a new entry created at `now` when there is none.
    public static func apply(_ values: CheckinValues, to existing: Entry?, at now: LocalTimestamp) -> Entry {
        var entry = existing ?? newCheckin(at: now)
        func clears(_ number: CheckinValues.Number) -> Bool { values.clearsMissingNumbers || values.cleared.contains(number) }
        if values.mood != nil || clears(.mood) { entry.mood = values.mood }
        if values.energy != nil || clears(.energy) { entry.energy = values.energy }
        if values.sleepHours != nil || clears(.sleep) { entry.sleepHours = values.sleepHours }
        if values.applications != nil || clears(.applications) { entry.applications = values.applications }
        if values.contacts != nil || clears(.contacts) { entry.contacts = values.contacts }
        if values.learning != nil || clears(.learning) { entry.learning = values.learning }

        let activities = values.selfCare.map(clean).filter { !$0.isEmpty }
        if values.replacesSelfCare {
            entry.selfCare = unique(activities)
        } else {
            let removed = values.selfCareRemoved.map(clean)
            let kept = entry.selfCare.filter { item in !removed.contains { same($0, item) } }
            entry.selfCare = unique(kept + activities)
        }

        // Running the same command twice must not list the same win twice.
        for win in ([values.win].compactMap { $0 } + values.moreWins).map(clean)
        where !win.isEmpty && !entry.wins.contains(where: { same($0, win) }) {
            entry.wins.append(win)
        }
        if values.replacesNote {
            let mine = Entry.trimBlankLines(values.note ?? "")
            if let base = values.noteBase {
                // The person edited the note they were shown; a paragraph written meanwhile stays.
                let theirs = Entry.trimBlankLines(entry.section(noteHeading)?.body ?? "")
                entry.setSection(noteHeading, body: TextMerge.merge(base: Entry.trimBlankLines(base), mine: mine, theirs: theirs))
            } else {
                entry.setSection(noteHeading, body: mine)
            }
        } else if let note = values.note.map({ Entry.trimBlankLines($0) }), !note.isEmpty {
            let old = entry.section(noteHeading)?.body ?? ""
            // Whole paragraphs, never substrings: "ok" is added to a note that says "book".
            if !containsRun(paragraphs(old), paragraphs(note)) {
                entry.setSection(noteHeading, body: old.isEmpty ? note : old + "\n\n" + note)
            }
        }
        entry.updated = max(now, entry.created)
        return entry
    }

    /// Saves `values` into the check-in of `day` under the journal's write lock: the day's file
    /// is found and re-read there, so two writers never make two check-ins for one day and a
    /// value saved meanwhile by another writer is kept unless `values` sets it. `time` is the
    /// moment a new check-in is dated; `now` is its `updated`.
    public static func save(_ values: CheckinValues, in store: JournalStore, day: LocalDay,
                            at time: LocalTimestamp, now: LocalTimestamp) throws(StoreError) -> Saved {
        try store.withWriteLock { () throws(StoreError) -> Saved in
            // Each file named like the day's check-in is read once, by `modify`, under this lock;
            // one that turns out to be of another day or kind (edited by hand) is left as it was.
            for path in candidateFiles(in: store, day: day) {
                var other = false
                do throws(StoreError) {
                    let stored = try store.modify(path, unreadable: brokenCheckin) { (entry: inout Entry) throws(StoreError) in
                        guard entry.kind == .checkin, entry.day == day, !entry.isDraft else {
                            other = true
                            throw StoreError("not the day's check-in")
                        }
                        entry = apply(values, to: entry, at: time)
                        entry.updated = max(now, entry.created)
                    }
                    return Saved(stored: stored, updatedExisting: true)
                } catch {
                    if other { continue }
                    throw error
                }
            }
            var entry = apply(values, to: nil, at: time)
            entry.updated = max(now, entry.created)
            return Saved(stored: try store.create(entry), updatedExisting: false)
        }
    }

    /// The error for a file named like the day's check-in that does not read as an entry: saving
    /// must not create a second check-in beside it.
    static func brokenCheckin(_ broken: FileProblem) -> StoreError {
        StoreError("The check-in file \(broken.relativePath) cannot be read (\(broken.reason)); fix it by hand or run `onward doctor`.")
    }

    /// What `save` wrote, and whether it added to a check-in that was there already.
    public struct Saved: Sendable {
        public var stored: StoredEntry
        public var updatedExisting: Bool
    }

    /// The blocks of a text separated by blank lines, each trimmed.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        for line in TextLines.split(text) {
            if TextLines.isBlank(line) {
                if !current.isEmpty { out.append(Entry.trimBlankLines(current)); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(Entry.trimBlankLines(current)) }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// True when `run` appears as consecutive whole paragraphs of `all`.
    private static func containsRun(_ all: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= all.count else { return false }
        return (0...(all.count - run.count)).contains { Array(all[$0..<($0 + run.count)]) == run }
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
