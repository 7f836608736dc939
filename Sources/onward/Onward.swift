import ArgumentParser
import JournalCore
import Foundation

/// The `onward` command: a journal for the job search, in the terminal.
@main
struct Onward: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "onward",
        abstract: "A journal for your job search: reflect after a rejection, check in each day, learn from what you wrote.",
        version: version,
        subcommands: [
            HomeCommand.self, ReflectCommand.self, CheckinCommand.self, ListCommand.self, ShowCommand.self,
            SearchCommand.self, StatsCommand.self, InsightsCommand.self, DoctorCommand.self,
            ExportCommand.self, ImportCommand.self, ConfigCommand.self, GuideCommand.self,
            NoteCommand.self, WriteCommand.self, AppCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    /// Runs the command, turning every failure into one line on stderr and an exit status,
    /// never a stack trace.
    // Lets `--journal` come before the command name too (`onward --journal DIR list`); each
    // command declares the same group, and ArgumentParser hands it the value.
    @OptionGroup var journal: JournalOptions

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            Console.error(failure.message)
            terminate(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version end up here.
                print(fullMessage(for: error))
                terminate(0)
            }
            let message = Self.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            if !message.isEmpty {
                Console.error(CLIFailure.sentence(String(message.split(separator: "\n").first ?? "")))
            }
            terminate(code.rawValue)
        }
    }
}

/// Ends the process; `exit` alone would name ParsableCommand's instance method inside `Onward`.
private func terminate(_ code: Int32) -> Never {
    exit(code)
}
