extension JournalIndex {
    /// What `search` found: the matches newest first, and the files that could not be read.
    public struct SearchOutcome: Sendable {
        public var results: [SearchResult]
        public var problems: [FileProblem]
    }

    /// `Search.run(in: snapshot())` in one pass over the files instead of two: each file is
    /// opened once, its stamp from that open is checked against its index record (the
    /// bytes in hand are parsed when they differ), and the same bytes are scanned for the words.
    ///
    /// The folder walk needs no `stat` per file, so this costs about what `rg -l` does. The
    /// index file is not rewritten here; the next `list` or screen brings it up to date.
    public func search(_ search: Search) throws(StoreError) -> SearchOutcome {
        let fs = store.fileSystem
        let (stored, found) = try walkAndReadHeads(withStatus: false)
        let heads = (try? stored.get()) ?? IndexHeads(bytes: [], heads: [])
        var slot: [String: Int] = [:]
        slot.reserveCapacity(heads.heads.count)
        for (i, head) in heads.heads.enumerated() { slot[head.path] = i }
        let files = found.files, known = slot
        let outcomes = ParallelMap.map(files.count) { i -> Result<SearchResult?, FileProblem> in
            let path = files[i].path
            guard let (bytes, status) = try? fs.readWithStatus(store.absolute(path), limit: EntryFileReader.sizeLimit) else {
                // Read it the usual way for the usual sentence (too large, unreadable, gone).
                return store.readEntry(path).map { _ in nil }
            }
            // A current record is decoded only for a match; a changed file is always parsed, so
            // one that broke is reported whether or not it holds the words.
            if let r = known[path], heads.heads[r].stamp == FileStamp(status) {
                guard let snippet = search.snippet(in: bytes) else { return .success(nil) }
                if let current = heads.record(r) { return .success(SearchResult(stored: current, snippet: snippet)) }
            }
            let parsed: StoredEntry
            switch store.entry(from: bytes, at: path, status: status) {
            case .success(let entry): parsed = entry.indexProjection
            case .failure(let problem): return .failure(problem)
            }
            return .success(search.snippet(in: bytes).map { SearchResult(stored: parsed, snippet: $0) })
        }
        var results: [SearchResult] = []
        var problems = found.problems
        for outcome in outcomes {
            switch outcome {
            case .success(let result?): results.append(result)
            case .success(nil): continue
            case .failure(let problem): problems.append(problem)
            }
        }
        results = NewestFirst.order(results, by: \.stored).map { results[$0] }
        return SearchOutcome(results: results, problems: problems.sorted { $0.relativePath < $1.relativePath })
    }
}
