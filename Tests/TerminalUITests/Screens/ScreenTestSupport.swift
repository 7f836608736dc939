import Foundation
import JournalCore
import OnwardTestSupport
@testable import TerminalUI

/// A fixed moment for screen tests: Friday 27 November 2026, 14:05 at UTC+1.
let testNow = LocalTimestamp(day: LocalDay(year: 2026, month: 11, day: 27), hour: 14, minute: 5, utcOffset: 3600)

/// A journal in a fresh temporary folder, removed by `cleanUp`, and in any case when the last
/// reference goes (with `scripts`, the folder beside it for editor scripts).
final class TempJournal: Sendable {
    let root: String
    let store: JournalStore

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("onward-ui-\(UUID().uuidString)").path
        store = JournalStore(root: root)
    }

    deinit { cleanUp() }

    /// A folder outside the journal for helper scripts (an `$EDITOR`), removed with it.
    var scripts: String { root + "-scripts" }

    func cleanUp() {
        TempFolder.remove(root)
        TempFolder.remove(scripts)
    }

    /// Every file under `entries/`, relative to the root.
    func entryFiles() -> [String] {
        let base = root + "/entries"
        let all = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    func draftFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/.onward/drafts")) ?? []).filter { $0.hasSuffix(".md") }
    }

    func read(_ relative: String) -> String {
        (try? String(contentsOfFile: root + "/" + relative, encoding: .utf8)) ?? ""
    }
}

extension Screen {
    /// Sends keys one by one and collects the effects.
    @discardableResult
    func press(_ keys: Key...) -> [Effect] { keys.flatMap { handle(.key($0)) } }

    /// Types text as individual character keys, as a terminal delivers them.
    @discardableResult
    func type(_ text: String) -> [Effect] { text.flatMap { handle(.key(.character($0))) } }

    /// Renders into a fresh buffer of the given size.
    func rendered(rows: Int = 30, columns: Int = 100) -> ScreenBuffer {
        let buffer = ScreenBuffer(rows: rows, columns: columns)
        _ = handle(.resize(buffer.size))
        render(on: buffer)
        return buffer
    }
}

/// A clock tests can move forward.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ start: Date = testNow.date) { now = start }
    func advance(_ seconds: TimeInterval) { now += seconds }
}

/// A scripted terminal that asks a closure what happens once the typed keys run out,
/// so a test can move the clock during a pause and look at the journal before stopping.
final class IdleScriptedTerminal: Terminal {
    let buffer: ScreenBuffer
    private let onIdle: () -> InputEvent?

    init(rows: Int, columns: Int, onIdle: @escaping () -> InputEvent?) {
        buffer = ScreenBuffer(rows: rows, columns: columns)
        self.onIdle = onIdle
    }

    var size: Size { buffer.size }
    func draw(_ text: String, row: Int, column: Int, style: Style) { buffer.draw(text, row: row, column: column, style: style) }
    func clear() { buffer.clear() }
    func setCursor(_ position: Position?) { buffer.setCursor(position) }
    func flush() { buffer.flush() }
    func suspend() { buffer.suspend() }
    func resume() { buffer.resume() }
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        buffer.nextEvent(timeoutMilliseconds: timeoutMilliseconds) ?? onIdle()
    }
}
