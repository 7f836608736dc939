import ArgumentParser
import JournalCore

/// `onward app feedback ID TEXT`: feedback goes on the timeline, under `## Feedback`, and into
/// the linked reflection, whose follow-up is then done.
struct AppFeedbackCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "feedback", abstract: "Record feedback an application brought.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("What they said.", valueName: "text"))
    var text: String

    @Option(help: ArgumentHelp("The day it came (default today).", valueName: "date"))
    var on: String?

    @Flag(help: "Print the application as JSON.")
    var json = false

    func validate() throws {
        _ = try AppSupport.text(text, what: "feedback")
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let text = try AppSupport.text(text, what: "feedback")
        let day = try AppSupport.eventDay(on, flag: "--on", today: now.day)
        let (store, record) = try AppSupport.find(id, in: context)
        let result: ApplicationFeedback.Result
        do { result = try ApplicationFeedback(store: store).record(text, on: day, for: record, at: now) } catch {
            throw CLIFailure(error.message)
        }
        var done = "%@: feedback recorded"
        if let reflection = result.reflection { done += "; also in the reflection \(reflection)" }
        if let problem = result.reflectionProblem { context.console.error(CLIFailure.sentence(problem)) }
        AppSupport.report(ApplicationRecord(result.application), reflection: result.reflection, in: context, json: json, done: done)
    }
}
