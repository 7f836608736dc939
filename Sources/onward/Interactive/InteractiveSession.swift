import CursesTerminal
import Foundation
import JournalCore
import TerminalUI

/// Starts the full-screen interface and guarantees the terminal is restored on the way out.
enum InteractiveSession {
    /// Runs the TUI on the journal at `root`; returns the process exit status.
    static func run(_ start: App.Start, journalRoot root: String, environment original: [String: String]) -> Int32 {
        let environment = settingsEnvironment(original)
        let gitProblems = ProblemLog()
        let store = makeStore(root: root, log: gitProblems)
        do {
            try store.prepare()
        } catch {
            FileHandle.standardError.write(Data("onward: \(CLIFailure.sentence(error.message))\n".utf8))
            return 1
        }
        // One screen per journal, so two cannot overwrite each other's draft; held until exit.
        let lock: JournalLock?
        do { lock = try JournalLock.acquire(store) } catch {
            FileHandle.standardError.write(Data("onward: \(error.description)\n".utf8))
            return 1
        }
        defer { lock?.release() }
        store.removeLeftoverTemporaryFiles()
        let guides = GuideLoader.loadLibrary(environment: environment)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: environment)
        } catch {
            FileHandle.standardError.write(Data("onward: \(error.description)\n".utf8))
            return 2
        }
        let app = App(terminal: terminal, store: store, guide: guides.library.reflection, environment: environment, settings: settings,
                      launcher: EditorLauncher(), library: guides.library)
        let ending = app.run(start)
        terminal.end()
        for warning in guides.warnings {
            FileHandle.standardError.write(Data("onward: \(warning)\n".utf8))
        }
        for problem in gitProblems.lines {
            FileHandle.standardError.write(Data("onward: \(CLIFailure.sentence(problem))\n".utf8))
        }
        return ending == .terminated ? 143 : 0
    }

    /// The settings a screen may honour (e.g. `showStreak` for the check-in screen).
    static var settings: Settings { RunSettings.base.result.settings }

    /// The environment the screens see, with the config file's choices written in: the
    /// terminal reads colour from `NO_COLOR`, and the editor comes from `VISUAL`.
    static func settingsEnvironment(_ original: [String: String]) -> [String: String] {
        var environment = original
        switch OutputColor.chosen ?? settings.color.value {
        case .never: environment["NO_COLOR"] = "1"
        case .always: environment["NO_COLOR"] = nil
        case .auto: break
        }
        if settings.editor.source == .configFile { environment["VISUAL"] = settings.editor.value }
        return environment
    }

    /// A store that commits each saved entry when `git_autocommit` is on and the journal is a
    /// git repository; git's problems wait in `log` until the screen is gone.
    private static func makeStore(root: String, log: ProblemLog) -> JournalStore {
        guard settings.gitAutocommit.value, GitCommitter.isRepository(root) else { return JournalStore(root: root) }
        let fileSystem = CommittingFileSystem(root: root, committer: GitCommitter(root: root)) { log.add($0) }
        return JournalStore(root: root, fileSystem: fileSystem)
    }
}
