/// Walks `entries/` the way `JournalStore.load()` does (lstat only, no links followed), handing
/// each regular `.md` file with its status to a callback and collecting the problems of the rest.
struct IndexWalker {
    let store: JournalStore

    func walk(_ visit: (String, FileStatus) -> Void) throws(FileSystemError) -> [FileProblem] {
        var problems: [FileProblem] = []
        try walk("entries", visit, &problems)
        return problems
    }

    private func walk(_ relative: String, _ visit: (String, FileStatus) -> Void, _ problems: inout [FileProblem]) throws(FileSystemError) {
        let fs = store.fileSystem
        for name in try fs.list(store.absolute(relative)) where !name.hasPrefix(".") {
            let child = relative + "/" + name
            let isEntry = name.hasSuffix(".md")
            guard let status = fs.status(store.absolute(child)) else {
                if isEntry {
                    problems.append(FileProblem(relativePath: child, reason: "the file cannot be opened (it vanished, or its name is not valid UTF-8)"))
                }
                continue
            }
            switch status.kind {
            case .directory:
                do { try walk(child, visit, &problems) } catch {
                    problems.append(FileProblem(relativePath: child, reason: "this folder cannot be read: \(StoreError.explain(error.code))"))
                }
            case .file where isEntry:
                visit(child, status)
            case .symlink where isEntry:
                problems.append(FileProblem(relativePath: child, reason: "it is a symbolic link, which onward does not follow"))
            default:
                if isEntry { problems.append(FileProblem(relativePath: child, reason: "it is not a regular file")) }
            }
        }
    }
}
