/// Something told about each change to an entry file after it is safely on disk (e.g. git).
///
/// It returns a one-line problem instead of throwing: the entry is saved either way, and
/// a failure here must never look like the entry was lost.
public protocol EntryCommitter: Sendable {
    /// `relativePath` was written (created or rewritten) under the journal root.
    func saved(_ relativePath: String) -> String?
    /// `relativePath` was moved away from the entries (to `movedTo`, e.g. the trash).
    func removed(_ relativePath: String, movedTo: String) -> String?
}
