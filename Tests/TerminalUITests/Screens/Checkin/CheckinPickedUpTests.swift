import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("A check-in picked up again says so")
struct CheckinPickedUpTests {
    /// A check-in draft begun at `hour`:`minute` on `day`, with a mood.
    private func leaveDraft(_ journal: TempJournal, day: LocalDay, hour: Int, minute: Int) throws {
        let started = LocalTimestamp(day: day, hour: hour, minute: minute, utcOffset: 3600)
        var draft = Entry(id: EntryID.make(at: started, kind: .checkin), kind: .checkin, created: started)
        draft.status = .draft
        draft.mood = 4
        try journal.store.saveDraft(draft)
    }

    @Test(arguments: [(24, 80), (20, 60), (16, 50)])
    func aDraftFromEarlierTodayIsNamedAsPickedUp(rows: Int, columns: Int) throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try leaveDraft(journal, day: testNow.day, hour: 9, minute: 5)
        let lines = CheckinHarness.open(journal).rendered(rows: rows, columns: columns).lines
        #expect(lines[0].contains("Check-in, picked up") && lines[0].contains("Friday 27 November 2026"), "\(lines[0])")
        #expect(lines[1].contains("Picking up the check-in you started at 09:05."), "\(lines.joined(separator: "\n"))")
    }

    @Test func aDraftFromAnotherDayNamesTheDayItIsFor() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try leaveDraft(journal, day: testNow.day.adding(days: -1), hour: 21, minute: 40)
        let screen = CheckinHarness.open(journal)
        let text = screen.rendered(rows: 24, columns: 80).lines.prefix(3).joined(separator: " ")
        #expect(text.contains("Check-in, picked up") && text.contains("Thursday 26 November 2026"), "\(text)")
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Picking up the check-in you started on Thu 26 Nov at 21:40; it stays that day's check-in."), "\(flat)")
    }

    @Test func aFreshCheckinHasItsUsualHeading() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let lines = CheckinHarness.open(journal).rendered(rows: 24, columns: 80).lines
        #expect(lines[0].contains("Daily check-in"))
        #expect(!lines.joined().contains("Picking up"))
    }
}
