/// Saving a whole text that was loaded a while ago: never over what another writer saved since.
extension JournalStore {
    /// Saves `mine`, an entry the caller loaded as `base` and then changed at length (a screen,
    /// the person's editor), over the file at `relativePath`. Under the write lock the file is
    /// read again and the three are merged (`EntryMerge`): a field or item another writer saved
    /// meanwhile is kept unless mine changed that same field. A missing or unreadable file is
    /// never written.
    @discardableResult
    public func save(_ mine: Entry, loadedAs base: Entry, at relativePath: String) throws(StoreError) -> StoredEntry {
        try modify(relativePath) { (theirs: inout Entry) throws(StoreError) in
            // The file name is the id (as `readEntry` sets it), so the three compare alike.
            var base = base, mine = mine
            base.id = theirs.id
            mine.id = theirs.id
            theirs = EntryMerge.merge(base: base, mine: mine, theirs: theirs)
        }
    }

    /// Puts `bytes` into `.onward/trash/` under `name` (or `name-2`...), never replacing a file
    /// there; returns the path relative to the root. For a version that could not be merged.
    func keepInTrash(_ bytes: [UInt8], named name: String) throws(StoreError) -> String {
        if let link = linkOnTheWay(to: trashFolder + "/" + name) {
            throw StoreError("Could not keep a copy in the trash: \(Self.linkSentence(link)).")
        }
        while true {
            do throws(FileSystemError) {
                try fileSystem.makeDirectories(trashFolder)
                let target = freeTrashTarget(stem: EntryFileName.stem(of: name))
                try fileSystem.createExclusively(target, bytes)
                return String(target.dropFirst(root.count + 1))
            } catch {
                // A name taken between the look and the write: look again.
                if error.code != EEXIST {
                    throw StoreError("Could not keep a copy in the trash: \(StoreError.explain(error.code)).")
                }
            }
        }
    }

    /// `.onward/trash/<stem>.md`, else `<stem>-2.md`, `-3`...: the first name not taken there.
    func freeTrashTarget(stem: String) -> String {
        var target = trashFolder + "/" + stem + ".md"
        var n = 2
        while fileSystem.kind(of: target) != .missing {
            target = trashFolder + "/" + stem + "-\(n).md"
            n += 1
        }
        return target
    }

    /// Replaces the file at `relativePath` with `bytes` exactly as given (atomically, never
    /// through a link): the person's own text from their editor, kept even when it does not read.
    func writeAsWritten(_ bytes: [UInt8], to relativePath: String) throws(StoreError) {
        let path = absolute(relativePath)
        if let link = linkOnTheWay(to: path) { throw StoreError("Could not save \(relativePath): \(Self.linkSentence(link)).") }
        do {
            try fileSystem.makeDirectories(PosixFileSystem.parent(of: path))
            try fileSystem.writeAtomically(path, bytes)
        } catch {
            throw StoreError("Could not save \(relativePath): \(StoreError.explain(error.code)).")
        }
        JournalIndex(store: self).noteChanged(relativePath)
    }
}
