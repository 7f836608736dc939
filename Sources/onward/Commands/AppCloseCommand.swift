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

    @Option(help: ArgumentHelp("A few words for the timeline.", valueName: "text"))
    var note: String?

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

    func run(in context: RunContext) throws {
        let now = context.now
        let outcome = try parsedOutcome()
        let day = try AppSupport.eventDay(on, flag: "--on", today: now.day)
        if reflect && !(context.console.stdoutIsTerminal && isatty(STDIN_FILENO) == 1) {
            throw ValidationError("--reflect opens the guided reflection, which needs a terminal; close it without --reflect and run `onward reflect` later.")
        }
        let (store, record) = try AppSupport.find(id, in: context)
        let stored: StoredEntry
        do {
            stored = try ApplicationWriter(store: store).change(record.relativePath) { (e: inout Entry) throws(ApplicationError) in
                if let current = e.outcome, current != .open, current != outcome {
                    throw ApplicationError("\(ApplicationRecord(e).title) is already closed (\(current.label))")
                }
                if e.outcome == outcome { return }  // said twice: nothing new to record
                ApplicationChange.close(&e, as: outcome, on: day, note: note, at: now)
            }
        } catch {
            throw CLIFailure(error.message)
        }
        let closed = ApplicationRecord(stored)
        AppSupport.report(closed, in: context, json: json && !reflect, done: "%@: \(outcome.label), \(day)")
        guard reflect else { return }
        let answers = ApplicationReflection.answers(for: closed, rejectedOn: day)
        // Opened as every new reflection is, with a draft id of its own, so no waiting draft is replaced.
        let status = try InteractiveSession.run(.request(.newReflection(starting: answers)), in: context)
        if status != 0 { throw ExitCode(status) }
    }
}
