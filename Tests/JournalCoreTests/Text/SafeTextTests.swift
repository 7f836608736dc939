import Testing
@testable import JournalCore

@Suite struct SafeTextTests {
    @Test func escapeSequenceIsShownNotSent() {
        let hostile = "before \u{1B}[2J\u{1B}]0;pwned\u{07} after"
        let safe = SafeText.visible(hostile)
        #expect(safe == "before ^[[2J^[]0;pwned^G after")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func bidiOverrideIsShownAsCodePoint() {
        let safe = "invoice\u{202E}fdp.exe".terminalSafe
        #expect(safe == "invoice<U+202E>fdp.exe")
        #expect("a\u{2066}b\u{2069}\u{200F}".terminalSafe == "a<U+2066>b<U+2069><U+200F>")
    }

    @Test func deleteAndC1ControlsAreVisible() {
        #expect("x\u{7F}y".terminalSafe == "x^?y")
        #expect("x\u{9B}31m".terminalSafe == "x<U+009B>31m")
        #expect("nul\u{0}".terminalSafe == "nul^@")
    }

    @Test func tabsBecomeSpacesAndNewlinesAreKept() {
        #expect("a\tb".terminalSafe == "a    b")
        #expect("one\r\ntwo\rthree\nfour".terminalSafe == "one\ntwo\nthree\nfour")
        #expect(SafeText.visible("one\ntwo", keepNewlines: false) == "one^Jtwo")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Café 日本 👩‍💻 🇫🇷 e\u{301}"
        #expect(text.terminalSafe == text)
        #expect(!SafeText.needsEscaping(text))
        #expect(SafeText.needsEscaping("a\u{1B}b"))
    }
}
