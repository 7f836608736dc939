import ArgumentParser
import JournalCore

/// `onward app move ID STAGE`: the application reached a new stage.
struct AppMoveCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Record that an application reached a new stage.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("applied, screen, interview, final-interview or offer.", valueName: "stage"))
    var stage: String

    @Option(help: ArgumentHelp("The day it happened (default today).", valueName: "date"))
    var on: String?

    // A list, so a second --note is kept too (both go on the event's line).
    @Option(name: .customLong("note"), parsing: .unconditionalSingleValue, help: ArgumentHelp("A few words for the timeline, e.g. \"call with Priya\".", valueName: "text"))
    var notes: [String] = []

    /// Every --note given, on one line.
    private var note: String? { AppSupport.joinedNotes(notes) }

    @Flag(help: "Print the application as JSON.")
    var json = false

    func validate() throws {
        _ = try AppSupport.stage(stage)
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let stage = try AppSupport.stage(stage)
        let day = try AppSupport.eventDay(on, flag: "--on", today: now.day)
        try AppSupport.change(id, in: context, json: json, done: "%@: \(stage.label) on \(day)") { (e: inout Entry) throws(ApplicationError) in
            if let outcome = e.outcome, outcome != .open {
                // Not opening on the name: the sentence after "onward: " starts small, which would make "Acme" "acme".
                throw ApplicationError("the application \(ApplicationRecord(e).title) is closed (\(outcome.label)), so it does not move to a new stage")
            }
            ApplicationChange.move(&e, to: stage, on: day, note: note, at: now)
        }
    }
}
