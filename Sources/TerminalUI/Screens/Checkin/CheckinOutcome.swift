import JournalCore

/// Results of the check-in's own effects, delivered back as `.result(.value(...))`.
public enum CheckinOutcome: Sendable {
    /// A follow-up was written as done (or open again).
    case followUpMarked(EntryID, done: Bool)
    /// Writing a follow-up failed; the sentence says why.
    case followUpFailed(EntryID, String)
}
