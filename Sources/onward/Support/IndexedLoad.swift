import JournalCore

extension JournalOptions {
    /// Like `load()`, through the derived index (`.onward/index`): for commands that read only front
    /// matter, titles, achievements and lessons (list, stats, insights, search's list of files).
    func loadIndexed() throws(CLIFailure) -> (JournalStore, JournalSnapshot) {
        let store = try self.store
        do {
            return (store, try store.loadIndexed())
        } catch {
            throw CLIFailure(error)
        }
    }
}
