import JournalCore
import Testing
@testable import TerminalUI

@Suite("Home screen")
struct HomeScreenTests {
    @Test func showsDateMenuAndCheckinStatus() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        let text = home.rendered().text
        #expect(text.contains("onward"))
        #expect(text.contains("Friday 27 November 2026"))
        #expect(text.contains("› Reflect on a rejection"))
        #expect(text.contains("Daily check-in"))
        #expect(text.contains("Browse entries"))
        #expect(text.contains("Insights"))
        #expect(text.contains("Quit"))
        #expect(text.contains("Today's check-in: not yet"))
    }

    @Test func footerShowsTheKeys() throws {
        let buffer = HomeScreen(summary: HomeSummary(today: testNow.day)).rendered(rows: 24, columns: 80)
        let footer = try #require(buffer.lines.last)
        #expect(footer.contains("Enter select"))
        #expect(footer.contains("q quit"))
    }

    @Test func homeAndEndGoToTheFirstAndTheLastChoice() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        _ = home.press(.end)
        #expect(home.rendered().text.contains("› Quit"))
        guard case .quit? = home.press(.enter).first else { Issue.record("Enter on Quit should quit"); return }
        _ = home.press(.home)
        #expect(home.rendered().text.contains("› Reflect on a rejection"))
    }

    @Test func showsTodaysCheckinWhenDone() {
        var checkin = Entry(id: EntryID("2026-11-27-0900-checkin"), kind: .checkin, created: testNow)
        checkin.mood = 6
        let home = HomeScreen(summary: HomeSummary(today: testNow.day, todaysCheckin: checkin))
        #expect(home.rendered().text.contains("Today's check-in: done · mood 6/10"))
    }

    @Test func offersToResumeADraft() {
        var draft = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: testNow)
        draft.company = "Acme"
        let home = HomeScreen(summary: HomeSummary(today: testNow.day, draft: draft))
        let text = home.rendered().text
        #expect(text.contains("An unfinished reflection (Acme) is waiting."))
        #expect(text.contains("r resume"))
        let effects = home.press(.character("r"))
        guard case .show(.reflection(let resume))? = effects.first else {
            Issue.record("r should start the reflection, got \(effects)")
            return
        }
        #expect(resume?.id == draft.id)
    }

    @Test func movesSelectionAndStartsAReflection() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        home.press(.down)
        #expect(home.selection == 1)
        home.press(.up)
        let effects = home.press(.enter)
        guard case .show(.reflection(nil))? = effects.first else {
            Issue.record("Enter on the first item should start a new reflection, got \(effects)")
            return
        }
    }

    @Test func browseAndInsightsOpenTheirScreens() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        #expect(!home.rendered().text.contains("coming soon"))
        for (downs, name) in [(2, "browse"), (3, "insights")] {
            let home = HomeScreen(summary: HomeSummary(today: testNow.day))
            for _ in 0..<downs { home.press(.down) }
            let effects = home.press(.enter)
            guard case .open? = effects.first else {
                Issue.record("Enter on \(name) should open its screen, got \(effects)")
                continue
            }
        }
    }

    @Test func questionMarkShowsTheKeys() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        home.press(.character("?"))
        #expect(home.rendered().text.contains("Keys on this screen"))
        home.press(.character("x"))
        #expect(!home.rendered().text.contains("Keys on this screen"))
    }

    @Test func quitsWithQ() {
        let effects = HomeScreen(summary: HomeSummary(today: testNow.day)).press(.character("q"))
        guard case .quit? = effects.first else { Issue.record("q should quit"); return }
    }

    /// Esc twice in a hurry on a page (pause, then home) must not throw the person out of onward.
    @Test func escapeOnHomeSaysHowToLeaveInsteadOfQuitting() {
        let home = HomeScreen(summary: HomeSummary(today: testNow.day))
        let effects = home.press(.escape, .escape)
        #expect(!effects.contains { if case .quit = $0 { true } else { false } })
        #expect(home.rendered().text.contains("q quits onward; your drafts stay."))
    }
}

@Suite("Home screen: discarding a draft")
struct HomeDiscardTests {
    func homeWithDraft() -> (HomeScreen, Entry) {
        var draft = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: testNow)
        draft.company = "Acme"
        return (HomeScreen(summary: HomeSummary(today: testNow.day, draft: draft)), draft)
    }

    @Test func xAsksBeforeDiscarding() {
        let (home, _) = homeWithDraft()
        #expect(home.press(.character("x")).isEmpty)
        #expect(home.rendered().text.contains("Discard it? It goes to the trash folder."))
        #expect(home.press(.character("n")).isEmpty)
        #expect(home.summary.draft != nil)
    }

    @Test func yConfirms() {
        let (home, draft) = homeWithDraft()
        home.press(.character("x"))
        let effects = home.press(.character("y"))
        guard case .discardDraft(let id)? = effects.first else { Issue.record("y should discard, got \(effects)"); return }
        #expect(id == draft.id)
    }

    @Test func aDiscardedDraftGoesToTheTrash() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var draft = Entry(id: EntryID("2026-11-27-1405-reflection"), kind: .reflection, created: testNow)
        draft.company = "Acme"
        try journal.store.saveDraft(draft)
        let moved = try journal.store.discardDraft(draft.id)
        #expect(moved == ".onward/trash/2026-11-27-1405-reflection-draft.md")
        #expect(journal.draftFiles().isEmpty)
        #expect(journal.read(moved).contains("company: Acme"))
    }
}

@Suite("Home: on this day")
struct HomeOnThisDayTests {
    @Test func theMemoryShowsAsOneQuietLineAtEachSize() {
        var summary = HomeSummary(today: testNow.day, entryCount: 3)
        summary.onThisDay = "On 27 October: Led the billing migration with no downtime, and a long tail of words \u{1B}[2J"
        for (rows, columns) in [(24, 80), (20, 60), (16, 50)] {
            let buffer = HomeScreen(summary: summary).rendered(rows: rows, columns: columns)
            let lines = buffer.lines.filter { $0.contains("On 27 October: Led") }
            // One line where there is room; on a short screen the nicety is the first to give way
            // and it never covers the menu: every item stays on screen.
            #expect(rows >= 20 ? lines.count == 1 : lines.count <= 1, "at \(columns)x\(rows)")
            for item in HomeMenuItem.allCases { #expect(buffer.text.contains(item.title), "\(item.title) at \(columns)x\(rows)") }
            #expect(buffer.text.contains("Quit"))
            #expect(!buffer.text.contains("\u{1B}"))
        }
        #expect(!HomeScreen(summary: HomeSummary(today: testNow.day)).rendered(rows: 24, columns: 80).text.contains("On 27"))
    }
}
