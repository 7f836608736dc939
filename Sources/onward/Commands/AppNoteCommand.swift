import ArgumentParser
import JournalCore

/// `onward app note ID TEXT`: a dated note under the application's `## Notes`.
struct AppNoteCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to an application.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("The note.", valueName: "text"))
    var text: String

    @Flag(help: "Put it on the timeline as an event (a call, an email) rather than under Notes.")
    var event = false

    @Option(help: ArgumentHelp("The day (default today).", valueName: "date"))
    var on: String?

    @Flag(help: "Print the application as JSON.")
    var json = false

    func validate() throws {
        _ = try AppSupport.text(text, what: "note")
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let text = try AppSupport.text(text, what: "note")
        let day = try AppSupport.eventDay(on, flag: "--on", today: now.day)
        let event = self.event
        try AppSupport.change(id, in: context, json: json, done: event ? "%@: event added to the timeline" : "%@: note added") { (e: inout Entry) throws(ApplicationError) in
            if event {
                ApplicationChange.addEvent(&e, TimelineEvent(day: day, what: "event", text: text), at: now)
            } else {
                ApplicationChange.addNote(&e, text, on: day, at: now)
            }
        }
    }
}
