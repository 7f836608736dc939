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
        let fs = store.fileSystem
        switch fs.kind(of: store.root) {
        case .missing: return (JournalSnapshot(entries: [], problems: []), Report())
        case .directory, .symlink: break
        default: throw StoreError("The journal path \(store.root) is not a folder.")
        }
        var report = Report()
        var known: [String: StoredEntry] = [:]
        switch readRecords() {
        case .success(let records):
            known.reserveCapacity(records.count)
            for record in records { known[record.relativePath] = record }
        case .failure(let damage):
            report.damage = damage
        }

        var entries: [StoredEntry] = []
        entries.reserveCapacity(known.count)
        var problems: [FileProblem] = []
        var unreadable: [FileProblem] = []
        var changed = false
        if fs.kind(of: store.entriesFolder) != .missing {
            do {
                problems = try IndexWalker(store: store).walk { path, status in
                    let record = known.removeValue(forKey: path)
                    if let record, record.size == status.size, record.modified == status.modified {
                        entries.append(record)
                        report.reused += 1
                        return
                    }
                    report.reread += 1
                    switch store.readEntry(path) {
                    case .success(var stored):
                        stored.entry = stored.entry.indexProjection
                        entries.append(stored)
                        changed = true
                    case .failure(let problem):
                        // Unreadable files are not recorded; only a record that went stale changes the index.
                        unreadable.append(problem)
                        if record != nil { changed = true }
                    }
                }
            } catch {
                throw StoreError("The journal folder \(store.root) cannot be read: \(StoreError.explain(error.code)).")
            }
        }
        problems += unreadable
        report.dropped = known.count
        entries.sort { a, b in
            a.entry.created == b.entry.created ? a.entry.id > b.entry.id : a.entry.created > b.entry.created
        }
        if changed || report.damage != nil || report.dropped > 0 {
            report.saved = save(entries)
        }
        return (JournalSnapshot(entries: entries, problems: problems.sorted { $0.relativePath < $1.relativePath }), report)
    }

    /// Brings one entry's record up to date after onward wrote or removed it; a missing or
    /// damaged index is left for the next start to rebuild.
    public func noteChanged(_ relativePath: String) {
        guard case .success(var records) = readRecords() else { return }
        records.removeAll { $0.relativePath == relativePath }
        if case .success(var stored) = store.readEntry(relativePath) {
            stored.entry = stored.entry.indexProjection
            let at = records.firstIndex { a in
                a.entry.created == stored.entry.created ? stored.entry.id > a.entry.id : stored.entry.created > a.entry.created
            } ?? records.endIndex
            records.insert(stored, at: at)
        }
        _ = save(records)
    }

    /// The records of the stored index, or why they cannot be used.
    func readRecords() -> Result<[StoredEntry], IndexDamage> {
        let bytes: [UInt8]
        do { bytes = try store.fileSystem.read(path, limit: 1 << 31) } catch {
            return .failure(.missing)
        }
        do { return .success(try IndexFileFormat.decode(bytes)) } catch {
            return .failure(error)
        }
    }

    /// Writes the index atomically; a read-only journal simply goes without one.
    @discardableResult
    func save(_ entries: [StoredEntry]) -> Bool {
        do {
            try store.fileSystem.makeDirectories(store.root + "/.onward")
            try store.fileSystem.writeAtomically(path, IndexFileFormat.encode(entries))
            return true
        } catch {
            return false
        }
    }
}
