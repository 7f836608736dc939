import ArgumentParser
import Foundation
import TerminalUI

/// `onward` with no command: the interactive home screen.
struct HomeCommand: JournalCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "The interactive home screen (the default).")

    @OptionGroup var journal: JournalOptions

    func run(in context: RunContext) throws {
        let status = try InteractiveSession.run(.home, in: context)
        if status != 0 { throw ExitCode(status) }
    }
}
