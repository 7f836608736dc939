import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// A check-in screen's save changes only the fields the person set or cleared on it, so a
/// value `onward checkin --mood 7 --energy 4 --sleep 8` wrote while it was open survives.
@Suite("Check-in saves field by field")
struct CheckinFieldwiseTests {
    static let path = "entries/2026/11/2026-11-27-0800-checkin.md"

    /// What `onward checkin --mood 7 --energy 4 --sleep 8 --self-care reading` does.
    func shellCheckin(_ journal: TempJournal) throws {
        var v = CheckinValues(mood: 7, energy: 4, sleepHours: 8, selfCare: ["reading"])
        v.win = "sent the form"
        _ = try CheckinUpdate.save(v, in: journal.store, day: testNow.day, at: testNow, now: testNow)
    }

    func saved(_ journal: TempJournal) throws -> Entry {
        let snapshot = try journal.store.load()
        let checkins = snapshot.entries.filter { $0.entry.kind == .checkin }
        #expect(checkins.count == 1)
        return try #require(checkins.first?.entry)
    }

    @Test func aValueWrittenFromTheShellMeanwhileSurvivesTheScreensSave() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, Self.path, CheckinHarness.checkin(day: "2026-11-27", time: "08:00", mood: 3,
            extra: "self_care: [exercise]\n"))
        let screen = CheckinHarness.open(journal)
        try shellCheckin(journal)
        // On the screen the person types only the hours of sleep, and unticks nothing.
        screen.press(.tab)
        screen.press(.tab)
        screen.type("6")
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let entry = try saved(journal)
        #expect(entry.mood == 7)
        #expect(entry.energy == 4)
        #expect(entry.sleepHours == 6)
        #expect(entry.selfCare == ["exercise", "reading"])
        #expect(entry.wins == ["sent the form"])
    }

    @Test func aFieldThePersonChangedOnTheScreenWinsOnlyThatField() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, Self.path, CheckinHarness.checkin(day: "2026-11-27", time: "08:00", mood: 3))
        let screen = CheckinHarness.open(journal)
        try shellCheckin(journal)
        screen.press(.left)  // mood 3 -> 2, on the screen
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let entry = try saved(journal)
        #expect(entry.mood == 2)
        #expect(entry.energy == 4)
        #expect(entry.sleepHours == 8)
    }
}
