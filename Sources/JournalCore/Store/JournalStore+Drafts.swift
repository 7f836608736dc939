/// Drafts that never replace one another, and a finished session that is never saved twice.
extension JournalStore {
    /// A draft id of its own for a new session: `base`, else `base-2`, `base-3`... A hidden
    /// marker `.<id>.reserved` (holding the pid) is created exclusively, and an id whose draft
    /// exists is skipped, so even two sessions started in one minute never share a draft.
    /// Release it with `releaseReservation` when the session ends.
    public func reserveDraft(_ base: EntryID) throws(StoreError) -> EntryID {
        try Self.requireWellFormed(base)
        return try withWriteLock { () throws(StoreError) -> EntryID in
            if let link = linkOnTheWay(to: draftsFolder + "/x.md") {
                throw StoreError("Could not start a draft: \(Self.linkSentence(link)).")
            }
            do throws(FileSystemError) { try fileSystem.makeDirectories(draftsFolder) } catch {
                throw StoreError("Could not start a draft: \(StoreError.explain(error.code)).")
            }
            var id = base
            var n = 2
            while true {
                if fileSystem.kind(of: draftPath(id)) == .missing {
                    do throws(FileSystemError) {
                        try fileSystem.createExclusively(markerPath(id), Array("\(getpid())\n".utf8))
                        return id
                    } catch {
                        guard error.code == EEXIST else {
                            throw StoreError("Could not start a draft: \(StoreError.explain(error.code)).")
                        }
                        // A marker left by a session that was killed: its id is free again.
                        if let pid = markerOwner(id), !Self.isRunning(pid) {
                            try? fileSystem.remove(markerPath(id))
                            continue
                        }
                    }
                }
                id = EntryID(base.rawValue + "-\(n)")
                n += 1
            }
        }
    }

    /// Lets go of a reserved draft id once its session has ended (its draft, if any, stays).
    public func releaseReservation(_ id: EntryID) {
        guard id.isWellFormed, markerOwner(id) == getpid() else { return }
        _ = try? withWriteLock { () throws(StoreError) in try? fileSystem.remove(markerPath(id)) }
    }

    private func markerPath(_ id: EntryID) -> String { draftsFolder + "/." + id.rawValue + ".reserved" }

    private func markerOwner(_ id: EntryID) -> Int32? {
        guard let bytes = try? fileSystem.read(markerPath(id), limit: 64) else { return nil }
        return Int32(String(decoding: bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self))
    }

    /// Saves a finished session as a new entry and removes its draft, under one write lock.
    /// The draft is marked with the entry's path first, so a crash before the draft is gone
    /// leaves a draft that `settle` recognises as saved, never a second copy.
    public func saveFinished(_ entry: Entry, fromDraft draftID: EntryID?) throws(StoreError) -> StoredEntry {
        try withWriteLock { () throws(StoreError) -> StoredEntry in
            guard let draftID, let draft = draft(draftID) else { return try create(entry) }
            if case .alreadySaved(let stored) = settle(draft) {
                try? removeDraft(draftID)
                return stored
            }
            let planned = firstFreePath(for: entry)
            try saveDraft(DraftLink.marking(draft, savedAs: planned))
            let stored = try create(entry)
            if stored.relativePath != planned {
                // A writer outside onward took the name meanwhile: point the draft at the real file.
                try? saveDraft(DraftLink.marking(draft, savedAs: stored.relativePath))
            }
            try? removeDraft(draftID)
            return stored
        }
    }

    /// What resuming a draft should do.
    public enum DraftState: Equatable, Sendable {
        /// Resume it.
        case resume(Entry)
        /// It was saved already (onward stopped before removing the draft): this is the entry.
        case alreadySaved(StoredEntry)
    }

    /// Whether `draft` is still to be resumed, or was saved already as the entry it names.
    public func settle(_ draft: Entry) -> DraftState {
        guard let path = DraftLink.savedAs(draft), path.hasPrefix("entries/"),
              case .success(let stored) = readEntry(path), stored.entry.kind == draft.kind,
              stored.entry.created == draft.created else { return .resume(draft) }
        return .alreadySaved(stored)
    }

    /// The draft with this id, when it is there and readable.
    public func draft(_ id: EntryID) -> Entry? {
        guard id.isWellFormed, let bytes = try? fileSystem.read(draftPath(id), limit: EntryFileReader.sizeLimit),
              case .success(let entry) = EntryFileReader.decode(bytes, fallbackID: id) else { return nil }
        return entry
    }

    private func draftPath(_ id: EntryID) -> String { draftsFolder + "/" + id.rawValue + ".md" }

    /// The path `create` would give `entry` now.
    private func firstFreePath(for entry: Entry) -> String {
        var path = relativePath(for: entry.id, created: entry.day)
        var n = 2
        while fileSystem.kind(of: absolute(path)) != .missing {
            path = relativePath(for: EntryID(entry.id.rawValue + "-\(n)"), created: entry.day)
            n += 1
        }
        return path
    }
}
