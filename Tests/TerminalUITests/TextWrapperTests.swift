import Testing
@testable import TerminalUI

@Suite struct TextWrapperTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrapper.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func keepsExplicitNewlinesAndEmptyLines() {
        #expect(TextWrapper.lines("one\n\ntwo\n", width: 10) == ["one", "", "two", ""])
        #expect(TextWrapper.lines("", width: 10) == [""])
    }

    @Test func breaksLongWordsByGrapheme() {
        #expect(TextWrapper.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapper.lines("go supercalifragilistic", width: 8) == ["go", "supercal", "ifragili", "stic"])
    }

    @Test func measuresCJKAndEmojiInColumns() {
        // Each ideograph is two columns: four fit in eight.
        #expect(TextWrapper.lines("日本語のテキスト", width: 8) == ["日本語の", "テキスト"])
        // A wide character never straddles the edge.
        #expect(TextWrapper.lines("a日本", width: 4) == ["a日", "本"])
        #expect(TextWrapper.lines("so 😞 today 👩‍💻 ok", width: 8) == ["so 😞", "today 👩‍💻", "ok"])
        for line in TextWrapper.lines("so 😞 today 👩‍💻 ok 🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷", width: 8) {
            #expect(line.displayWidth <= 8)
        }
    }

    @Test func rangesMapBackToTheSource() {
        let text = "hello world\nbye"
        let lines = TextWrapper.wrap(text, width: 8)
        #expect(lines.map(\.range) == [0..<6, 6..<11, 12..<15])
        #expect(lines.map(\.endsParagraph) == [false, true, true])
        let characters = Array(text)
        // A cursor at a soft break belongs to the next line; one before a newline to its own.
        #expect(TextWrapper.position(ofOffset: 6, in: lines, characters: characters) == Position(row: 1, column: 0))
        #expect(TextWrapper.position(ofOffset: 11, in: lines, characters: characters) == Position(row: 1, column: 5))
        #expect(TextWrapper.position(ofOffset: 15, in: lines, characters: characters) == Position(row: 2, column: 3))
        #expect(TextWrapper.offset(row: 1, column: 2, in: lines, characters: characters) == 8)
        // Past the end of a wrapped line stops before the break, not on the next line.
        #expect(TextWrapper.offset(row: 0, column: 99, in: lines, characters: characters) == 5)
        #expect(TextWrapper.offset(row: 2, column: 99, in: lines, characters: characters) == 15)
    }

    @Test func columnsOfWideCharacters() {
        let characters = Array("日本語")
        let lines = TextWrapper.wrap(characters, width: 10)
        #expect(TextWrapper.position(ofOffset: 2, in: lines, characters: characters).column == 4)
        // Column 3 is the middle of 本: the cursor goes before it.
        #expect(TextWrapper.offset(row: 0, column: 3, in: lines, characters: characters) == 1)
    }

    @Test func truncateAddsEllipsisOnlyWhenNeeded() {
        #expect(TextWrapper.truncate("short", toWidth: 10) == "short")
        #expect(TextWrapper.truncate("exactly10!", toWidth: 10) == "exactly10!")
        #expect(TextWrapper.truncate("a bit too long", toWidth: 8) == "a bit t…")
        #expect(TextWrapper.truncate("日本語", toWidth: 4) == "日…")
        #expect(TextWrapper.truncate("anything", toWidth: 0) == "")
        #expect(TextWrapper.truncate("anything", toWidth: 1) == "…")
    }

    @Test func padAndPrefix() {
        #expect(TextWrapper.pad("ab", toWidth: 4) == "ab  ")
        #expect(TextWrapper.pad("日本語", toWidth: 5) == "日本 ")
        #expect(TextWrapper.prefix("👩‍💻x", fittingWidth: 1) == "")
    }
}
