/// What an import did: entries written, entries already there from an earlier run, and the
/// ones that could not be saved (with the reason).
public struct ImportReport: Equatable, Sendable {
    public var imported: [EntryID] = []
    public var alreadyPresent = 0
    public var failures: [String] = []
    public init() {}
}
