import Testing
@testable import JournalCore

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect("hello".displayWidth == 5)
        #expect("".displayWidth == 0)
    }

    @Test func accentedLetterIsOneColumnPrecomposedOrDecomposed() {
        let precomposed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(precomposed.displayWidth == 1)
        #expect(decomposed.displayWidth == 1)
        #expect("caf\u{E9} cafe\u{301}".displayWidth == 9)
    }

    @Test func cjkIsTwoColumnsPerCharacter() {
        #expect("日本".displayWidth == 4)
        #expect("한국어".displayWidth == 6)
        #expect("ｆｕｌｌ".displayWidth == 8)  // fullwidth forms
        #expect("カ".displayWidth == 2)
    }

    @Test func emojiAreTwoColumns() {
        #expect("😞".displayWidth == 2)
        #expect("👩‍💻".displayWidth == 2)  // ZWJ sequence is one cluster
        #expect("🇫🇷".displayWidth == 2)  // flag
        #expect("❤️".displayWidth == 2)   // text-default heart with VS16
        #expect("👍🏽".displayWidth == 2)  // skin tone modifier
    }

    @Test func textPresentationSymbolsStayNarrow() {
        #expect("❤".displayWidth == 1)
        #expect("·".displayWidth == 1)
        #expect("─●…".displayWidth == 3)
    }

    @Test func invisibleThingsHaveNoWidth() {
        #expect(DisplayWidth.of("\u{1B}" as Character) == 0)
        #expect(DisplayWidth.of("\u{200D}" as Character) == 0)
        #expect(DisplayWidth.of("\u{FE0F}" as Character) == 0)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0)
        #expect(DisplayWidth.of("\u{7F}" as Character) == 0)
        #expect(DisplayWidth.of("\u{85}" as Character) == 0)
    }
}
