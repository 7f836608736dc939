/// The result of moving a file to the trash.
public enum DeleteOutcome: Sendable {
    /// Moved; `trashPath` is where it is now, relative to the journal.
    case moved(path: String, trashPath: String)
    /// Not moved, with the reason in one sentence.
    case failed(String)
}
