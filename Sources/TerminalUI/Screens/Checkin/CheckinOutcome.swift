import JournalCore

/// Results of the check-in's own effects, delivered back as `.result(.checkin(...))`.
public enum CheckinOutcome: Sendable {
    /// A follow-up or plan was written as done (or open again).
    case followUpMarked(FollowUp, done: Bool)
    /// Writing a follow-up failed; the sentence says why.
    case followUpFailed(EntryID, String)
}
