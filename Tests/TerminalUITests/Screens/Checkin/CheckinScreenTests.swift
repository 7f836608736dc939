import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Check-in screen")
struct CheckinScreenTests {
    @Test func aFirstCheckinFitsAt80x24WithItsKeys() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        let buffer = screen.rendered(rows: 24, columns: 80)
        let text = buffer.text
        #expect(text.contains("Daily check-in"))
        #expect(text.contains("Friday 27 November 2026"))
        #expect(text.contains("Your first check-in. Welcome."))
        for label in ["Mood", "Energy", "Hours of sleep", "Looked after yourself", "Applications sent", "People contacted",
                      "Learning (sessions)", "One small win"] {
            #expect(text.contains(label), "missing \(label)")
        }
        #expect(buffer.lines[3].hasPrefix("› Mood"))  // right under the one header line and a blank row
        let footer = try #require(buffer.lines.last)
        #expect(footer.contains("Tab next"))
        #expect(footer.contains("Ctrl-S save"))
        #expect(footer.contains("Esc pause"))
        #expect(screen.draft == nil)  // nothing typed, nothing to keep
    }

    @Test func aDraftThatCouldNotBeSavedIsShownUntilOneIs() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        screen.type("7")
        #expect(screen.handle(.result(.draftFailed("Could not save your draft: the disk is full."))).isEmpty)
        #expect(screen.rendered(rows: 24, columns: 80).text.contains("the disk is full"))
        #expect(screen.handle(.result(.draftSaved)).isEmpty)
        #expect(!screen.rendered(rows: 24, columns: 80).text.contains("the disk is full"))
    }

    @Test func keysFillTheFormAndTheDraft() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        screen.type("7")
        screen.press(.tab, .right, .right)  // energy from unanswered starts in the middle (6), then 7
        screen.press(.tab)
        screen.type("6,5")
        screen.press(.tab, .character(" "), .down, .down, .character(" "), .end)
        screen.type("choir")
        screen.press(.tab)
        screen.type("2")
        screen.press(.down)  // Down moves between one-line fields
        screen.type("1")
        screen.press(.tab, .tab)
        screen.type("finished the cover letter")
        let text = screen.rendered(rows: 24, columns: 80).text
        #expect(text.contains("7 · fairly good"))
        #expect(text.contains("7 · fairly lively"))
        #expect(text.contains("exercise, reading, choir"))

        let v = screen.values
        #expect(v.mood == 7)
        #expect(v.energy == 7)
        #expect(v.sleepHours == 6.5)
        #expect(v.selfCare == ["exercise", "reading", "choir"])
        #expect(v.applications == 2)
        #expect(v.contacts == 1)
        #expect(v.learning == nil)
        #expect(v.win == "finished the cover letter")

        let draft = try #require(screen.draft)
        #expect(draft.status == "draft")
        #expect(draft.kind == .checkin)
        #expect(draft.mood == 7)
        #expect(draft.wins == ["finished the cover letter"])
        #expect(draft.id.rawValue == "2026-11-27-1405-checkin")
    }

    @Test func savingWritesOneEntryAndRemovesTheDraft() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        screen.type("4")
        try journal.store.saveDraft(try #require(screen.draft))
        let after = CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        #expect(after.isEmpty)
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-1405-checkin.md"])
        #expect(journal.read("entries/2026/11/2026-11-27-1405-checkin.md").contains("mood: 4"))
        #expect(journal.draftFiles().isEmpty)
        #expect(screen.draft == nil)
        #expect(screen.rendered().text.contains("Saved."))
        #expect(CheckinHarness.names(screen.press(.enter)) == ["pop"])
    }

    @Test func todaysEntryIsEditedAndHandWrittenTextSurvives() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/11/2026-11-27-0800-checkin.md"
        try CheckinHarness.write(journal, path, CheckinHarness.checkin(day: "2026-11-27", time: "08:00", mood: 3,
            extra: "energy: 5\nwins: [walked the dog]\nweather: grey\n") + "\n## Gratitude\nMy sister called.\n")
        let screen = CheckinHarness.open(journal)
        let text = screen.rendered(rows: 24, columns: 80).text
        #expect(text.contains("3 · low"))
        #expect(text.contains("already noted: walked the dog"))
        #expect(text.contains("changes here update that entry"))
        screen.press(.right, .right, .right, .right)  // mood 3 -> 7
        screen.press(.tab, .backspace)  // energy cleared on purpose
        CheckinHarness.run(screen.press(.control("s")), on: screen, journal: journal)
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-0800-checkin.md"])
        let saved = journal.read(path)
        #expect(saved.contains("mood: 7"))
        #expect(!saved.contains("energy:"))
        #expect(saved.contains("weather: grey"))
        #expect(saved.contains("wins: [walked the dog]"))
        #expect(saved.contains("## Gratitude\nMy sister called."))
        #expect(screen.rendered().text.contains("your check-in for the day is updated"))
    }

    @Test func aBadSleepValueIsExplainedNotSaved() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        screen.press(.tab, .tab)
        screen.type("lots")
        screen.press(.tab, .tab)
        #expect(screen.press(.control("s")).isEmpty)
        #expect(screen.focusedStop == .field(2))
        #expect(screen.rendered().text.contains("Hours of sleep needs a number from 0 to 24"))
        #expect(journal.entryFiles().isEmpty)
    }

    @Test func escapeKeepsADraftOnlyWhenSomethingChanged() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        #expect(CheckinHarness.names(CheckinHarness.open(journal).press(.escape)) == ["pop"])
        let screen = CheckinHarness.open(journal)
        screen.type("5")
        #expect(CheckinHarness.names(screen.press(.escape)) == ["saveDraft", "pop"])
    }

    @Test func aDraftIsPickedUpAgain() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let first = CheckinHarness.open(journal)
        first.type("8")
        first.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)
        first.type("asked for a referral")
        try journal.store.saveDraft(try #require(first.draft))  // what the loop's autosave does before a crash

        let again = CheckinHarness.open(journal, now: LocalTimestamp(day: testNow.day, hour: 16, utcOffset: 3600))
        #expect(again.values.mood == 8)
        #expect(again.values.win == "asked for a referral")
        #expect(again.rendered().text.contains("Welcome back. The last few seconds of typing may be missing."))
        #expect(again.draft?.id == first.draft?.id)  // the same draft file, not a second one
    }

    @Test func theSaveLineIsNotHiddenByTheStatusLine() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-27-0800-checkin.md", CheckinHarness.checkin(day: "2026-11-27"))
        let screen = CheckinHarness.open(journal)
        for _ in 0..<8 { screen.press(.tab) }
        #expect(screen.focusedStop == .field(8))
        let lines = screen.rendered(rows: 30, columns: 100).lines
        #expect(lines[28].contains("changes here update that entry"))
        #expect(lines.contains { $0.contains("[ Save changes ]") })
    }
}
