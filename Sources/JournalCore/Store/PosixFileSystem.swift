#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system through POSIX calls, which DESIGN.md section 7 measured ~20x faster than FileManager.
public struct PosixFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        try read(path, limit: limit) { _ in }
    }

    /// Reads a regular file, handing its `fstat` to `opened` first.
    private func read(_ path: String, limit: Int, opened: (stat) -> Void) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(code: errno, path: path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileSystemError(code: errno, path: path) }
        opened(st)
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(code: EISDIR, path: path) }
        guard Int(st.st_size) <= limit else { throw FileSystemError(code: EFBIG, path: path) }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in posixRead(fd, buf.baseAddress! + done, buf.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw FileSystemError(code: errno, path: path) }
            if n == 0 { break }
            done += n
        }
        if done < bytes.count { bytes.removeLast(bytes.count - done) }
        return bytes
    }

    public func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let folder = Self.parent(of: path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSystemError(code: errno, path: path) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        // The umask may have taken bits away or the mode may be looser elsewhere: be exact.
        fchmod(fd, 0o600)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf in write(fd, buf.baseAddress! + done, buf.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw FileSystemError(code: code, path: path)
            }
            done += n
        }
        if fsync(fd) != 0 { let code = errno; close(fd); throw FileSystemError(code: code, path: path) }
        if close(fd) != 0 { throw FileSystemError(code: errno, path: path) }
        if kind(of: path) == .symlink { throw FileSystemError(code: ELOOP, path: path) }
        guard rename(temp, path) == 0 else { throw FileSystemError(code: errno, path: path) }
        ok = true
        syncFolder(folder)
    }

    public func makeDirectories(_ path: String) throws(FileSystemError) {
        switch kind(of: path) {
        case .directory: return
        case .missing: break
        case .symlink:
            // A link to a folder (a journal kept in a synced folder) is fine for the root; check its target.
            var st = stat()
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw FileSystemError(code: ENOTDIR, path: path)
        default: throw FileSystemError(code: ENOTDIR, path: path)
        }
        let parent = Self.parent(of: path)
        if parent != path && !parent.isEmpty { try makeDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw FileSystemError(code: errno, path: path) }
        chmod(path, 0o700)
    }

    public func move(_ from: String, to: String) throws(FileSystemError) {
        guard rename(from, to) == 0 else { throw FileSystemError(code: errno, path: from) }
        syncFolder(Self.parent(of: to))
        syncFolder(Self.parent(of: from))
    }

    public func remove(_ path: String) throws(FileSystemError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw FileSystemError(code: errno, path: path) }
        syncFolder(Self.parent(of: path))
    }

    public func kind(of path: String) -> FileKind {
        status(path)?.kind ?? .missing
    }

    public func list(_ path: String) throws(FileSystemError) -> [String] {
        guard let dir = opendir(path) else { throw FileSystemError(code: errno, path: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let item = readdir(dir) {
            let name = withUnsafePointer(to: item.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func status(_ path: String) -> FileStatus? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return Self.status(st)
    }

    /// `fstatat` relative to the open folder: the folder's path is resolved once, not once per
    /// file, which made the index walk about twice as fast at 10,000 entries. Without status,
    /// the kind comes from `d_type` and nothing is stat'ed unless the file system leaves it out.
    public func items(in path: String, withStatus: Bool) throws(FileSystemError) -> [DirectoryItem] {
        guard let dir = opendir(path) else { throw FileSystemError(code: errno, path: path) }
        defer { closedir(dir) }
        let folder = dirfd(dir)
        var items: [DirectoryItem] = []
        while let item = readdir(dir) {
            let type = item.pointee.d_type
            let found: DirectoryItem? = withUnsafePointer(to: item.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                    if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return nil }
                    // A name that is not UTF-8 cannot be opened again by its String: report it as unopenable.
                    guard let text = String(validatingCString: name) else {
                        return DirectoryItem(name: String(cString: name), kind: .missing, status: nil)
                    }
                    if !withStatus, let kind = Self.kind(ofDirectoryType: type) {
                        return DirectoryItem(name: text, kind: kind, status: nil)
                    }
                    var st = stat()
                    guard fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
                        return DirectoryItem(name: text, kind: .missing, status: nil)
                    }
                    let status = Self.status(st)
                    return DirectoryItem(name: text, kind: status.kind, status: withStatus ? status : nil)
                }
            }
            if let found { items.append(found) }
        }
        return items
    }

    /// The kind `readdir` gives, or nil when the file system does not say (`DT_UNKNOWN`).
    private static func kind(ofDirectoryType type: UInt8) -> FileKind? {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symlink
        case Int32(DT_UNKNOWN): return nil
        default: return .other
        }
    }

    public func readWithStatus(_ path: String, limit: Int) throws(FileSystemError) -> ([UInt8], FileStatus) {
        var status = FileStatus(size: 0, modified: 0, kind: .file)
        let bytes = try read(path, limit: limit) { status = Self.status($0) }
        return (bytes, status)
    }

    private static func status(_ st: stat) -> FileStatus {
        let kind: FileKind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        let modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        return FileStatus(size: Int(st.st_size), modified: modified, kind: kind)
    }

    private func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    /// `read(2)`; named apart because the method `read(_:limit:)` hides it (and `Glibc.` does not build on Darwin).
    private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// A temporary file written and synced, then `link(2)`ed to its name, which fails when the
    /// name exists: the file appears whole, and only if no one else made it first.
    public func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let folder = Self.parent(of: path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSystemError(code: errno, path: path) }
        defer { unlink(temp) }
        fchmod(fd, 0o600)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf in write(fd, buf.baseAddress! + done, buf.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw FileSystemError(code: code, path: path)
            }
            done += n
        }
        if fsync(fd) != 0 { let code = errno; close(fd); throw FileSystemError(code: code, path: path) }
        if close(fd) != 0 { throw FileSystemError(code: errno, path: path) }
        guard link(temp, path) == 0 else { throw FileSystemError(code: errno, path: path) }
        syncFolder(folder)
    }
}
