import JournalCore

/// The I/O behind the check-in's effects, run by the app loop with its context.
public enum CheckinSaver {
    /// Writes `values` into the check-in of `day` (re-read now, in case `onward checkin --mood`
    /// ran meanwhile) and removes the draft. A day file that cannot be read is never overwritten.
    public static func save(_ values: CheckinValues, day: LocalDay, started: LocalTimestamp, draftID: EntryID,
                            store: JournalStore, now: LocalTimestamp) -> EffectResult {
        do {
            let existing: StoredEntry?
            switch try CheckinUpdate.todaysFile(in: store, day: day) {
            case .success(let found): existing = found
            case .failure(let problem): return unreadable(problem)
            }
            // A check-in finished on a later day still belongs to the day it was started.
            var entry = CheckinUpdate.apply(values, to: existing?.entry, at: day == now.day ? now : started)
            entry.updated = max(now, entry.created)
            let stored: StoredEntry
            if let existing {
                stored = try store.update(entry, at: existing.relativePath)
            } else {
                stored = try store.create(entry)
            }
            try? store.removeDraft(draftID)
            return .saved(stored)
        } catch {
            return .saveFailed(error.message)
        }
    }

    private static func unreadable(_ problem: FileProblem) -> EffectResult {
        .saveFailed("The check-in file \(problem.relativePath) cannot be read (\(problem.reason)); fix it by hand or run `onward doctor`.")
    }

    /// Marks the follow-up of the reflection at `path` done (or open again).
    public static func markFollowUp(_ item: FollowUp, done: Bool, store: JournalStore, now: LocalTimestamp) -> EffectResult {
        switch store.readEntry(item.relativePath) {
        case .failure(let problem):
            return .value(CheckinOutcome.followUpFailed(item.entryID, "The reflection could not be read (\(problem.reason)), so it was left as it was."))
        case .success(let stored):
            do {
                try store.update(FollowUps.marking(stored.entry, done: done, at: now), at: item.relativePath)
                return .value(CheckinOutcome.followUpMarked(item.entryID, done: done))
            } catch {
                return .value(CheckinOutcome.followUpFailed(item.entryID, error.message))
            }
        }
    }
}
