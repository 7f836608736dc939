extension JournalIndex {
    /// Every finished application as a record, and the files that could not be read.
    public struct Applications: Sendable {
        public var records: [ApplicationRecord]
        public var problems: [FileProblem]
    }

    /// `ApplicationQuery.all(in: select(EntryFilter(kind: .application)).entries)` in index order,
    /// read from the record bytes: other kinds are skipped by their recorded kind and no `Entry`
    /// is built, only the record each row needs.
    ///
    /// A stale index, or a record that does not read, takes the full refresh path instead (which
    /// also saves the index), so the answer is the same either way.
    public func applications() throws(StoreError) -> Applications {
        let (stored, found) = try walkAndReadHeads(withStatus: true)
        if case .success(let heads) = stored, Self.isCurrent(heads, found) {
            var records: [ApplicationRecord] = []
            var complete = true
            for i in heads.heads.indices {
                if let recorded = heads.kind(i), recorded != .application { continue }
                let path = heads.heads[i].path
                guard let read = heads.withCursor(i, { (c) throws(IndexDamage) in try ApplicationRecord.indexed(&c, path: path) }) else {
                    complete = false
                    break
                }
                if let record = read { records.append(record) }
            }
            if complete {
                return Applications(records: records, problems: found.problems.sorted { $0.relativePath < $1.relativePath })
            }
        }
        let snapshot = refresh(stored.flatMap { decodeRecords($0.bytes) }, found).0
        return Applications(records: Array(ApplicationQuery.all(in: snapshot.entries)), problems: snapshot.problems)
    }
}
