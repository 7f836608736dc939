import ArgumentParser
import Foundation
import TerminalUI

/// `onward reflect`: the guided reflection after a rejection, resuming an unfinished one.
struct ReflectCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflect",
        abstract: "Start (or resume) a guided reflection after a rejection.")

    @OptionGroup var journal: JournalOptions

    func run(in context: RunContext) throws {
        let status = try InteractiveSession.run(.reflection, in: context)
        if status != 0 { throw ExitCode(status) }
    }
}
