import ArgumentParser
import JournalCore

/// The csv branch of `onward import`: a tracker's export as applications, and a report of
/// what could not be mapped.
enum ApplicationCSVImport {
    static func run(_ text: String, file: String, in context: RunContext) throws {
        let console = context.console
        let store = try context.store()
        let report: ApplicationCSVImporter.Report
        // The journal is read under the write lock, inside `run`: a second import at the same
        // moment waits, then finds every row already there.
        do { report = try ApplicationCSVImporter(store: store).run(text, now: context.now) } catch {
            throw CLIFailure("\(file): \(error.message)")
        }
        for failure in report.failures { console.error(CLIFailure.sentence(failure)) }
        let n = report.imported.count, moved = report.updated.count, same = report.alreadyPresent - moved
        var parts: [String] = []
        if n > 0 { parts.append("Imported \(n) \(n == 1 ? "application" : "applications")" + (report.stopped == nil ? "" : " before the import stopped")) }
        if moved > 0 { parts.append("Updated \(moved) \(moved == 1 ? "application" : "applications") whose status moved on") }
        if parts.isEmpty { parts.append(report.stopped == nil ? "Nothing new to import" : "Nothing was imported") }
        if same > 0 { parts.append("\(same) \(moved > 0 ? (same == 1 ? "other " : "others ") : "")already there") }
        // One sentence: only its first part keeps a capital.
        let sentence = parts.enumerated().map { i, part in i == 0 ? part : part.prefix(1).lowercased() + part.dropFirst() }
        console.print(sentence.joined(separator: "; ") + ".")
        for line in report.updated { console.print(VisibleText.line(line) + ".") }
        if !report.unmappedColumns.isEmpty {
            console.print("Kept as notes, since onward has no field for them: " + VisibleText.line(report.unmappedColumns.joined(separator: ", ")) + ".")
        }
        for value in report.unmappedValues { console.print(CLIFailure.sentence(value)) }
        if let note = report.dateNote { console.print(VisibleText.line(note) + ".") }
        if !report.skippedRows.isEmpty {
            console.print("Skipped, since they name no company: " + lines(report.skippedRows) + "; add the company there and import again.")
        }
        if !report.notSentRows.isEmpty {
            console.print("Not imported, since the tracker says they were not sent yet (wishlist, bookmarked, saved): "
                          + lines(report.notSentRows) + "; add each with `onward app add` once you apply.")
        }
        if let stopped = report.stopped {
            let left = report.remaining
            console.error(CLIFailure.sentence("\(file): \(stopped); \(left) \(left == 1 ? "row is" : "rows are") still to import, "
                                              + "and running the same import again once that is fixed adds just those"))
        }
        if !report.failures.isEmpty || report.stopped != nil { throw ExitCode.failure }
    }

    /// "line 4" or "lines 4, 9".
    private static func lines(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "line " : "lines ") + numbers.map(String.init).joined(separator: ", ")
    }
}
