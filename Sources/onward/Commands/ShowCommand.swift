import ArgumentParser
import JournalCore

/// `onward show ID`: one entry rendered for the terminal, or the file as it is with `--raw`.
struct ShowCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entry.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The entry's id, or enough of its start to be unique.", valueName: "id"))
    var id: String

    @Flag(help: "Print the file exactly as it is on disk (control characters made visible when the output is a terminal).")
    var raw = false

    func run(in context: RunContext) throws {
        let console = context.console
        // The index finds the entry; only its own file is then read whole.
        let (store, snapshot) = try context.loadIndexed()
        let found = try EntryLookup.find(id, in: snapshot)
        let path: String
        switch found {
        case .entry(let indexed):
            guard raw else {
                console.print(EntryRenderer.render(try WholeEntry.read(indexed.relativePath, in: store, hint: Self.rawHint), console: console))
                return
            }
            path = indexed.relativePath
        case .unreadable(let problem):
            guard raw else { throw WholeEntry.unreadable(problem, hint: Self.rawHint) }
            path = problem.relativePath
        }
        do {
            console.writeRaw(VisibleText.forStdout(try store.rawBytes(path), toTerminal: console.stdoutIsTerminal))
        } catch {
            throw CLIFailure(error)
        }
    }

    /// Said after the reason a file cannot be shown.
    private static let rawHint = "`onward show --raw` prints it as it is"
}
