/// An entry as found on disk: the parsed entry and where it came from.
public struct StoredEntry: Equatable, Sendable {
    public var entry: Entry
    /// Path relative to the journal root, e.g. `entries/2026/11/2026-11-27-1405-reflection-acme.md`.
    public var relativePath: String
    public var size: Int
    public var modified: Int64
    /// The file's ctime and inode when it was read (0 when not known): with size and time, what
    /// the index checks before trusting its record.
    public var changed: Int64 = 0
    public var inode: UInt64 = 0
    /// The front matter's own `id:` when it differs from the file name (which wins); for `doctor`.
    public var declaredID: EntryID?

    public init(entry: Entry, relativePath: String, size: Int, modified: Int64) {
        self.entry = entry
        self.relativePath = relativePath
        self.size = size
        self.modified = modified
    }

    /// The entry read from a file with this status.
    public init(entry: Entry, relativePath: String, status: FileStatus) {
        self.init(entry: entry, relativePath: relativePath, size: status.size, modified: status.modified)
        changed = status.changed
        inode = status.inode
    }
}

/// A file that could not be read as an entry, with the reason in one sentence.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var relativePath: String
    public var reason: String
    /// Whether the file's bytes could be read (it only failed to parse), so printing them as they
    /// are can help; false for a FIFO, a link, a folder, a vanished or an oversized file.
    public var bytesReadable: Bool
    public init(relativePath: String, reason: String, bytesReadable: Bool = true) {
        self.relativePath = relativePath
        self.reason = reason
        self.bytesReadable = bytesReadable
    }
    public var description: String { "\(relativePath): \(reason)" }
    /// Two problems are the same when they name the same file for the same reason.
    public static func == (a: FileProblem, b: FileProblem) -> Bool { a.relativePath == b.relativePath && a.reason == b.reason }
}

/// Everything readable in the journal at one moment, newest entry first, plus the files that were not.
public struct JournalSnapshot: Sendable {
    public var entries: [StoredEntry]
    public var problems: [FileProblem]

    public init(entries: [StoredEntry], problems: [FileProblem]) {
        self.entries = entries
        self.problems = problems
    }

    /// The entry with this id, if readable.
    public func entry(_ id: EntryID) -> StoredEntry? { entries.first { $0.entry.id == id } }
}
