import JournalCore

/// The applications read again after a change, a note on what was done, and the one to select.
public struct ApplicationsReload: Sendable {
    var records: [ApplicationRecord]
    var notice: String?
    var select: EntryID?
    /// What to open next (the reflection after "said no"), when the re-read application allows it.
    var then: ScreenRequest? = nil
    /// True when the change asked for was not made (the disk full, a date refused): the answer
    /// is offered again as typed.
    var failed = false
}
