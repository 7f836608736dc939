import Testing
@testable import JournalCore

/// The byte scan of `TextLines.split` must cut exactly where stepping `String.Index` does.
@Suite("Text lines")
struct TextLinesTests {
    @Test func byteScanAgreesWithIndexStepping() {
        let pieces = ["a", "é", "🌱", "\n", "\r", "\r\n", " ", "## Lessons", "\r\r\n", "日本"]
        var state: UInt64 = 42
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(state >> 60) + 1 { text += pieces[Int((state >> UInt64(k * 4 % 56)) & 0xFF) % pieces.count] }
            let sub = text.dropFirst(Int(state & 1))
            #expect(TextLines.split(sub).map(String.init) == TextLines.splitByIndex(sub).map(String.init), "\(Array(text.utf8))")
        }
    }

    @Test func crlfAndTrailingCRsAreDropped() {
        #expect(TextLines.split("one\r\ntwo\r\r\nthree\r").map(String.init) == ["one", "two", "three"])
        #expect(TextLines.split("").map(String.init) == [""])
        #expect(TextLines.split("a\n").map(String.init) == ["a", ""])
    }
}
