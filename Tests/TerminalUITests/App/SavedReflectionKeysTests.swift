import Foundation
import JournalCore
import Testing
@testable import TerminalUI

@Suite("After saving a reflection, home means home")
struct SavedReflectionKeysTests {
    private static let zone = TimeZone(secondsFromGMT: 3600)!

    /// One open application, Globex.
    private func seed(_ journal: TempJournal) throws {
        try ApplicationWriter(store: journal.store).add(
            ApplicationChange.new(company: "Globex", role: "Platform Engineer", applied: testNow.day.adding(days: -7), at: testNow))
    }

    /// Home -> Applications -> x y (this one said no) -> through the steps -> saved; then `after`.
    /// Returns the screen's text after those keys, and the saved page's footer.
    private func saidNoThenSaved(_ journal: TempJournal, then after: [Key]) -> (text: String, savedPage: String) {
        let terminal = TurnTerminal(rows: 24, columns: 80)
        terminal.press(Array(repeating: .down, count: HomeMenuItem.allCases.firstIndex(of: .applications)!) + [.enter])
        terminal.press(.character("x"), .character("y"))
        terminal.press(Array(repeating: .control("n"), count: 10) + [.enter])
        var savedPage = "", text = ""
        var turn = 0
        terminal.onTurn = { [unowned terminal] in
            turn += 1
            if turn == 1 {
                savedPage = terminal.buffer.text
                terminal.press(after)
                return terminal.events.isEmpty ? nil : terminal.events.removeFirst()
            }
            text = terminal.buffer.text
            return .terminate
        }
        App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date }, timeZone: Self.zone).run(.home)
        return (text, savedPage)
    }

    @Test func enterAfterSavingFromApplicationsGoesHome() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try seed(journal)
        let (text, savedPage) = saidNoThenSaved(journal, then: [.enter])
        #expect(savedPage.contains("Your reflection is in"), "\(savedPage)")
        #expect(savedPage.contains("Enter home · a back to applications · q quit"), "\(savedPage)")
        #expect(text.contains("› Applications") && text.contains("Today's check-in:"), "\(text)")
        #expect(text.contains("Saved to entries/2026/11/"), "\(text)")
        #expect(!text.contains("Platform Engineer"), "\(text)")
    }

    @Test func anyOtherKeyGoesHomeToo() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try seed(journal)
        let (text, _) = saidNoThenSaved(journal, then: [.character("z")])
        #expect(text.contains("Today's check-in:"), "\(text)")
    }

    @Test func aGoesBackToTheApplicationsList() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try seed(journal)
        let (text, _) = saidNoThenSaved(journal, then: [.character("a")])
        #expect(text.contains("Applications") && text.contains("Globex"), "\(text)")
        #expect(text.contains("closed (1)"), "\(text)")
        #expect(!text.contains("Today's check-in:"), "\(text)")
    }

    @Test func aReflectionStartedFromTheCommandLineGoesHomeInsteadOfEnding() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let terminal = TurnTerminal(rows: 24, columns: 80)
        for character in "Acme" { terminal.press(.character(character)) }
        terminal.press(Array(repeating: .control("n"), count: 10) + [.enter])
        var savedPage = "", text = ""
        var turn = 0
        terminal.onTurn = { [unowned terminal] in
            turn += 1
            if turn == 1 { savedPage = terminal.buffer.text; return .key(.enter) }
            text = terminal.buffer.text
            return .terminate
        }
        let ending = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date },
                         timeZone: Self.zone).run(.reflection)
        #expect(ending == .terminated)
        // No application: no key for the Applications list.
        #expect(savedPage.contains("Enter home · q quit"), "\(savedPage)")
        #expect(text.contains("› Reflect on a rejection") && text.contains("Saved to entries/2026/11/2026-11-27-1405-reflection-acme.md."), "\(text)")
    }

    @Test func fromTheCommandLinesCloseAndReflectAOpensTheListOverHome() throws {
        // `onward app close X --reflect`: the reflection is the only screen; a leads to the list,
        // with home under it, so Esc there goes home rather than ending onward.
        let journal = TempJournal()
        defer { journal.cleanUp() }
        try seed(journal)
        let globex = try #require(journal.store.load().entries.first)
        let answers = ApplicationReflection.answers(for: ApplicationRecord(globex), rejectedOn: testNow.day)
        let terminal = TurnTerminal(rows: 24, columns: 80)
        terminal.press(Array(repeating: .control("n"), count: 10) + [.enter, .character("a")])
        var list = "", afterEsc = ""
        var turn = 0
        terminal.onTurn = { [unowned terminal] in
            turn += 1
            if turn == 1 { list = terminal.buffer.text; return .key(.escape) }
            afterEsc = terminal.buffer.text
            return .terminate
        }
        let ending = App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date },
                         timeZone: Self.zone).run(.request(.newReflection(starting: answers)))
        #expect(ending == .terminated)
        #expect(list.contains("Applications") && list.contains("Globex"), "\(list)")
        #expect(afterEsc.contains("Today's check-in:"), "\(afterEsc)")
    }
}
