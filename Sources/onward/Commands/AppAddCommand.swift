import ArgumentParser
import JournalCore

/// `onward app add --company C --role R`: a new application file.
struct AppAddCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an application you sent.")

    @OptionGroup var journal: JournalOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("The company.", valueName: "name"))
    var company: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The role, e.g. \"Platform Engineer\".", valueName: "title"))
    var role: String

    @Option(help: ArgumentHelp("The day you applied (default today).", valueName: "date"))
    var applied: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Where you found it: referral, job board, recruiter...", valueName: "text"))
    var source: String?

    @Option(help: ArgumentHelp("The job posting.", valueName: "url"))
    var link: String?

    @Flag(help: "Print the new application as JSON.")
    var json = false

    func validate() throws {
        // The screen refuses an application without a company; so does this.
        if company.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--company is empty; give the company's name, as in --company \"Acme\".")
        }
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let day = try AppSupport.eventDay(applied, flag: "--applied", today: now.day)
        let entry = ApplicationChange.new(company: company, role: role, applied: day, source: source, link: link, at: now)
        let store = try context.store()
        let stored: StoredEntry
        do { stored = try ApplicationWriter(store: store).add(entry) } catch { throw CLIFailure(error.message) }
        AppSupport.report(ApplicationRecord(stored), in: context, json: json, done: "Added %@ (\(stored.entry.id))")
    }
}
