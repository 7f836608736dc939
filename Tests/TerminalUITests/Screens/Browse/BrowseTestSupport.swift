import CursesTerminal
import Foundation
import JournalCore
@testable import TerminalUI

/// The shared fixture journal (Tests/JournalCoreTests/Fixtures/journal), copied into a fresh
/// temporary folder so a test may edit and delete.
func fixtureJournal() throws -> TempJournal {
    let source = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JournalCoreTests/Fixtures/journal").path
    let journal = TempJournal()
    try FileManager.default.copyItem(atPath: source, toPath: journal.root)
    return journal
}

/// Writes a file into a journal, making its folders.
func write(_ text: String, to relative: String, in journal: TempJournal) throws {
    let path = journal.root + "/" + relative
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// An app context over `journal` with a `ScreenBuffer` terminal and the given environment.
func context(_ journal: TempJournal, terminal: ScreenBuffer = ScreenBuffer(rows: 30, columns: 100),
             environment: [String: String] = [:]) -> AppContext {
    // The real editor launcher: the tests run small shell scripts as the editor.
    AppContext(store: journal.store, guide: Guide.builtIn(), now: testNow, terminal: terminal, environment: environment,
               launcher: EditorLauncher())
}

/// Runs the `.perform` and `.open` effects as the app loop would, feeding results back to `screen`;
/// returns the screens that were opened or pushed.
@discardableResult
func run(_ effects: [Effect], on screen: Screen, in ctx: AppContext) -> [Screen] {
    var opened: [Screen] = []
    for effect in effects {
        switch effect {
        case .perform(let work):
            if let result = work(ctx) { opened += run(screen.handle(.result(result)), on: screen, in: ctx) }
        case .open(let make): opened.append(make(ctx))
        case .push(let next): opened.append(next)
        default: break
        }
    }
    return opened
}

/// An entry with the essentials for list tests.
func makeEntry(_ id: String, kind: EntryKind, day: Int, month: Int = 11, title: String? = nil) -> StoredEntry {
    var e = Entry(id: EntryID(id), kind: kind, created: LocalTimestamp(day: LocalDay(year: 2026, month: month, day: day), hour: 9, utcOffset: 3600))
    e.title = title
    return StoredEntry(entry: e, relativePath: "entries/2026/\(month)/\(id).md", size: 0, modified: 0)
}

extension Effect {
    /// True for `.pop`.
    var isPop: Bool { if case .pop = self { return true } else { return false } }
    var isPerform: Bool { if case .perform = self { return true } else { return false } }
}
