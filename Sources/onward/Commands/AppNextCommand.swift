import ArgumentParser
import JournalCore

/// `onward app next ID TEXT --on DATE`: the next thing to do for an application.
struct AppNextCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "next", abstract: "Set the next thing to do for an application (empty text clears it).")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("What to do next, e.g. \"send the take-home\".", valueName: "text"))
    var text: String

    @Option(help: ArgumentHelp("When (default: no day).", valueName: "date"))
    var on: String?

    @Flag(help: "Print the application as JSON.")
    var json = false

    func run(in context: RunContext) throws {
        let now = context.now
        let day = try on.map { try AppSupport.anyDay($0, flag: "--on", today: now.day) }
        let text = self.text
        let clearing = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        try AppSupport.change(id, in: context, json: json, done: clearing ? "%@: next action cleared" : "%@: next action set") { (e: inout Entry) throws(ApplicationError) in
            // A closed application is shown nowhere with a next action: refused, as a move is.
            if !clearing, let outcome = e.outcome, outcome != .open {
                // Not opening on the name: the sentence after "onward: " starts small, which would make "Acme" "acme".
                throw ApplicationError("the application \(ApplicationRecord(e).title) is closed (\(outcome.label)), so it has no next action; nothing was changed")
            }
            ApplicationChange.setNextAction(&e, text, on: day, at: now)
        }
    }
}
