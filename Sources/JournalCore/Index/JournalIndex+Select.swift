extension JournalIndex {
    /// The entries a list shows, how many entries there are in all, and the unreadable files.
    public struct Selection: Sendable {
        public var entries: [StoredEntry]
        public var total: Int
        public var problems: [FileProblem]
    }

    /// `filter.apply(to: snapshot().entries)`, decoding only the records it needs.
    ///
    /// When every file still matches its record, the records are decoded newest first until
    /// `filter.limit` are found: `list --limit 20` reads 20 entries, not all of them. Otherwise
    /// (a file changed, appeared or went) this is a full `refresh()`, which also saves the index.
    public func select(_ filter: EntryFilter) throws(StoreError) -> Selection {
        let (stored, found) = try walkAndReadHeads(withStatus: true)
        if let heads = stored, Self.isCurrent(heads, found) {
            var entries: [StoredEntry] = []
            var complete = true
            for i in heads.heads.indices {
                if let limit = filter.limit, entries.count >= max(0, limit) { break }
                guard let record = heads.record(i) else { complete = false; break }
                if filter.matches(record.entry) { entries.append(record) }
            }
            if complete {
                return Selection(entries: entries, total: heads.heads.count, problems: found.problems.sorted { $0.relativePath < $1.relativePath })
            }
        }
        let snapshot = try self.snapshot()
        return Selection(entries: filter.apply(to: snapshot.entries), total: snapshot.entries.count, problems: snapshot.problems)
    }

    /// True when the walk found exactly the files the index records, each with its size and time.
    static func isCurrent(_ heads: IndexHeads, _ found: IndexWalker.Found) -> Bool {
        guard heads.heads.count == found.files.count else { return false }
        var recorded: [String: (size: Int, modified: Int64)] = [:]
        recorded.reserveCapacity(heads.heads.count)
        for head in heads.heads { recorded[head.path] = (head.size, head.modified) }
        for file in found.files {
            guard let status = file.status, let record = recorded[file.path],
                  record.size == status.size, record.modified == status.modified else { return false }
        }
        return true
    }

    /// Reads the stored index's record heads on one core while walking `entries/` on the other.
    func walkAndReadHeads(withStatus: Bool) throws(StoreError) -> (IndexHeads?, IndexWalker.Found) {
        let fs = store.fileSystem
        switch fs.kind(of: store.root) {
        case .missing: return (nil, IndexWalker.Found())
        case .directory, .symlink: break
        default: throw StoreError("The journal path \(store.root) is not a folder.")
        }
        let walkEntries = fs.kind(of: store.entriesFolder) != .missing
        let store = self.store
        let (heads, walked) = ParallelMap.both({ readHeads() }, { () -> Result<IndexWalker.Found, FileSystemError> in
            guard walkEntries else { return .success(IndexWalker.Found()) }
            do throws(FileSystemError) {
                return .success(try IndexWalker(store: store, withStatus: withStatus).walk())
            } catch {
                return .failure(error)
            }
        })
        switch walked {
        case .success(let found): return (heads, found)
        case .failure(let error):
            throw StoreError("The journal folder \(store.root) cannot be read: \(StoreError.explain(error.code)).")
        }
    }
}
