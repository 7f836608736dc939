import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Check-in streak, goals and follow-ups")
struct CheckinStreakAndGoalsTests {
    private func day(_ text: String) -> LocalDay { LocalDay(parsing: text)! }

    @Test func theStreakIsToldKindly() {
        let today = day("2026-11-27")
        #expect(StreakMessage.text(otherDays: [], day: today) == "Your first check-in. Welcome.")
        #expect(StreakMessage.text(otherDays: [day("2026-11-25"), day("2026-11-26")], day: today) == "3 days in a row, counting today.")
        let afterAGap = StreakMessage.text(otherDays: [day("2026-11-20"), day("2026-11-21")], day: today)
        #expect(afterAGap == "Welcome back. Good to see you.")
        for word in ["missed", "broke", "lost", "failed"] { #expect(!afterAGap.lowercased().contains(word)) }
        // Across a month end, and ignoring a check-in dated after the day.
        #expect(StreakMessage.text(otherDays: [day("2026-11-30"), day("2026-12-02")], day: day("2026-12-01")) == "2 days in a row, counting today.")
    }

    @Test func streakShowsOnScreenUnlessHidden() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-26-0900-checkin.md", CheckinHarness.checkin(day: "2026-11-26"))
        #expect(CheckinHarness.open(journal).rendered().text.contains("2 days in a row, counting today."))
        let hidden = CheckinHarness.open(journal, showStreak: false).rendered().text
        #expect(!hidden.contains("in a row"))
        #expect(!hidden.contains("Welcome back"))
    }

    @Test func weeklyGoalsCountWhatIsTypedToday() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-24-1000-reflection-acme.md",
            "---\nid: x\nkind: reflection\ncreated: 2026-11-24T10:00:00+01:00\ncompany: Acme\ngoal_applications: 5\ngoal_contacts: 2\n---\n# Acme\n")
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-25-0900-checkin.md",
            CheckinHarness.checkin(day: "2026-11-25", extra: "applications: 3\ncontacts: 1\n"))
        // Today's saved entry is replaced by what the form says, not counted twice.
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-27-0800-checkin.md",
            CheckinHarness.checkin(day: "2026-11-27", extra: "applications: 1\n"))
        let screen = CheckinHarness.open(journal)
        #expect(screen.rendered().text.contains("Applications this week: 4 of 5 · people contacted: 1 of 2"))
        screen.press(.tab, .tab, .tab, .tab)
        screen.type("2")
        #expect(screen.rendered().text.contains("Applications this week: 5 of 5"))
    }

    @Test func dueFollowUpsCanBeMarkedDone() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let path = "entries/2026/11/2026-11-20-1000-reflection-acme.md"
        try CheckinHarness.write(journal, path,
            "---\nid: x\nkind: reflection\ncreated: 2026-11-20T10:00:00+01:00\ncompany: Acme\nfollow_up: 2026-11-26\nfollow_up_note: ask Acme for feedback\nmood_extra: kept\n---\n# Acme\n\n## Lessons\n- breathe\n")
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-21-1000-reflection-globex.md",
            "---\nid: y\nkind: reflection\ncreated: 2026-11-21T10:00:00+01:00\ncompany: Globex\nfollow_up: 2026-12-04\nfollow_up_note: not yet\n---\n# Globex\n")
        let screen = CheckinHarness.open(journal)
        for _ in 0..<7 { screen.press(.tab) }
        #expect(screen.focusedStop == .followUps)
        var text = screen.rendered().text
        #expect(text.contains("Follow-ups you planned"))
        #expect(text.contains("[ ] ask Acme for feedback · was due Thu 26 Nov"))
        #expect(!text.contains("not yet"))
        CheckinHarness.run(screen.press(.character(" ")), on: screen, journal: journal)
        text = screen.rendered().text
        #expect(text.contains("[x] ask Acme for feedback · done"))
        let saved = journal.read(path)
        #expect(saved.contains("follow_up_done: true"))
        #expect(saved.contains("mood_extra: kept"))
        #expect(saved.contains("## Lessons\n- breathe"))
        #expect(journal.entryFiles().count == 2)  // no check-in was written by this
    }
}
