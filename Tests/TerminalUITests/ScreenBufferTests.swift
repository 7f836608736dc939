import Testing
@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func drawsAndTrimsLines() {
        let screen = ScreenBuffer(rows: 3, columns: 10)
        screen.draw("hello", row: 1, column: 2, style: .bold)
        #expect(screen.lines == ["", "  hello", ""])
        #expect(screen.text == "\n  hello\n")
        #expect(screen.style(at: Position(row: 1, column: 2)) == .bold)
        #expect(screen.style(at: Position(row: 1, column: 1)) == .plain)
        #expect(screen.position(of: "llo") == Position(row: 1, column: 4))
    }

    @Test func clipsAtTheRightEdgeAndIgnoresRowsOutside() {
        let screen = ScreenBuffer(rows: 2, columns: 5)
        screen.draw("abcdefgh", row: 0, column: 2, style: .plain)
        screen.draw("nope", row: 5, column: 0, style: .plain)
        screen.draw("nope", row: -1, column: 0, style: .plain)
        #expect(screen.lines == ["  abc", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        let screen = ScreenBuffer(rows: 1, columns: 6)
        screen.draw("日本x", row: 0, column: 0, style: .plain)
        #expect(screen.lines == ["日本x"])
        #expect(screen.cell(at: Position(row: 0, column: 1))?.isContinuation == true)
        #expect(screen.cell(at: Position(row: 0, column: 4))?.character == "x")
        #expect(screen.position(of: "x") == Position(row: 0, column: 4))
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        let screen = ScreenBuffer(rows: 1, columns: 5)
        screen.draw("ab日本", row: 0, column: 0, style: .reverse)
        // 日 fills columns 2-3; 本 would need 4-5 but only 4 exists.
        #expect(screen.lines == ["ab日"])
        #expect(screen.cell(at: Position(row: 0, column: 4)) == ScreenBuffer.Cell(character: " ", style: .reverse, isContinuation: false))
        let emoji = ScreenBuffer(rows: 1, columns: 3)
        emoji.draw("ab😞", row: 0, column: 0, style: .plain)
        #expect(emoji.lines == ["ab"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let screen = ScreenBuffer(rows: 1, columns: 6)
        screen.draw("日本語", row: 0, column: 0, style: .plain)
        screen.draw("x", row: 0, column: 1, style: .plain)  // right half of 日
        #expect(screen.lines == [" x本語"])
        screen.draw("y", row: 0, column: 4, style: .plain)  // left half of 語
        #expect(screen.lines == [" x本y"])
        #expect(screen.cell(at: Position(row: 0, column: 5))?.isContinuation == false)
        screen.draw("😞", row: 0, column: 3, style: .plain)  // straddles 本 and y
        #expect(screen.lines == [" x 😞"])
    }

    @Test func zeroWidthClustersDoNotTakeCells() {
        let screen = ScreenBuffer(rows: 1, columns: 10)
        screen.draw("a\u{1B}b e\u{301}", row: 0, column: 0, style: .plain)
        #expect(screen.lines == ["ab e\u{301}"])
    }

    @Test func scriptedEventsAndResize() {
        let screen = ScreenBuffer(rows: 2, columns: 4)
        screen.type("hi\n")
        screen.enqueue(.key(.escape))
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .key(.character("h")))
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .key(.character("i")))
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(.enter))
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(.escape))
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == nil)
        screen.draw("abc日", row: 0, column: 0, style: .plain)
        screen.resize(to: Size(rows: 3, columns: 4))
        #expect(screen.size == Size(rows: 3, columns: 4))
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .resize(Size(rows: 3, columns: 4)))
        #expect(screen.lines == ["abc", "", ""])
        screen.draw("日本", row: 1, column: 0, style: .plain)
        screen.resize(to: Size(rows: 2, columns: 3), queueEvent: false)
        #expect(screen.lines == ["abc", "日"])
        #expect(screen.pendingEvents.isEmpty)
    }

    @Test func cursorClearFlushAndSuspend() {
        let screen = ScreenBuffer(rows: 2, columns: 4)
        screen.draw("xx", row: 0, column: 0, style: .plain)
        screen.setCursor(Position(row: 1, column: 2))
        #expect(screen.cursor == Position(row: 1, column: 2))
        screen.clear()
        #expect(screen.lines == ["", ""])
        screen.flush()
        screen.suspend()
        #expect(screen.isSuspended)
        screen.resume()
        #expect(!screen.isSuspended)
        #expect(screen.flushCount == 1)
    }
}
