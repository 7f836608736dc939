#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The names in a folder (without `.` and `..`), each with its `status`: the walk of the index.
    func items(in path: String) throws(FileSystemError) -> [DirectoryItem]
}

extension FileSystem {
    /// `list` then `status` for each name; a real file system does it in one pass.
    public func items(in path: String) throws(FileSystemError) -> [DirectoryItem] {
        try list(path).map { DirectoryItem(name: $0, status: status(path + "/" + $0)) }
    }
}

/// One name in a folder and its status; nil when it vanished or its name is not valid UTF-8.
public struct DirectoryItem: Equatable, Sendable {
    public var name: String
    public var status: FileStatus?
    public init(name: String, status: FileStatus?) {
        self.name = name
        self.status = status
    }
}

/// What a path names.
public enum FileKind: Equatable, Sendable { case missing, file, directory, symlink, other }

/// Size and modification time of a file.
public struct FileStatus: Equatable, Sendable {
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var kind: FileKind
}

/// An errno from a file operation, with the path it was about.
public struct FileSystemError: Error, Equatable, Sendable {
    public var code: Int32
    public var path: String
    public init(code: Int32, path: String) { self.code = code; self.path = path }
    /// "could not write /x/y.md: the disk is full"
    public func sentence(_ verb: String) -> String { "could not \(verb) \(path): \(StoreError.explain(code))" }
}
