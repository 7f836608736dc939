/// A file system that tells an `EntryCommitter` about every finished write or move of an
/// entry file under `entries/`. Wrapping the store's file system catches every save
/// (command line, screens, import) without each of them having to remember.
public struct CommittingFileSystem: FileSystem {
    public let base: FileSystem
    public let root: String
    public let committer: EntryCommitter
    /// Receives the committer's one-line problems.
    public let report: @Sendable (String) -> Void

    public init(base: FileSystem = PosixFileSystem(), root: String, committer: EntryCommitter,
                report: @escaping @Sendable (String) -> Void) {
        self.base = base
        self.root = root
        self.committer = committer
        self.report = report
    }

    public func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        try base.writeAtomically(path, bytes)
        if let relative = entryPath(path), let problem = committer.saved(relative) { report(problem) }
    }

    public func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        try base.createExclusively(path, bytes)
        if let relative = entryPath(path), let problem = committer.saved(relative) { report(problem) }
    }

    public func move(_ from: String, to: String) throws(FileSystemError) {
        try base.move(from, to: to)
        if let relative = entryPath(from), let problem = committer.removed(relative, movedTo: to) { report(problem) }
    }

    public func confined(to root: String) -> FileSystem {
        CommittingFileSystem(base: base.confined(to: root), root: self.root, committer: committer, report: report)
    }

    public func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try base.read(path, limit: limit) }
    public func makeDirectories(_ path: String) throws(FileSystemError) { try base.makeDirectories(path) }
    public func remove(_ path: String) throws(FileSystemError) { try base.remove(path) }
    public func kind(of path: String) -> FileKind { base.kind(of: path) }
    public func list(_ path: String) throws(FileSystemError) -> [String] { try base.list(path) }
    public func status(_ path: String) -> FileStatus? { base.status(path) }
    public func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem] {
        try base.items(in: path, withStatus: withStatus)
    }
    public func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus) {
        try base.readWithStatus(path, limit: limit)
    }

    /// The path relative to the root when it is an entry file (drafts and the index are not).
    private func entryPath(_ path: String) -> String? {
        let prefix = root + "/entries/"
        guard path.hasPrefix(prefix), path.hasSuffix(".md") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }
}
