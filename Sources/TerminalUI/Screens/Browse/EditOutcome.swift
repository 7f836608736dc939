import JournalCore

/// How an edit in the person's editor ended, as read back from the file afterwards.
public enum EditOutcome: Sendable {
    /// The file reads as an entry (changed or not); `text` is what is on disk now, `note` the
    /// sentence to show (nil: the plain "saved" or "no changes").
    case readable(StoredEntry, text: [UInt8], note: String? = nil)
    /// The file no longer reads as an entry; it is left exactly as the editor wrote it. `note`
    /// says where a version another writer saved meanwhile went, if one did.
    case broken(FileProblem, note: String? = nil)
    /// The editor could not be run, or stopped with an error, or its text could not be saved;
    /// the sentence says so (and where the edit is kept).
    case editorFailed(String)
}
