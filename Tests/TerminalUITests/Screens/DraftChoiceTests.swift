import Foundation
import JournalCore
import Testing
@testable import TerminalUI

/// Starting a reflection with drafts waiting: all are listed, a new one never replaces them,
/// and a draft that was in fact saved already is recognised.
@Suite("Waiting drafts")
struct DraftChoiceTests {
    static let tz = TimeZone(secondsFromGMT: 3600)!

    /// A draft for `company`, started at `minute` past 14:00 on the test day.
    static func saveDraft(_ journal: TempJournal, company: String, minute: Int) throws -> Entry {
        let started = LocalTimestamp(day: testNow.day, hour: 14, minute: minute, utcOffset: 3600)
        var answers = ReflectionAnswers()
        answers.company = company
        let draft = ReflectionMapper.entry(from: answers, guide: .builtIn(), id: EntryID.make(at: started, kind: .reflection),
                                           created: started, updated: started, currentStep: "rejection")
        try journal.store.saveDraft(draft)
        return draft
    }

    /// Runs the app on `journal` with these keys, lets it draw once more, then stops it; the last frame.
    func run(_ journal: TempJournal, _ start: App.Start, keys: [Key], typing: String = "", then more: [Key] = []) -> ScreenBuffer {
        var idle = 0
        let terminal = IdleScriptedTerminal(rows: 24, columns: 80) {
            idle += 1
            return idle == 1 ? nil : .terminate
        }
        terminal.buffer.enqueue(keys: keys)
        terminal.buffer.type(typing)
        terminal.buffer.enqueue(keys: more)
        App(terminal: terminal, store: journal.store, guide: .builtIn(), clock: { testNow.date }, timeZone: Self.tz).run(start)
        return terminal.buffer
    }

    @Test func everyWaitingDraftIsListedBeforeANewReflection() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try Self.saveDraft(journal, company: "Acme", minute: 1)
        _ = try Self.saveDraft(journal, company: "Globex", minute: 2)
        let screen = run(journal, .home, keys: [.enter]).text
        #expect(screen.contains("2 unfinished reflections are waiting"))
        #expect(screen.contains("Acme · started"))
        #expect(screen.contains("Globex · started"))
        #expect(screen.contains("Start a new reflection"))
    }

    @Test func aNewReflectionInTheSameMinuteLeavesTheWaitingDraftAlone() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        // Started at 14:05, the test clock's minute: the new session's id would be the same.
        let waiting = try Self.saveDraft(journal, company: "Acme", minute: 5)
        let before = journal.read(".onward/drafts/\(waiting.id.rawValue).md")
        _ = run(journal, .reflection, keys: [.character("n")], typing: "Globex", then: [.control("n")])
        #expect(journal.read(".onward/drafts/\(waiting.id.rawValue).md") == before)
        let companies = Set(journal.store.drafts().compactMap(\.company))
        #expect(companies == ["Acme", "Globex"])
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/.onward/drafts/.\(waiting.id.rawValue)-2.reserved"))
    }

    @Test func resumingSaysHonestlyWhatACrashCanCost() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        _ = try Self.saveDraft(journal, company: "Acme", minute: 1)
        let screen = run(journal, .reflection, keys: [.enter]).text
        #expect(screen.contains("The last few seconds of typing may be missing."))
        #expect(!screen.contains("Everything you wrote is here"))
    }

    @Test func aDraftThatWasSavedAlreadyIsNotSavedAgain() throws {
        let journal = TempJournal()
        defer { journal.cleanUp() }
        let draft = try Self.saveDraft(journal, company: "Acme", minute: 1)
        var finished = draft
        finished.extraFields.removeAll()
        finished.id = EntryID("2026-11-27-1401-reflection-acme")
        let saved = try journal.store.create(finished)
        try journal.store.saveDraft(DraftLink.marking(draft, savedAs: saved.relativePath))
        let screen = run(journal, .home, keys: [.character("r")]).text
        #expect(screen.contains("That reflection was saved already"), "\(screen)")
        #expect(journal.entryFiles().count == 1)
        #expect(journal.store.drafts().isEmpty)
    }
}
