/// Guards for writing: never through a symbolic link inside the journal, and no leftovers
/// of saves that a crash interrupted.
extension JournalStore {
    /// The first part of `absolutePath` below the root that is a symbolic link (relative to
    /// the root), or nil. The root itself may be a link (a journal kept in a synced folder).
    public func linkOnTheWay(to absolutePath: String) -> String? {
        guard absolutePath.hasPrefix(root + "/") else { return String(absolutePath) }
        var relative = ""
        for part in absolutePath.dropFirst(root.count + 1).split(separator: "/") {
            relative += (relative.isEmpty ? "" : "/") + part
            switch fileSystem.kind(of: absolute(relative)) {
            case .symlink: return relative
            case .missing: return nil  // nothing below a missing folder exists yet
            default: continue
            }
        }
        return nil
    }

    /// Throws when a write to `absolutePath` would pass through a symbolic link.
    public func requireInsideJournal(_ absolutePath: String) throws(StoreError) {
        if let link = linkOnTheWay(to: absolutePath) {
            throw StoreError(Self.linkSentence(link))
        }
    }

    static func linkSentence(_ link: String) -> String {
        "\(link) in the journal is a symbolic link, and onward does not write through links (it could lead out of the journal); make it a real folder"
    }

    /// Refuses, with one sentence, a journal folder (or its `.onward`) that another user owns or
    /// that others may write to: someone else could then swap or read what onward writes.
    /// The root may be a link; its target is what counts.
    public func requireOwnJournal() throws(StoreError) {
        guard !root.isEmpty else { throw StoreError("No journal folder was named; give one with --journal DIR.") }
        for (path, follow) in [(root, true), (root + "/.onward", false)] {
            var st = stat()
            guard (follow ? stat(path, &st) : lstat(path, &st)) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { continue }
            let mode = String(st.st_mode & 0o777, radix: 8)
            if st.st_uid != geteuid() {
                throw StoreError("The journal folder \(path) belongs to another user (uid \(st.st_uid)), so onward does not write to it; use a folder of your own.")
            }
            if st.st_mode & 0o022 != 0 {
                throw StoreError("The journal folder \(path) can be written by others (mode \(mode)), so onward does not write to it; run chmod go-w \(path) first.")
            }
        }
    }

    /// Removes temporary files (`.<name>.tmp-<pid>-<n>`) whose writer is no longer running:
    /// a save killed half-way leaves one. Returns how many went.
    @discardableResult
    public func removeLeftoverTemporaryFiles() -> Int {
        var removed = 0
        func visit(_ folder: String, depth: Int) {
            guard depth < 6, let names = try? fileSystem.list(folder) else { return }
            for name in names {
                let path = folder + "/" + name
                // Judge by the name first: an lstat for each of thousands of entries made this
                // sweep a fifth of the time before the first frame.
                if let pid = Self.writerPID(ofTemporary: name) {
                    guard fileSystem.kind(of: path) == .file, !Self.isRunning(pid) else { continue }
                    if (try? fileSystem.remove(path)) != nil { removed += 1 }
                } else if !name.hasPrefix("."), !name.hasSuffix(".md"), fileSystem.kind(of: path) == .directory {
                    visit(path, depth: depth + 1)
                }
            }
        }
        visit(entriesFolder, depth: 0)
        // `.onward` itself holds the index's temporary files; drafts and trash are below it.
        visit(root + "/.onward", depth: 0)
        return removed
    }

    /// Removes the temporary files an interrupted write of `path` left beside it (an export
    /// target outside the journal); returns how many went.
    @discardableResult
    public static func removeLeftoverTemporaryFiles(beside path: String, fileSystem: FileSystem = PosixFileSystem()) -> Int {
        let folder = PosixFileSystem.parent(of: path)
        let prefix = "." + PosixFileSystem.name(of: path) + ".tmp-"
        var removed = 0
        for name in (try? fileSystem.list(folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = writerPID(ofTemporary: name), !isRunning(pid) else { continue }
            let temp = folder + "/" + name
            if fileSystem.kind(of: temp) == .file, (try? fileSystem.remove(temp)) != nil { removed += 1 }
        }
        return removed
    }

    /// The pid in a temporary file's name, or nil when the name is not one of onward's.
    static func writerPID(ofTemporary name: String) -> Int32? {
        guard name.hasPrefix("."), let marker = name.firstRange(of: ".tmp-") else { return nil }
        let digits = name[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int32(digits)
    }

    /// Whether a process with this pid exists (EPERM: it does, under another user).
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        return !isZombie(pid)
    }

    /// A killed writer stays a zombie until its parent reaps it; it writes nothing any more.
    private static func isZombie(_ pid: Int32) -> Bool {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        // "pid (name) S ...": the state follows the last ')' (a name may hold spaces and parens).
        guard n > 0, let close = buffer[..<n].lastIndex(of: UInt8(ascii: ")")), close + 2 < n else { return false }
        return buffer[close + 2] == UInt8(ascii: "Z")
    }
}
