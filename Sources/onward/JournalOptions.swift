import ArgumentParser
import Foundation
import JournalCore

/// `--journal DIR` and `--color WHEN`, shared by every command, and the loading that goes with them.
struct JournalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal folder (default: $ONWARD_JOURNAL, else `journal` in the config file, else $XDG_DATA_HOME/onward, else ~/.local/share/onward).",
        valueName: "dir"))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp(
        "Colour and bold in the output: auto (only on a terminal), always or never (default: the config file, else auto; NO_COLOR and TERM=dumb mean never).",
        valueName: "when"))
    var color: ColorMode?

    func validate() throws {
        let settings = self.settings
        OutputColor.choose(settings.color.value)
    }

    /// The settings of this run: config file, environment, then these flags.
    var settings: Settings { RunSettings.with(journal: journal, color: color) }

    /// The store at the resolved location; it commits saved entries when `git_autocommit` is on
    /// and the journal is a git repository.
    /// No journal folder can be worked out (HOME unset, `~` without HOME): the command is refused
    /// here, when it first needs the journal, so commands that need none (`guide`) still run.
    var store: JournalStore {
        get throws(CLIFailure) {
        let settings = self.settings
        let root = settings.journal.value
        if root.isEmpty {
            throw CLIFailure(settings.journal.detail ?? "no journal folder could be worked out; name one with --journal DIR")
        }
        guard settings.gitAutocommit.value, GitCommitter.isRepository(root) else { return JournalStore(root: root) }
        let fileSystem = CommittingFileSystem(root: root, committer: GitCommitter(root: root)) { problem in
            Console.error(CLIFailure.sentence(problem))
        }
        return JournalStore(root: root, fileSystem: fileSystem)
        }
    }

    /// The store and everything readable in it; an unusable folder becomes a `CLIFailure`.
    func load() throws(CLIFailure) -> (JournalStore, JournalSnapshot) {
        let store = try self.store
        do {
            return (store, try store.load())
        } catch {
            throw CLIFailure(error)
        }
    }
}

extension ColorMode: ExpressibleByArgument {}
