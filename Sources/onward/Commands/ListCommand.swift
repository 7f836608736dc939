import ArgumentParser
import JournalCore

/// `onward list`: entries newest first, one line each, or as JSON.
struct ListCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List entries, newest first.")

    @OptionGroup var journal: JournalOptions

    @Option(help: ArgumentHelp("Only entries of this kind: reflection, checkin, note or application.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD).", valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries up to this day (YYYY-MM-DD).", valueName: "day"))
    var until: String?

    @Option(help: ArgumentHelp("Only entries with this tag.", valueName: "tag"))
    var tag: String?

    @Option(help: ArgumentHelp("At most this many entries.", valueName: "n"))
    var limit: Int?

    @Flag(help: "Print JSON (see the format in the README).")
    var json = false

    func validate() throws {
        _ = try filter()
    }

    func run(in context: RunContext) throws {
        let console = context.console
        let selection: JournalIndex.Selection
        do { selection = try JournalIndex(store: try context.store()).select(try filter()) } catch let error as StoreError {
            throw CLIFailure(error)
        }
        let entries = selection.entries
        if json {
            console.print(JSONOutput.encode(ListJSON(entries: entries, problems: selection.problems)))
            return
        }
        let lines = EntryListFormatter.lines(entries)
        if !lines.isEmpty {
            console.print(lines.joined(separator: "\n"))
        } else if console.stdoutIsTerminal {
            console.print(selection.total == 0 ? "No entries yet. Start with `onward checkin --mood 6`." : "No entries match.")
        }
        ProblemSummary.report(selection.problems, on: console)
    }

    private func filter() throws -> EntryFilter {
        var f = EntryFilter(tag: tag, limit: limit)
        if let kind {
            guard let k = EntryKind(rawValue: kind.lowercased()) else { throw ValidationError("--kind must be reflection, checkin, note or application.") }
            f.kind = k
        }
        if let since {
            guard let day = LocalDay(parsing: since) else { throw ValidationError("--since must be a date such as 2026-11-27.") }
            f.since = day
        }
        if let until {
            guard let day = LocalDay(parsing: until) else { throw ValidationError("--until must be a date such as 2026-11-27.") }
            f.until = day
        }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
        return f
    }
}
