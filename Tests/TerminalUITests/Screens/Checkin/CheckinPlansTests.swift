import Testing
import JournalCore
@testable import TerminalUI

@Suite("Check-in: today's if-then plans")
struct CheckinPlansTests {
    private let path = "entries/2026/11/2026-11-20-1000-reflection-acme.md"

    private func journalWithPlans() throws -> TempJournal {
        let journal = TempJournal()
        try CheckinHarness.write(journal, path, """
            ---
            id: x
            kind: reflection
            created: 2026-11-20T10:00:00+01:00
            company: Acme
            ---
            # Acme

            ## Plans
            - When I open my laptop, I will send one application (2026-11-27)
            - When Sam replies, I will book a call (2026-11-27)
            - When it is Saturday, I will rest (2026-11-28)

            ## Lessons
            - breathe
            """ + "\n")
        return journal
    }

    private func focusPlans(_ screen: CheckinScreen) {
        for _ in 0..<12 where screen.focusedStop != .followUps { screen.press(.tab) }
    }

    @Test func plansForTodayAreAskedAndDoneIsWrittenToThatLineOnly() throws {
        let journal = try journalWithPlans()
        defer { journal.cleanUp() }
        let screen = CheckinHarness.open(journal)
        focusPlans(screen)
        #expect(screen.focusedStop == .followUps)
        var text = screen.rendered().text
        #expect(text.contains("Your plans for today"))
        #expect(text.contains("[ ] When I open my laptop, I will send one application · today"))
        #expect(text.contains("[ ] When Sam replies, I will book a call · today"))
        #expect(!text.contains("I will rest"))
        #expect(text.contains("n not today"))
        screen.press(.down)
        CheckinHarness.run(screen.press(.character(" ")), on: screen, journal: journal)
        text = screen.rendered().text
        #expect(text.contains("[x] When Sam replies, I will book a call · done"))
        #expect(text.contains("[ ] When I open my laptop, I will send one application · today"))
        let saved = journal.read(path)
        #expect(saved.contains("- When I open my laptop, I will send one application (2026-11-27)\n- [x] When Sam replies, I will book a call (2026-11-27)\n- When it is Saturday"))
        #expect(saved.contains("## Lessons\n- breathe"))
        #expect(journal.entryFiles().count == 1)
    }

    @Test func notTodayWritesNothingAndSaysNothingMore() throws {
        let journal = try journalWithPlans()
        defer { journal.cleanUp() }
        let before = journal.read(path)
        let screen = CheckinHarness.open(journal)
        focusPlans(screen)
        let effects = screen.press(.character("n"))
        #expect(effects.isEmpty)
        let text = screen.rendered().text
        #expect(text.contains("[ ] When I open my laptop, I will send one application · not today"))
        #expect(!text.lowercased().contains("streak of plans"))
        #expect(journal.read(path) == before)
    }
}
