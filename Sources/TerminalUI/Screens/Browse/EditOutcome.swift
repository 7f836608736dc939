import JournalCore

/// How an edit in the person's editor ended, as read back from the file afterwards.
public enum EditOutcome: Sendable {
    /// The file reads as an entry (changed or not); `text` is what is on disk now.
    case readable(StoredEntry, text: [UInt8])
    /// The file no longer reads as an entry; it is left exactly as the editor wrote it.
    case broken(FileProblem)
    /// The editor could not be run, or stopped with an error; the file is untouched by onward.
    case editorFailed(String)
}
