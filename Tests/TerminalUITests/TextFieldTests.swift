import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    @Test func typingAndRendering() {
        var field = TextField(placeholder: "e.g. Acme")
        #expect(field.handle(.character("A")) == .changed)
        field.type("cme")
        #expect(field.text == "Acme")
        let screen = render(rows: 1, columns: 10) { field.render(on: $0, in: Rect(row: 0, column: 0, width: 10, height: 1), focused: true) }
        #expect(screen.lines == ["Acme"])
        #expect(screen.cursor == Position(row: 0, column: 4))
        #expect(screen.style(at: Position(row: 0, column: 0)) == .underline)
    }

    @Test func placeholderIsDimWhenEmpty() {
        let field = TextField(placeholder: "e.g. Acme")
        let screen = render(rows: 1, columns: 20) { field.render(on: $0, in: Rect(row: 0, column: 2, width: 15, height: 1), focused: false) }
        #expect(screen.lines == ["  e.g. Acme"])
        #expect(screen.style(at: Position(row: 0, column: 2)).contains(.dim))
        #expect(screen.cursor == nil)
    }

    @Test func cursorMovesByGrapheme() {
        var field = TextField(text: "a👩‍💻é🇫🇷")
        #expect(field.cursor == 4)
        field.press(.left)
        #expect(field.cursor == 3)
        #expect(field.handle(.backspace) == .changed)
        #expect(field.text == "a👩‍💻🇫🇷")
        field.press(.home, .right, .delete)
        #expect(field.text == "a🇫🇷")
    }

    @Test func homeEndAndEmacsKeys() {
        var field = TextField(text: "hard day today")
        field.press(.control("a"))
        #expect(field.cursor == 0)
        field.press(.control("e"))
        #expect(field.cursor == 14)
        #expect(field.handle(.control("w")) == .changed)
        #expect(field.text == "hard day ")
        field.press(.control("w"))
        #expect(field.text == "hard ")
        field.press(.home, .right, .control("k"))
        #expect(field.text == "h")
        field.press(.end)
        field.type("ello")
        field.press(.left, .left, .control("u"))
        #expect(field.text == "lo")
        #expect(field.cursor == 0)
    }

    @Test func keysForTheScreenAreIgnored() {
        var field = TextField(text: "x")
        #expect(field.handle(.tab) == .ignored)
        #expect(field.handle(.escape) == .ignored)
        #expect(field.handle(.control("s")) == .ignored)
        #expect(field.handle(.enter) == .submit)
        #expect(field.handle(.left) == .handled)
        #expect(field.text == "x")
    }

    @Test func maxLengthStopsInput() {
        var field = TextField(maxLength: 3)
        field.type("abcdef")
        #expect(field.text == "abc")
        #expect(field.handle(.character("z")) == .handled)
        let long = TextField(text: "toolong", maxLength: 4)
        #expect(long.text == "tool")
    }

    @Test func scrollsHorizontallyToKeepCursorVisible() {
        var field = TextField()
        field.type("0123456789abcdef")
        let rect = Rect(row: 0, column: 0, width: 8, height: 1)
        var screen = render(rows: 1, columns: 8) { field.render(on: $0, in: rect, focused: true) }
        // Seven characters before the cursor, one column kept for the cursor itself.
        #expect(screen.lines == ["9abcdef"])
        #expect(screen.cursor == Position(row: 0, column: 7))
        screen = render(rows: 1, columns: 8) { field.render(on: $0, in: rect, focused: false) }
        #expect(screen.lines == ["01234567"])  // unfocused shows the beginning
        field.press(.home)
        screen = render(rows: 1, columns: 8) { field.render(on: $0, in: rect, focused: true) }
        #expect(screen.lines == ["01234567"])
        #expect(screen.cursor == Position(row: 0, column: 0))
    }

    @Test func wideTextScrollsByColumns() {
        var field = TextField()
        field.type("日本語のテキスト")
        let screen = render(rows: 1, columns: 8) { field.render(on: $0, in: Rect(row: 0, column: 0, width: 8, height: 1), focused: true) }
        #expect(screen.lines == ["キスト"])
        #expect(screen.cursor == Position(row: 0, column: 6))
    }

    @Test func controlCharactersArriveVisible() {
        var field = TextField()
        field.type("a\u{1B}b\tc\nd")
        #expect(field.text == "a^[b    c d")
    }

    @Test func combiningMarkTypedAloneJoinsPreviousCharacter() {
        var field = TextField()
        field.type("e")
        field.press(.character("\u{301}"))
        #expect(field.text == "\u{E9}")
        #expect(field.buffer.characters.count == 1)
    }
}
