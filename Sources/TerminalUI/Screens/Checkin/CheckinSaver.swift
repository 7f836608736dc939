import JournalCore

/// The I/O behind the check-in's effects, run by the app loop with its context.
public enum CheckinSaver {
    /// Writes `values` into the check-in of `day` (found and re-read under the write lock, in
    /// case `onward checkin --mood` ran meanwhile) and removes the draft. A day file that cannot
    /// be read is never overwritten.
    public static func save(_ values: CheckinValues, day: LocalDay, started: LocalTimestamp, draftID: EntryID,
                            store: JournalStore, now: LocalTimestamp) -> EffectResult {
        do {
            // A check-in finished on a later day still belongs to the day it was started.
            let saved = try CheckinUpdate.save(values, in: store, day: day, at: day == now.day ? now : started, now: now)
            try? store.removeDraft(draftID)
            return .saved(saved.stored)
        } catch {
            return .saveFailed(error.message)
        }
    }

    /// Marks the follow-up (or one if-then plan) of the reflection at `path` done (or open again).
    public static func markFollowUp(_ item: FollowUp, done: Bool, store: JournalStore, now: LocalTimestamp) -> EffectResult {
        if case .failure(let problem) = store.readEntry(item.relativePath) {
            return .checkin(CheckinOutcome.followUpFailed(item.entryID, "The reflection could not be read (\(problem.reason)), so it was left as it was."))
        }
        do {
            try store.modify(item.relativePath) { entry in
                if let plan = item.plan {
                    entry = Plans.marking(entry, plan: plan, done: done, at: now)
                } else {
                    entry = FollowUps.marking(entry, done: done, at: now)
                }
            }
            return .checkin(CheckinOutcome.followUpMarked(item, done: done))
        } catch {
            return .checkin(CheckinOutcome.followUpFailed(item.entryID, error.message))
        }
    }
}
