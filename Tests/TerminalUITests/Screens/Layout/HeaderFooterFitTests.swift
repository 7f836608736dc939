import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// Every screen's header (its first rows) and footer (its last row), at the smallest size onward
/// draws (50x16) and below it (40x12): a word that does not fit is never cut silently, the line
/// ends in "…" instead.
@Suite("Headers and footers that do not fit end in …")
struct HeaderFooterFitTests {
    static let sizes = [Size(rows: 16, columns: 50), Size(rows: 12, columns: 40)]

    /// Every screen, in the states whose headers differ, made fresh per use.
    static func screens(_ journal: TempJournal) -> [(String, () -> Screen)] {
        let entries = (1...6).map { i in
            makeEntry(String(format: "2026-11-%02d-0900-note-n%d", 10 + i, i), kind: i % 2 == 0 ? .checkin : .note, day: 10 + i,
                      title: "A note with a rather long title that goes on, number \(i)")
        }
        let letter = GuideLibrary.builtIn.guide(named: "kinder-letter")!
        var screens: [(String, () -> Screen)] = [
            ("home", { ScreenKeysTests.home(draft: true) }),
            ("reflection", { ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: []) }),
            ("exercise", { ReflectionScreen(guide: letter, resuming: nil, now: testNow, earlierAchievements: []) }),
            ("write", { ScreenKeysTests.write() }),
            ("check-in", { CheckinHarness.open(journal) }),
            ("reflection summary", {
                let screen = ReflectionScreen(guide: Guide.builtIn(), resuming: nil, now: testNow, earlierAchievements: [])
                for _ in 0..<10 { screen.press(.control("n")) }
                return screen
            }),
            ("browse", { BrowseScreen(snapshot: JournalSnapshot(entries: entries, problems: [])) }),
            ("entry", { EntryScreen(row: .entry(entries[0])) }),
            ("applications", { ScreenKeysTests.applications() }),
            ("exercises", { ScreenKeysTests.exercises() }),
            ("draft choice", { ScreenKeysTests.draftChoice() }),
            ("leave", { LeaveConfirmation(hasDraft: true, saveProblem: nil) }),
        ]
        for tab in InsightsTab.allCases {
            screens.append(("insights \(tab)", {
                let screen = InsightsScreen(entries: entries, today: testNow.day)
                for _ in 0..<tab.rawValue { screen.press(.tab) }
                return screen
            }))
        }
        return screens
    }

    /// The words of `line` that are the start of a longer word of `full` (the screen drawn 200
    /// wide) but not a word of it themselves: words cut short without a "…". (A narrow screen may
    /// word a line differently; only a cut is a fault.)
    static func cutWords(_ line: String, in full: String) -> [String] {
        let whole = full.split(separator: " ").map(String.init)
        let known = Set(whole)
        return line.split(separator: " ").map(String.init).filter { word in
            guard !known.contains(word), word.count >= 2, !word.hasSuffix("…") else { return false }
            return whole.contains { $0.count > word.count && $0.hasPrefix(word) }
        }
    }

    @Test(arguments: sizes)
    func headersAndFootersEndInAnEllipsisWhenCut(size: Size) {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        for (name, make) in Self.screens(journal) {
            let wide = make().rendered(rows: size.rows, columns: 200).lines
            let narrow = make().rendered(rows: size.rows, columns: size.columns).lines
            for row in [0, 1, size.rows - 1] {
                let cut = Self.cutWords(narrow[row], in: wide.joined(separator: " "))
                #expect(cut.isEmpty, "\(name) at \(size), row \(row): \(cut) in \"\(narrow[row])\"")
            }
        }
    }

    @Test(arguments: sizes)
    func everyInsightsTabShowsWhole(size: Size) {
        let screen = InsightsScreen(entries: [], today: testNow.day)
        for tab in InsightsTab.allCases {
            let header = screen.rendered(rows: size.rows, columns: size.columns).lines[0]
            for other in InsightsTab.allCases { #expect(header.contains("\(other.rawValue + 1)"), "\(size): \(header)") }
            #expect(header.contains("\(tab.rawValue + 1) \(tab.title)") && !header.contains("…"), "\(size): \(header)")
            screen.press(.tab)
        }
    }

    @Test func browsesHeadingsKeepTheirWordsAt50Columns() {
        let screen = BrowseScreen(snapshot: JournalSnapshot(entries: [makeEntry("2026-11-20-0900-note", kind: .note, day: 20, title: "A note")],
                                                            problems: []))
        let heading = screen.rendered(rows: 16, columns: 50).lines[2].trimmingCharacters(in: .whitespaces)
        #expect(heading.split(separator: " ") == ["Date", "Kind", "Title", "Mood"], "\(heading)")
        #expect(screen.rendered(rows: 24, columns: 80).lines[2].hasSuffix("Mood/feelings"))
    }
}

extension HeaderFooterFitTests {
    @Test(arguments: [Size(rows: 24, columns: 80), Size(rows: 16, columns: 50), Size(rows: 12, columns: 40)])
    func theLeaveQuestionShowsItsWholeSentence(size: Size) {
        for (problem, sentence) in [(nil, "Your draft is saved and will be offered next time."),
                                    ("the disk is full", "Your text could NOT be saved; if you leave, it is printed here to copy.")] {
            let box = LeaveConfirmation(hasDraft: true, saveProblem: problem).rendered(rows: size.rows, columns: size.columns)
            let words = box.lines.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Leave onward? " + sentence + " y leave · n stay"), "\(size): \(box.text)")
        }
    }
}
