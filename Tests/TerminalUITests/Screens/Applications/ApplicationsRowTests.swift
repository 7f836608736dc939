import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// A row keeps its facts (the day, the quiet words) when its next action is long; days from
/// another year say the year; F1 works in the prompts.
@Suite("Applications screen: rows, dates, prompt keys")
struct ApplicationsRowTests {
    func screen(nextAction: String, due: LocalDay, applied: LocalDay) -> ApplicationsScreen {
        var e = ApplicationChange.new(company: "Initech", role: "Data Analyst", applied: applied, at: testNow)
        ApplicationChange.setNextAction(&e, nextAction, on: due, at: testNow)
        let stored = StoredEntry(entry: e, relativePath: "entries/\(e.id.rawValue).md", size: 0, modified: 0)
        return ApplicationsScreen(entries: [stored], today: testNow.day, quietAfterDays: 14)
    }

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func aLongNextActionIsShortenedAndTheDayAndQuietWordsStay(rows: Int, columns: Int) throws {
        let s = screen(nextAction: "follow up with a very long new message to the recruiter about the team and the salary",
                       due: testNow.day.adding(days: -2), applied: testNow.day.adding(days: -20))
        let lines = s.rendered(rows: rows, columns: columns).lines
        let row = try #require(lines.first { $0.contains("Initech") })
        // Where the facts leave room, the start of the next action shows, cut with "…".
        if columns >= 80 { #expect(row.contains("next: follow"), "\(row)") }
        #expect(row.contains("…"), "the cut says so: \(row)")
        #expect(row.contains("since " + DayFormat.short(testNow.day.adding(days: -2))), "\(row)")
        if columns >= 60 { #expect(row.contains("no word for 20 days"), "\(row)") }
        #expect(row.displayWidth <= columns)
    }

    @Test func aDayFromAnotherYearShowsItsYear() throws {
        let old = try #require(LocalDay(parsing: "1999-01-01"))
        let s = screen(nextAction: "write back", due: old, applied: old)
        let row = try #require(s.rendered(rows: 24, columns: 80).lines.first { $0.contains("Initech") })
        #expect(row.contains("due since Fri 1 Jan 1999"), "\(row)")
        #expect(DayFormat.short(testNow.day, today: testNow.day) == DayFormat.short(testNow.day), "this year's days stay short")
        let followUps = FollowUpList(items: [FollowUp(entryID: EntryID("2026-11-01-0900-reflection-acme"), relativePath: "entries/1999/01/a.md", note: "call", due: old, isDone: false)], today: testNow.day)
        #expect(followUps.dueText(followUps.items[0]) == "was due Fri 1 Jan 1999")
    }

    @Test func f1InAPromptShowsTheKeysAndTheFooterSaysSo() throws {
        let s = screen(nextAction: "x", due: testNow.day, applied: testNow.day)
        s.press(.character("n"))
        let footer = s.rendered(rows: 24, columns: 80).line(23)
        #expect(footer.contains("F1 keys"), "\(footer)")
        s.press(.function(1))
        #expect(s.rendered(rows: 24, columns: 80).text.contains("Keys on this screen"))
        s.press(.character("z"))
        #expect(s.prompt?.field.text == "", "the key that closes the help is not typed")
        #expect(s.prompt != nil, "the prompt is still open")
    }
}
