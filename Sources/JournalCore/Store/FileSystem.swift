/// The file operations the store needs: a seam, so tests can inject a full disk or a read-only folder.
public protocol FileSystem: Sendable {
    /// The whole content of a regular file; refuses links and files over `limit` bytes.
    func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8]
    /// Replaces `path` atomically: temp file in the same folder, fsync, rename, fsync the folder.
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    /// Creates the folder and its missing parents with mode 0700.
    func makeDirectories(_ path: String) throws(FileSystemError)
    /// Renames within one file system (used to move entries to the trash).
    func move(_ from: String, to: String) throws(FileSystemError)
    /// Removes a file.
    func remove(_ path: String) throws(FileSystemError)
    /// What is at a path, without following a final link.
    func kind(of path: String) -> FileKind
    /// Names in a folder, without `.` and `..`.
    func list(_ path: String) throws(FileSystemError) -> [String]
    /// Size and modification time of a file, without following links.
    func status(_ path: String) -> FileStatus?
    /// The names in a folder (without `.` and `..`), each with its kind, and its `status` when
    /// `withStatus` (the index's walk; a search that opens every file anyway does without).
    func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem]
    /// The whole content of a regular file with its status, from one open: `read` plus `fstat`.
    func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus)
    /// This file system with writes below `root` kept from following symbolic links.
    func confined(to root: String) -> FileSystem
    /// Writes a new file whole, failing with EEXIST when the name is taken (never replaces).
    func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
}

extension FileSystem {
    /// A file system that cannot be confined (a test double) is used as it is.
    public func confined(to root: String) -> FileSystem { self }

    /// `list` then `status` for each name; a real file system does it in one pass.
    public func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem] {
        try list(path).map { name in
            let status = status(path + "/" + name)
            return DirectoryItem(name: name, kind: status?.kind ?? .missing, status: withStatus ? status : nil)
        }
    }

    /// `read`, then `status`; a real file system takes both from the one open file.
    public func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus) {
        let bytes = try read(path, limit: limit)
        guard let status = status(path) else { throw FileSystemError(code: ENOENT, path: path) }
        return (bytes, status)
    }
}

/// One name in a folder: its kind (`.missing` when it vanished or its name is not valid UTF-8)
/// and, when asked for, its status.
public struct DirectoryItem: Equatable, Sendable {
    public var name: String
    public var kind: FileKind
    public var status: FileStatus?
    public init(name: String, kind: FileKind, status: FileStatus?) {
        self.name = name
        self.kind = kind
        self.status = status
    }
}

/// What a path names.
public enum FileKind: Equatable, Sendable { case missing, file, directory, symlink, other }

/// Size, times and identity of a file.
public struct FileStatus: Equatable, Sendable {
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var kind: FileKind
    /// Status change time (ctime) in nanoseconds: moves on every write, and cannot be set back by hand.
    public var changed: Int64 = 0
    /// The inode number: a file replaced by another (an editor's save-by-rename) gets a new one.
    public var inode: UInt64 = 0
}

/// An errno from a file operation, with the path it was about.
public struct FileSystemError: Error, Equatable, Sendable {
    public var code: Int32
    public var path: String
    public init(code: Int32, path: String) { self.code = code; self.path = path }
    /// Not an errno: the path is a FIFO, a device or a socket where a regular file belongs.
    public static let notRegularFile: Int32 = 100_001
    /// Not an errno: a folder on the way belongs to another user or others may write to it.
    public static let notOwnFolder: Int32 = 100_002
    /// "could not write /x/y.md: the disk is full"
    public func sentence(_ verb: String) -> String { "could not \(verb) \(path): \(StoreError.explain(code))" }
}

extension FileSystem {
    /// Without a real file system's `link(2)`: a look, then an atomic write (not race-free;
    /// the store's write lock covers onward's own writers).
    public func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if kind(of: path) != .missing { throw FileSystemError(code: EEXIST, path: path) }
        try writeAtomically(path, bytes)
    }
}
