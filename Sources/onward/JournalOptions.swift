import ArgumentParser
import JournalCore

/// `--journal DIR` and `--color WHEN`, shared by every command that works on a journal.
struct JournalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal folder (default: $ONWARD_JOURNAL, else `journal` in the config file, else $XDG_DATA_HOME/onward, else ~/.local/share/onward).",
        valueName: "dir"))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp(
        "Colour and bold in the output: auto (only on a terminal), always or never (default: the config file, else auto; NO_COLOR and TERM=dumb mean never).",
        valueName: "when"))
    var color: ColorMode?

    /// What these flags override in the settings.
    var flags: SettingsLoader.Flags { SettingsLoader.Flags(journal: journal, color: color) }
}

extension ColorMode: ExpressibleByArgument {}
