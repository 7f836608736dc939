extension JournalStore {
    /// Like `load()`, through the derived index: unchanged files are not read, and each entry is
    /// its `indexProjection` (front matter, title, achievements, lessons; no other body text).
    public func loadIndexed() throws(StoreError) -> JournalSnapshot {
        try JournalIndex(store: self).snapshot()
    }
}
