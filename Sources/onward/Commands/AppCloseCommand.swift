import ArgumentParser
import Foundation
import JournalCore
import TerminalUI

/// `onward app close ID OUTCOME`: the application ended; with `--reflect`, a guided reflection
/// starts with the company, role, stage and day filled in.
struct AppCloseCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Record how an application ended.")

    @OptionGroup var journal: JournalOptions

    @Argument(help: ArgumentHelp("The application's id (or its start), or its company.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("rejected, withdrawn, accepted or declined.", valueName: "outcome"))
    var outcome: String

    @Option(help: ArgumentHelp("The day it happened (default today).", valueName: "date"))
    var on: String?

    // A list, so a second --note is kept too (both go on the event's line).
    @Option(name: .customLong("note"), parsing: .unconditionalSingleValue, help: ArgumentHelp("A few words for the timeline.", valueName: "text"))
    var notes: [String] = []

    /// Every --note given, on one line.
    private var note: String? { AppSupport.joinedNotes(notes) }

    @Flag(help: "Then start a guided reflection about it (needs a terminal).")
    var reflect = false

    @Flag(help: "Print the application as JSON.")
    var json = false

    func validate() throws {
        _ = try parsedOutcome()
    }

    private func parsedOutcome() throws -> ApplicationOutcome {
        let wanted = outcome.trimmingCharacters(in: .whitespaces).lowercased()
        guard let o = ApplicationOutcome(rawValue: wanted), o != .open else {
            throw ValidationError("'\(outcome)' is not how an application ends; use rejected, withdrawn, accepted or declined.")
        }
        return o
    }

    /// The journal's screen lock, or a sentence saying that nothing was changed and why.
    private static func screenLock(_ store: JournalStore) throws -> JournalLock? {
        do { return try JournalLock.acquire(store) } catch {
            switch error {
            case .heldByAnother(let pid):
                let who = pid.map { " (pid \($0))" } ?? ""
                throw CLIFailure("onward is already open on this journal\(who), so the reflection cannot start here; nothing was changed. Close it there with x, or quit it and run this again.")
            case .unusable(let message):
                throw CLIFailure(message)
            }
        }
    }

    func run(in context: RunContext) throws {
        let now = context.now
        let outcome = try parsedOutcome()
        let day = try AppSupport.eventDay(on, flag: "--on", today: now.day)
        if reflect && !(context.console.stdoutIsTerminal && isatty(STDIN_FILENO) == 1) {
            throw ValidationError("--reflect opens the guided reflection, which needs a terminal; close it without --reflect and run `onward reflect` later.")
        }
        let (store, record) = try AppSupport.find(id, in: context)
        // The reflection needs the screen: when another onward has it, refuse before closing
        // anything, so the application is never left said-no with no reflection to follow.
        let screenLock = reflect ? try Self.screenLock(store) : nil
        defer { screenLock?.release() }
        let closing: ApplicationWriter.Closing
        do {
            closing = try ApplicationWriter(store: store).close(record.relativePath, as: outcome, on: day, note: note, at: now)
        } catch {
            throw CLIFailure(error.message)
        }
        let closed = closing.record
        if !closing.closedNow && closed.outcome != outcome {
            // Not opening on the name: the sentence after "onward: " starts small, which would make "Globex" "globex".
            throw CLIFailure("the application \(closed.title) is already closed (\(closed.outcome.label)); nothing was changed")
        }
        let done = closing.closedNow ? "%@: \(outcome.label), \(day)" : "%@ is already closed (\(outcome.label)); nothing was changed"
        AppSupport.report(closed, in: context, json: json && !reflect, done: done)
        guard reflect else { return }
        // A reflection begun on it before (then left) is picked up; else a new one opens as every
        // new reflection does, with a draft id of its own, so no waiting draft is replaced.
        let begun = store.drafts().first { $0.kind == .reflection && $0.applicationID == closed.id }
        let request: ScreenRequest = begun.map { .reflection(resume: $0) }
            ?? .newReflection(starting: ApplicationReflection.answers(for: closed, rejectedOn: day))
        let status = try InteractiveSession.run(.request(request), in: context, holding: screenLock)
        if status != 0 { throw ExitCode(status) }
    }
}
