import ArgumentParser
import Foundation
import JournalCore
import TerminalUI

/// `onward checkin`: today's check-in. With any value flag it writes (or updates) today's
/// entry without a screen; without one it opens the interactive check-in.
struct CheckinCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Today's check-in; with flags such as --mood 6 it is saved without any screen.",
        discussion: "There is one check-in per day: running it again the same day adds to that day's entry.")

    @OptionGroup var journal: JournalOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Mood today, from 1 (very low) to 10 (very good).", valueName: "1-10"))
    var mood: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Energy today, from 1 to 10.", valueName: "1-10"))
    var energy: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Hours of sleep last night, e.g. 7.5.", valueName: "hours"))
    var sleep: String?

    @Option(name: .customLong("self-care"), help: ArgumentHelp("Self-care done today, comma-separated, e.g. exercise,reading.", valueName: "list"))
    var selfCare: [String] = []

    // Lists: each --win is a win, each --note a paragraph, so words given twice are all kept.
    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("One small win to celebrate (give it again for more).", valueName: "text"))
    var win: [String] = []

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("A few words about the day, kept under \"## Note\" (each one a paragraph).", valueName: "text"))
    var note: [String] = []

    @Option(help: ArgumentHelp("Job applications sent today.", valueName: "count"))
    var applications: Int?

    @Option(help: ArgumentHelp("People you got in touch with today.", valueName: "count"))
    var contacts: Int?

    @Option(help: ArgumentHelp("Learning sessions today (a course, a tutorial, practice).", valueName: "count"))
    var learning: Int?

    func validate() throws {
        _ = try values()
    }

    func run(in context: RunContext) throws {
        let values = try values()
        if values.isEmpty {
            let status = try InteractiveSession.run(.screen { ctx in CheckinScreen.make(ctx) }, in: context)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let now = context.now
        let store = try context.store()
        do {
            // Found, re-read, changed and written under the journal's write lock, so a second
            // `checkin` running at the same moment adds to the same file and loses nothing.
            let saved = try CheckinUpdate.save(values, in: store, day: now.day, at: now, now: now)
            context.console.print("\(saved.updatedExisting ? "Updated" : "Saved") today's check-in (\(saved.stored.entry.id)).")
        } catch {
            throw CLIFailure(error)
        }
    }

    /// The flags as check-in values; a `ValidationError` (exit 64) names the first bad one.
    private func values() throws -> CheckinValues {
        var v = CheckinValues()
        v.mood = try scale(mood, flag: "--mood")
        v.energy = try scale(energy, flag: "--energy")
        if let sleep {
            guard let hours = SleepHours.parse(sleep) else {
                throw ValidationError("--sleep must be a number of hours from 0 to 24.")
            }
            v.sleepHours = hours
        }
        v.selfCare = selfCare.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        v.win = win.first
        v.moreWins = Array(win.dropFirst())
        let paragraphs = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        v.note = paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
        v.applications = applications
        v.contacts = contacts
        v.learning = learning
        if let problem = v.problem { throw ValidationError(problem) }
        return v
    }

    private func scale(_ text: String?, flag: String) throws -> Int? {
        guard let text else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), CheckinValues.scale.contains(n) else {
            throw ValidationError("\(flag) must be a whole number from 1 to 10.")
        }
        return n
    }
}
