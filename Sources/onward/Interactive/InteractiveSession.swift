import CursesTerminal
import Foundation
import JournalCore
import TerminalUI

/// Starts the full-screen interface and guarantees the terminal is restored on the way out.
enum InteractiveSession {
    /// Runs the TUI on the journal at `root`; returns the process exit status.
    static func run(_ start: App.Start, journalRoot root: String, environment: [String: String]) -> Int32 {
        let store = JournalStore(root: root)
        do {
            try store.prepare()
        } catch {
            FileHandle.standardError.write(Data("onward: \(CLIFailure.sentence(error.message))\n".utf8))
            return 1
        }
        let guide = GuideLoader.load(environment: environment)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: environment)
        } catch {
            FileHandle.standardError.write(Data("onward: \(error.description)\n".utf8))
            return 2
        }
        let app = App(terminal: terminal, store: store, guide: guide.guide, environment: environment)
        let ending = app.run(start)
        terminal.end()
        if let warning = guide.warning {
            FileHandle.standardError.write(Data("onward: \(warning)\n".utf8))
        }
        return ending == .terminated ? 143 : 0
    }
}
