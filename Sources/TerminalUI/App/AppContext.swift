import Foundation
import JournalCore

/// What an effect's work may use: the journal, the guide, the time, the terminal.
///
/// Screens never hold it; they return `.open` or `.perform` effects whose closures the app
/// loop calls with it, so all I/O stays in the loop and rendering stays pure.
public struct AppContext {
    public let store: JournalStore
    public let guide: Guide
    /// Every guide on offer (the reflection and the other exercises).
    public let library: GuideLibrary
    /// The moment the effect runs, in the person's time zone.
    public let now: LocalTimestamp
    /// The terminal, for leaving full-screen mode around an external editor.
    public let terminal: Terminal
    /// The process environment (EDITOR, VISUAL, NO_COLOR...).
    public let environment: [String: String]
    /// The person's settings (show the streak, week start, default weekly goals...).
    public let settings: Settings
    /// The editor command for an entry (it may carry arguments, e.g. `code -w`).
    public let editor: String
    /// Runs the person's editor.
    public let launcher: ProgramLauncher

    public init(store: JournalStore, guide: Guide, now: LocalTimestamp, terminal: Terminal,
                environment: [String: String], settings: Settings = .defaults, editor: String? = nil,
                launcher: ProgramLauncher = NoProgramLauncher(), library: GuideLibrary? = nil) {
        // Without a chosen editor, the environment's rule ($VISUAL, $EDITOR, vi).
        self.editor = editor.map { $0.trimmingCharacters(in: .whitespaces) } ?? EditorCommand.choose(from: environment)
        self.launcher = launcher
        self.library = library ?? GuideLibrary.builtIn.replacing(with: [guide])
        self.store = store
        self.guide = guide
        self.now = now
        self.terminal = terminal
        self.environment = environment
        self.settings = settings
    }

    public var today: LocalDay { now.day }
}
