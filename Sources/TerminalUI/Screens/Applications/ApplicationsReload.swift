import JournalCore

/// The applications read again after a change, a note on what was done, and the one to select.
public struct ApplicationsReload: Sendable {
    var entries: [StoredEntry]
    var notice: String?
    var select: EntryID?
}
