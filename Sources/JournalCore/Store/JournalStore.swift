/// The journal folder (laid out in docs/FORMAT.md): entries as Markdown files, drafts, trash.
///
/// Every write is atomic and every folder it makes is 0700, every file 0600.
/// A file that fails to parse is reported with its reason and never rewritten.
public struct JournalStore: Sendable {
    public let root: String
    public let fileSystem: FileSystem

    public init(root: String, fileSystem: FileSystem = PosixFileSystem()) {
        self.root = root
        // Confined here, so every write below the root refuses links at the moment it happens.
        self.fileSystem = fileSystem.confined(to: root)
    }

    public var entriesFolder: String { root + "/entries" }
    public var draftsFolder: String { root + "/.onward/drafts" }
    public var trashFolder: String { root + "/.onward/trash" }

    /// The absolute path of a path relative to the root.
    public func absolute(_ relativePath: String) -> String { root + "/" + relativePath }

    /// Where an entry with this id lives: `entries/YYYY/MM/<id>.md`.
    public func relativePath(for id: EntryID, created: LocalDay) -> String {
        monthFolder(of: created) + "/" + id.rawValue + ".md"
    }

    /// The folder, relative to the root, of the entries written on `day`'s month: `entries/2026/12`.
    public func monthFolder(of day: LocalDay) -> String {
        "entries/" + Digits.pad(day.year, 4) + "/" + Digits.pad(day.month, 2)
    }

    /// Checks that the journal folder can be used, creating it (0700) when missing.
    public func prepare() throws(StoreError) {
        try requireOwnJournal()
        do {
            try fileSystem.makeDirectories(root)
            try fileSystem.makeDirectories(entriesFolder)
        } catch {
            throw StoreError("The journal folder \(root) cannot be used: \(StoreError.explain(error.code)).")
        }
    }

    // MARK: Reading

    /// Reads every entry; a missing journal is an empty one (reading never creates folders).
    public func load() throws(StoreError) -> JournalSnapshot {
        switch fileSystem.kind(of: root) {
        case .missing: return JournalSnapshot(entries: [], problems: [])
        case .directory, .symlink: break
        default: throw StoreError("The journal path \(root) is not a folder.")
        }
        var found = IndexWalker.Found()
        if fileSystem.kind(of: entriesFolder) != .missing {
            do {
                found = try IndexWalker(store: self).walk()
            } catch {
                throw StoreError("The journal folder \(root) cannot be read: \(StoreError.explain(error.code)).")
            }
        }
        // Path order first, so entries written at the same instant keep one order from run to run.
        let files = found.files.sorted { $0.path < $1.path }
        var entries: [StoredEntry] = []
        var problems = found.problems
        let store = self
        for read in ParallelMap.map(files.count, { store.readEntry(files[$0].path, status: files[$0].status) }) {
            switch read {
            case .success(let stored): entries.append(stored)
            case .failure(let problem): problems.append(problem)
            }
        }
        entries.sort { a, b in
            a.entry.created == b.entry.created ? a.entry.id > b.entry.id : a.entry.created > b.entry.created
        }
        return JournalSnapshot(entries: entries, problems: problems.sorted { $0.relativePath < $1.relativePath })
    }

    /// Reads one entry file given its path relative to the root.
    public func readEntry(_ relativePath: String) -> Result<StoredEntry, FileProblem> {
        guard let status = fileSystem.status(absolute(relativePath)) else {
            return .failure(FileProblem(relativePath: relativePath, reason: "the file no longer exists", bytesReadable: false))
        }
        return readEntry(relativePath, status: status)
    }

    /// Reads one entry whose status is known already (from a walk); without one, stats it first.
    func readEntry(_ relativePath: String, status: FileStatus?) -> Result<StoredEntry, FileProblem> {
        guard let status else { return readEntry(relativePath) }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute(relativePath), limit: EntryFileReader.sizeLimit)
        } catch {
            let reason = error.code == EFBIG
                ? "the file is too large (\((status.size + 1_048_575) / 1_048_576) MB); entries over \(EntryFileReader.sizeLimit / 1_048_576) MB are not read"
                : "the file cannot be read: \(StoreError.explain(error.code))"
            return .failure(FileProblem(relativePath: relativePath, reason: reason, bytesReadable: false))
        }
        return entry(from: bytes, at: relativePath, status: status)
    }

    /// Parses the bytes of the entry file at `relativePath` (already read, with its status).
    func entry(from bytes: [UInt8], at relativePath: String, status: FileStatus) -> Result<StoredEntry, FileProblem> {
        let stem = EntryFileName.stem(of: relativePath)
        switch EntryFileReader.decode(bytes, fallbackID: EntryID(stem)) {
        case .success(var entry):
            // The file name is the authority for the id, so two files never share one.
            let declared = entry.id
            entry.id = EntryID(stem)
            var stored = StoredEntry(entry: entry, relativePath: relativePath, status: status)
            if declared != entry.id { stored.declaredID = declared }
            return .success(stored)
        case .failure(let error):
            return .failure(FileProblem(relativePath: relativePath, reason: error.description))
        }
    }

    /// The raw bytes of a file in the journal.
    public func rawBytes(_ relativePath: String) throws(StoreError) -> [UInt8] {
        do { return try fileSystem.read(absolute(relativePath), limit: Int.max) } catch {
            throw StoreError("Could not read \(relativePath): \(StoreError.explain(error.code)).")
        }
    }

    // MARK: Writing

    /// Runs `body` holding the journal's short write lock (re-entrant within a process).
    /// Every change to the journal goes through here: re-read, change, write, let go.
    public func withWriteLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try JournalWriteLock.holding(root, store: self, body)
    }

    /// Writes a new entry under a free file name (adding `-2`, `-3`... when the minute is taken).
    /// The file is created exclusively, so two writers can never take the same name. A caller
    /// writing many at once passes `notingIndex: false` and brings the index up to date once after.
    @discardableResult
    public func create(_ entry: Entry, notingIndex: Bool = true) throws(StoreError) -> StoredEntry {
        try Self.requireWellFormed(entry.id)
        return try withWriteLock { () throws(StoreError) -> StoredEntry in
            try prepare()
            var e = entry
            e.status = nil
            var n = 2
            while true {
                let path = relativePath(for: e.id, created: e.day)
                if fileSystem.kind(of: absolute(path)) == .missing {
                    do throws(StoreError) {
                        try write(e, to: path, exclusively: true)
                        return notingIndex ? noteWritten(stored(e, path)) : stored(e, path)
                    } catch {
                        // Taken between the look and the write, by a writer outside onward.
                        if !error.nameTaken { throw error }
                    }
                }
                e.id = EntryID(entry.id.rawValue + "-\(n)")
                n += 1
            }
        }
    }

    /// Rewrites an existing entry in place; refuses when the file on disk no longer parses
    /// (a broken file is never overwritten). Prefer `modify`, which re-reads the file first, or
    /// `save(_:loadedAs:at:)` for a whole entry loaded a while ago: `update` writes `entry` whole,
    /// so it is for callers that made it just now.
    @discardableResult
    public func update(_ entry: Entry, at relativePath: String) throws(StoreError) -> StoredEntry {
        try withWriteLock { () throws(StoreError) -> StoredEntry in
            if fileSystem.kind(of: absolute(relativePath)) != .missing, case .failure(let problem) = readEntry(relativePath) {
                throw StoreError("\(relativePath) was not saved because the file on disk cannot be read (\(problem.reason)); fix it by hand first.")
            }
            var e = entry
            e.status = nil
            try write(e, to: relativePath)
            return noteWritten(stored(e, relativePath))
        }
    }

    /// Re-reads the entry at `relativePath` under the write lock, lets `change` edit it, and
    /// writes the result: a change made meanwhile by another writer is kept. A missing or
    /// unreadable file is never written; `unreadable` words the error for one (by default, that it
    /// was not saved).
    @discardableResult
    public func modify(_ relativePath: String, unreadable: ((FileProblem) -> StoreError)? = nil,
                       _ change: (inout Entry) throws(StoreError) -> Void) throws(StoreError) -> StoredEntry {
        try withWriteLock { () throws(StoreError) -> StoredEntry in
            var entry: Entry
            switch readEntry(relativePath) {
            case .success(let found): entry = found.entry
            case .failure(let problem):
                throw unreadable?(problem)
                    ?? StoreError("\(relativePath) was not saved because the file on disk cannot be read (\(problem.reason)).")
            }
            try change(&entry)
            entry.status = nil
            try write(entry, to: relativePath)
            return noteWritten(stored(entry, relativePath))
        }
    }

    /// Moves an entry's file to `.onward/trash/`; nothing is destroyed.
    @discardableResult
    public func delete(_ relativePath: String) throws(StoreError) -> String {
        try withWriteLock { () throws(StoreError) -> String in try moveToTrash(relativePath) }
    }

    private func moveToTrash(_ relativePath: String) throws(StoreError) -> String {
        let name = String(relativePath.split(separator: "/").last ?? "entry.md")
        if let link = linkOnTheWay(to: trashFolder + "/" + name) ?? linkOnTheWay(to: absolute(relativePath)) {
            throw StoreError("Could not move \(relativePath) to the trash: \(Self.linkSentence(link)).")
        }
        do {
            try fileSystem.makeDirectories(trashFolder)
            let target = freeTrashTarget(stem: EntryFileName.stem(of: name))
            try fileSystem.move(absolute(relativePath), to: target)
            JournalIndex(store: self).noteChanged(relativePath)
            return String(target.dropFirst(root.count + 1))
        } catch {
            throw StoreError("Could not move \(relativePath) to the trash: \(StoreError.explain(error.code)).")
        }
    }

    // MARK: Drafts

    /// Saves an unfinished session as `.onward/drafts/<id>.md` with `status: draft`.
    public func saveDraft(_ entry: Entry) throws(StoreError) {
        try Self.requireWellFormed(entry.id)
        var e = entry
        e.status = .draft
        if let link = linkOnTheWay(to: draftsFolder + "/" + e.id.rawValue + ".md") {
            throw StoreError.draftNotSaved(Self.linkSentence(link))
        }
        let bytes = Array(EntryCodec.encode(e).utf8)
        if let problem = Self.unreadableProblem(bytes) {
            throw StoreError.draftNotSaved(problem)
        }
        try withWriteLock { () throws(StoreError) in
            do throws(FileSystemError) {
                try fileSystem.makeDirectories(draftsFolder)
                try fileSystem.writeAtomically(draftsFolder + "/" + e.id.rawValue + ".md", bytes)
            } catch {
                throw StoreError.draftNotSaved(StoreError.explain(error.code))
            }
        }
    }

    /// Every readable draft, newest first.
    public func drafts() -> [Entry] {
        guard let names = try? fileSystem.list(draftsFolder) else { return [] }
        var out: [Entry] = []
        for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let path = draftsFolder + "/" + name
            guard let bytes = try? fileSystem.read(path, limit: EntryFileReader.sizeLimit),
                  case .success(var entry) = EntryFileReader.decode(bytes, fallbackID: EntryID(EntryFileName.stem(of: name))) else { continue }
            // The file name is the draft's id, as for entries: a copied draft cannot claim another's.
            entry.id = EntryID(EntryFileName.stem(of: name))
            out.append(entry)
        }
        return out.sorted { $0.updated > $1.updated }
    }

    /// Removes a draft once its entry is saved (or the person discards it).
    public func removeDraft(_ id: EntryID) throws(StoreError) {
        try Self.requireWellFormed(id)
        try withWriteLock { () throws(StoreError) in
            do throws(FileSystemError) { try fileSystem.remove(draftsFolder + "/" + id.rawValue + ".md") } catch {
                throw StoreError("Could not remove the draft \(id): \(StoreError.explain(error.code)).")
            }
        }
    }

    // MARK: Helpers

    /// Writes the entry's file atomically (or, `exclusively`, only when the name is free);
    /// refuses bytes onward could not read back, so nothing saved is later "unreadable".
    func write(_ entry: Entry, to relativePath: String, exclusively: Bool = false) throws(StoreError) {
        let path = absolute(relativePath)
        if let link = linkOnTheWay(to: path) { throw StoreError("Could not save \(relativePath): \(Self.linkSentence(link)).") }
        let bytes = Array(EntryCodec.encode(entry).utf8)
        if let problem = Self.unreadableProblem(bytes) { throw StoreError("Could not save \(relativePath): \(problem).") }
        do {
            try fileSystem.makeDirectories(PosixFileSystem.parent(of: path))
            if exclusively {
                try fileSystem.createExclusively(path, bytes)
            } else {
                try fileSystem.writeAtomically(path, bytes)
            }
        } catch {
            var failure = StoreError("Could not save \(relativePath): \(StoreError.explain(error.code)).")
            failure.nameTaken = error.code == EEXIST
            throw failure
        }
    }

    /// Why these bytes would be refused when read back (NUL bytes, over the size limit), or nil.
    static func unreadableProblem(_ bytes: [UInt8]) -> String? {
        if bytes.count > EntryFileReader.sizeLimit {
            return "it would be larger than \(EntryFileReader.sizeLimit / 1_048_576) MB, the most onward reads back"
        }
        if ByteScan.containsNUL(bytes) { return "its text contains NUL characters (binary data), which onward cannot read back" }
        return nil
    }

    /// Brings the index up to date with an entry just written, from what was written (no read back).
    func noteWritten(_ stored: StoredEntry) -> StoredEntry {
        JournalIndex(store: self).noteWritten(stored)
        return stored
    }

    func stored(_ entry: Entry, _ relativePath: String) -> StoredEntry {
        // The whole status (with ctime and inode), so what a save returns matches what a read gives.
        guard let status = fileSystem.status(absolute(relativePath)) else {
            return StoredEntry(entry: entry, relativePath: relativePath, size: 0, modified: 0)
        }
        return StoredEntry(entry: entry, relativePath: relativePath, status: status)
    }

    /// An id becomes a file name: refuse anything that could step out of its folder.
    static func requireWellFormed(_ id: EntryID) throws(StoreError) {
        guard id.isWellFormed else {
            throw StoreError("\"\(id.rawValue)\" cannot be used as an entry id (only a-z, 0-9 and - are allowed).")
        }
    }

}
