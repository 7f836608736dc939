import Testing
import JournalCore
@testable import TerminalUI

@Suite("The next reflection opens with the setback plan")
struct SetbackReminderTests {
    @Test func aNewReflectionShowsWhatTheLastOnePlannedAt80x24() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try CheckinHarness.write(journal, "entries/2026/11/2026-11-20-1000-reflection-acme.md",
            "---\nid: x\nkind: reflection\ncreated: 2026-11-20T10:00:00+01:00\ncompany: Acme\n---\n# Acme\n\n## Next time\n- Take a walk before I reply\n- Tell Sam \u{1B}[31m\n")
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        let text = terminal.text
        #expect(text.contains("Last time you planned: Take a walk before I reply; Tell Sam"))
        // Text from the file is never sent raw to the terminal.
        #expect(!text.contains("\u{1B}"))
    }

    @Test func withoutAnEarlierPlanNothingIsSaid() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        #expect(!terminal.text.contains("Last time you planned"))
        #expect(terminal.text.contains("What happened"))
    }
}
