import ArgumentParser

/// `onward` with no command: the interactive home screen, once the terminal UI lands.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "The interactive home screen.")

    @OptionGroup var journal: JournalOptions

    func run() throws {
        print("The interactive home screen is coming soon; for now try `onward checkin --mood 6` or `onward list`.")
    }
}
