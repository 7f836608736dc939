import ArgumentParser
import JournalCore

/// `onward search WORDS...`: entries containing every word, ignoring case, with a snippet.
struct SearchCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Find entries that contain all the words, ignoring case.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The words to find.", valueName: "word"))
    var words: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if Search(words).isEmpty { throw ValidationError("search needs at least one word.") }
    }

    func run(in context: RunContext) throws {
        let console = context.console
        let search = Search(words)
        let outcome: JournalIndex.SearchOutcome
        let store = try context.store()
        do { outcome = try JournalIndex(store: store).search(search) } catch { throw CLIFailure(error) }
        let results = outcome.results
        if json {
            console.print(JSONOutput.encode(SearchJSON(search: search, results: results)))
            return
        }
        if results.isEmpty {
            if console.stdoutIsTerminal { console.print("Nothing found for \"\(VisibleText.line(search.words.joined(separator: " ")))\".") }
        } else {
            let heads = EntryListFormatter.lines(results.map(\.stored))
            let text = zip(heads, results).map { head, result in head + "\n    " + VisibleText.line(result.snippet) }
            console.print(text.joined(separator: "\n"))
        }
        ProblemSummary.report(outcome.problems, on: console)
    }
}
