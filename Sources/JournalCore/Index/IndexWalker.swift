/// Walks `entries/` (lstat only, no links followed), finding each regular `.md` file with its
/// status and the problems of everything else. Used by the index and by `JournalStore.load()`.
///
/// Each folder directly under `entries/` (a year) is walked on its own core.
struct IndexWalker {
    let store: JournalStore
    /// False to take each name's kind from the folder listing without its size and time.
    var withStatus = true

    /// What a walk found: entry files with their status (nil without `withStatus`), in no
    /// particular order, and problems.
    struct Found: Sendable {
        var files: [(path: String, status: FileStatus?)] = []
        var problems: [FileProblem] = []

        mutating func add(_ other: Found) {
            files += other.files
            problems += other.problems
        }
    }

    /// Throws only when `entries/` itself cannot be read; a subfolder that cannot is a problem.
    func walk() throws(FileSystemError) -> Found {
        var found = Found()
        var folders: [String] = []
        note(try store.fileSystem.items(in: store.absolute("entries"), withStatus: withStatus), in: "entries", &found, &folders)
        let walker = self, subfolders = folders
        let parts = ParallelMap.map(subfolders.count, minimumPerWorker: 1) { walker.walk(subfolders[$0]) }
        for part in parts { found.add(part) }
        return found
    }

    private func walk(_ folder: String) -> Found {
        var found = Found()
        let items: [DirectoryItem]
        do { items = try store.fileSystem.items(in: store.absolute(folder), withStatus: withStatus) } catch {
            found.problems.append(FileProblem(relativePath: folder, reason: "this folder cannot be read: \(StoreError.explain(error.code))"))
            return found
        }
        var folders: [String] = []
        note(items, in: folder, &found, &folders)
        for child in folders { found.add(walk(child)) }
        return found
    }

    /// Sorts the items of one folder into entry files, problems and subfolders to walk.
    private func note(_ items: [DirectoryItem], in folder: String, _ found: inout Found, _ folders: inout [String]) {
        for item in items where !item.name.hasPrefix(".") {
            let child = folder + "/" + item.name
            let isEntry = item.name.hasSuffix(".md")
            switch item.kind {
            case .missing:
                if isEntry {
                    found.problems.append(FileProblem(relativePath: child, reason: "the file cannot be opened (it vanished, or its name is not valid UTF-8)"))
                }
            case .directory:
                folders.append(child)
            case .file where isEntry:
                found.files.append((child, item.status))
            case .symlink:  // a linked file or folder could lead out of the journal
                found.problems.append(FileProblem(relativePath: child, reason: "it is a symbolic link, which onward does not follow"))
            default:
                if isEntry { found.problems.append(FileProblem(relativePath: child, reason: "it is not a regular file")) }
            }
        }
    }
}
