import ArgumentParser
import Foundation
import TerminalUI

/// `onward reflect`: the guided reflection after a rejection, resuming an unfinished one.
struct ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflect",
        abstract: "Start (or resume) a guided reflection after a rejection.")

    @OptionGroup var journal: JournalOptions

    func run() throws {
        let status = InteractiveSession.run(.reflection, journalRoot: try journal.store.root, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
