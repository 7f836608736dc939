import ArgumentParser
import Foundation
import JournalCore

/// `onward import jrnl FILE`: entries from another journal, as notes; `onward import csv FILE`:
/// a job tracker's export, as applications. Both are safe to run twice.
struct ImportCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in entries from jrnl's plain-text export as notes, or a job tracker's CSV as applications.",
        discussion: """
        Make the file with `jrnl --format text > jrnl.txt` (or use jrnl's journal file itself). \
        Each entry becomes a note with its @tags; running the import again adds only entries that are new. \
        A CSV needs a header line; columns such as company, title or position, status or stage, date applied, \
        URL and notes are understood, and any other column is kept in the application's notes. \
        Wishlist, bookmarked and saved rows (not sent yet) are left out; running the import again brings on \
        applications whose status moved on in the file.
        """)

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("Where the entries come from: jrnl or csv.", valueName: "source"))
    var source: String

    @Argument(help: ArgumentHelp("The file to read.", valueName: "file"))
    var file: String

    func validate() throws {
        guard ["jrnl", "csv"].contains(source.lowercased()) else { throw ValidationError("import knows two sources: jrnl and csv.") }
    }

    func run(in context: RunContext) throws {
        let console = context.console
        let text = try InputFile.text(file)
        if source.lowercased() == "csv" { return try ApplicationCSVImport.run(text, file: file, in: context) }
        let parsed = JrnlParser.read(text)
        for bad in parsed.undatable {
            console.error(CLIFailure.sentence("line \(bad.line) of \(file) starts like a date line (\(bad.text)) but its date or time cannot be read; it and the text under it were not imported"))
        }
        let items = parsed.entries
        guard !items.isEmpty else {
            throw CLIFailure("\(file) has no jrnl entries (lines such as `[2026-03-01 09:15] A title`)")
        }
        let report: ImportReport
        let store = try context.store()
        do { report = try JrnlImporter(store: store).run(items) } catch { throw CLIFailure(error) }
        for failure in report.failures { console.error(CLIFailure.sentence(failure)) }
        let n = report.imported.count
        var summary = n == 0 ? (report.stopped == nil ? "Nothing new to import" : "Nothing was imported")
            : "Imported \(n) \(n == 1 ? "entry" : "entries") as notes" + (report.stopped == nil ? "" : " before the import stopped")
        if report.alreadyPresent > 0 { summary += "; \(report.alreadyPresent) already there from an earlier import" }
        console.print(summary + ".")
        if let stopped = report.stopped {
            let left = report.remaining
            console.error(CLIFailure.sentence("\(file): \(stopped); \(left) \(left == 1 ? "entry is" : "entries are") still to import, "
                + "and running the same import again once that is fixed adds just those"))
        }
        if !report.failures.isEmpty || !parsed.undatable.isEmpty || report.stopped != nil { throw ExitCode.failure }
    }
}
