import JournalCore

/// The home screen's look for an unfinished check-in, delivered as `.result(.checkinDraft(...))`.
public struct CheckinDraftFound: Sendable {
    /// The newest check-in draft, or nil when there is none.
    public var entry: Entry?

    public init(entry: Entry?) { self.entry = entry }
}
