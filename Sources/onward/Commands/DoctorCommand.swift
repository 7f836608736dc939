import ArgumentParser
import JournalCore

/// `onward doctor`: checks every file; one line per problem and exit status 1 when any.
struct DoctorCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "doctor", abstract: "Check every file of the journal; exit status 1 when something needs attention.")

    @OptionGroup var journal: JournalOptions

    func run(in context: RunContext) throws {
        let console = context.console
        let (store, snapshot) = try context.load()
        // What a killed save left behind is removed first: the file it was replacing is intact.
        let removed = store.removeLeftoverTemporaryFiles()
        if removed > 0 {
            console.hint(removed == 1
                ? "Removed 1 temporary file left by an interrupted save; the file it was replacing is intact."
                : "Removed \(removed) temporary files left by interrupted saves; the files they were replacing are intact.")
        }
        let problems = JournalDoctor(store: store).check(snapshot)
        if problems.isEmpty {
            let n = snapshot.entries.count
            switch n {
            case 0: console.print("The journal at \(VisibleText.line(store.root)) has no entries yet.")
            case 1: console.print("The 1 entry is readable.")
            default: console.print("All \(n) entries are readable.")
            }
            return
        }
        console.print(problems.map { VisibleText.line($0.description) }.joined(separator: "\n"))
        throw ExitCode.failure
    }
}
