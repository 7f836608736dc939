import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The check-in screen saves what the person changed into the day's file as it is at save time:
/// a note another writer added while the screen was open stays, even when the person edited
/// the note they were shown.
@Suite("Check-in screen merges with a write made while it was open")
struct CheckinMergeTests {
    static let path = "entries/2026/11/2026-11-27-0800-checkin.md"

    /// `onward checkin --note TEXT` (and other flags) from a shell, in process.
    func fromTheShell(_ journal: TempJournal, _ values: CheckinValues) throws {
        _ = try CheckinUpdate.save(values, in: journal.store, day: testNow.day, at: testNow, now: testNow)
    }

    func openOnMorning(_ journal: TempJournal) throws -> CheckinScreen {
        try fromTheShell(journal, CheckinValues(mood: 3, note: "morning note"))
        let screen = CheckinHarness.open(journal)
        let note = try #require(screen.fields.firstIndex { $0.id == .note })
        for _ in 0..<20 where screen.focusedStop != .field(note) { screen.press(.tab) }
        try #require(screen.focusedStop == .field(note))
        return screen
    }

    func savedFile(_ journal: TempJournal) throws -> String {
        let files = journal.entryFiles()
        try #require(files.count == 1, "one check-in for the day, found \(files)")
        return journal.read("entries/" + files[0])
    }

    @Test func aNoteEditedOnScreenKeepsTheParagraphTheShellAddedMeanwhile() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try openOnMorning(journal)
        try fromTheShell(journal, CheckinValues(note: "cli afternoon note"))
        screen.press(.end)
        screen.type(" plus screen words")
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = try savedFile(journal)
        #expect(saved.contains("## Note\nmorning note plus screen words\n\ncli afternoon note\n"), "\(saved)")
        #expect(saved.contains("mood: 3"))
    }

    @Test func fieldsAndWinsFromTheShellStayBesideTheScreensChanges() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = try openOnMorning(journal)
        var shell = CheckinValues(energy: 4, win: "called Sam", note: "a second thought")
        shell.sleepHours = 8
        try fromTheShell(journal, shell)
        // The person rewrites the note whole and changes the mood.
        screen.press(.control("u"))
        screen.type("a calmer evening")
        let mood = try #require(screen.fields.firstIndex { $0.id == .mood })
        for _ in 0..<20 where screen.focusedStop != .field(mood) { screen.press(.backTab) }
        screen.press(.right)
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = try savedFile(journal)
        #expect(saved.contains("mood: 4"), "\(saved)")
        #expect(saved.contains("energy: 4"))
        #expect(saved.contains("sleep_hours: 8"))
        #expect(saved.contains("called Sam"))
        // The person's replacement of the note they saw, and the shell's paragraph, both kept.
        #expect(saved.contains("## Note\na calmer evening\n\na second thought\n"), "\(saved)")
        #expect(!saved.contains("morning note"))
    }

    @Test func aCheckinTheShellMadeWhileTheScreenWasOpenOnAnEmptyDayIsAddedTo() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        let note = try #require(screen.fields.firstIndex { $0.id == .note })
        for _ in 0..<20 where screen.focusedStop != .field(note) { screen.press(.tab) }
        try fromTheShell(journal, CheckinValues(mood: 6, win: "a walk", note: "written from the shell"))
        screen.type("typed on the screen")
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        let saved = try savedFile(journal)
        // Nothing to stand beside: the shell's paragraph follows the screen's.
        #expect(saved.contains("## Note\ntyped on the screen\n\nwritten from the shell\n"), "\(saved)")
        #expect(saved.contains("mood: 6"))
        #expect(saved.contains("a walk"))
    }

    @Test func aResumedDraftKeepsAParagraphTheShellAddedBeforeTheResume() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let first = try openOnMorning(journal)
        first.press(.end)
        first.type(" plus screen words")
        try journal.store.saveDraft(try #require(first.draft))  // the loop's autosave, then a crash
        try fromTheShell(journal, CheckinValues(note: "cli afternoon note"))
        let resumed = CheckinHarness.open(journal)
        try #require(resumed.setup.draft != nil, "the draft is resumed")
        CheckinHarness.run(resumed.press(.control("s")), on: resumed, journal: journal)
        let saved = try savedFile(journal)
        #expect(saved.contains("morning note plus screen words"), "\(saved)")
        #expect(saved.contains("cli afternoon note"), "the shell's paragraph was lost:\n\(saved)")
        #expect(journal.draftFiles().isEmpty)
    }
}
