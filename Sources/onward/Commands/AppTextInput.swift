import ArgumentParser
import JournalCore

/// The words one command uses for the text it takes (`app note`'s note, `app feedback`'s feedback).
protocol AppTextWords {
    /// What the text is, in an error: "the note is empty".
    static var what: String { get }
    static var textHelp: String { get }
    static var dayHelp: String { get }
}

/// What `app note` and `app feedback` both take: the application, a text that is not blank, the
/// day it belongs to and `--json`, with the help in each command's own words.
struct AppTextInput<Words: AppTextWords>: ParsableArguments {
    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    // Words, as `onward note` takes them: `app note Acme called back today` is one note.
    @Argument(help: ArgumentHelp(Words.textHelp + " (quote it, or give the words as they come)", valueName: "text"))
    var words: [String] = []

    /// The words given, as one text.
    var text: String { words.joined(separator: " ") }

    @Option(help: ArgumentHelp(Words.dayHelp, valueName: "date"))
    var on: String?

    @Flag(help: "Print the application as JSON.")
    var json = false

    func validate() throws {
        _ = try AppSupport.text(text, what: Words.what)
    }

    /// The text, trimmed, and its day (today unless `--on` says otherwise; never in the future).
    func resolved(today: LocalDay) throws -> (text: String, day: LocalDay) {
        (try AppSupport.text(text, what: Words.what), try AppSupport.eventDay(on, flag: "--on", today: today))
    }
}
