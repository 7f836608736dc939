import CursesTerminal
import Foundation
import JournalCore
import TerminalUI

/// Starts the full-screen interface and guarantees the terminal is restored on the way out.
enum InteractiveSession {
    /// Runs the TUI on the run's journal; returns the process exit status. A caller that took
    /// the screen lock already (to check it before writing anything) hands it over in `held`.
    static func run(_ start: App.Start, in context: RunContext, holding held: JournalLock? = nil) throws(CLIFailure) -> Int32 {
        // Git's problems wait until the screen is gone: stderr would draw over it.
        let gitProblems = ProblemLog()
        let store = try context.store(gitProblem: { gitProblems.add($0) })
        let console = context.console
        do {
            try store.prepare()
        } catch {
            console.error(CLIFailure.sentence(error.message))
            return 1
        }
        // One screen per journal, so two cannot overwrite each other's draft; held until exit.
        let lock: JournalLock?
        if let held { lock = held } else {
            do { lock = try JournalLock.acquire(store) } catch {
                console.error(error.description)
                return 1
            }
        }
        defer { lock?.release() }
        store.removeLeftoverTemporaryFiles()
        let guides = GuideLoader.loadLibrary(environment: context.environment)
        let settings = context.settings
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: context.environment, color: settings.color.value)
        } catch {
            console.error(error.description)
            return 2
        }
        let app = App(terminal: terminal, store: store, guide: guides.library.reflection, clock: context.clock,
                      environment: context.environment, settings: settings, editor: settings.editor.value,
                      launcher: EditorLauncher(), library: guides.library)
        let ending = app.run(start)
        terminal.end()
        if let text = app.unsavedText {
            // The disk refused the draft to the end: the words go to the terminal, the last place left.
            console.error("your text could not be saved to the journal, so here it is, to copy and keep:")
            console.hint(text)
        }
        for warning in guides.warnings { console.error(warning) }
        for problem in gitProblems.lines { console.error(CLIFailure.sentence(problem)) }
        return ending == .terminated ? 143 : 0
    }
}
