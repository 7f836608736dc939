import ArgumentParser
import JournalCore

/// `onward app feedback ID TEXT`: feedback goes on the timeline, under `## Feedback`, and into
/// the linked reflection, whose follow-up is then done.
struct AppFeedbackCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "feedback", abstract: "Record feedback an application brought.")

    @OptionGroup var journal: JournalOptions

    @OptionGroup var input: AppTextInput<Words>

    /// The help and errors' name for the feedback.
    enum Words: AppTextWords {
        static let what = "feedback"
        static let textHelp = "What they said."
        static let dayHelp = "The day it came (default today)."
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let (text, day) = try input.resolved(today: now.day)
        let (store, record) = try AppSupport.find(input.id, in: context)
        let result: ApplicationFeedback.Result
        do { result = try ApplicationFeedback(store: store).record(text, on: day, for: record, at: now) } catch {
            throw CLIFailure(error.message)
        }
        var done = "%@: feedback recorded"
        if let reflection = result.reflection { done += "; also in the reflection \(reflection)" }
        if let problem = result.reflectionProblem { context.console.error(CLIFailure.sentence(problem)) }
        AppSupport.report(ApplicationRecord(result.application), reflection: result.reflection, in: context, json: input.json, done: done)
    }
}
