import Foundation
import JournalCore

/// Everything one run of onward works with, built once in `Onward.main` after the command
/// line is parsed and handed to the command: the environment, the config file's one reading,
/// the settings with the flags on top, the output, the clock and the store.
struct RunContext: Sendable {
    let environment: [String: String]
    let config: ConfigReading
    /// The settings of this run: config file, environment, then the flags.
    let settings: Settings
    /// The config file's problems, one sentence each (printed once when the run starts).
    let configProblems: [String]
    let console: Console
    let clock: @Sendable () -> Date

    init(flags: SettingsLoader.Flags, environment: [String: String], config: ConfigReading,
         streams: any OutputStreams, clock: @escaping @Sendable () -> Date = Date.init) {
        let loaded = SettingsLoader.load(environment: environment, flags: flags, readFile: { _ in config.text })
        self.environment = environment
        self.config = config
        self.settings = loaded.settings
        self.configProblems = loaded.problems
        self.console = Console(color: loaded.settings.color.value, streams: streams)
        self.clock = clock
    }

    /// Reads the config file and reports its problems on stderr, once.
    static func start(flags: SettingsLoader.Flags, environment: [String: String], streams: any OutputStreams,
                      clock: @escaping @Sendable () -> Date = Date.init) -> RunContext {
        let context = RunContext(flags: flags, environment: environment, config: .read(environment: environment),
                                 streams: streams, clock: clock)
        for problem in context.configProblems { context.console.error(CLIFailure.sentence(problem)) }
        return context
    }

    /// This moment, in the person's time zone.
    var now: LocalTimestamp { LocalTimestamp(clock()) }

    /// The store at the resolved location; it commits saved entries when `git_autocommit` is on
    /// and the journal is a git repository, and git's problems go to `gitProblem` (by default
    /// stderr). No journal folder can be worked out (HOME unset, `~` without HOME): the command
    /// is refused here, when it first needs the journal, so commands that need none still run.
    func store(gitProblem: (@Sendable (String) -> Void)? = nil) throws(CLIFailure) -> JournalStore {
        let root = settings.journal.value
        if root.isEmpty {
            throw CLIFailure(settings.journal.detail ?? "no journal folder could be worked out; name one with --journal DIR")
        }
        guard settings.gitAutocommit.value, GitCommitter.isRepository(root) else { return JournalStore(root: root) }
        let console = self.console
        let report = gitProblem ?? { problem in console.error(CLIFailure.sentence(problem)) }
        let fileSystem = CommittingFileSystem(root: root, committer: GitCommitter(root: root), report: report)
        return JournalStore(root: root, fileSystem: fileSystem)
    }

    /// The store and everything readable in it; an unusable folder becomes a `CLIFailure`.
    func load() throws(CLIFailure) -> (JournalStore, JournalSnapshot) {
        let store = try self.store()
        do { return (store, try store.load()) } catch { throw CLIFailure(error) }
    }

    /// Like `load()`, through the derived index (`.onward/index`): for commands that read only front
    /// matter, titles, achievements and lessons (list, stats, insights, search's list of files).
    func loadIndexed() throws(CLIFailure) -> (JournalStore, JournalSnapshot) {
        let store = try self.store()
        do { return (store, try store.loadIndexed()) } catch { throw CLIFailure(error) }
    }
}
