import JournalCore
import Testing
@testable import TerminalUI

/// At 80x24 and 60x20 nothing is cut off without an ellipsis: messages wrap, and the numbers
/// of a scale stay whole.
@Suite("Nothing is cut without an ellipsis")
struct NothingCutTests {
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    @Test(arguments: sizes)
    func checkinScalesKeepTheirNumbersWhole(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        let lines = screen.rendered(rows: size.rows, columns: size.columns).lines
        for label in ["Mood", "Energy", "Applications sent", "People contacted", "Learning (sessions)"] {
            guard let line = lines.first(where: { $0.contains(label) }) else { continue }  // scrolled away at 50x16
            let rest = line.trimmingCharacters(in: .whitespaces)
            let high = label == "Mood" || label == "Energy" ? "10" : "15"
            // The track ends with its top number, then the whole words or the short form.
            #expect(rest.hasSuffix(high + "  not answered") || rest.hasSuffix(high + "  –"), "\(size): \(line)")
        }
        if size.columns >= 80 {
            #expect(lines.contains { $0.hasSuffix("15  not answered") })
        }
    }

    @Test func aScaleWithAValueKeepsItWhenShort() {
        var scale = Scale(range: 0...15, value: 12)
        _ = scale.handle(.right)
        let row = render(rows: 1, columns: 30) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 30, height: 1), focused: true) }
        // 30 columns: "0 " + 16 cells + " 15" leaves room for "  13" but not for more words.
        #expect(row.lines[0].hasPrefix("0 "))
        #expect(row.lines[0].hasSuffix(" 15  13"))
        let narrow = render(rows: 1, columns: 14) { scale.render(on: $0, in: Rect(row: 0, column: 0, width: 14, height: 1), focused: true) }
        // Too narrow for every value: the track shrinks, both ends and the value stay.
        #expect(narrow.lines[0] == "0 ───●─ 15  13")
        #expect(narrow.lines[0].contains("●"))
    }

    @Test(arguments: sizes)
    func longMessagesWrapOnTwoLines(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let screen = WriteScreen(resuming: nil, now: testNow)
        _ = screen.handle(.resize(size))
        screen.type("A first line")
        let message = "Could not save your note: the disk is full (no space left on device)."
        _ = screen.handle(.result(.saveFailed(message)))
        let buffer = screen.rendered(rows: size.rows, columns: size.columns)
        let status = buffer.lines[(size.rows - 3)...(size.rows - 2)].map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = status.joined(separator: " ")
        if size.columns < 80 {
            // Two lines: every word is there or the second line ends in "…".
            #expect(joined.hasPrefix("Could not save your note"), "\(buffer.text)")
            #expect(joined.contains("press Ctrl-S to try again.") || joined.hasSuffix("…"), "\(buffer.text)")
        }
        #expect(joined.contains("the disk is full"), "\(buffer.text)")
        #expect(buffer.text.contains("A first line"))
        #expect(buffer.lines[size.rows - 1].contains("F1 keys"))
    }

    @Test(arguments: sizes)
    func everyScreensFooterKeepsTheKeysHint(packed: Int) {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let reflection = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
        let screens: [Screen] = [HomeScreen(summary: HomeSummary(today: testNow.day)), reflection,
                                 CheckinHarness.open(journal), WriteScreen(resuming: nil, now: testNow), DraftChoiceScreen(drafts: [])]
        for screen in screens {
            let footer = screen.rendered(rows: size.rows, columns: size.columns).lines[size.rows - 1]
            #expect(footer.hasSuffix("? keys") || footer.hasSuffix("F1 keys"), "\(type(of: screen)) at \(size): \(footer)")
        }
        // In every step of the reflection too.
        for _ in 0..<10 {
            let footer = reflection.rendered(rows: size.rows, columns: size.columns).lines[size.rows - 1]
            #expect(footer.hasSuffix(" keys"), "\(footer)")
            reflection.press(.control("n"))
        }
    }
}
