import ArgumentParser
import Foundation
import TerminalUI

/// `onward write`: one blank page on screen, saved as a note (resuming a page left unfinished).
struct WriteCommand: JournalCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Open a blank page, no steps, and save it as a note (an unfinished page is resumed).")

    @OptionGroup var journal: JournalOptions

    func run(in context: RunContext) throws {
        let status = try InteractiveSession.run(.screen { ctx in WriteScreen.make(ctx) }, in: context)
        if status != 0 { throw ExitCode(status) }
    }
}
