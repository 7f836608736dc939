import JournalCore
import Testing
@testable import TerminalUI

/// Long writing on every screen with a text box: the box takes the room the screen has, says
/// in words how much is hidden, and keeps the line being typed in view.
@Suite("Long writing stays in view")
struct LongWritingLayoutTests {
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    /// Forty numbered lines, as a person pouring things out would write.
    static let lines = (1...40).map { "line \($0) of what happened" }

    /// Checks the screen shows the last written lines in a run, a marker of what is above, and
    /// that at least `minimum` rows of the terminal hold the person's words.
    func expectLongTextShown(_ screen: ScreenBuffer, minimum: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = screen.lines
        let shown = rows.filter { $0.contains("of what happened") }
        #expect(shown.count >= minimum, "only \(shown.count) rows of text:\n\(screen.text)", sourceLocation: sourceLocation)
        #expect(rows.contains { $0.contains("line 40 of what happened") }, "\(screen.text)", sourceLocation: sourceLocation)
        let marker = rows.first { $0.contains("more lines above") }
        #expect(marker != nil, "no marker:\n\(screen.text)", sourceLocation: sourceLocation)
        // The marker's count is exactly the lines not shown above.
        let first = shown.first.flatMap { Int($0.split(separator: " ").drop { $0 != "line" }.dropFirst().first ?? "") } ?? 0
        #expect(marker?.contains("↑ \(first - 1) more lines above") == true, "\(screen.text)", sourceLocation: sourceLocation)
        if let cursor = screen.cursor { #expect(rows[cursor.row].contains("line 40"), sourceLocation: sourceLocation) }
    }

    /// Types the lines with Enter between them.
    func write(into screen: Screen) {
        for (n, line) in Self.lines.enumerated() {
            screen.type(line)
            if n < Self.lines.count - 1 { screen.press(.enter) }
        }
    }

    @Test(arguments: sizes)
    func theBlankPageUsesTheScreen(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = WriteScreen(resuming: nil, now: testNow)
        _ = screen.handle(.resize(size))
        write(into: screen)
        let buffer = screen.rendered(rows: size.rows, columns: size.columns)
        // Header, intro, status and footer aside, every row shows words (one is the marker).
        expectLongTextShown(buffer, minimum: size.rows - 8)
    }

    @Test(arguments: sizes)
    func aReflectionBoxGrowsToTheRoomLeft(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        _ = screen.handle(.resize(size))
        // Step 2's free-writing box.
        screen.press(.control("n"))
        for _ in 0..<6 where !screen.forms[1][screen.focus[1]].widget.isMultiline { screen.press(.tab) }
        try #require(screen.forms[1][screen.focus[1]].widget.isMultiline)
        write(into: screen)
        let buffer = screen.rendered(rows: size.rows, columns: size.columns)
        // The step's header, a "more above" line, a label of up to two lines, status and footer aside.
        expectLongTextShown(buffer, minimum: size.rows - 10)
    }

    @Test(arguments: sizes)
    func theCheckinNoteGrowsToo(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        _ = screen.handle(.resize(size))
        for _ in 0..<20 where screen.focusedStop != .field(screen.fields.firstIndex { $0.id == .note }!) { screen.press(.tab) }
        write(into: screen)
        let buffer = screen.rendered(rows: size.rows, columns: size.columns)
        // The title, one header line, a "more above" line, the label, the save button, status and footer.
        expectLongTextShown(buffer, minimum: size.rows - 9)
    }
}
