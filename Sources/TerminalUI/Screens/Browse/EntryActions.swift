import JournalCore

/// The I/O behind the entry screen's keys, run by the app loop inside `.perform` effects.
public enum EntryActions {
    /// Leaves full-screen mode and runs the editor on a private copy of the file; back from it,
    /// merges the copy into the file under the write lock (`JournalStore.finishEditing`), so
    /// what another writer saved while the editor was open is kept, and reads the file again.
    public static func edit(_ relativePath: String, in context: AppContext) -> EditOutcome {
        let store = context.store
        let copy: EditorCopy
        do { copy = try store.makeEditorCopy(of: relativePath) } catch { return .editorFailed(error.message) }
        context.terminal.suspend()
        let failure = context.launcher.runEditor(context.editor, file: copy.path)
        context.terminal.resume()
        // Brought back even when the editor reported an error: it may have saved first.
        let back = store.finishEditing(copy)
        var notes: [String] = []
        if let earlier = copy.earlierEdit { notes.append("An edit left by an earlier session is kept in \(earlier).") }
        switch back {
        case .failed(let sentence):
            return .editorFailed(([failure, sentence].compactMap { $0 } + notes).joined(separator: " "))
        case .saved(merged: true, _):
            notes.insert("Saved by your editor; what was added to this entry meanwhile is kept too.", at: 0)
        case .saved(merged: false, let other?):
            notes.insert("Saved as you wrote it; this entry had also changed meanwhile, and that version is in \(other).", at: 0)
        case .savedUnreadable(let earlier):
            notes.insert("The version before this edit is kept in \(earlier).", at: 0)
        case .saved, .unchanged:
            break
        }
        let note = notes.isEmpty ? nil : notes.joined(separator: " ")
        switch store.readEntry(relativePath) {
        case .success(let stored):
            if let failure { return .editorFailed(([failure] + notes).joined(separator: " ")) }
            let text = (try? store.rawBytes(relativePath)) ?? []
            if back == .unchanged && note == nil { return .readable(stored, text: text, note: "No changes.") }
            return .readable(stored, text: text, note: note)
        case .failure(let problem):
            return .broken(problem, note: note)
        }
    }

    /// Moves the file to `.onward/trash/`.
    public static func delete(_ relativePath: String, in context: AppContext) -> DeleteOutcome {
        do {
            let trashPath = try context.store.delete(relativePath)
            return .moved(path: relativePath, trashPath: trashPath)
        } catch {
            return .failed(error.message)
        }
    }
}
