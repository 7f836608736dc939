extension JournalIndex {
    /// The entries a list shows, how many entries there are in all, and the unreadable files.
    public struct Selection: Sendable {
        public var entries: [StoredEntry]
        public var total: Int
        public var problems: [FileProblem]

        public init(entries: [StoredEntry], total: Int, problems: [FileProblem]) {
            self.entries = entries
            self.total = total
            self.problems = problems
        }
    }

    /// `filter.apply(to: snapshot().entries)`, decoding only the records it needs.
    ///
    /// When every file still matches its record, the records are decoded newest first until
    /// `filter.limit` are found or they are older than `filter.since`: `list --limit 20` reads
    /// 20 entries, not all of them, and the home screen only today's. Otherwise
    /// (a file changed, appeared or went) this is a full `refresh()`, which also saves the index.
    public func select(_ filter: EntryFilter) throws(StoreError) -> Selection {
        let (stored, found) = try walkAndReadHeads(withStatus: true)
        if case .success(let heads) = stored, Self.isCurrent(heads, found) {
            var entries: [StoredEntry] = []
            var complete = true
            // Records run newest instant first. A day as written is within a day or so of its
            // instant (UTC offsets span -12 to +14 hours), so once one is three days before
            // `since`, no later record can be on or after it.
            let pastSince = filter.since.map { $0.adding(days: -2) }
            for i in heads.heads.indices {
                if let limit = filter.limit, entries.count >= max(0, limit) { break }
                // A kind filter skips other kinds without decoding them.
                if filter.kind != nil || filter.kinds != nil, let recorded = heads.kind(i), !filter.admits(recorded) { continue }
                guard let record = heads.record(i) else { complete = false; break }
                if let pastSince, record.entry.day < pastSince { break }
                if filter.matches(record.entry) { entries.append(record) }
            }
            if complete {
                return Selection(entries: entries, total: heads.heads.count, problems: found.problems.sorted { $0.relativePath < $1.relativePath })
            }
        }
        // Stale: refresh from this walk and these bytes rather than walking and reading again.
        let snapshot = refresh(stored.flatMap { decodeRecords($0.bytes) }, found).0
        return Selection(entries: filter.apply(to: snapshot.entries), total: snapshot.entries.count, problems: snapshot.problems)
    }

    /// True when the walk found exactly the files the index records, each with its stamp.
    ///
    /// Both sides are sorted on (time, size, ctime, inode), then path, and compared in step:
    /// hashing 10,000 paths into a dictionary cost a sixth of `list`. What is sorted is small
    /// keys (a stamp and a place), not paths: stamps almost never tie, so a path is read for a
    /// tie only, and each is compared once, for equality, at the end.
    static func isCurrent(_ heads: IndexHeads, _ found: IndexWalker.Found) -> Bool {
        guard heads.heads.count == found.files.count else { return false }
        return sameFiles(heads.heads.map(\.stamp), paths: { heads.heads[$0].path }, found)
    }

    /// `isCurrent` for decoded records.
    static func isCurrent(_ records: [StoredEntry], _ found: IndexWalker.Found) -> Bool {
        guard records.count == found.files.count else { return false }
        return sameFiles(records.map(FileStamp.init), paths: { records[$0].relativePath }, found)
    }

    /// True when the walk found exactly the files whose stamps are `recorded` and whose paths
    /// `paths` gives, in any order.
    private static func sameFiles(_ recorded: [FileStamp], paths: (Int) -> String, _ found: IndexWalker.Found) -> Bool {
        guard recorded.count == found.files.count else { return false }
        var walked: [FileStamp] = []
        walked.reserveCapacity(found.files.count)
        for file in found.files {
            guard let status = file.status else { return false }
            walked.append(FileStamp(status))
        }
        let mine = order(recorded, paths)
        let theirs = order(walked) { found.files[$0].path }
        for (r, w) in zip(mine, theirs) where recorded[r] != walked[w] { return false }
        for (r, w) in zip(mine, theirs) where paths(r) != found.files[w].path { return false }
        return true
    }

    /// The places of `stamps` in (stamp, path) order.
    private static func order(_ stamps: [FileStamp], _ path: (Int) -> String) -> [Int] {
        var keys = stamps.indices.map { Key(stamp: stamps[$0], place: $0) }
        keys.sort { a, b in a.stamp != b.stamp ? a.stamp < b.stamp : path(a.place) < path(b.place) }
        return keys.map(\.place)
    }

    /// A stamp and where it came from: what `order` sorts, holding no string.
    private struct Key {
        let stamp: FileStamp, place: Int
    }

    /// Reads the stored index's record heads on one core while walking `entries/` on the other.
    /// An index larger than the walked journal could need is not used (nor read whole).
    func walkAndReadHeads(withStatus: Bool) throws(StoreError) -> (Result<IndexHeads, IndexDamage>, IndexWalker.Found) {
        guard let (first, found) = try walk(withStatus: withStatus, whileReading: { () -> (IndexRead, Result<IndexHeads, IndexDamage>?) in
            let read = readIndexFile()
            return (read, read.bytes.map(Self.decodeHeads))
        }) else { return (.failure(.missing), IndexWalker.Found()) }
        switch checked(first.0, against: found) {
        case .failure(let damage): return (.failure(damage), found)
        case .success(let bytes): return (first.1 ?? Self.decodeHeads(bytes), found)
        }
    }

    private static func decodeHeads(_ bytes: [UInt8]) -> Result<IndexHeads, IndexDamage> {
        do { return .success(try IndexFileFormat.decodeHeads(bytes)) } catch { return .failure(error) }
    }
}
