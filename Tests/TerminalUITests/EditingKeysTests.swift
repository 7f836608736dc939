import Testing
@testable import TerminalUI

/// The editing keys every text box knows, in a one-line field and in a multi-line box.
@Suite("Editing keys") struct EditingKeysTests {
    @Test func wordDeletesInAField() {
        for key in [Key.altBackspace, .control("w")] {
            var field = TextField(text: "I was really hoping  ")
            #expect(field.handle(key) == .changed)
            #expect(field.text == "I was really ")
            field.press(key)
            #expect(field.text == "I was ")
        }
        var field = TextField(text: "one two three")
        field.press(.home)
        #expect(field.handle(.alt("d")) == .changed)
        #expect(field.text == " two three" && field.cursor == 0)
    }

    @Test func wordMovesInAField() {
        var field = TextField(text: "one two three")
        field.press(.wordLeft)
        #expect(field.cursor == 8)
        field.press(.alt("b"), .alt("b"))
        #expect(field.cursor == 0)
        field.press(.wordRight)
        #expect(field.cursor == 3)
        field.press(.alt("f"))
        #expect(field.cursor == 7)
        field.press(.control("a"))
        #expect(field.cursor == 0)
        field.press(.control("e"))
        #expect(field.cursor == 13)
        field.press(.home)
        #expect(field.cursor == 0)
        field.press(.end)
        #expect(field.cursor == 13)
    }

    @Test func lineDeletesAndForwardDeleteInAField() {
        var field = TextField(text: "keep this part")
        field.cursor = 4
        #expect(field.handle(.control("k")) == .changed)
        #expect(field.text == "keep" && field.cursor == 4)
        field.cursor = 2
        #expect(field.handle(.control("u")) == .changed)
        #expect(field.text == "ep" && field.cursor == 0)
        #expect(field.handle(.delete) == .changed)
        #expect(field.text == "p")
    }

    @Test func theSameKeysInABox() {
        var area = TextArea(text: "first line\nsecond line here", viewport: Size(rows: 4, columns: 40))
        #expect(area.handle(.altBackspace) == .changed)
        #expect(area.text == "first line\nsecond line ")
        area.press(.wordLeft)
        #expect(area.cursor == 18)  // before "line"
        area.press(.alt("b"), .alt("b"))
        #expect(area.cursor == 6)  // before "line" on the first line: words cross the newline
        area.press(.wordRight)
        #expect(area.cursor == 10)
        // Ctrl-K at the end of a line joins the next; Ctrl-U deletes to the line's start.
        #expect(area.handle(.control("k")) == .changed)
        #expect(area.text == "first linesecond line ")
        area.press(.control("u"))
        #expect(area.text == "second line " && area.cursor == 0)
        area.press(.end)
        #expect(area.cursor == 12)
        area.press(.control("a"))
        #expect(area.cursor == 0)
        #expect(area.handle(.delete) == .changed)
        #expect(area.text == "econd line ")
        area.press(.alt("d"))
        #expect(area.text == " line ")
    }

    @Test func ctrlUAndKWorkOnTheLineAsShown() {
        // Wrapped at 10 columns: "alpha beta" / "gamma". Ctrl-K from "beta" keeps "gamma".
        var area = TextArea(text: "alpha beta gamma", viewport: Size(rows: 3, columns: 11))
        area.cursor = 6
        area.press(.control("k"))
        #expect(area.text == "alpha  gamma")
    }
}
