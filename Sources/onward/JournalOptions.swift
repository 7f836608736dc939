import ArgumentParser
import Foundation
import JournalCore

/// `--journal DIR`, shared by every command, and the loading that goes with it.
struct JournalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal folder (default: $ONWARD_JOURNAL, else $XDG_DATA_HOME/onward, else ~/.local/share/onward).",
        valueName: "dir"))
    var journal: String?

    /// The store at the resolved location.
    var store: JournalStore {
        JournalStore(root: JournalLocation.resolve(flag: journal, environment: ProcessInfo.processInfo.environment))
    }

    /// The store and everything readable in it; an unusable folder becomes a `CLIFailure`.
    func load() throws(CLIFailure) -> (JournalStore, JournalSnapshot) {
        let store = self.store
        do {
            return (store, try store.load())
        } catch {
            throw CLIFailure(error)
        }
    }
}
