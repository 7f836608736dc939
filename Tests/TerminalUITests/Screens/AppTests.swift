import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("App loop with a real journal folder")
struct AppTests {
    @Test func completeReflectionIsSavedAndTheDraftRemoved() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        let clock = TestClock()
        let app = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { clock.now },
                      timeZone: TimeZone(secondsFromGMT: 3600)!)
        terminal.type("Acme")
        terminal.enqueue(keys: [.tab])
        terminal.type("Backend Engineer")
        terminal.enqueue(keys: Array(repeating: .control("n"), count: 10) + [.enter])
        terminal.enqueue(.terminate)
        #expect(app.run(.reflection) == .terminated)
        let files = journal.entryFiles()
        #expect(files == ["2026/11/2026-11-27-1405-reflection-acme.md"])
        let text = journal.read("entries/" + files[0])
        #expect(text.contains("company: Acme"))
        #expect(text.contains("# Acme, Backend Engineer"))
        #expect(!text.contains("status: draft"))
        #expect(journal.draftFiles().isEmpty)
    }

    @Test func homeSaysWhereTheReflectionWasSaved() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var idleCalls = 0
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) {
            idleCalls += 1
            return idleCalls == 1 ? nil : .terminate
        }
        terminal.buffer.enqueue(keys: [.enter])  // Reflect on a rejection
        terminal.buffer.type("Acme")
        terminal.buffer.enqueue(keys: Array(repeating: .control("n"), count: 10) + [.enter, .enter])
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date },
            timeZone: TimeZone(secondsFromGMT: 3600)!).run(.home)
        #expect(terminal.buffer.text.contains("Saved to entries/2026/11/2026-11-27-1405-reflection-acme.md."))
        #expect(terminal.buffer.text.contains("› Reflect on a rejection"))
    }

    @Test func terminationMidStepKeepsADraftThatResumes() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        let app = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date })
        terminal.type("Ünïcorn 🦄")
        terminal.enqueue(.terminate)
        #expect(app.run(.reflection) == .terminated)
        #expect(journal.draftFiles().count == 1)
        #expect(journal.entryFiles().isEmpty)

        let again = ScreenBuffer(rows: 30, columns: 100)
        again.enqueue(.terminate)
        App(terminal: again, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.home)
        #expect(again.text.contains("An unfinished reflection (Ünïcorn 🦄) is waiting."))
    }

    @Test func typingIsSavedAfterAPauseWithoutAStepChange() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let clock = TestClock()
        var draftCompanyBeforeStop: String?
        var idleCalls = 0
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) {
            idleCalls += 1
            if idleCalls == 1 { clock.advance(2); return nil }  // a pause in typing
            draftCompanyBeforeStop = journal.store.drafts().first?.company
            return .terminate
        }
        terminal.buffer.type("Acme")
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { clock.now }).run(.reflection)
        #expect(draftCompanyBeforeStop == "Acme")
    }

    @Test func aPasteIsDrawnOnceNotOncePerKey() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        terminal.type(String(repeating: "word ", count: 200))
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        #expect(terminal.flushCount <= 3)
    }

    @Test func tooSmallTerminalSaysSo() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 8, columns: 30)
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.home)
        #expect(terminal.text.contains("Terminal too small"))
    }

    @Test func keysTypedWhileTheWindowIsTooSmallAreKept() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 8, columns: 30)
        terminal.type("Tiny Acme")
        terminal.enqueue(.terminate)
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        #expect(terminal.text.contains("Terminal too small"))
        #expect(journal.store.drafts().first?.company == "Tiny Acme")
    }

    @Test func commandsDoNothingUnseenWhileTheWindowIsTooSmall() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try ApplicationWriter(store: journal.store).add(ApplicationChange.new(company: "Tinyco", role: "Dev", applied: testNow.day, at: testNow))
        let terminal = ScreenBuffer(rows: 8, columns: 30)
        // On the Applications list, x then y would close it as said no: unseen, neither acts; q leaves.
        // (The arrow keeps the burst from being read as a paste, which a list ignores anyway.)
        terminal.enqueue(keys: [.down, .character("x"), .character("y"), .enter, .character("q")])
        terminal.enqueue(.terminate)
        #expect(App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.screen(ApplicationsScreen.open)) == .quit)
        #expect(terminal.text.contains("press q to quit"))
        let file = try #require(journal.store.load().entries.first { $0.entry.kind == .application })
        #expect(file.entry.outcome == .open, "nothing was closed unseen")
        #expect(journal.store.drafts().isEmpty, "no reflection was started")
    }

    @Test func controlCTwiceLeavesAndKeepsTheDraft() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = ScreenBuffer(rows: 30, columns: 100)
        terminal.type("Acme")
        terminal.enqueue(keys: [.control("c"), .control("c")])
        #expect(App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection) == .quit)
        #expect(journal.store.drafts().first?.company == "Acme")
    }

    @Test func controlCAsksBeforeLeaving() {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        var idleCalls = 0
        // Stop only after the loop has drawn what the keys led to.
        let terminal = IdleScriptedTerminal(rows: 30, columns: 100) {
            idleCalls += 1
            return idleCalls == 1 ? nil : .terminate
        }
        terminal.buffer.type("Acme")
        terminal.buffer.enqueue(keys: [.control("c")])
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }).run(.reflection)
        #expect(terminal.buffer.text.contains("Leave onward?"))
        #expect(terminal.buffer.text.contains("Your draft is saved"))
    }
}
