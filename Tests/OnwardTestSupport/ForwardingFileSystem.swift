import JournalCore

/// A test double over a real file system: every basic operation goes to `base` unless the
/// double declares its own, so a fault-injecting or logging file system names only what it changes.
/// (The operations with defaults in `FileSystem`, such as `createExclusively`, keep those defaults,
/// which run through the double's own writes.)
public protocol ForwardingFileSystem: FileSystem {
    /// The file system the double stands in front of.
    var base: PosixFileSystem { get }
}

extension ForwardingFileSystem {
    public func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try base.read(path, limit: limit) }
    public func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) { try base.writeAtomically(path, bytes) }
    public func makeDirectories(_ path: String) throws(FileSystemError) { try base.makeDirectories(path) }
    public func move(_ from: String, to: String) throws(FileSystemError) { try base.move(from, to: to) }
    public func remove(_ path: String) throws(FileSystemError) { try base.remove(path) }
    public func kind(of path: String) -> FileKind { base.kind(of: path) }
    public func list(_ path: String) throws(FileSystemError) -> [String] { try base.list(path) }
    public func status(_ path: String) -> FileStatus? { base.status(path) }
}
