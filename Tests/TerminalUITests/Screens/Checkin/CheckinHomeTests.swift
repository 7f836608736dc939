import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("Check-in from the home screen and the app loop")
struct CheckinHomeTests {
    @Test func theMenuOpensTheCheckin() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        #expect(!home.rendered().text.contains("Daily check-in  (coming soon)"))
        home.press(.down)
        #expect(CheckinHarness.names(home.press(.enter)) == ["open"])
    }

    @Test func aCheckinDraftIsOfferedOnTheHomeScreen() throws {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        let draft = Entry(id: EntryID("2026-11-27-1405-checkin"), kind: .checkin, created: testNow)
        _ = home.handle(.result(.checkinDraft(CheckinDraftFound(entry: draft))))
        let text = home.rendered().text
        #expect(text.contains("A check-in you started is waiting."))
        #expect(text.contains("r resume"))
        #expect(CheckinHarness.names(home.press(.character("r"))) == ["open"])
        home.press(.character("x"))
        #expect(home.rendered().text.contains("Discard it?"))
        #expect(CheckinHarness.names(home.press(.character("y"))) == ["discardDraft"])
        #expect(!home.rendered().text.contains("A check-in you started is waiting."))
    }

    @Test func theLoopSavesTheCheckinAndHomeShowsItDone() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var idle = 0
        // Stop only once the keys are used up and the screen has been drawn again.
        let terminal = IdleScriptedTerminal(rows: 24, columns: 80) {
            idle += 1
            return idle > 1 ? .terminate : nil
        }
        let app = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date },
                      timeZone: TimeZone(secondsFromGMT: 3600)!)
        terminal.buffer.enqueue(keys: [.down, .enter])
        terminal.buffer.type("6")
        terminal.buffer.enqueue(keys: [.control("s"), .enter])
        #expect(app.run(.home) == .terminated)
        #expect(journal.entryFiles() == ["2026/11/2026-11-27-1405-checkin.md"])
        #expect(journal.draftFiles().isEmpty)
        #expect(terminal.buffer.text.contains("Today's check-in: done · mood 6/10"))
    }

    @Test func aCheckinLeftMidwayIsKeptAsADraft() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 24, columns: 80)
        let app = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date },
                      timeZone: TimeZone(secondsFromGMT: 3600)!)
        terminal.type("3")
        terminal.enqueue(keys: [.tab])
        terminal.enqueue(.terminate)  // SIGTERM mid-check-in
        #expect(app.run(.screen { CheckinScreen.make($0) }) == .terminated)
        #expect(journal.entryFiles().isEmpty)
        let draft = try #require(journal.store.drafts().first)
        #expect(draft.kind == .checkin)
        #expect(draft.mood == 3)
    }
}
