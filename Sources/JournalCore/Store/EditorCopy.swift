/// A private copy of an entry file, handed to the person's editor instead of the file itself,
/// so that whatever another writer saves while the editor is open can be merged back in.
public struct EditorCopy: Sendable {
    /// The entry file, relative to the journal's root.
    public let relativePath: String
    /// The copy's absolute path (0600, in `.onward/editing/`): what the editor opens.
    public let path: String
    /// The file's bytes when the copy was made: the base of the merge.
    let base: [UInt8]
    /// Where an edit left by an earlier onward (stopped while its editor was open) was put,
    /// relative to the root, when there was one; nil otherwise.
    public let earlierEdit: String?
}

/// What bringing an editor's copy back into the journal did.
public enum EditorReturn: Equatable, Sendable {
    /// The editor left the text as it was: nothing was written.
    case unchanged
    /// The person's text is in the file. `merged`: another writer had changed the file meanwhile
    /// and both are kept. `otherVersion`: the two could not be merged (one of them does not read
    /// as an entry), so the person's text went in as written and the other version is in the
    /// trash at this path.
    case saved(merged: Bool, otherVersion: String?)
    /// The person's text went in as written though it no longer reads as an entry; the version
    /// before the edit is in the trash at this path, so nothing the entry held is gone.
    case savedUnreadable(earlierVersion: String)
    /// Nothing was written; the sentence says why and where the edit is kept.
    case failed(String)
}
