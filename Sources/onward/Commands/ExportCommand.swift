import ArgumentParser
import Foundation
import JournalCore

/// `onward export`: the whole journal as one JSON, HTML or Markdown file.
struct ExportCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole journal to one JSON, HTML or Markdown file, the applications to CSV, or the achievements to a brag document.",
        discussion: "Entries come oldest first. `--output -` writes to stdout. HTML is one self-contained page you can open or print. `csv` writes one row per application, for a spreadsheet or another tracker. `brag` writes only the achievements, by month, as Markdown for applications and interviews; an achievement ending in `(star)` gets a STAR outline.")

    @OptionGroup var journal: JournalOptions

    @Option(help: ArgumentHelp("json, html, markdown, csv (the applications) or brag (the achievements).", valueName: "format"))
    var format: ExportFormat

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (it is replaced), or - for stdout.", valueName: "path"))
    var output: String

    func run(in context: RunContext) throws {
        let console = context.console
        let (_, snapshot) = try context.load()
        let text = format.render(snapshot, exportedAt: context.now)
        if output == "-" {
            console.writeRaw(VisibleText.forStdout(Array(text.utf8), toTerminal: console.stdoutIsTerminal))
        } else {
            let path: String
            switch JournalLocation.absolutePath(output, named: "--output", environment: context.environment) {
            case .success(let found): path = found
            case .failure(let why): throw CLIFailure(why.sentence)
            }
            // An export killed half-way leaves its temporary file beside the target: clear it first.
            JournalStore.removeLeftoverTemporaryFiles(beside: path)
            do {
                // Written like an entry: a temp file beside it, then a rename, so a failure leaves the old file.
                try PosixFileSystem().writeAtomically(path, Array(text.utf8))
            } catch {
                throw CLIFailure(error.sentence("write"))
            }
            if format == .csv {
                let n = snapshot.entries.count { $0.entry.kind == .application && !$0.entry.isDraft }
                console.hint("Exported \(n) \(n == 1 ? "application" : "applications") to \(VisibleText.line(path)).")
            } else {
                let n = snapshot.entries.count
                console.hint("Exported \(n) \(n == 1 ? "entry" : "entries") to \(VisibleText.line(path)).")
            }
        }
        ProblemSummary.report(snapshot.problems, on: console)
    }
}

extension ExportFormat: ExpressibleByArgument {}
