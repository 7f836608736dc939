import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// Opening the check-in again the same day: the morning's note is there to edit, saving replaces
/// it field-wise, and "Your first check-in" is said only the first time.
@Suite("Check-in again the same day")
struct CheckinSameDayNoteTests {
    static let path = "entries/2026/11/2026-11-27-0800-checkin.md"
    static let sizes = [24 * 1000 + 80, 20 * 1000 + 60, 16 * 1000 + 50]

    func writeMorning(_ journal: TempJournal, note: String = "Slept badly.\n\nBut the walk helped.") throws {
        try CheckinHarness.write(journal, Self.path, CheckinHarness.checkin(day: "2026-11-27", time: "08:00", mood: 4)
            + "\n## Note\n\(note)\n\n## Gratitude\nMy sister called.\n")
    }

    func focusNote(_ screen: CheckinScreen) throws {
        let note = try #require(screen.fields.firstIndex { $0.id == .note })
        for _ in 0..<20 where screen.focusedStop != .field(note) { screen.press(.tab) }
        try #require(screen.focusedStop == .field(note))
    }

    @Test(arguments: sizes)
    func theMorningsNoteIsShownToEdit(packed: Int) throws {
        let size = Size(rows: packed / 1000, columns: packed % 1000)
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeMorning(journal)
        let screen = CheckinHarness.open(journal)
        try focusNote(screen)
        let text = screen.rendered(rows: size.rows, columns: size.columns).text
        #expect(text.contains("Slept badly."), "\(text)")
        #expect(text.contains("But the walk helped."), "\(text)")
        #expect(!text.contains("Your first check-in"), "\(text)")
    }

    @Test func editingTheNoteReplacesItAndKeepsTheRest() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeMorning(journal)
        let screen = CheckinHarness.open(journal)
        try focusNote(screen)
        // Ctrl-U clears the last line; a new one takes its place.
        screen.press(.control("u"))
        screen.type("The evening was calmer.")
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = journal.read(Self.path)
        #expect(saved.contains("## Note\nSlept badly.\n\nThe evening was calmer.\n"), "\(saved)")
        #expect(!saved.contains("But the walk helped."))
        #expect(saved.contains("## Gratitude\nMy sister called."))
        #expect(saved.contains("mood: 4"))
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-0800-checkin.md"])
    }

    @Test func anUntouchedNoteLeavesANoteWrittenMeanwhileAlone() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeMorning(journal)
        let screen = CheckinHarness.open(journal)
        screen.press(.right)  // mood 4 -> 5
        // Meanwhile `onward checkin --note` adds to the day's note.
        _ = try CheckinUpdate.save(CheckinValues(note: "Added from the shell."), in: journal.store, day: testNow.day,
                                   at: testNow, now: testNow)
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = journal.read(Self.path)
        #expect(saved.contains("mood: 5"))
        #expect(saved.contains("But the walk helped.\n\nAdded from the shell."), "\(saved)")
    }

    @Test func emptyingTheNoteRemovesIt() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try writeMorning(journal, note: "One line only.")
        let screen = CheckinHarness.open(journal)
        try focusNote(screen)
        screen.press(.control("u"))
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = journal.read(Self.path)
        #expect(!saved.contains("## Note"))
        #expect(!saved.contains("One line only."))
        #expect(saved.contains("## Gratitude"))
    }

    @Test func yourFirstCheckinIsSaidOnlyTheFirstTime() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let first = CheckinHarness.open(journal)
        #expect(first.rendered(rows: 24, columns: 80).text.contains("Your first check-in. Welcome."))
        first.press(.right)
        CheckinHarness.run(first.press(.control("s")), on: first, journal: journal)
        #expect(first.rendered(rows: 24, columns: 80).text.contains("Your first check-in. Welcome."))  // as it is saved
        let again = CheckinHarness.open(journal)
        let text = again.rendered(rows: 24, columns: 80).text
        #expect(!text.contains("first check-in"), "\(text)")
        again.press(.right)
        CheckinHarness.run(again.press(.control("s")), on: again, journal: journal)
        #expect(!again.rendered(rows: 24, columns: 80).text.contains("first check-in"))
    }
}
