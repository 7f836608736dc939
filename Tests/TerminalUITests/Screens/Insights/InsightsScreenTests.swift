import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Insights screen")
struct InsightsScreenTests {
    /// The fixture journal seen on 7 December 2026, the day after its last check-in.
    func screen(_ journal: TempJournal) throws -> InsightsScreen {
        InsightsScreen(entries: try journal.store.load().entries, today: LocalDay(year: 2026, month: 12, day: 7))
    }

    @Test func achievementsBankNewestFirstWithDateAndSource() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = try screen(journal)
        let text = screen.rendered(rows: 24, columns: 80).text
        #expect(text.contains("1 Achievements"))
        #expect(text.contains("Remember your value"))
        let lines = screen.rendered(rows: 30, columns: 100).lines
        let billing = try #require(lines.firstIndex { $0.contains("Led the migration of the billing service") })
        #expect(lines[billing].contains("Fri 27 Nov 2026"))
        // Globex (5 Dec) comes before Acme (27 Nov), which comes before Northwind (14 Oct).
        let dates = lines.compactMap { line in ["Sat 5 Dec", "Fri 27 Nov", "Wed 14 Oct"].firstIndex { line.contains($0) } }
        #expect(dates == dates.sorted())
        #expect(Set(dates).count >= 2)
        screen.press(.home)
        #expect(screen.rendered().text.contains("From \u{201C}"))
    }

    @Test func enterOpensTheSourceEntry() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = try screen(journal)
        let index = try #require(screen.achievements.firstIndex { $0.text.contains("billing service") })
        for _ in 0..<index { screen.press(.down) }
        let effects = screen.press(.enter)
        guard case .push(let next)? = effects.first, let entry = next as? EntryScreen else {
            Issue.record("Enter should open the entry, got \(effects)")
            return
        }
        #expect(entry.row.relativePath.hasSuffix("2026-11-27-1405-reflection-acme.md"))
        #expect(entry.rendered().text.contains("Acme, Backend Engineer"))
    }

    @Test func lessonsAreGroupedByEntry() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = try screen(journal)
        screen.press(.down)
        screen.press(.tab)
        #expect(screen.tab == .lessons)
        // Each part keeps its own place and size.
        #expect(screen.viewport(.lessons).count == screen.lessons.count)
        #expect(screen.viewport(.lessons).selection == 0)
        let lines = screen.rendered().lines
        #expect(lines.contains { $0.contains("• Ask about the team's tools before the call") })
        let heading = try #require(lines.firstIndex { $0.contains("Fri 27 Nov 2026 · Acme, Backend Engineer") })
        #expect(lines[heading + 1].contains("• Prepare a system-design story"))
        #expect(lines[heading + 2].contains("• Ask for the timeline"))
        #expect(screen.lessons.filter(\.isHeading).count == Set(screen.lessons.map(\.entryID)).count)
    }

    @Test func trendsShowSparklinesWithTheirScaleAndTheSameFactsAsTheCLI() throws {
        let journal = try fixtureJournal()
        defer { journal.cleanUp() }
        let screen = try screen(journal)
        screen.press(.character("3"))
        let text = screen.rendered(rows: 40, columns: 100).text
        let stats = Stats(entries: try journal.store.load().entries.map(\.entry), today: LocalDay(year: 2026, month: 12, day: 7))
        let summary = TrendSummary(stats)
        #expect(text.contains("Check-in streak: " + summary.streakText))
        #expect(text.contains("Mood, last 30 days"))
        #expect(text.contains("Energy, last 90 days"))
        #expect(text.contains(TrendSummary.line(summary.mood30)))
        #expect(text.contains(TrendSummary.line(summary.energy90)))
        #expect(text.contains("▁ 1 … █ 10"))
        #expect(text.contains("▁ 0 … █ 10"))
        #expect(text.contains(summary.intensityBefore))
        #expect(text.contains("final interview"))
        #expect(text.unicodeScalars.contains { (0x2581...0x2588).contains($0.value) })
        // At 80x24 the page scrolls rather than overflowing.
        let small = screen.rendered(rows: 24, columns: 80)
        #expect(small.lines.allSatisfy { $0.displayWidth <= 80 })
        screen.press(.end)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("Self-care most often"))
    }

    @Test func manyReflectionsShowTheMostRecentThatFit() {
        let entries = (0..<200).map { i -> StoredEntry in
            var e = Entry(id: EntryID("2026-01-01-0000-reflection-r\(i)"), kind: .reflection,
                          created: LocalTimestamp(day: LocalDay(year: 2026, month: 1, day: 1).adding(days: i), hour: 9))
            e.intensityBefore = i % 11
            e.intensityAfter = 10 - i % 11
            return StoredEntry(entry: e, relativePath: "entries/r\(i).md", size: 0, modified: 0)
        }
        let screen = InsightsScreen(entries: entries, today: LocalDay(year: 2026, month: 8, day: 1))
        screen.press(.character("3"))
        let lines = screen.rendered(rows: 24, columns: 80).lines
        // 76 columns of text, less the 22-column label, leave room for 54 marks.
        let start = lines.first { $0.contains("At the start") }
        #expect(start?.hasSuffix(String(Sparkline.marks((146..<200).map { Double($0 % 11) }, scale: 0...10))) == true)
        #expect(lines.contains { $0.contains("the last 54 of 200") })
    }

    @Test func emptyJournalIsGentle() {
        let screen = InsightsScreen(entries: [], today: testNow.day)
        #expect(screen.rendered().text.contains("No achievements written down yet"))
        screen.press(.character("3"))
        let text = screen.rendered().text
        #expect(text.contains("none running; any check-in starts one"))
        #expect(text.contains("No check-ins in the last 90 days"))
        #expect(screen.press(.escape).first?.isPop == true)
    }
}
