import Foundation
import Testing
import JournalCore
@testable import TerminalUI

/// The screen acts on the file as it is when the key is pressed, and an answer being typed in a
/// prompt is kept like any other writing.
@Suite("Applications screen: facts of now, answers kept")
struct ApplicationsActNowTests {
    let base = ApplicationsScreenTests()

    // MARK: X1: m on what changed meanwhile

    @Test func nextStageOnOneClosedMeanwhileChangesNothingAndSaysSo() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        let screen = try base.seeded(journal)
        let globex = try #require(screen.selected)
        #expect(globex.isOpen)
        screen.press(.character("m"))
        // The command line withdraws it while the question is open.
        _ = try ApplicationWriter(store: journal.store).close(globex.relativePath, as: .withdrawn, on: testNow.day, note: nil, at: testNow)
        let before = journal.read(globex.relativePath)
        base.run(screen.press(.enter), on: screen, ctx)
        #expect(journal.read(globex.relativePath) == before, "a withdrawn application is not moved on")
        #expect(screen.notice == "Globex, Platform Engineer was closed meanwhile (withdrawn), so nothing was changed.")
        #expect(screen.prompt == nil)
        #expect(screen.selected?.outcome == .withdrawn, "the list shows it as it is now")
    }

    @Test func nextStageOnOneMovedMeanwhileWritesNoSecondLine() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        let screen = try base.seeded(journal)
        let globex = try #require(screen.selected)
        #expect(globex.stage == .interview)
        // The screen read it at interview; the command line moves it on before m.
        _ = try ApplicationWriter(store: journal.store).move(globex.relativePath, to: .finalInterview, on: testNow.day, note: nil, at: testNow)
        let before = journal.read(globex.relativePath)
        screen.press(.character("m"))
        #expect(screen.rendered().text.contains("Reached final interview on:"))
        base.run(screen.press(.enter), on: screen, ctx)
        let after = journal.read(globex.relativePath)
        #expect(after == before, "no duplicate stage line")
        #expect(after.components(separatedBy: "final-interview").count == 3, "the front matter's stage and one timeline line")
        #expect(screen.notice == "Globex, Platform Engineer reached final interview meanwhile, so nothing was written; m moves it on from there.")
        // m now asks about the stage after the one on the file.
        screen.press(.character("m"))
        #expect(screen.rendered().text.contains("Reached offer stage on:"))
        base.run(screen.press(.enter), on: screen, ctx)
        #expect(screen.selected?.stage == .offer)
    }

    @Test func theWriterDecidesOnTheFileAsItIs() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let writer = ApplicationWriter(store: journal.store)
        let saved = try writer.add(ApplicationChange.new(company: "Acme", role: "Dev", applied: testNow.day, at: testNow))
        let path = saved.relativePath
        guard case .moved(let moved) = try writer.move(path, to: .screen, on: testNow.day, note: nil, at: testNow) else {
            Issue.record("an open application at applied moves on"); return
        }
        #expect(moved.stage == .screen)
        let once = journal.read(path)
        guard case .reachedAlready = try writer.move(path, to: .screen, on: testNow.day, note: nil, at: testNow) else {
            Issue.record("the same stage twice is not written twice"); return
        }
        guard case .reachedAlready = try writer.move(path, to: .applied, on: testNow.day, note: nil, at: testNow) else {
            Issue.record("an earlier stage is reached already"); return
        }
        #expect(journal.read(path) == once)
        _ = try writer.close(path, as: .rejected, on: testNow.day, note: nil, at: testNow)
        let closed = journal.read(path)
        guard case .closed(let r) = try writer.move(path, to: .interview, on: testNow.day, note: nil, at: testNow) else {
            Issue.record("a closed application is not moved on"); return
        }
        #expect(r.outcome == .rejected)
        #expect(journal.read(path) == closed)
    }

    @Test func anAnswerGoesToTheApplicationItWasAskedAboutEvenIfTheListMoves() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        let screen = try base.seeded(journal)
        let globex = try #require(screen.selected)
        screen.press(.character("n"))
        screen.type("asked about the team")
        // Globex's file is gone meanwhile (moved by hand): the reload selects another row.
        try FileManager.default.removeItem(atPath: journal.root + "/" + globex.relativePath)
        base.run([.perform { ctx in .applications(ApplicationsReload(records: ApplicationsScreen.records(ctx.store), notice: nil, select: nil)) }],
                 on: screen, ctx)
        #expect(screen.selected?.id != globex.id)
        let others = try journal.store.load().entries.filter { $0.entry.kind == .application }.map { journal.read($0.relativePath) }
        base.run(screen.press(.enter), on: screen, ctx)
        #expect(try journal.store.load().entries.filter { $0.entry.kind == .application }.map { journal.read($0.relativePath) } == others,
                "the note went to no other application")
        #expect(screen.prompt?.field.text == "asked about the team", "refused, the answer stays in its prompt")
    }

    // MARK: W2: a prompt's answer is kept

    @Test func aPromptIsWritingItsAnswerIsADraftAndComesBack() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        let screen = try base.seeded(journal)
        #expect(!screen.keepsDraft && !screen.takesTypedText && screen.draft == nil)
        screen.press(.character("f"))
        screen.type("quiet: they chose someone with more Go")
        #expect(screen.keepsDraft && screen.takesTypedText)
        #expect(screen.prompt?.field.text == "quiet: they chose someone with more Go", "q is a letter in a prompt, not back")
        _ = screen.paste("\nSecond line of the email.")
        let draft = try #require(screen.draft)
        try journal.store.saveDraft(draft)

        // As after kill -9: a new screen offers it back, on the same application.
        let again = ApplicationsScreen.open(ctx) as! ApplicationsScreen
        #expect(again.prompt?.purpose == .feedback)
        #expect(again.prompt?.answer == "quiet: they chose someone with more Go\nSecond line of the email.")
        #expect(again.selected?.company == "Globex")
        #expect(again.rendered().text.contains("Your unsaved answer about Globex"))
        base.run(again.press(.enter), on: again, ctx)
        let file = journal.read(try #require(again.selected?.relativePath))
        #expect(file.contains("quiet: they chose someone with more Go\nSecond line of the email."))
        #expect(journal.store.draft(ApplicationPromptDraft.id) == nil, "removed once saved")
    }

    @Test(arguments: [ApplicationPrompt.Purpose.company, .role(company: "Hooli"), .moveDate(.offer), .event, .note, .feedback])
    func everyTypedPromptRoundTripsThroughItsDraft(purpose: ApplicationPrompt.Purpose) throws {
        var prompt = ApplicationPrompt(purpose: purpose)
        _ = prompt.takePaste("## not a heading ⏎ and > a quote")
        let entry = try #require(ApplicationPromptDraft.entry(prompt, application: EntryID("2026-11-27-1405-application-acme"), today: testNow.day))
        let decoded = try #require(try? EntryCodec.decode(EntryCodec.encode(entry)))
        let back = try #require(ApplicationPromptDraft.prompt(from: decoded))
        #expect(back.prompt.purpose == purpose)
        #expect(back.prompt.field.text == prompt.field.text)
        #expect(ApplicationPromptDraft.entry(ApplicationPrompt(purpose: .saidNo), application: nil, today: testNow.day) == nil)
    }

    @Test func escapeMovesTheDraftToTheTrashAndAnEmptyEnterRemovesIt() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        let screen = try base.seeded(journal)
        screen.press(.character("e"))
        screen.type("recruiter called")
        try journal.store.saveDraft(try #require(screen.draft))
        base.run(screen.press(.escape), on: screen, ctx)
        #expect(journal.store.draft(ApplicationPromptDraft.id) == nil)
        let trash = (try? FileManager.default.contentsOfDirectory(atPath: journal.root + "/.onward/trash")) ?? []
        #expect(trash.contains { $0.hasPrefix("applications-prompt") }, "a cancelled answer can be brought back by hand")

        screen.press(.character("n"))
        try journal.store.saveDraft(try #require(screen.draft))
        base.run(screen.press(.enter), on: screen, ctx)
        #expect(screen.notice == "Nothing written.")
        #expect(journal.store.draft(ApplicationPromptDraft.id) == nil)
    }

    @Test func aDraftAboutAnApplicationNoLongerListedStaysAndIsNamed() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let ctx = base.context(journal)
        var prompt = ApplicationPrompt(purpose: .note)
        _ = prompt.takePaste("kept words")
        try journal.store.saveDraft(try #require(ApplicationPromptDraft.entry(prompt, application: EntryID("2026-11-01-0900-application-gone"), today: testNow.day)))
        _ = try base.seeded(journal)
        let screen = ApplicationsScreen.open(ctx) as! ApplicationsScreen
        #expect(screen.prompt == nil, "never offered on another application")
        #expect(screen.notice?.contains(".onward/drafts/applications-prompt.md") == true)
        #expect(journal.store.draft(ApplicationPromptDraft.id) != nil)
    }

    // MARK: W2 in the loop: Ctrl-C, a closed window, a window too small

    /// Applications at 30x100 with Globex selected, `f` pressed, then `script` run turn by turn.
    func runApp(_ journal: TempJournal, typing: String, then last: [InputEvent], resizeTo small: Size? = nil) -> App.Ending {
        let terminal = TurnTerminal(rows: 30, columns: 100)
        terminal.press(.character("f"))
        var turns = 0
        terminal.onTurn = {
            turns += 1
            if turns == 1 {
                if let small { terminal.buffer.resize(to: small, queueEvent: false) }
                terminal.events += typing.map { .key(.character($0)) } + last
                return small.map { .resize($0) }
            }
            return .terminate
        }
        return App(terminal: terminal, store: journal.store, guide: Guide.builtIn(), clock: { testNow.date })
            .run(.screen(ApplicationsScreen.open))
    }

    @Test func controlCSaysTheAnswerIsKeptAndKeepsIt() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try base.seeded(journal)
        #expect(runApp(journal, typing: "they liked the demo", then: [.key(.control("c")), .key(.control("c"))]) == .quit)
        let draft = try #require(journal.store.draft(ApplicationPromptDraft.id))
        #expect(ApplicationPromptDraft.prompt(from: draft)?.prompt.answer == "they liked the demo")
    }

    @Test func closingTheWindowKeepsTheAnswer() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try base.seeded(journal)
        #expect(runApp(journal, typing: "call on Friday", then: [.terminate]) == .terminated)
        let draft = try #require(journal.store.draft(ApplicationPromptDraft.id))
        #expect(ApplicationPromptDraft.prompt(from: draft)?.prompt.answer == "call on Friday")
    }

    @Test func qTypedIntoATooSmallWindowIsALetterNotAQuit() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try base.seeded(journal)
        #expect(runApp(journal, typing: "quiet", then: [], resizeTo: Size(rows: 8, columns: 30)) == .terminated, "q did not quit")
        let draft = try #require(journal.store.draft(ApplicationPromptDraft.id))
        #expect(ApplicationPromptDraft.prompt(from: draft)?.prompt.answer == "quiet")
    }
}
