extension JournalStore {
    /// Moves a draft the person chose not to resume into `.onward/trash/`, so even a
    /// discarded draft can be brought back by hand.
    @discardableResult
    public func discardDraft(_ id: EntryID) throws(StoreError) -> String {
        guard id.isWellFormed else { throw StoreError("The draft id \(id) is not valid.") }
        let source = draftsFolder + "/" + id.rawValue + ".md"
        return try withWriteLock { () throws(StoreError) -> String in try moveDraft(source, id) }
    }

    private func moveDraft(_ source: String, _ id: EntryID) throws(StoreError) -> String {
        do {
            try fileSystem.makeDirectories(trashFolder)
            let target = freeTrashTarget(stem: id.rawValue + "-draft")
            try fileSystem.move(source, to: target)
            return String(target.dropFirst(root.count + 1))
        } catch {
            throw StoreError("Could not move the draft \(id) to the trash: \(StoreError.explain(error.code)).")
        }
    }
}
