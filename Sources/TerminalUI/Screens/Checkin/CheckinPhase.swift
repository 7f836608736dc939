/// Where the person is in the check-in.
public enum CheckinPhase: Equatable, Sendable {
    /// Filling in the fields.
    case editing
    /// Saved at this path (relative to the journal); `updated` when it edited the day's entry.
    case saved(path: String, updated: Bool)
}
