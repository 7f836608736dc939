/// The checks behind `onward doctor`: every way a journal folder can hold something onward
/// cannot read or would misread, one `FileProblem` each, sorted by path.
public struct JournalDoctor: Sendable {
    public let store: JournalStore

    public init(store: JournalStore) { self.store = store }

    /// Checks the snapshot's files and the folders around them.
    public func check(_ snapshot: JournalSnapshot) -> [FileProblem] {
        var problems = snapshot.problems
        problems += idProblems(snapshot)
        problems += snapshot.entries.compactMap(placeProblem)
        problems += leftovers()
        problems += onwardFolderProblems()
        problems += unreadableDrafts()
        problems += editsNotBroughtBack()
        problems += strayEntries()
        problems += foldersNamedLikeEntries()
        return problems.sorted { $0.relativePath == $1.relativePath ? $0.reason < $1.reason : $0.relativePath < $1.relativePath }
    }

    // The store takes an entry's id from its file name, so a different `id:` in the front
    // matter, or the same file name in two folders, would make two entries look alike.
    private func idProblems(_ snapshot: JournalSnapshot) -> [FileProblem] {
        var problems: [FileProblem] = []
        var pathsByID: [EntryID: [String]] = [:]
        for stored in snapshot.entries {
            pathsByID[stored.entry.id, default: []].append(stored.relativePath)
            // The load kept the front matter's own id: no second read of the file.
            if let written = stored.declaredID {
                problems.append(FileProblem(relativePath: stored.relativePath,
                    reason: "its front matter says id '\(written)' but its file name says '\(stored.entry.id)'; onward goes by the file name"))
            }
        }
        for (id, paths) in pathsByID where paths.count > 1 {
            for path in paths {
                let others = paths.filter { $0 != path }.joined(separator: ", ")
                problems.append(FileProblem(relativePath: path, reason: "the id '\(id)' is also used by \(others)"))
            }
        }
        return problems
    }

    /// Entries belong in `entries/YYYY/MM/`.
    private func placeProblem(_ stored: StoredEntry) -> FileProblem? {
        let parts = stored.relativePath.split(separator: "/")
        let isDigits = { (s: Substring, n: Int) in s.utf8.count == n && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if parts.count == 4, parts[0] == "entries", isDigits(parts[1], 4), isDigits(parts[2], 2) {
            // A hand-edited date far from its folder (year 1, year 9999) is likely a typo.
            let day = stored.entry.day
            if Int(parts[1]) == day.year && Int(parts[2]) == day.month { return nil }
            return FileProblem(relativePath: stored.relativePath,
                reason: "its created date \(day) does not match its folder \(parts[0])/\(parts[1])/\(parts[2])/; check the date")
        }
        return FileProblem(relativePath: stored.relativePath, reason: "it is outside entries/YYYY/MM/, where onward keeps entries")
    }

    /// Temporary files an interrupted save left behind (`.<name>.tmp-<pid>-<n>`).
    private func leftovers() -> [FileProblem] {
        var found: [FileProblem] = []
        func visit(_ relative: String, depth: Int) {
            guard depth < 6, let names = try? store.fileSystem.list(store.absolute(relative)) else { return }
            for name in names {
                let child = relative + "/" + name
                if let pid = JournalStore.writerPID(ofTemporary: name) {
                    // A save in progress is no problem; only a dead writer's file is left over.
                    if JournalStore.isRunning(pid) { continue }
                    found.append(FileProblem(relativePath: child,
                        reason: "a temporary file left by an interrupted save; check it and delete it"))
                } else if store.fileSystem.kind(of: store.absolute(child)) == .directory {
                    visit(child, depth: depth + 1)
                }
            }
        }
        visit("entries", depth: 0)
        visit(".onward", depth: 0)
        return found
    }

    /// What onward keeps in `.onward/` must be what it expects there: a link would lead its
    /// writes elsewhere (they are refused), a FIFO or device in place of a file is skipped.
    private func onwardFolderProblems() -> [FileProblem] {
        let fs = store.fileSystem
        var found: [FileProblem] = []
        func expect(_ relative: String, _ wanted: FileKind) {
            let kind = fs.kind(of: store.absolute(relative))
            guard kind != .missing, kind != wanted else { return }
            found.append(FileProblem(relativePath: relative, reason: Self.describe(kind, wanted: wanted)))
        }
        expect(".onward", .directory)
        guard fs.kind(of: store.absolute(".onward")) == .directory else { return found }
        expect(".onward/index", .file)
        expect(".onward/lock", .file)
        expect(".onward/drafts", .directory)
        expect(".onward/trash", .directory)
        for folder in [".onward/drafts", ".onward/trash"] where fs.kind(of: store.absolute(folder)) == .directory {
            for item in (try? fs.items(in: store.absolute(folder), withStatus: false)) ?? []
            where !item.name.hasPrefix(".") && item.kind != .file {
                found.append(FileProblem(relativePath: folder + "/" + item.name, reason: Self.describe(item.kind, wanted: .file)))
            }
        }
        return found
    }

    /// Drafts that are files but cannot be read back: the home screen cannot offer them, so
    /// without this line a person's unfinished words would wait there unseen.
    private func unreadableDrafts() -> [FileProblem] {
        let fs = store.fileSystem
        var found: [FileProblem] = []
        for (relative, _) in markdownFiles(in: ".onward/drafts") {
            let reason: String
            do {
                let bytes = try fs.read(store.absolute(relative), limit: EntryFileReader.sizeLimit)
                guard case .failure(let error) = EntryFileReader.decode(bytes, fallbackID: nil) else { continue }
                reason = error.description
            } catch {
                reason = StoreError.explain(error.code)
            }
            found.append(FileProblem(relativePath: relative,
                reason: "this draft cannot be read, so onward does not offer it: \(reason); open it in an editor to recover its words"))
        }
        return found
    }

    /// Copies in `.onward/editing/` that differ from their entry: onward stopped while the
    /// person's editor was open (or it is open now), and the copy may hold words the entry lacks.
    private func editsNotBroughtBack() -> [FileProblem] {
        let fs = store.fileSystem
        var found: [FileProblem] = []
        for (relative, name) in markdownFiles(in: ".onward/editing") {
            let copy = try? fs.read(store.absolute(relative), limit: EntryFileReader.sizeLimit)
            let month = name.prefix(7).split(separator: "-")
            if month.count == 2, let copy,
               let entry = try? fs.read(store.absolute("entries/\(month[0])/\(month[1])/\(name)"), limit: EntryFileReader.sizeLimit),
               entry == copy { continue }
            found.append(FileProblem(relativePath: relative,
                reason: "an edit your editor saved that onward did not bring back (it stopped while the editor was open, or the editor is open now); press e on the entry in Browse to keep it in the trash, or copy what you need from it"))
        }
        return found
    }

    /// The regular `.md` files directly in one of onward's own folders (relative path, name); none when it is not a folder.
    private func markdownFiles(in folder: String) -> [(relative: String, name: String)] {
        let fs = store.fileSystem
        guard fs.kind(of: store.absolute(folder)) == .directory else { return [] }
        return ((try? fs.items(in: store.absolute(folder), withStatus: false)) ?? [])
            .filter { $0.kind == .file && $0.name.hasSuffix(".md") && !$0.name.hasPrefix(".") }
            .map { (folder + "/" + $0.name, $0.name) }
    }

    /// "it is a symbolic link, ..." for something of `kind` where a `wanted` belongs.
    static func describe(_ kind: FileKind, wanted: FileKind) -> String {
        switch kind {
        case .symlink: return "it is a symbolic link, and onward does not write through links; make it a real \(wanted == .directory ? "folder" : "file")"
        case .directory: return "it is a folder where onward expects a file; move it away"
        case .file: return "it is a file where onward expects a folder; move it away"
        default: return "it is not a regular file but a FIFO, a device or a socket, so onward skips it; remove it"
        }
    }

    /// Folders under `entries/` whose name ends in `.md`: the store walks into them, but a
    /// person (or another tool) looking for that entry finds a folder.
    private func foldersNamedLikeEntries() -> [FileProblem] {
        var found: [FileProblem] = []
        func visit(_ relative: String, depth: Int) {
            guard depth < 6, let names = try? store.fileSystem.list(store.absolute(relative)) else { return }
            for name in names where !name.hasPrefix(".") {
                let child = relative + "/" + name
                guard store.fileSystem.kind(of: store.absolute(child)) == .directory else { continue }
                if name.hasSuffix(".md") {
                    found.append(FileProblem(relativePath: child, reason: "it is a folder named like an entry, not a regular file"))
                }
                visit(child, depth: depth + 1)
            }
        }
        visit("entries", depth: 0)
        return found
    }

    /// Markdown files with front matter outside `entries/`, which onward never reads.
    private func strayEntries() -> [FileProblem] {
        var found: [FileProblem] = []
        func visit(_ relative: String?, depth: Int) {
            let folder = relative.map(store.absolute) ?? store.root
            guard depth < 4, let names = try? store.fileSystem.list(folder) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                if relative == nil && name == "entries" { continue }
                let child = relative.map { $0 + "/" + name } ?? name
                let path = store.absolute(child)
                switch store.fileSystem.kind(of: path) {
                case .directory:
                    visit(child, depth: depth + 1)
                case .file where name.hasSuffix(".md"):
                    if let bytes = try? store.fileSystem.read(path, limit: 64 * 1024), looksLikeEntry(bytes) {
                        found.append(FileProblem(relativePath: child,
                            reason: "it looks like an entry but is outside entries/, so onward does not read it"))
                    }
                default:
                    break
                }
            }
        }
        visit(nil, depth: 0)
        return found
    }

    private func looksLikeEntry(_ bytes: [UInt8]) -> Bool {
        ByteScan.bodyOffset(bytes) > 0 && ByteScan.firstOffset(of: Array("\nkind:".utf8), in: bytes) != nil
    }
}
