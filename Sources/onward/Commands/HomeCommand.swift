import ArgumentParser
import Foundation
import TerminalUI

/// `onward` with no command: the interactive home screen.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "The interactive home screen (the default).")

    @OptionGroup var journal: JournalOptions

    func run() throws {
        let status = InteractiveSession.run(.home, journalRoot: try journal.store.root, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
