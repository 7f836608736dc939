/// The status of the entries folder and its year and month folders: creating, renaming or
/// removing a file in any of them changes that folder's status (every onward write ends in a
/// rename), so the same stamp twice means no entry was added, replaced or removed between.
///
/// An import holds the write lock in short batches; between two, another writer may have added
/// an application. Comparing this stamp (a few dozen `lstat`s) tells it whether it must read the
/// journal again, instead of reading every record before every batch.
struct ApplicationCSVTreeStamp: Equatable, Sendable {
    private var folders: [String: FileStatus] = [:]

    /// The stamp now, or nil when a folder cannot be read (then the journal is read again).
    static func of(_ store: JournalStore) -> ApplicationCSVTreeStamp? {
        let fs = store.fileSystem
        var stamp = ApplicationCSVTreeStamp()
        let root = store.entriesFolder
        guard let top = fs.status(root) else { return nil }
        stamp.folders[""] = top
        do {
            for year in try fs.items(in: root, withStatus: true) where year.kind == .directory {
                stamp.folders[year.name] = year.status
                for month in try fs.items(in: root + "/" + year.name, withStatus: true) where month.kind == .directory {
                    stamp.folders[year.name + "/" + month.name] = month.status
                }
            }
        } catch {
            return nil
        }
        return stamp
    }
}
