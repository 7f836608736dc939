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
            found.problems.append(FileProblem(relativePath: folder, reason: "this folder cannot be read: \(StoreError.explain(error.code))", bytesReadable: false))
            return found
        }
        var folders: [String] = []
        note(items, in: folder, &found, &folders)
        for child in folders { found.add(walk(child)) }
        return found
    }

    /// `name.hasSuffix(".md")` on the bytes: the `String` version compares by Unicode rules and
    /// was a tenth of `list` at 10,000 entries.
    static func endsInMD(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { b in b.count > 3 && b[b.count - 3] == 0x2E && b[b.count - 2] == 0x6D && b[b.count - 1] == 0x64 }
    }

    /// Sorts the items of one folder into entry files, problems and subfolders to walk.
    private func note(_ items: [DirectoryItem], in folder: String, _ found: inout Found, _ folders: inout [String]) {
        let prefix = folder + "/"
        for item in items where item.name.utf8.first != 0x2E {
            let child = prefix + item.name
            let isEntry = Self.endsInMD(item.name)
            switch item.kind {
            case .missing:
                if isEntry {
                    found.problems.append(FileProblem(relativePath: child, reason: "the file cannot be opened (it vanished, or its name is not valid UTF-8)", bytesReadable: false))
                }
            case .directory:
                folders.append(child)
            case .file where isEntry:
                found.files.append((child, item.status))
            case .symlink:  // a linked file or folder could lead out of the journal
                found.problems.append(FileProblem(relativePath: child, reason: "it is a symbolic link, which onward does not follow", bytesReadable: false))
            default:
                if isEntry { found.problems.append(FileProblem(relativePath: child, reason: "it is not a regular file", bytesReadable: false)) }
            }
        }
    }
}
