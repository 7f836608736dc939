import ArgumentParser
import JournalCore

/// `onward app note ID TEXT`: a dated note under the application's `## Notes`.
struct AppNoteCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to an application.")

    @OptionGroup var journal: JournalOptions

    @Flag(help: "Put it on the timeline as an event (a call, an email) rather than under Notes.")
    var event = false

    @OptionGroup var input: AppTextInput<Words>

    /// The help and errors' name for the note.
    enum Words: AppTextWords {
        static let what = "note"
        static let textHelp = "The note."
        static let dayHelp = "The day (default today)."
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let (text, day) = try input.resolved(today: now.day)
        let event = self.event
        try AppSupport.change(input.id, in: context, json: input.json, done: event ? "%@: event added to the timeline" : "%@: note added") { (e: inout Entry) throws(ApplicationError) in
            if event {
                ApplicationChange.addEvent(&e, TimelineEvent(day: day, what: "event", text: text), at: now)
            } else {
                ApplicationChange.addNote(&e, text, on: day, at: now)
            }
        }
    }
}
