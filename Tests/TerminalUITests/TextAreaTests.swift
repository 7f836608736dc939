import Testing
@testable import TerminalUI

@Suite struct TextAreaTests {
    let rect = Rect(row: 0, column: 0, width: 11, height: 3)

    func area(_ text: String = "") -> TextArea {
        // Wraps at 10 columns: one of the 11 is kept for the cursor.
        TextArea(text: text, placeholder: "e.g. I was hoping for this one", viewport: Size(rows: 3, columns: 11))
    }

    func draw(_ area: TextArea, focused: Bool = true) -> ScreenBuffer {
        render(rows: 3, columns: 11) { area.render(on: $0, in: rect, focused: focused) }
    }

    @Test func placeholderWhenEmpty() {
        let screen = draw(area())
        #expect(screen.lines == ["e.g. I was", "hoping for", "this one"])
        #expect(screen.style(at: Position(row: 0, column: 0)) == .dim)
        #expect(screen.cursor == Position(row: 0, column: 0))
    }

    @Test func enterInsertsNewlineAndTextWraps() {
        var a = area()
        a.type("I worked hard on it\nstill proud")
        #expect(a.text == "I worked hard on it\nstill proud")
        let screen = draw(a)
        #expect(screen.lines == ["↑ 2 more", "still", "proud"])  // the marker row: two lines above the box
        #expect(screen.cursor == Position(row: 2, column: 5))
        #expect(a.handle(.enter) == .changed)
        #expect(a.handle(.tab) == .ignored)
        #expect(a.handle(.escape) == .ignored)
    }

    @Test func upAndDownKeepTheColumn() {
        var a = area("abcdefgh\nab\nabcdefgh")
        #expect(a.cursorPosition(width: 11) == Position(row: 2, column: 8))
        a.press(.up)
        #expect(a.cursorPosition(width: 11) == Position(row: 1, column: 2))
        a.press(.up)
        // Back on a long line the remembered column 8 is restored.
        #expect(a.cursorPosition(width: 11) == Position(row: 0, column: 8))
        a.press(.down, .down)
        #expect(a.cursor == a.text.count)
        a.press(.up, .up, .up)
        #expect(a.cursor == 0)  // Up on the first line goes to the start
        a.press(.down, .down, .down)
        #expect(a.cursor == a.text.count)
    }

    @Test func upAndDownMoveByVisualLine() {
        var a = area("one two three four five")
        // Visual lines: "one two " | "three four " | "five"
        a.press(.up)
        #expect(a.cursorPosition(width: 11) == Position(row: 1, column: 4))
        #expect(a.cursor == 12)
        a.press(.up)
        #expect(a.cursor == 4)
    }

    @Test func homeAndEndOfVisualLine() {
        var a = area("one two three four five")
        a.press(.up, .home)
        #expect(a.cursor == 8)
        a.press(.end)
        // End stops before the break space, on the same visual line.
        #expect(a.cursor == 18)
        #expect(a.cursorPosition(width: 11) == Position(row: 1, column: 10))
        a.press(.control("a"))
        #expect(a.cursor == 8)
    }

    @Test func backspaceAndDeleteJoinLines() {
        var a = area("first\nsecond")
        a.press(.up, .end)
        #expect(a.handle(.delete) == .changed)
        #expect(a.text == "firstsecond")
        a.press(.enter)
        #expect(a.text == "first\nsecond")
        #expect(a.handle(.backspace) == .changed)
        #expect(a.text == "firstsecond")
        a.press(.home)
        #expect(a.handle(.backspace) == .handled)  // nothing before the start
    }

    @Test func scrollsToKeepTheCursorVisible() {
        var a = area("1\n2\n3\n4\n5\n6")
        var screen = draw(a)
        #expect(screen.lines == ["↑ 4 more", "5", "6"])
        #expect(screen.cursor == Position(row: 2, column: 1))
        a.press(.up)
        screen = draw(a)
        #expect(screen.lines == ["↑ 4 more", "5", "6"])
        #expect(screen.cursor == Position(row: 1, column: 1))
        a.press(.up)
        screen = draw(a)
        // Between the ends both markers take a row; the one row left shows the cursor's line.
        #expect(screen.lines == ["↑ 3 more", "4", "↓ 2 more"])
        #expect(screen.cursor == Position(row: 1, column: 1))
        #expect(a.overflow(in: rect).above)
        #expect(a.overflow(in: rect).below)
    }

    @Test func pageUpAndDown() {
        var a = area((1...10).map(String.init).joined(separator: "\n"))
        a.press(.pageUp)
        #expect(a.cursorPosition(width: 11).row == 7)
        a.press(.pageUp, .pageUp, .pageUp, .pageUp)
        #expect(a.cursor == 0)
        #expect(draw(a).lines == ["1", "2", "↓ 8 more"])
        a.press(.pageDown)
        #expect(a.cursorPosition(width: 11).row == 2)
        #expect(draw(a).lines == ["↑ 2 more", "3", "↓ 7 more"])
        a.press(.pageDown)
        #expect(a.cursorPosition(width: 11).row == 4)
        #expect(draw(a).lines == ["↑ 4 more", "5", "↓ 5 more"])
    }

    @Test func emojiAndCJKWrapByColumns() {
        var a = area()
        a.type("今日は😞つらい日👩‍💻")
        let screen = draw(a)
        // 10 columns per line: five wide characters each.
        #expect(screen.lines == ["今日は😞つ", "らい日👩‍💻", ""])
        #expect(screen.cursor == Position(row: 1, column: 8))
        a.press(.left, .left, .backspace)
        #expect(a.text == "今日は😞つら日👩‍💻")
    }

    @Test func pasteInsertsAtTheCursor() {
        var a = area("start end")
        a.press(.home)
        for _ in 0..<6 { a.press(.right) }
        #expect(a.paste("middle\n\tindented ") == .changed)
        #expect(a.text == "start middle\n    indented end")
        #expect(a.paste("") == .handled)
    }

    @Test func longPasteKeepsEverything() {
        var a = TextArea(viewport: Size(rows: 5, columns: 40))
        let word = "résumé 履歴書 😞 "
        let pasted = String(repeating: word, count: 300)
        for c in pasted { _ = a.handle(.character(c)) }
        #expect(a.text == pasted)
        #expect(a.cursor == pasted.count)
        let r = Rect(row: 0, column: 0, width: 40, height: 5)
        let screen = render(rows: 5, columns: 40) { a.render(on: $0, in: r, focused: true) }
        // The last visual line is on screen with the cursor on it.
        #expect(screen.cursor?.row == 4)
        #expect(screen.lines[4].hasSuffix("😞"))
        for line in screen.lines { #expect(line.displayWidth <= 40) }
    }

    @Test func markersSayHowManyLinesAreHidden() {
        // Twelve lines in a six-row box 30 columns wide, the cursor at the end.
        var a = TextArea(text: (1...12).map { "line \($0)" }.joined(separator: "\n"), viewport: Size(rows: 6, columns: 30))
        let box = Rect(row: 0, column: 0, width: 30, height: 6)
        func shown() -> ScreenBuffer { render(rows: 6, columns: 30) { a.render(on: $0, in: box, focused: true) } }
        #expect(shown().lines == ["↑ 7 more lines above", "line 8", "line 9", "line 10", "line 11", "line 12"])
        #expect(shown().style(at: Position(row: 0, column: 0)) == .dim)
        #expect(shown().cursor == Position(row: 5, column: 7))
        a.press(.pageUp)
        #expect(shown().lines == ["↑ 6 more lines above", "line 7", "line 8", "line 9", "line 10", "↓ 2 more lines below"])
        a.press(.pageUp)
        // At the top only the lower marker is left; no line hides behind a marker of its own.
        #expect(shown().lines == ["line 1", "line 2", "line 3", "line 4", "line 5", "↓ 7 more lines below"])
        #expect(ScrollWindow.marker(1, above: false, unit: "line", width: 40) == "↓ 1 more line below")
        #expect(ScrollWindow.marker(12, above: true, unit: "line", width: 5) == "↑ 12")
    }
}
