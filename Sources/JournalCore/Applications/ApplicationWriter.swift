/// The one place where applications, and the reflections linked to them, are written.
///
/// A change is a closure over the entry as it is on disk now: the file is read again just before
/// the closure runs, so an edit made meanwhile (by hand, by another onward) is kept and only the
/// caller's own change is applied.
public struct ApplicationWriter: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// Saves a new application (a free file name is found when the minute is taken); an import
    /// passes `notingIndex: false` and refreshes the index once a batch.
    @discardableResult
    public func add(_ entry: Entry, notingIndex: Bool = true) throws(ApplicationError) -> StoredEntry {
        do { return try store.create(entry, notingIndex: notingIndex) } catch { throw ApplicationError(error.message) }
    }

    /// Re-reads the entry at `relativePath` under the journal's write lock, applies `change` and
    /// writes the result atomically (`JournalStore.modify`).
    @discardableResult
    public func change(_ relativePath: String, _ change: (inout Entry) throws(ApplicationError) -> Void) throws(ApplicationError) -> StoredEntry {
        do {
            return try store.modify(relativePath) { (entry: inout Entry) throws(StoreError) in
                let before = entry
                do throws(ApplicationError) {
                    try change(&entry)
                    try Self.requireEventsAfterApplied(before, entry)
                } catch { throw StoreError(error.message) }
            }
        } catch {
            throw ApplicationError(error.message)
        }
    }

    /// What `close` found: the application as it is now, and whether this call closed it.
    public struct Closing: Sendable {
        /// The application after the call (unchanged when it was closed already).
        public let record: ApplicationRecord
        /// False when it was closed already (with any outcome): then nothing was written.
        public let closedNow: Bool
    }

    /// Closes the application at `relativePath` with `outcome` on `day`, re-read under the lock. A
    /// closed one is left as it is (the caller judges a different outcome); a day before the
    /// timeline's last event is refused, since the end cannot come before what happened.
    public func close(_ relativePath: String, as outcome: ApplicationOutcome, on day: LocalDay, note: String?,
                      at now: LocalTimestamp) throws(ApplicationError) -> Closing {
        var closedAlready: Entry?
        do {
            let stored = try change(relativePath) { (e: inout Entry) throws(ApplicationError) in
                if let current = e.outcome, current != .open {
                    closedAlready = e
                    throw ApplicationError("closed already")  // nothing to write: the file stays as it is
                }
                // A day before the application was sent gets that sentence, the same as any event's.
                if let applied = e.appliedOn, day < applied {
                    throw ApplicationError("An event cannot be dated \(day), before \(ApplicationRecord(e).title) was sent on \(applied); give a day from \(applied) on")
                }
                if let latest = TimelineFacts(body: e.section(ApplicationChange.timelineHeading)?.body ?? "").latest, day < latest {
                    throw ApplicationError("The close of \(ApplicationRecord(e).title) cannot be dated \(day), before its last event on \(latest); give a day from \(latest) on.")
                }
                ApplicationChange.close(&e, as: outcome, on: day, note: note, at: now)
            }
            return Closing(record: ApplicationRecord(stored), closedNow: true)
        } catch {
            guard let entry = closedAlready else { throw error }
            return Closing(record: ApplicationRecord(entry, relativePath: relativePath), closedNow: false)
        }
    }

    /// What `move` found on the file as it is now.
    public enum Moving: Equatable, Sendable {
        /// It reached the stage: one timeline line was written.
        case moved(ApplicationRecord)
        /// It was closed meanwhile (with this outcome): nothing was written.
        case closed(ApplicationRecord)
        /// It had reached that stage or a later one meanwhile: nothing was written.
        case reachedAlready(ApplicationRecord)
    }

    /// Records reaching `stage` on `day`, deciding on the file re-read under the lock: a closed
    /// application is not moved on, and one already at `stage` or beyond gets no second line,
    /// so a screen acting on what it read earlier never writes over what happened meanwhile.
    public func move(_ relativePath: String, to stage: Stage, on day: LocalDay, note: String?,
                     at now: LocalTimestamp) throws(ApplicationError) -> Moving {
        var unchanged: Moving?
        do {
            let stored = try change(relativePath) { (e: inout Entry) throws(ApplicationError) in
                let record = ApplicationRecord(e, relativePath: relativePath)
                if let outcome = e.outcome, outcome != .open { unchanged = .closed(record) }
                else if Self.rank(e.stage ?? .applied) >= Self.rank(stage) { unchanged = .reachedAlready(record) }
                if unchanged != nil { throw ApplicationError("unchanged") }  // nothing to write
                ApplicationChange.move(&e, to: stage, on: day, note: note, at: now)
            }
            return .moved(ApplicationRecord(stored))
        } catch {
            guard let unchanged else { throw error }
            return unchanged
        }
    }

    private static func rank(_ stage: Stage) -> Int { Stage.allCases.firstIndex(of: stage) ?? 0 }

    /// Refuses a change that puts an event on the timeline dated before the day the application
    /// was sent (whichever screen or command made it); lines already there are not judged.
    static func requireEventsAfterApplied(_ before: Entry, _ after: Entry) throws(ApplicationError) {
        guard after.kind == .application, let applied = after.appliedOn else { return }
        var old: [String: Int] = [:]
        for line in before.section(ApplicationChange.timelineHeading)?.bullets ?? [] { old[line, default: 0] += 1 }
        for line in after.section(ApplicationChange.timelineHeading)?.bullets ?? [] {
            if let n = old[line], n > 0 { old[line] = n - 1; continue }
            if let day = TimelineEvent(parsing: line).day, day < applied {
                throw ApplicationError("An event cannot be dated \(day), before \(ApplicationRecord(after).title) was sent on \(applied); give a day from \(applied) on")
            }
        }
    }
}
