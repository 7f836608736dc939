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

    // Lets `--journal` come before the command name too (`onward --journal DIR list`); each
    // command declares the same group, and ArgumentParser hands it the value.
    @OptionGroup var journal: JournalOptions

    /// Runs onward on the process's arguments, environment and streams, then exits with its status.
    static func main() {
        terminate(run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                      streams: StandardStreams()))
    }

    /// One run: parses `arguments`, builds the run context once, runs the command in it, and
    /// turns every failure into one line on stderr and an exit status, never a stack trace.
    static func run(_ arguments: [String], environment: [String: String], streams: any OutputStreams,
                    clock: @escaping @Sendable () -> Date = Date.init) -> Int32 {
        // Before the context exists (a usage error), the output is plain.
        var console = Console(styled: false, streams: streams)
        do {
            // Read once for both checks below.
            let declared = RepeatedOptions.declaredIfNeeded(by: arguments, root: Onward.self)
            // Before parsing: a forgotten value would otherwise be taken for the next option's name.
            if let missing = MissingOptionValue.problem(in: arguments, declared: declared) {
                throw CLIFailure(missing, exitCode: ExitCode.validationFailure.rawValue)
            }
            var command = try parseAsRoot(arguments)
            // An option given twice would keep only its last value: refused before anything runs.
            if let repeated = RepeatedOptions.problem(in: arguments, declared: declared) {
                throw CLIFailure(repeated, exitCode: ExitCode.validationFailure.rawValue)
            }
            guard let onward = command as? any OnwardCommand else {
                try command.run()  // a group such as `onward app` alone: its help
                return 0
            }
            let flags = (command as? any JournalCommand)?.journal.flags ?? SettingsLoader.Flags()
            let context = RunContext.start(flags: flags, environment: environment, streams: streams, clock: clock)
            console = context.console
            try onward.run(in: context)
            return 0
        } catch let failure as CLIFailure {
            console.error(failure.message)
            return failure.exitCode
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version end up here.
                console.print(fullMessage(for: error))
                return 0
            }
            let message = Self.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            if !message.isEmpty {
                console.error(CLIFailure.sentence(String(message.split(separator: "\n").first ?? "")))
            }
            return code.rawValue
        }
    }
}

/// Ends the process; `exit` alone would name ParsableCommand's instance method inside `Onward`.
private func terminate(_ code: Int32) -> Never {
    exit(code)
}
