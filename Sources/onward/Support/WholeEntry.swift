import JournalCore

/// The second half of `show` and `app show`: the index found the entry (it keeps only front
/// matter, title and lists), so its one file is now read whole; a file that does not read as an
/// entry is one sentence.
enum WholeEntry {
    /// The entry at `relativePath`, read whole; `hint` follows the reason when it cannot be read.
    static func read(_ relativePath: String, in store: JournalStore, hint: String? = nil) throws(CLIFailure) -> StoredEntry {
        switch store.readEntry(relativePath) {
        case .success(let stored): return stored
        case .failure(let problem): throw unreadable(problem, hint: hint)
        }
    }

    /// The error for a file that does not read as an entry (found so by the index or just now).
    static func unreadable(_ problem: FileProblem, hint: String? = nil) -> CLIFailure {
        // The hint (print the bytes as they are) only helps when there are bytes to print.
        let hint = problem.bytesReadable ? hint : nil
        return CLIFailure("\(problem.relativePath) cannot be read: \(problem.reason)" + (hint.map { "; " + $0 } ?? ""))
    }
}
