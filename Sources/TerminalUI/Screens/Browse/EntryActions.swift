import JournalCore

/// The I/O behind the entry screen's keys, run by the app loop inside `.perform` effects.
public enum EntryActions {
    /// Leaves full-screen mode, runs the editor on the file, comes back and reads the file again.
    public static func edit(_ relativePath: String, in context: AppContext) -> EditOutcome {
        let command = context.editor
        context.terminal.suspend()
        let failure = context.launcher.runEditor(command, file: context.store.absolute(relativePath))
        context.terminal.resume()
        // The editor wrote the file behind the store's back. The next start would see the new
        // size or time anyway; this keeps the index right even where a file system's clock is coarse.
        JournalIndex(store: context.store).noteChanged(relativePath)
        // Read the file back even when the editor reported an error: it may have saved first.
        switch context.store.readEntry(relativePath) {
        case .success(let stored):
            if let failure { return .editorFailed(failure) }
            let text = (try? context.store.rawBytes(relativePath)) ?? []
            return .readable(stored, text: text)
        case .failure(let problem):
            return .broken(problem)
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
