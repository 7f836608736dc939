import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// The one way screens that depend on the journal's drafts are opened: what each request
/// gives, which draft ids are reserved, and what is said when there is nothing to open.
@Suite("Screen opener")
struct ScreenOpenerTests {
    func opener(_ journal: TempJournal) -> ScreenOpener {
        ScreenOpener(context: AppContext(store: journal.store, guide: .builtIn(), now: testNow,
                                         terminal: ScreenBuffer(rows: 24, columns: 80), environment: [:]))
    }

    func marker(_ id: EntryID, in journal: TempJournal) -> Bool {
        FileManager.default.fileExists(atPath: journal.root + "/.onward/drafts/.\(id.rawValue).reserved")
    }

    @Test func homeOpensWithNothingReserved() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        guard case .screen(let screen, let reserved) = opener(journal).open(.home) else { Issue.record("no screen"); return }
        #expect(screen is HomeScreen)
        #expect(reserved == nil)
    }

    @Test func aReflectionWithNoDraftWaitingIsNewAndReservesItsID() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        guard case .screen(let screen, let reserved?) = opener(journal).open(.reflection(resume: nil)) else { Issue.record("nothing reserved"); return }
        let reflection = try #require(screen as? ReflectionScreen)
        #expect(reflection.draftID == reserved)
        #expect(marker(reserved, in: journal))
    }

    @Test func waitingDraftsAreOfferedBeforeANewReflection() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let waiting = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 5)
        guard case .screen(let screen, let reserved) = opener(journal).open(.reflection(resume: nil)) else { Issue.record("no screen"); return }
        #expect((screen as? DraftChoiceScreen)?.drafts.map(\.id) == [waiting.id])
        #expect(reserved == nil)
    }

    @Test func aFilledInReflectionNeverTakesAWaitingDraftsID() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        // Started in the test clock's minute: a fresh id made from the time alone would be this one.
        let waiting = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 5)
        var answers = ReflectionAnswers()
        answers.company = "Globex"
        guard case .screen(let screen, let reserved?) = opener(journal).open(.newReflection(starting: answers)) else {
            Issue.record("nothing reserved"); return
        }
        let reflection = try #require(screen as? ReflectionScreen)
        #expect(reflection.answers.company == "Globex")
        #expect(reflection.draftID == reserved)
        #expect(reserved != waiting.id)
    }

    @Test func aDraftSavedAlreadyIsSaidAndNotOpened() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let draft = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 1)
        // Stopped between writing the entry and removing the draft: the draft names its entry.
        var finished = draft
        finished.extraFields.removeAll()
        finished.id = EntryID("2026-11-27-1401-reflection-acme")
        let stored = try journal.store.create(finished)
        try journal.store.saveDraft(DraftLink.marking(draft, savedAs: stored.relativePath))
        let marked = try #require(journal.store.drafts().first)
        guard case .notice(let sentence) = opener(journal).open(.reflection(resume: marked)) else { Issue.record("opened a screen"); return }
        #expect(sentence.hasPrefix("That reflection was saved already, as \(stored.relativePath)"))
        #expect(journal.draftFiles().isEmpty)
    }

    @Test func anUnknownExerciseIsSaidInOneSentence() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        guard case .notice(let sentence) = opener(journal).open(.exercise(name: "no-such\u{1B}[2J", resume: nil)) else {
            Issue.record("opened a screen"); return
        }
        #expect(sentence == "There is no exercise called no-such^[[2J in this guide set.")
    }

    @Test func aNewExerciseReservesItsID() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        guard case .screen(let screen, let reserved?) = opener(journal).open(.exercise(name: "kinder-letter", resume: nil)) else {
            Issue.record("nothing reserved"); return
        }
        #expect((screen as? ReflectionScreen)?.draftID == reserved)
        #expect(marker(reserved, in: journal))
    }

    @Test func theLoopStartsAFilledInReflectionBesideAWaitingDraft() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let waiting = try DraftChoiceTests.saveDraft(journal, company: "Acme", minute: 5)
        let before = journal.read(".onward/drafts/\(waiting.id.rawValue).md")
        var answers = ReflectionAnswers()
        answers.company = "Globex"
        var idle = 0
        let terminal = IdleScriptedTerminal(rows: 24, columns: 80) {
            idle += 1
            return idle == 1 ? nil : .terminate
        }
        terminal.buffer.enqueue(keys: [.control("n")])
        App(terminal: terminal, store: journal.store, guide: .builtIn(), clock: { testNow.date }, timeZone: DraftChoiceTests.tz)
            .run(.request(.newReflection(starting: answers)))
        #expect(journal.read(".onward/drafts/\(waiting.id.rawValue).md") == before)
        #expect(Set(journal.store.drafts().compactMap(\.company)) == ["Acme", "Globex"])
        // The loop gave the reservation back once the draft was written and the run ended.
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: journal.root + "/.onward/drafts")).contains { $0.hasSuffix(".reserved") })
    }
}
