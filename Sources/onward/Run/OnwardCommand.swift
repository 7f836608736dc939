import ArgumentParser

/// A subcommand of onward: parsed by ArgumentParser, then run by `Onward.main` in the run
/// context built for it, which is the only way it reaches settings, output, the clock and the store.
protocol OnwardCommand: ParsableCommand {
    /// Does the command's work.
    func run(in context: RunContext) throws
}

/// A command that takes `--journal` and `--color`: its flags are laid over the config file.
protocol JournalCommand: OnwardCommand {
    var journal: JournalOptions { get }
}
