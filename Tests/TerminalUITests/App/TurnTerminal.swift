@testable import TerminalUI

/// A scripted terminal that gives the loop one event per turn: each wait that would block takes
/// the next of `events`, and once they run out asks `onTurn`; the loop's look for keys already
/// waiting gets nothing, so no two keys ever arrive together (and are never taken for a paste).
final class TurnTerminal: Terminal {
    let buffer: ScreenBuffer
    var events: [InputEvent] = []
    var onTurn: () -> InputEvent? = { .terminate }

    init(rows: Int, columns: Int) { buffer = ScreenBuffer(rows: rows, columns: columns) }

    var size: Size { buffer.size }
    func draw(_ text: String, row: Int, column: Int, style: Style) { buffer.draw(text, row: row, column: column, style: style) }
    func clear() { buffer.clear() }
    func setCursor(_ position: Position?) { buffer.setCursor(position) }
    func flush() { buffer.flush() }
    func suspend() {}
    func resume() {}
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        if timeoutMilliseconds == 0 { return nil }
        return events.isEmpty ? onTurn() : events.removeFirst()
    }

    /// Queues keys, one a turn.
    func press(_ keys: Key...) { events += keys.map { .key($0) } }
    func press(_ keys: [Key]) { events += keys.map { .key($0) } }
}
