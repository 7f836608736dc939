import Foundation

/// The derived index `.onward/index`: a cache of every entry's front matter, title, achievements
/// and lessons, keyed by path and checked against each file's `FileStamp` (size, mtime, ctime, inode).
///
/// It is never the source of truth: every use walks the folder (lstat only), re-reads files that
/// changed, drops files that went away, and rebuilds from scratch when the index is missing or damaged.
public struct JournalIndex: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// Where the index lives.
    public var path: String { store.root + "/.onward/index" }

    /// What `refresh()` found and did, for tests and the benchmark.
    public struct Report: Equatable, Sendable {
        /// Why the stored index was not used, or nil when it was.
        public var damage: IndexDamage?
        public var reused = 0
        public var reread = 0
        public var dropped = 0
        public var saved = false
    }

    /// The journal as `JournalStore.load()` sees it, except that each entry is its `indexProjection`.
    public func snapshot() throws(StoreError) -> JournalSnapshot {
        try refresh().0
    }

    /// The snapshot plus a report of how much of the index could be reused.
    public func refresh() throws(StoreError) -> (JournalSnapshot, Report) {
        // Decoding the stored index and walking the folder are independent: one core each.
        guard let (first, found) = try walk(withStatus: true, whileReading: { () -> (IndexRead, Result<[StoredEntry], IndexDamage>?) in
            let read = readIndexFile()
            return (read, read.bytes.map(decodeRecords))
        }) else {
            return (JournalSnapshot(entries: [], problems: []), Report())
        }
        let stored: Result<[StoredEntry], IndexDamage>
        switch checked(first.0, against: found) {
        case .success(let bytes): stored = first.1 ?? decodeRecords(bytes)
        case .failure(let damage): stored = .failure(damage)
        }
        return refresh(stored, found)
    }

    /// `refresh()` from a walk and an index read already done (a `select` that found the index
    /// stale hands over its own, so nothing is walked or read twice).
    func refresh(_ stored: Result<[StoredEntry], IndexDamage>, _ found: IndexWalker.Found) -> (JournalSnapshot, Report) {
        var report = Report()
        var records: [StoredEntry] = []
        switch stored {
        case .success(let stored): records = stored
        case .failure(let damage): report.damage = damage
        }
        // Usually every file matches its record: proven by comparing sorted stamps, which costs
        // less than hashing every path (as `select` does), and then nothing is to be merged.
        if report.damage == nil, Self.isCurrent(records, found), NewestFirst.isOrdered(records) {
            report.reused = records.count
            return (JournalSnapshot(entries: records, problems: found.problems.sorted { $0.relativePath < $1.relativePath }), report)
        }
        // Records stay in one array (they are large structs); the walk marks the ones still current.
        var slot: [String: Int] = [:]
        slot.reserveCapacity(records.count)
        for (i, record) in records.enumerated() { slot[record.relativePath] = i }
        var current = [Bool](repeating: false, count: records.count)
        var stale: [(path: String, status: FileStatus?)] = []
        for file in found.files {
            if let i = slot[file.path], let status = file.status, FileStamp(records[i]) == FileStamp(status) {
                current[i] = true
                report.reused += 1
            } else {
                stale.append(file)
            }
        }
        report.reread = stale.count
        var fresh: [StoredEntry] = []
        // Unreadable files are not recorded: they are few, and are read again at each start.
        var problems = found.problems
        let toRead = stale
        let reads = ParallelMap.map(toRead.count) { i in
            store.readEntry(toRead[i].path, status: toRead[i].status).map(\.indexProjection)
        }
        for read in reads {
            switch read {
            case .success(let stored): fresh.append(stored)
            case .failure(let problem): problems.append(problem)
            }
        }
        report.dropped = records.count - report.reused - fresh.count(where: { slot[$0.relativePath] != nil })
        var entries: [StoredEntry]
        if report.reused == records.count {
            entries = records
        } else {
            entries = []
            entries.reserveCapacity(report.reused + fresh.count)
            for (i, keep) in current.enumerated() where keep { entries.append(records[i]) }
        }
        // Records are saved newest first, so usually only new ones need placing; an index in any
        // other order (an older program, a damaged file) is sorted rather than trusted.
        if !NewestFirst.isOrdered(entries) { entries = NewestFirst.sorted(entries) }
        entries = NewestFirst.merge(entries, NewestFirst.sorted(fresh))
        if !fresh.isEmpty || report.damage != nil || report.dropped > 0 {
            report.saved = save(entries)
        }
        return (JournalSnapshot(entries: entries, problems: problems.sorted { $0.relativePath < $1.relativePath }), report)
    }

    /// Walks `entries/` while `read` (a read of the stored index) runs on another thread; nil
    /// when the journal folder does not exist.
    func walk<T: Sendable>(withStatus: Bool, whileReading read: @Sendable () -> T) throws(StoreError) -> (T, IndexWalker.Found)? {
        let fs = store.fileSystem
        switch fs.kind(of: store.root) {
        case .missing: return nil
        case .directory, .symlink: break
        default: throw StoreError("The journal path \(store.root) is not a folder.")
        }
        let walkEntries = fs.kind(of: store.entriesFolder) != .missing
        let store = self.store
        let (value, walked) = ParallelMap.both(read, { () -> Result<IndexWalker.Found, FileSystemError> in
            guard walkEntries else { return .success(IndexWalker.Found()) }
            do throws(FileSystemError) {
                return .success(try IndexWalker(store: store, withStatus: withStatus).walk())
            } catch {
                return .failure(error)
            }
        })
        switch walked {
        case .success(let found): return (value, found)
        case .failure(let error):
            throw StoreError("The journal folder \(store.root) cannot be read: \(StoreError.explain(error.code)).")
        }
    }

    /// Brings one entry's record up to date after onward wrote or removed it; a missing or
    /// damaged index is left for the next start to rebuild.
    public func noteChanged(_ relativePath: String) {
        replaceRecord(of: relativePath) { (try? store.readEntry(relativePath).get())?.indexProjection }
    }

    /// Like `noteChanged`, for an entry onward has just written: `stored` is what was written, with
    /// the file's status taken after the write, so the file is not read back.
    public func noteWritten(_ stored: StoredEntry) {
        replaceRecord(of: stored.relativePath) { stored.indexProjection }
    }

    /// Puts `record()` in the place of the record of `relativePath` (none: the record goes).
    private func replaceRecord(of relativePath: String, with record: () -> StoredEntry?) {
        // Under the journal's write lock: two writers noting their changes must not drop each other's.
        // No walk here to bound it by: an index over the eager limit waits for the next start.
        _ = try? store.withWriteLock { () throws(StoreError) in
            guard case .success(var records) = readRecords() else { return }
            records.removeAll { $0.relativePath == relativePath }
            if let stored = record() {
                let at = records.firstIndex { NewestFirst.before(stored, $0) } ?? records.endIndex
                records.insert(stored, at: at)
            }
            _ = save(records)
        }
    }

    /// The records of the stored index as saved, or why they cannot be used (no check against the folder).
    public func records() -> Result<[StoredEntry], IndexDamage> { readRecords() }

    func readRecords() -> Result<[StoredEntry], IndexDamage> {
        switch readIndexFile() {
        case .bytes(let bytes): return decodeRecords(bytes)
        case .deferred: return .failure(.oversized)
        case .missing: return .failure(.missing)
        }
    }

    func decodeRecords(_ bytes: [UInt8]) -> Result<[StoredEntry], IndexDamage> {
        do { return .success(try IndexFileFormat.decode(bytes)) } catch {
            return .failure(error)
        }
    }

    /// The index file as read beside the walk: whole when it is under `eagerLimit`, otherwise
    /// left unread until the walk says how large it may be.
    enum IndexRead: Sendable {
        case bytes([UInt8]), deferred, missing

        var bytes: [UInt8]? {
            if case .bytes(let b) = self { return b }
            return nil
        }
    }

    /// An index this small is read at once: a sound one holds about 600 bytes an entry, so this
    /// is some 100,000 entries.
    static let eagerLimit = 64 << 20

    func readIndexFile() -> IndexRead {
        do { return .bytes(try store.fileSystem.read(path, limit: Self.eagerLimit)) } catch {
            return error.code == EFBIG ? .deferred : .missing
        }
    }

    /// The most an index of the walked files can take: a record holds the path, a few numbers and
    /// at most every byte of its file twice (an unknown key keeps its name and its whole line).
    /// A file with no status counts as the largest entry onward reads.
    static func sizeBound(_ found: IndexWalker.Found) -> Int {
        var bound = 1 << 20
        for file in found.files {
            bound += file.path.utf8.count + 4 * (file.status?.size ?? EntryFileReader.sizeLimit) + 2048
        }
        return bound
    }

    /// The index's bytes if their size is one the walked journal could need; an oversized file
    /// is refused from its size alone.
    func checked(_ read: IndexRead, against found: IndexWalker.Found) -> Result<[UInt8], IndexDamage> {
        let bound = Self.sizeBound(found)
        switch read {
        case .missing: return .failure(.missing)
        case .bytes(let bytes): return bytes.count <= bound ? .success(bytes) : .failure(.oversized)
        case .deferred:
            do { return .success(try store.fileSystem.read(path, limit: bound)) } catch {
                return .failure(error.code == EFBIG ? .oversized : .missing)
            }
        }
    }


    /// Writes the index atomically; a read-only journal simply goes without one.
    @discardableResult
    func save(_ entries: [StoredEntry]) -> Bool {
        // A cache: when another writer holds the lock, skip rather than wait (the next run rebuilds).
        JournalWriteLock.ifFree(store.root, store: store) {
            do {
                try store.fileSystem.makeDirectories(store.root + "/.onward")
                try store.fileSystem.writeAtomically(path, IndexFileFormat.encode(entries))
                return true
            } catch {
                return false
            }
        } ?? false
    }
}
