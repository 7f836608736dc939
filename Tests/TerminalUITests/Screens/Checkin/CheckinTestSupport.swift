import Foundation
import JournalCore
@testable import TerminalUI

/// What the check-in tests share: a context on a temp journal and a way to carry out effects.
enum CheckinHarness {
    static func context(_ journal: TempJournal, now: LocalTimestamp = testNow, settings: Settings = .defaults) -> AppContext {
        AppContext(store: journal.store, guide: Guide.builtIn(), now: now, terminal: ScreenBuffer(rows: 24, columns: 80),
                   environment: [:], settings: settings)
    }

    /// The check-in screen as the app loop would open it on `journal`.
    static func open(_ journal: TempJournal, now: LocalTimestamp = testNow, showStreak: Bool = true) -> CheckinScreen {
        var settings = Settings.defaults
        settings.showStreak = Sourced(showStreak, .configFile)
        let screen = CheckinScreen.make(context(journal, now: now, settings: settings))
        _ = screen.handle(.resize(Size(rows: 24, columns: 80)))
        return screen
    }

    /// Runs the `.perform` effects like the loop does, handing results back; returns the other effects.
    @discardableResult
    static func run(_ effects: [Effect], on screen: Screen, journal: TempJournal, now: LocalTimestamp = testNow) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            if case .perform(let work) = effect {
                if let result = work(context(journal, now: now)) { rest += run(screen.handle(.result(result)), on: screen, journal: journal, now: now) }
            } else {
                rest.append(effect)
            }
        }
        return rest
    }

    /// Writes an entry file as a person or another command would have.
    static func write(_ journal: TempJournal, _ relative: String, _ text: String) throws {
        let path = journal.root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func checkin(day: String, time: String = "09:00", mood: Int = 5, extra: String = "") -> String {
        "---\nid: x\nkind: checkin\ncreated: \(day)T\(time):00+01:00\nmood: \(mood)\n\(extra)---\n# Check-in\n"
    }

    /// A short name for each effect, so tests can compare lists of them.
    static func names(_ effects: [Effect]) -> [String] {
        effects.map { effect in
            switch effect {
            case .perform: return "perform"
            case .pop: return "pop"
            case .saveDraft: return "saveDraft"
            case .quit: return "quit"
            case .open: return "open"
            case .discardDraft: return "discardDraft"
            default: return "other"
            }
        }
    }
}
