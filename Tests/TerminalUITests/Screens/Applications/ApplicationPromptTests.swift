import Foundation
import JournalCore
import OnwardTestSupport
import Testing
@testable import TerminalUI

/// Every write fails as on a full disk.
private struct NoRoom: ForwardingFileSystem {
    var base = PosixFileSystem()
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) { throw FileSystemError(code: ENOSPC, path: path) }
    func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) { throw FileSystemError(code: ENOSPC, path: path) }
}

@Suite("Applications prompts keep what was typed")
struct ApplicationPromptTests {
    private func context(_ store: JournalStore) -> AppContext {
        AppContext(store: store, guide: Guide.builtIn(), now: testNow, terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:])
    }

    /// Runs the screen's `.perform` effects as the loop does.
    private func run(_ effects: [Effect], on screen: ApplicationsScreen, _ ctx: AppContext) {
        for case .perform(let work) in effects {
            if let result = work(ctx) { run(screen.handle(.result(result)), on: screen, ctx) }
        }
    }

    /// Globex, sent a week before the test's day; the screen over it.
    private func seeded(_ journal: TempJournal) throws -> (ApplicationsScreen, path: String) {
        let saved = try ApplicationWriter(store: journal.store).add(
            ApplicationChange.new(company: "Globex", role: "Platform Engineer", applied: testNow.day.adding(days: -7), at: testNow))
        return (ApplicationsScreen.open(context(journal.store)) as! ApplicationsScreen, saved.relativePath)
    }

    @Test(arguments: [
        ("2026-13-45", "That is not a date: type it as 2026-11-27."),
        ("27/11/2026", "That is not a date: type it as 2026-11-27."),
        ("2300-01-01", "That day is still to come: up to 2026-11-27."),
        ("2026-11-01", "It was sent on 2026-11-20: that day or later."),
    ])
    func aDateThatCannotBeUsedKeepsThePromptOpenWithTheText(typed: String, sentence: String) throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, path) = try seeded(journal)
        let ctx = context(journal.store)
        let before = journal.read(path)
        screen.press(.character("m"), .control("u"))
        screen.type(typed)
        run(screen.press(.enter), on: screen, ctx)
        #expect(screen.prompt?.purpose == .moveDate(.screen))
        #expect(screen.prompt?.field.text == typed)
        #expect(screen.notice == sentence)
        #expect(journal.read(path) == before)
        // The sentence and the answer are both on screen whole, down to the smallest size.
        for (rows, columns) in [(24, 80), (16, 50)] {
            let text = screen.rendered(rows: rows, columns: columns).text
            #expect(text.contains(sentence) && text.contains("Reached screening call on: " + typed), "\(text)")
        }
        // Corrected in place, it is taken.
        screen.press(.control("u"))
        screen.type("2026-11-26")
        run(screen.press(.enter), on: screen, ctx)
        #expect(screen.prompt == nil)
        #expect(screen.selected?.stage == .screen)
        #expect(screen.notice == "Globex, Platform Engineer: screening call on Thu 26 Nov.")
    }

    @Test func anEmptyCompanyKeepsTheQuestionOpen() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, _) = try seeded(journal)
        screen.press(.character("a"))
        screen.type("   ")
        screen.press(.enter)
        #expect(screen.prompt?.purpose == .company)
        #expect(screen.notice == "A company name is needed; Esc cancels.")
        screen.press(.escape)
        #expect(screen.prompt == nil && screen.notice == nil)
    }

    @Test(arguments: ["e", "n", "f", "a"])
    func anAnswerWhoseWriteFailsComesBackAsTyped(key: String) throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let (screen, path) = try seeded(journal)
        let before = journal.read(path)
        let full = context(JournalStore(root: journal.root, fileSystem: NoRoom()))
        let words = "They liked the design round; the offer went to someone internal."
        screen.press(.character(Character(key)))
        if key == "a" { screen.type("Initech"); screen.press(.enter) }
        screen.type(words)
        let purpose = screen.prompt?.purpose
        run(screen.press(.enter), on: full, screen)
        #expect(screen.prompt?.purpose == purpose)
        #expect(screen.prompt?.field.text == words)
        #expect(screen.notice?.contains("the disk is full") == true, "\(screen.notice ?? "")")
        #expect(journal.read(path) == before)
        // The reason is on screen above the question at the smallest size, with the answer under it.
        let lines = screen.rendered(rows: 16, columns: 50).lines
        let above = lines[11...13].joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(above.contains("the disk is full"), "\(lines.joined(separator: "\n"))")
        #expect(lines[14].hasSuffix("someone internal."), "\(lines[14])")
        #expect(lines[2...].contains { $0.contains("Globex") }, "the list still shows the application")
    }
}

extension ApplicationPromptTests {
    private func run(_ effects: [Effect], on ctx: AppContext, _ screen: ApplicationsScreen) { run(effects, on: screen, ctx) }
}
