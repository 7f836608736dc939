import ArgumentParser

/// `onward reflect`: the guided reflection after a rejection, once the terminal UI lands.
struct ReflectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reflect", abstract: "Start or resume a guided reflection after a rejection.")

    @OptionGroup var journal: JournalOptions

    func run() throws {
        print("The guided reflection is coming soon.")
    }
}
