/// The derived index `.onward/index`: a cache of every entry's front matter, title, achievements
/// and lessons, keyed by path and checked against each file's size and modification time.
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
        guard let (stored, found) = try walk(withStatus: true, whileReading: { readRecords() }) else {
            return (JournalSnapshot(entries: [], problems: []), Report())
        }
        var report = Report()
        var records: [StoredEntry] = []
        switch stored {
        case .success(let stored): records = stored
        case .failure(let damage): report.damage = damage
        }
        // Records stay in one array (they are large structs); the walk marks the ones still current.
        var slot: [String: Int] = [:]
        slot.reserveCapacity(records.count)
        for (i, record) in records.enumerated() { slot[record.relativePath] = i }
        var current = [Bool](repeating: false, count: records.count)
        var stale: [(path: String, status: FileStatus?)] = []
        for file in found.files {
            if let i = slot[file.path], let status = file.status, records[i].size == status.size, records[i].modified == status.modified {
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
        // Under the journal's write lock: two writers noting their changes must not drop each other's.
        _ = try? store.withWriteLock { () throws(StoreError) in
            guard case .success(var records) = readRecords() else { return }
            records.removeAll { $0.relativePath == relativePath }
            if case .success(let stored) = store.readEntry(relativePath).map(\.indexProjection) {
                let at = records.firstIndex { NewestFirst.before(stored, $0) } ?? records.endIndex
                records.insert(stored, at: at)
            }
            _ = save(records)
        }
    }

    /// The records of the stored index as saved, or why they cannot be used (no check against the folder).
    public func records() -> Result<[StoredEntry], IndexDamage> { readRecords() }

    func readRecords() -> Result<[StoredEntry], IndexDamage> {
        let bytes: [UInt8]
        do { bytes = try store.fileSystem.read(path, limit: 1 << 31) } catch {
            return .failure(.missing)
        }
        do { return .success(try IndexFileFormat.decode(bytes)) } catch {
            return .failure(error)
        }
    }

    /// The stored index's record heads (entries undecoded), or nil when it is missing or damaged.
    func readHeads() -> IndexHeads? {
        guard let bytes = try? store.fileSystem.read(path, limit: 1 << 31) else { return nil }
        return try? IndexFileFormat.decodeHeads(bytes)
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
