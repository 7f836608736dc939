/// What an import did: entries written, entries already there from an earlier run, and the
/// ones that could not be saved (with the reason).
public struct ImportReport: Equatable, Sendable {
    public var imported: [EntryID] = []
    public var alreadyPresent = 0
    public var failures: [String] = []
    /// Why the import stopped before the end (the disk is full, the journal read-only): every
    /// later entry would fail the same way, so it is said once instead of once per entry.
    public var stopped: String?
    /// Entries still to import when it stopped.
    public var remaining = 0
    public init() {}
}
