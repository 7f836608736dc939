import JournalCore

/// The one stderr line that says some files were skipped, pointing to `onward doctor`.
enum ProblemSummary {
    static func report(_ problems: [FileProblem], on console: Console) {
        guard !problems.isEmpty else { return }
        let files = problems.count == 1 ? "1 file" : "\(problems.count) files"
        console.hint("\(files) could not be read; run `onward doctor`.")
    }
}
