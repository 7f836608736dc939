import JournalCore

/// What happened to an entry on the entry screen, so the list behind it can follow.
public enum EntryChange: Sendable {
    /// The file was edited; `text` is its new content (nil when it could not be read).
    case edited(BrowseRow, text: [UInt8]?)
    /// The file moved to the trash, now at `trashPath` (relative to the journal).
    case deleted(path: String, trashPath: String)
}
