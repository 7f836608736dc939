import ArgumentParser
import JournalCore

/// `onward app show ID`: one application with its timeline, feedback and notes.
struct AppShowCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one application.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Flag(help: "Print JSON.")
    var json = false

    func run(in context: RunContext) throws {
        let (store, indexed) = try AppSupport.find(id, in: context)
        // The index finds it; the file itself is read whole for its feedback and notes.
        let stored = try WholeEntry.read(indexed.relativePath, in: store)
        let record = ApplicationRecord(stored)
        let today = context.now.day
        let quiet = context.settings.quietAfterDays.value
        if json {
            context.console.print(JSONOutput.encode(ApplicationChangeJSON(record, today: today, quietAfterDays: quiet)))
            return
        }
        context.console.print(AppShowFormatter.text(record, entry: stored.entry, today: today, quietAfterDays: quiet, console: context.console))
    }
}

/// The text of `app show`, with every value from the file made visible.
enum AppShowFormatter {
    static func text(_ r: ApplicationRecord, entry: Entry, today: LocalDay, quietAfterDays: Int, console: Console) -> String {
        var out: [String] = [console.bold(VisibleText.line(r.title)), r.id.rawValue]
        var facts = [r.stage.label, r.outcome.label]
        if let applied = r.appliedOn { facts.append("applied \(applied)") }
        if let closed = r.closedOn { facts.append("closed \(closed)") }
        if let source = r.source { facts.append("via " + VisibleText.line(source)) }
        out.append(facts.joined(separator: " · "))
        if let link = r.link { out.append("link: " + VisibleText.line(link)) }
        if let next = r.nextAction { out.append("next: " + VisibleText.line(next) + (r.nextActionOn.map { ", on \($0)" } ?? "")) }
        if !r.contacts.isEmpty { out.append("contacts: " + VisibleText.line(r.contacts.joined(separator: ", "))) }
        if let reflection = r.reflection { out.append("reflection: " + VisibleText.line(reflection.rawValue)) }
        if let days = r.quietDays(today: today, after: quietAfterDays) {
            out.append(ApplicationRecord.quietWords(days) + ": a short follow-up may help, or it may be time to let it go.")
        }
        for heading in ["Timeline", "Feedback", "Notes"] {
            guard let body = entry.section(heading)?.body, !body.isEmpty else { continue }
            out.append("")
            out.append(console.bold(heading))
            out += VisibleText.block(body).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }
}
