/// The person's editor works on a private copy; what it saves is merged into the live file.
extension JournalStore {
    /// Where the copies handed to the editor are kept while it runs.
    public var editingFolder: String { root + "/.onward/editing" }

    /// Copies the entry file at `relativePath` into `.onward/editing/` (0600) for the editor.
    /// A copy left there by an onward stopped while its editor ran may hold the person's words:
    /// it goes to the trash, never away.
    public func makeEditorCopy(of relativePath: String) throws(StoreError) -> EditorCopy {
        try withWriteLock { () throws(StoreError) -> EditorCopy in
            let name = String(relativePath.split(separator: "/").last ?? "entry.md")
            let path = editingFolder + "/" + name
            if let link = linkOnTheWay(to: path) { throw StoreError("Could not open the editor: \(Self.linkSentence(link)).") }
            let base: [UInt8]
            do throws(FileSystemError) {
                base = try fileSystem.read(absolute(relativePath), limit: EntryFileReader.sizeLimit)
            } catch {
                throw StoreError("Could not open \(relativePath) in the editor: \(StoreError.explain(error.code)).")
            }
            var earlier: String?
            if fileSystem.kind(of: path) != .missing,
               let left = try? fileSystem.read(path, limit: EntryFileReader.sizeLimit), left != base {
                earlier = try keepInTrash(left, named: EntryFileName.stem(of: name) + "-earlier-edit.md")
            }
            do throws(FileSystemError) {
                try fileSystem.makeDirectories(editingFolder)
                if fileSystem.kind(of: path) != .missing { try fileSystem.remove(path) }
                try fileSystem.createExclusively(path, base)
            } catch {
                throw StoreError("Could not open \(relativePath) in the editor: \(StoreError.explain(error.code)).")
            }
            return EditorCopy(relativePath: relativePath, path: path, base: base, earlierEdit: earlier)
        }
    }

    /// Brings the editor's copy back under the write lock. When the live file is still as it was
    /// copied, the person's text goes in exactly as written. When another writer changed it
    /// meanwhile, the two are merged (`EntryMerge`); if either does not read as an entry, the
    /// person's text goes in as written and the other version is kept in the trash. The copy is
    /// removed once its text is safely in the journal, and kept when it could not be.
    public func finishEditing(_ copy: EditorCopy) -> EditorReturn {
        let shown = String(copy.path.dropFirst(root.count + 1))
        do throws(StoreError) {
            return try withWriteLock { () throws(StoreError) -> EditorReturn in
                let mine: [UInt8]
                do throws(FileSystemError) {
                    mine = try fileSystem.read(copy.path, limit: EntryFileReader.sizeLimit)
                } catch {
                    // The editor removed its file: there is nothing of the person's to bring back.
                    if error.code == ENOENT { return .unchanged }
                    return .failed("Your edit in \(shown) could not be read back (\(StoreError.explain(error.code))); it is left there.")
                }
                if mine == copy.base {
                    try? fileSystem.remove(copy.path)
                    return .unchanged
                }
                let live = absolute(copy.relativePath)
                let theirs: [UInt8]? = fileSystem.kind(of: live) == .missing ? nil : try? fileSystem.read(live, limit: EntryFileReader.sizeLimit)
                var result = EditorReturn.saved(merged: false, otherVersion: nil)
                if let theirs, theirs != copy.base {
                    if let merged = merge(base: copy.base, mine: mine, theirs: theirs, at: copy.relativePath) {
                        try write(merged, to: copy.relativePath)
                        _ = noteWritten(stored(merged, copy.relativePath))
                        result = .saved(merged: true, otherVersion: nil)
                    } else {
                        let name = String(copy.relativePath.split(separator: "/").last ?? "entry.md")
                        let other = try keepInTrash(theirs, named: name)
                        try writeAsWritten(mine, to: copy.relativePath)
                        result = .saved(merged: false, otherVersion: other)
                    }
                } else if fileSystem.kind(of: live) != .missing && theirs == nil {
                    return .failed("\(copy.relativePath) cannot be read now, so your edit was not put in; it is kept in \(shown).")
                } else if let theirs, Self.readsAsEntry(theirs), !Self.readsAsEntry(mine) {
                    // The edit broke a readable entry (binary, a torn front matter): the person's
                    // bytes go in as written, to be fixed with e, and what the entry held is kept.
                    let name = String(copy.relativePath.split(separator: "/").last ?? "entry.md")
                    let earlier = try keepInTrash(theirs, named: name)
                    try writeAsWritten(mine, to: copy.relativePath)
                    result = .savedUnreadable(earlierVersion: earlier)
                } else {
                    try writeAsWritten(mine, to: copy.relativePath)
                }
                try? fileSystem.remove(copy.path)
                return result
            }
        } catch {
            var reason = error.message
            while reason.hasSuffix(".") { reason.removeLast() }
            return .failed("\(reason); your edit is kept in \(shown).")
        }
    }

    /// True when `bytes` would be read back as an entry (not binary, a front matter that parses).
    private static func readsAsEntry(_ bytes: [UInt8]) -> Bool {
        guard unreadableProblem(bytes) == nil, case .success = EntryFileReader.decode(bytes, fallbackID: nil) else { return false }
        return true
    }

    /// The three versions merged as entries, or nil when one of them does not read as an entry.
    private func merge(base: [UInt8], mine: [UInt8], theirs: [UInt8], at relativePath: String) -> Entry? {
        let id = EntryID(EntryFileName.stem(of: relativePath))
        func entry(_ bytes: [UInt8]) -> Entry? {
            guard case .success(var e) = EntryFileReader.decode(bytes, fallbackID: id) else { return nil }
            e.id = id
            return e
        }
        guard let b = entry(base), let m = entry(mine), let t = entry(theirs) else { return nil }
        var merged = EntryMerge.merge(base: b, mine: m, theirs: t)
        merged.status = nil
        // What onward writes must read back; a merge that would not goes in as the person wrote it.
        if Self.unreadableProblem(Array(EntryCodec.encode(merged).utf8)) != nil { return nil }
        return merged
    }
}
