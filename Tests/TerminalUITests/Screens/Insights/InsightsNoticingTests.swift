import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Insights: wins, mood calendar and what went with better days")
struct InsightsNoticingTests {
    private let today = LocalDay(year: 2026, month: 12, day: 7)

    /// Eight days of check-ins: walks outside on four good days, none on four lower ones.
    private func entries() throws -> [StoredEntry] {
        var out: [StoredEntry] = []
        for n in 0..<8 {
            let day = today.adding(days: -n - 1)
            let t = LocalTimestamp(day: day, hour: 9, minute: 0, utcOffset: 3600)
            var e = Entry(id: EntryID.make(at: t, kind: .checkin), kind: .checkin, created: t)
            let outside = n % 2 == 0
            e.mood = outside ? 7 : 4
            e.selfCare = outside ? ["time outside"] : []
            if n == 0 { e.wins = ["Finished the cover letter"] }
            out.append(StoredEntry(entry: e, relativePath: "entries/x/\(e.id).md", size: 0, modified: 0))
        }
        let t = LocalTimestamp(day: today.adding(days: -3), hour: 15, minute: 0, utcOffset: 3600)
        var r = Entry(id: EntryID.make(at: t, kind: .reflection, slugSource: "acme"), kind: .reflection, created: t)
        r.company = "Acme"
        r.title = "Acme"
        r.sections = [Section(heading: "A kind word", body: "### To yourself\nWell done\n\n### A small win\nI wrote it all down")]
        out.append(StoredEntry(entry: r, relativePath: "entries/x/\(r.id).md", size: 0, modified: 0))
        return out.sorted { $0.entry.created > $1.entry.created }
    }

    @Test func winsFromCheckinsAndReflectionsAreATabAt80x24And60x20() throws {
        let screen = InsightsScreen(entries: try entries(), today: today)
        screen.press(.character("4"))
        #expect(screen.tab == .wins)
        for (rows, columns) in [(24, 80), (20, 60)] {
            let buffer = screen.rendered(rows: rows, columns: columns)
            let text = buffer.text
            #expect(text.contains("Wins"), "at \(columns)x\(rows)")
            #expect(text.contains("Finished the cover letter"), "at \(columns)x\(rows)")
            #expect(text.contains("I wrote it all down"), "at \(columns)x\(rows)")
            #expect(buffer.lines[0].contains("4 Wins"), "every tab's name shows at \(columns)x\(rows)")
            #expect(buffer.lines.allSatisfy { $0.displayWidth <= columns })
        }
        // The newest win comes first; Enter opens the check-in it came from.
        #expect(screen.wins.first?.text == "Finished the cover letter")
        guard case .push(let next)? = screen.press(.enter).first, next is EntryScreen else {
            Issue.record("Enter should open the win's entry")
            return
        }
    }

    @Test func theTrendsPageEndsWithTheCalendarAndTheObservations() throws {
        let screen = InsightsScreen(entries: try entries(), today: today)
        screen.press(.character("3"))
        for (rows, columns) in [(24, 80), (20, 60)] {
            _ = screen.rendered(rows: rows, columns: columns)
            let all = screen.trends.map(\.text)
            let calendar = try #require(all.firstIndex(of: "Mood calendar"))
            let december = try #require(all[calendar...].firstIndex(of: "December 2026"))
            #expect(all[calendar + 1] == "November 2026")
            #expect(all[december + 1] == " Mo Tu We Th Fr Sa Su")
            // 29 Nov (a Sunday, 8 days back) had a walk: mood 7; 30 Nov none: mood 4.
            #expect(all.contains { $0.hasSuffix("  7") || $0.contains("  7  4") })
            let observation = try #require(all.first { $0.contains("On days with time outside") })
            #expect(observation.contains("7.0") || all.joined(separator: " ").contains("averaged 7.0, on days without 4.0, over 8 days"))
            #expect(all[calendar...].allSatisfy { $0.displayWidth <= columns - 4 })
            // Scrolled to the end, the observation is on screen.
            screen.press(.end)
            #expect(screen.rendered(rows: rows, columns: columns).text.contains("not causes"))
            screen.press(.home)
        }
    }

    @Test func withoutCheckinsTheNoticingPartSaysWhatItNeeds() {
        let screen = InsightsScreen(entries: [], today: today)
        let all = screen.trends.map(\.text).joined(separator: " ")
        #expect(all.contains("No check-in has a mood yet"))
        #expect(all.contains("at least 3 check-ins with it and 3 without"))
        screen.press(.character("4"))
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("No small wins yet"))
    }
}
